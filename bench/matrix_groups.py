"""Dev shapes of the producer matrix whose groups (`area`, docs/area.md) are printed the ways the other dev shapes do not print them.

Invented content in the genre, nothing taken from a real document or from planwatch output.

- `programme`: a transformation programme's tracker whose section rows are themselves numbered
  ('1. Leadership and governance'), the rows under each numbered on from it ('1.1', '1.2'), the
  rating in words. The area is the section row as printed, number and all (docs/area.md).
- `refrows`: a Word-style improvement plan that prints each group as a row of the grid: the
  group's number in the ref column ('2'), its name in the action column, every other cell empty;
  the rows under it numbered from it ('2.1', '2.2'). One group is named by a long sentence, as
  inspection recommendations are. The area is the name as printed in its cell, without the number.
- `workstreams`: a partnership plan whose group column ('Workstream') stands after the action,
  not first; each group named with its own code ('WS1 Early help and prevention'), the rows
  numbered straight through the table (1 .. 10), the rating as letters.
"""

from __future__ import annotations

from matrix_content import L, Row, Shape

_PROG_1 = "1. Leadership and governance"
_PROG_2 = "2. Workforce and practice"
_PROG_3 = "3. Partnership working"

PROGRAMME = Shape(
    name="programme",
    split="dev",
    title="Adult Social Care Transformation Programme: highlight report",
    intro=(
        "The programme board receives this report each quarter. Each action is rated Green, Amber, "
        "Red or Blue (complete) by its lead."
    ),
    columns=(
        ("ref", "Ref"),
        ("action", "Action"),
        ("lead", "Lead"),
        ("deadline_raw", "Deadline"),
        ("progress", "Update"),
        ("rag", "RAG"),
    ),
    area_style="section",
    rag_style="word",
    rows=(
        Row(
            _PROG_1,
            "1.1",
            "Agree a single programme plan with milestones for each workstream and publish it to staff.",
            "Programme Director",
            "July 2025",
            "Plan agreed by the board in July and published on the intranet.",
            "B",
        ),
        Row(
            _PROG_1,
            "1.2",
            "Report the programme's savings and risks to Cabinet every quarter.",
            "Head of Finance, Adults",
            "Quarterly",
            "Second quarterly report went to Cabinet in September. Savings are forecast at 82% of the target.",
            "A",
        ),
        Row(
            _PROG_1,
            "1.3",
            "Appoint an independent chair to the programme board.",
            "Director of Adult Social Services",
            "September 2025",
            "Interviews held in August; the new chair attends from October.",
            "G",
        ),
        Row(
            _PROG_2,
            "2.1",
            "Introduce a strengths-based assessment form across all locality teams.",
            "Principal Occupational Therapist",
            "November 2025",
            "Form piloted in two localities. Feedback from practitioners is being worked into the final version before roll-out.",
            "G",
        ),
        Row(
            _PROG_2,
            "2.2",
            "Reduce the number of people waiting for a Care Act assessment to under 200.",
            "Head of Assessment and Care Management",
            "March 2026",
            "The waiting list stands at 412, down from 530 in April. Two agency teams finish in December, which puts the target at risk.",
            "R",
        ),
        Row(
            _PROG_2,
            "2.3",
            "Offer every newly qualified social worker a protected caseload and a mentor.",
            "Workforce Development Lead (SN)",
            "September 2025",
            "All eleven newly qualified staff have a mentor; protected caseloads are in place in all but one team.",
            "A",
        ),
        Row(
            _PROG_3,
            "3.1",
            "Set up a joint discharge team with the acute hospital trust.",
            "Head of Integrated Care",
            "October 2025",
            "Team in place since October, working seven days a week.",
            "B",
        ),
        Row(
            _PROG_3,
            "3.2",
            "Agree a shared carers' strategy with the integrated care board and the carers' centre.",
            "Commissioning Manager, Carers",
            "January 2026",
            "Draft strategy out to consultation with carers until the end of November.",
            "G",
        ),
        Row(
            _PROG_3,
            "3.3",
            "Commission a home care framework jointly with the two neighbouring councils.",
            "Head of Commissioning / Procurement Manager",
            "April 2026",
            "Market engagement events held. The joint specification is delayed while the councils agree the hourly rate.",
            "A",
        ),
    ),
    leads={
        "Programme Director": [L(role="Programme Director")],
        "Head of Finance, Adults": [L(role="Head of Finance, Adults")],
        "Director of Adult Social Services": [L(role="Director of Adult Social Services")],
        "Principal Occupational Therapist": [L(role="Principal Occupational Therapist")],
        "Head of Assessment and Care Management": [L(role="Head of Assessment and Care Management")],
        "Workforce Development Lead (SN)": [L(role="Workforce Development Lead", initials="SN")],
        "Head of Integrated Care": [L(role="Head of Integrated Care")],
        "Commissioning Manager, Carers": [L(role="Commissioning Manager, Carers")],
        "Head of Commissioning / Procurement Manager": [
            L(role="Head of Commissioning"),
            L(role="Procurement Manager"),
        ],
    },
)

