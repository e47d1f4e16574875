"""Dev shapes of the producer matrix whose headers are worded as plans word them: modifiers, compound labels, codes, a project grouping; and headers that mislead.

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

# -- headers that mislead: the cells say what each column holds (issue 12 item 1) -----------------

_HIGHWAYS = "Highways and footpaths"
_FINANCE = "Finance"
_HALL = "Village hall and recreation ground"

# A parish council's action points: the column headed 'Action' names who acts, the action sits
# under 'Relevant Item', 'Target' holds dates, 'Priority' is a level (H/M/L: no rating, no group),
# 'Progress %' holds percentages; the themes are full-width section rows. No rating printed.
ACTION_POINTS = Shape(
    name="actionpoints",
    split="dev",
    title="Parish Council: action points from meetings, September 2025",
    intro=(
        "Action points agreed at meetings of the Council, with the councillor or officer who will "
        "act on each. Items are removed once complete and reported."
    ),
    columns=(
        ("action", "Relevant Item"),
        ("lead", "Action"),
        ("deadline_raw", "Target"),
        ("priority", "Priority"),
        ("progress", "Progress %"),
    ),
    area_style="section",
    rag_style="none",
    rows=(
        Row(
            _HIGHWAYS,
            None,
            "Report the blocked drain outside the school on Mill Lane to the highway authority.",
            "Clerk",
            "October 2025",
            "100%",
            priority="H",
        ),
        Row(
            _HIGHWAYS,
            None,
            "Obtain three quotes for cutting back the hedge along the footpath to the church.",
            "Clerk / Cllr Patel",
            "November 2025",
            "50%",
            priority="M",
        ),
        Row(
            _HIGHWAYS,
            None,
            "Ask the county council for a speed survey on the Green Lane approach to the village.",
            "Cllr Hughes",
            "December 2025",
            "25%",
            priority="M",
        ),
        Row(
            _FINANCE,
            None,
            "Submit the claim for the neighbourhood plan grant before the fund closes.",
            "RFO",
            "30/11/2025",
            "75%",
            priority="H",
        ),
        Row(
            _FINANCE,
            None,
            "Prepare the draft budget and precept for the next financial year.",
            "RFO / Chair",
            "January 2026",
            "10%",
            priority="H",
        ),
        Row(
            _HALL,
            None,
            "Replace the broken swing seats in the children's play area.",
            "Cllr Hughes",
            "October 2025",
            "100%",
            priority="H",
        ),
        Row(
            _HALL,
            None,
            "Agree the hire charges for the village hall with the management committee.",
            "Chair",
            "March 2026",
            "0%",
            priority="L",
        ),
    ),
    leads={
        "Clerk": [L(role="Clerk")],
        "Clerk / Cllr Patel": [L(role="Clerk"), L(person="Cllr Patel")],
        "Cllr Hughes": [L(person="Cllr Hughes")],
        "RFO": [L(role="RFO")],
        "RFO / Chair": [L(role="RFO"), L(role="Chair")],
        "Chair": [L(role="Chair")],
    },
)

# An annual governance statement's action plan: an unheaded first column names the department
# that acts (printed on every row, the same department on consecutive rows), 'Governance Issue'
# holds the action, 'Achieved?' the year-end answer (progress; a 'Yes' rates blue, docs/ratings.md).
# No area.
GOVERNANCE = Shape(
    name="governance",
    split="dev",
    title="Annual Governance Statement 2024/25: action plan",
    intro=(
        "The significant governance issues found by the annual review, the service responsible for "
        "each, and whether it was achieved by the end of the year."
    ),
    columns=(
        ("lead", ""),
        ("action", "Governance Issue"),
        ("deadline_raw", "Timescale"),
        ("progress", "Achieved?"),
    ),
    area_style="none",
    rag_style="yesno",
    rows=(
        Row(
            None,
            None,
            "Publish a complete contract register for every service on the council's website.",
            "Corporate Services",
            "31/03/2025",
            "Yes. The register was published in February and is updated monthly.",
        ),
        Row(
            None,
            None,
            "Bring the business continuity plans of all services up to date and test them.",
            "Corporate Services",
            "June 2025",
            "Partly. Twelve of fifteen plans have been tested; the rest are booked for the autumn.",
        ),
        Row(
            None,
            None,
            "Review the constitution and the scheme of delegation to officers.",
            "Legal and Democratic Services",
            "September 2025",
            "No. The review was deferred until the new committee structure is agreed.",
        ),
        Row(
            None,
            None,
            "Train all members of the Audit Committee in reading the statement of accounts.",
            "Legal and Democratic Services",
            "December 2024",
            "Yes",
        ),
        Row(
            None,
            None,
            "Make sure every manager completes the mandatory information governance training.",
            "Human Resources",
            "March 2025",
            "Partly. 82% of managers had completed it by the year end.",
        ),
        Row(
            None,
            None,
            "Complete the migration of the remaining services from the old data centre.",
            "ICT Services",
            "Q2 2025/26",
            "No. The migration of the housing system slipped to October.",
        ),
    ),
    leads={
        "Corporate Services": [L(org="Corporate Services")],
        "Legal and Democratic Services": [L(org="Legal and Democratic Services")],
        "Human Resources": [L(org="Human Resources")],
        "ICT Services": [L(org="ICT Services")],
    },
)

HEADER_SHAPES = (MILESTONES, ACTION_POINTS, GOVERNANCE)
