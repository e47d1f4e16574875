"""The held-out shapes of the producer matrix: only ever scored, never looked at to tune a rule.

Their failures are not printed by bench/eval_matrix.py and their PDFs are not committed; they
are written in the same genre as the dev shapes of bench/matrix_content.py, with columns, headers and
wording of their own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import L, Row, Shape  # noqa: E402

# -- heldout shape 5: a recommendations tracker, section rows, names with roles, BRAG words ----------

TRACKER = Shape(
    name="tracker",
    split="heldout",
    title="Internal Audit recommendations tracker",
    intro="Open and recently closed recommendations from audits of the last two years, as at 30 September 2025.",
    columns=(
        ("ref", "Rec ID"),
        ("action", "Agreed action"),
        ("lead", "Responsible officer(s)"),
        ("deadline_raw", "Implementation date"),
        ("progress", "Management update"),
        ("rag", "BRAG"),
    ),
    area_style="section",
    rag_style="word",
    rows=(
        Row(
            "Payroll",
            "PAY-01",
            "Reconcile the payroll starters and leavers lists to the HR system every month.",
            "Priya Shah (Payroll Manager)",
            "31/03/2025",
            "Monthly reconciliation in place since February and evidenced to audit.",
            "B",
        ),
        Row(
            "Payroll",
            "PAY-02",
            "Remove access to the payroll system for staff who have changed role.",
            "Priya Shah (Payroll Manager)",
            "June 2025 revised to October 2025",
            "Access review found eleven users to remove; nine removed, two awaiting sign-off.",
            "A",
        ),
        Row(
            "Payroll",
            "PAY-03",
            "Document the process for one-off payments and the approvals required.",
            "Tom Hughes",
            "December 2025",
            "Draft procedure written.",
            "G",
        ),
        Row(
            "Procurement",
            "PRO-01",
            "Publish the contracts register on the council website each quarter.",
            "Head of Procurement",
            "Quarterly",
            "Register published for the first two quarters.",
            "G",
        ),
        Row(
            "Procurement",
            "PRO-02",
            "Train budget holders in the new contract procedure rules.",
            "Head of Procurement; Legal Services",
            "September 2025",
            "Training not yet scheduled; the rules are still with Legal Services for final checks.",
            "R",
        ),
        Row(
            "Information governance",
            "IG-01",
            "Complete data protection impact assessments for the three new case management systems.",
            "Data Protection Officer",
            "November 2025",
            "Two of three assessments signed off.",
            "G",
        ),
        Row(
            "Information governance",
            "IG-02",
            "Destroy paper records held beyond their retention period at the records store.",
            "Records Manager",
            "March 2026",
            "Inventory of the store is 60% complete. Destruction will follow in batches once each part is checked.",
            "A",
        ),
    ),
    leads={
        "Priya Shah (Payroll Manager)": [L(person="Priya Shah", role="Payroll Manager")],
        "Tom Hughes": [L(person="Tom Hughes")],
        "Head of Procurement": [L(role="Head of Procurement")],
        "Head of Procurement; Legal Services": [L(role="Head of Procurement"), L(org="Legal Services")],
        "Data Protection Officer": [L(role="Data Protection Officer")],
        "Records Manager": [L(role="Records Manager")],
    },
)

# -- heldout shape 6: an improvement plan with start and monitoring columns, area repeated -----------

_SEND_1 = "Identification of need"
_SEND_2 = "Timeliness of plans"

SEND_PLAN = Shape(
    name="sendplan",
    split="heldout",
    title="Written Statement of Action: SEND improvement plan",
    intro=(
        "The local area partnership's plan to address the areas of weakness identified at the joint "
        "inspection. Progress is reviewed monthly by the SEND Improvement Board."
    ),
    columns=(
        ("area", "Area of weakness"),
        ("action", "What we will do"),
        ("lead", "Who"),
        ("start_raw", "Start"),
        ("deadline_raw", "Complete by"),
        ("monitoring", "How we will know"),
        ("progress", "Progress"),
        ("rag", "RAG"),
    ),
    rows=(
        Row(
            _SEND_1,
            None,
            "Train early years practitioners to use the new developmental checklist.",
            "Early Years SEND Lead",
            "March 2026",
            "Checklist in use in 64 settings. Training for childminders is booked for the spring term.",
            "G",
            monitoring="Number of settings using the checklist, reviewed each term",
            start_raw="April 2025",
        ),
        Row(
            _SEND_1,
            None,
            "Agree a shared graduated approach document with schools and health partners.",
            "Head of Inclusion / Designated Clinical Officer",
            "January 2026",
            "Drafted with the schools forum. Health partners asked for more detail on therapy input, which delays sign-off.",
            "A",
            monitoring="Document signed off by all partners",
            start_raw="May 2025",
        ),
        Row(
            _SEND_1,
            None,
            "Publish a clear local offer page for parents on how to ask for an assessment.",
            "SEND Information Officer",
            "July 2025",
            "Page published in July and tested with the parent carer forum.",
            "B",
            monitoring="Parent carer forum feedback",
            start_raw="April 2025",
        ),
        Row(
            _SEND_2,
            None,
            "Complete new education, health and care plans within twenty weeks.",
            "SEND Service Manager",
            "March 2026",
            "Timeliness 38% in the year to date against 60% in the plan. Additional case officers start in November.",
            "R",
            monitoring="Monthly timeliness figures",
            start_raw="April 2025",
        ),
        Row(
            _SEND_2,
            None,
            "Set up a multi-agency panel to agree assessments weekly.",
            "SEND Service Manager",
            "June 2025",
            "Weekly panel running since June.",
            "B",
            monitoring="Panel minutes",
            start_raw="April 2025",
        ),
        Row(
            _SEND_2,
            None,
            "Introduce a quality assurance framework for plans with audits by health and care.",
            "Principal Educational Psychologist",
            "December 2025",
            "Framework agreed; the first joint audit is booked for November.",
            "G",
            monitoring="Audit results reported to the Board",
            start_raw="June 2025",
        ),
    ),
    leads={
        "Early Years SEND Lead": [L(role="Early Years SEND Lead")],
        "Head of Inclusion / Designated Clinical Officer": [
            L(role="Head of Inclusion"),
            L(role="Designated Clinical Officer"),
        ],
        "SEND Information Officer": [L(role="SEND Information Officer")],
        "SEND Service Manager": [L(role="SEND Service Manager")],
        "Principal Educational Psychologist": [L(role="Principal Educational Psychologist")],
    },
)

# An internal audit's recommendations tracker (added by shapes, session 4): the recommendation as a
# group column, the agreed action, narrative updates, no rating; written before any run on it.
_AUDIT_1 = "Contract management: keep a complete register of contracts"
_AUDIT_2 = "Payroll: check starters and leavers every month"

AUDIT_TRACKER = Shape(
    name="audittracker",
    split="heldout",
    title="Internal Audit: follow-up of agreed management actions",
    intro="The position on each action agreed in audit reports issued in 2024/25, as reported by the responsible officer.",
    columns=(
        ("ref", "Rec."),
        ("area", "Recommendation"),
        ("action", "Agreed management action"),
        ("lead", "Responsible officer"),
        ("deadline_raw", "Implementation date"),
        ("progress", "Officer's update"),
    ),
    area_style="column",
    rag_style="none",
    rows=(
        Row(
            _AUDIT_1,
            "R1",
            "Add every contract over £5,000 to the corporate contracts register.",
            "Procurement Manager",
            "31/03/2025",
            "The register now holds 412 contracts; the last directorate returns were received in March.",
        ),
        Row(
            _AUDIT_1,
            "R2",
            "Name a contract manager for each contract on the register.",
            "Heads of Service",
            "June 2025",
            "Contract managers have been named for 380 of the 412 contracts.",
        ),
        Row(
            _AUDIT_1,
            "R3",
            "Report contracts due to expire within six months to the procurement board each quarter.",
            "Procurement Manager",
            "Quarterly",
            "The first report went to the board in July.",
        ),
        Row(
            _AUDIT_2,
            "R4",
            "Reconcile the payroll starters and leavers with the HR system every month.",
            "Payroll Manager (TC)",
            "May 2025",
            "Reconciliations have been completed for April to September with no exceptions.",
        ),
        Row(
            _AUDIT_2,
            "R5",
            "Remove system access for leavers on their last working day.",
            "ICT Security Officer",
            "September 2025 revised to December 2026",
            "A new leavers form is being tested with HR; the date was moved because of the system upgrade.",
        ),
        Row(
            _AUDIT_2,
            "R6",
            "Review overtime claims above twenty hours a month before they are paid.",
            "Finance Business Partner",
            "2025/26",
            "Reviews started in October.",
        ),
    ),
    leads={
        "Procurement Manager": [L(role="Procurement Manager")],
        "Heads of Service": [L(role="Heads of Service")],
        "Payroll Manager (TC)": [L(role="Payroll Manager", initials="TC")],
        "ICT Security Officer": [L(role="ICT Security Officer")],
        "Finance Business Partner": [L(role="Finance Business Partner")],
    },
)

HELDOUT_SHAPES = (TRACKER, SEND_PLAN, AUDIT_TRACKER)