_WS_1 = "WS1 Early help and prevention"
_WS_2 = "WS2 Safer streets"
_WS_3 = "WS3 Healthy places"

WORKSTREAMS = Shape(
    name="workstreams",
    split="dev",
    title="Community Safety Partnership Plan 2025/26: action plan",
    intro=(
        "The partnership's three workstreams each own a set of actions. Ratings: G on track, A some "
        "slippage, R off track, B complete."
    ),
    columns=(
        ("ref", "No."),
        ("action", "What we will do"),
        ("area", "Workstream"),
        ("lead", "Who"),
        ("deadline_raw", "When"),
        ("progress", "Progress"),
        ("rag", "RAG"),
    ),
    rows=(
        Row(
            _WS_1,
            "1",
            "Train school staff to spot the signs of exploitation and make referrals to the hub.",
            "Safeguarding Partnership Manager",
            "December 2025",
            "Training delivered in 31 of 44 schools; the rest are booked for the spring term.",
            "G",
        ),
        Row(
            _WS_1,
            "2",
            "Fund two youth workers to run detached sessions in the town centre on Friday nights.",
            "Youth Service Manager (DK)",
            "September 2025",
            "Both posts filled in August and sessions running every Friday since.",
            "B",
        ),
        Row(
            _WS_1,
            "3",
            "Offer a parenting programme to families referred by the police after a domestic incident.",
            "Early Help Coordinator",
            "March 2026",
            "Provider chosen. The first course has eight families booked and starts in November.",
            "G",
        ),
        Row(
            _WS_2,
            "4",
            "Install improved street lighting on the three routes residents named in the safety survey.",
            "Highways Manager",
            "November 2025",
            "Two routes complete. The third waits for a road closure, which the bus operator has asked to move to the new year.",
            "A",
        ),
        Row(
            _WS_2,
            "5",
            "Run a joint operation against shoplifting with town centre retailers.",
            "Police Inspector, Neighbourhoods",
            "October 2025",
            "Operation ran for four weeks; 23 arrests and a 30% fall in reported thefts.",
            "B",
        ),
        Row(
            _WS_2,
            "6",
            "Extend the public space protection order to cover the railway station car park.",
            "Community Safety Manager",
            "January 2026",
            "Consultation has not started because the legal review of the order is still outstanding.",
            "R",
        ),
        Row(
            _WS_2,
            "7",
            "Publish a quarterly map of anti-social behaviour reports by ward.",
            "Intelligence Analyst",
            "Quarterly",
            "First map published in July; the September map was late because of a data-sharing problem, now resolved.",
            "A",
        ),
        Row(
            _WS_3,
            "8",
            "Review licensing conditions for late-night premises in the evening economy area.",
            "Licensing Team Leader",
            "February 2026",
            "Evidence pack drafted with the police and public health.",
            "G",
        ),
        Row(
            _WS_3,
            "9",
            "Place drug and alcohol outreach workers in the two busiest GP surgeries.",
            "Public Health Commissioner / Drug and Alcohol Team",
            "December 2025",
            "Workers in place at one surgery; the second starts once room bookings are agreed.",
            "G",
        ),
    ),
    leads={
        "Safeguarding Partnership Manager": [L(role="Safeguarding Partnership Manager")],
        "Youth Service Manager (DK)": [L(role="Youth Service Manager", initials="DK")],
        "Early Help Coordinator": [L(role="Early Help Coordinator")],
        "Highways Manager": [L(role="Highways Manager")],
        "Police Inspector, Neighbourhoods": [L(role="Police Inspector, Neighbourhoods")],
        "Community Safety Manager": [L(role="Community Safety Manager")],
        "Intelligence Analyst": [L(role="Intelligence Analyst")],
        "Licensing Team Leader": [L(role="Licensing Team Leader")],
        "Public Health Commissioner / Drug and Alcohol Team": [
            L(role="Public Health Commissioner"),
            L(org="Drug and Alcohol Team"),
        ],
    },
)

