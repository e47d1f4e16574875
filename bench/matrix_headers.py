"""A dev shape of the producer matrix whose headers are worded as plans word them: modifiers, compound labels, codes, a project grouping.

Invented content in the genre (issue 12: column roles), nothing taken from a real document or
from planwatch output. A housing service's improvement plan printed from a performance system:
'Key project' groups the milestones (the area, printed once per project or merged, as the
producer does); 'Action code' numbers them with codes ('HSG01_A', not row numbers); 'Key
milestones / actions' is the action (a modifier and a slash); 'Lead officer / owner', 'Agreed
completion date' and 'Monitoring & Reporting' each name their role through a join or a modifier;
'Exec date' is the date the Executive agreed the milestone (printed, no deadline: no gold field).
No progress and no status column: an improvement plan before its first progress report, still an
action table (who does what by when, and who watches it).
"""

from __future__ import annotations

from matrix_content import L, Row, Shape

_TENANCY = "Tenancy sustainment and early help"
_REPAIRS = "Responsive repairs right first time"
_VOICE = "Tenant voice in service design"

MILESTONES = Shape(
    name="milestones",
    split="dev",
    title="Housing Services Improvement Plan 2025-2027",
    intro=(
        "The milestones below were agreed by the Executive after the housing regulator's visit in "
        "April 2025. Each is reported to the forum named beside it."
    ),
    columns=(
        ("ref", "Action code"),
        ("area", "Key project"),
        ("action", "Key milestones / actions"),
        ("lead", "Lead officer / owner"),
        ("deadline_raw", "Agreed completion date"),
        ("event_date", "Exec date"),
        ("monitoring", "Monitoring & Reporting"),
    ),
    rows=(
        Row(
            _TENANCY,
            "HSG01_A",
            "Contact every new tenant within six weeks of sign-up to check rent and benefit claims are in place.",
            "Priya Raman",
            "September 2025",
            "",
            monitoring="Tenancy Services Board",
            event_date="14/05/2025",
        ),
        Row(
            _TENANCY,
            "HSG01_B",
            "Set up a referral route from the rent team to the money advice service for arrears over four weeks.",
            "Gareth Lloyd",
            "December 2025",
            "",
            monitoring="Tenancy Services Board",
            event_date="14/05/2025",
        ),
        Row(
            _REPAIRS,
            "HSG02_A",
            "Publish target times for each repair priority and report performance against them monthly.",
            "Helen Mortimer",
            "October 2025",
            "",
            monitoring="Quarterly performance report to Scrutiny",
            event_date="11/06/2025",
        ),
        Row(
            _REPAIRS,
            "HSG02_B",
            "Train call handlers to diagnose common repairs with the tenant before an operative is booked.",
            "Helen Mortimer",
            "March 2026",
            "",
            monitoring="Quarterly performance report to Scrutiny",
            event_date="11/06/2025",
        ),
        Row(
            _VOICE,
            "HSG03_A",
            "Recruit a tenants' panel to review the repairs and allocations policies before adoption.",
            "Owen Patel",
            "January 2026",
            "",
            monitoring="Tenants' Forum",
            event_date="09/07/2025",
        ),
        Row(
            _VOICE,
            "HSG03_B",
            "Hold an annual tenants' conference to agree the service's priorities for the next year.",
            "Owen Patel",
            "June 2026",
            "",
            monitoring="Tenants' Forum",
            event_date="09/07/2025",
        ),
    ),
    leads={
        "Priya Raman": [L(person="Priya Raman")],
        "Gareth Lloyd": [L(person="Gareth Lloyd")],
        "Helen Mortimer": [L(person="Helen Mortimer")],
        "Owen Patel": [L(person="Owen Patel")],
    },
)

HEADER_SHAPES = (MILESTONES,)