_REF_1 = "Timeliness of assessments"
_REF_2 = (
    "Make sure that every child in care has a health assessment on time and that its actions are followed up"
)
_REF_3 = "Voice of the child"

REFROWS = Shape(
    name="refrows",
    split="dev",
    title="Children's Social Care Improvement Plan: update for the Improvement Board, November 2025",
    intro=(
        "The plan answers the recommendations of the focused visit in June 2025. RAG ratings are "
        "agreed by the Improvement Board: R not on track, A some slippage, G on track, B complete."
    ),
    columns=(
        ("ref", "Ref"),
        ("action", "Action"),
        ("lead", "Responsible officer"),
        ("deadline_raw", "Target date"),
        ("progress", "Progress to date"),
        ("rag", "RAG"),
    ),
    area_style="refrow",
    rows=(
        Row(
            _REF_1,
            "1.1",
            "Set a target of 45 working days for every single assessment and report against it weekly.",
            "Head of Assessment",
            "July 2025",
            "Target set in July. Weekly reports go to team managers every Monday.",
            "B",
        ),
        Row(
            _REF_1,
            "1.2",
            "Move two social workers from the long-term teams into the assessment service.",
            "Service Manager, Front Door (LB)",
            "September 2025",
            "One worker moved in August; the second post is covered by an agency worker until January.",
            "A",
        ),
        Row(
            _REF_1,
            "1.3",
            "Audit twenty assessments a month that went over timescale and share the learning.",
            "Quality Assurance Manager",
            "Monthly",
            "Audits held each month since August. The main cause found is late information from health partners.",
            "G",
        ),
        Row(
            _REF_2,
            "2.1",
            "Agree with the designated nurse a weekly list of health assessments that are due.",
            "Designated Nurse for Children in Care",
            "August 2025",
            "List shared every Friday since August.",
            "B",
        ),
        Row(
            _REF_2,
            "2.2",
            "Add the health assessment's actions to the child's care plan and check them at each review.",
            "Independent Reviewing Service Manager",
            "December 2025",
            "The care plan template was changed in October. Reviewing officers have started checking the actions; the first audit is in December.",
            "G",
        ),
        Row(
            _REF_2,
            "2.3",
            "Report the share of health assessments completed on time to the Corporate Parenting Board.",
            "Head of Children in Care",
            "Quarterly",
            "Reported in September: 71% on time against a target of 90%.",
            "R",
        ),
        Row(
            _REF_3,
            "3.1",
            "Give every child over eight the chance to write or record their own section of their plan.",
            "Participation Officer",
            "January 2026",
            "A children's section has been designed with the Children in Care Council and is being tested in two teams.",
            "G",
        ),
        Row(
            _REF_3,
            "3.2",
            "Offer an independent advocate to every child subject to a child protection conference.",
            "Commissioning Manager",
            "March 2026",
            "The advocacy contract is being re-let; the current provider cannot meet the extra demand before April.",
            "A",
        ),
    ),
    leads={
        "Head of Assessment": [L(role="Head of Assessment")],
        "Service Manager, Front Door (LB)": [L(role="Service Manager, Front Door", initials="LB")],
        "Quality Assurance Manager": [L(role="Quality Assurance Manager")],
        "Designated Nurse for Children in Care": [L(role="Designated Nurse for Children in Care")],
        "Independent Reviewing Service Manager": [L(role="Independent Reviewing Service Manager")],
        "Head of Children in Care": [L(role="Head of Children in Care")],
        "Participation Officer": [L(role="Participation Officer")],
        "Commissioning Manager": [L(role="Commissioning Manager")],
    },
)

GROUP_SHAPES = (PROGRAMME, REFROWS, WORKSTREAMS)
