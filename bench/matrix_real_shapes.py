"""Five more dev shapes for the producer matrix, after the real documents issue 12 names: an annex after pages of prose, an assessment form, a slide pack, a fill-only log and a headerless themed log.

Everything here is made up in the genre's words (equality impact assessments, tenancy reviews,
board slide packs, partnership logs); nothing is copied from a real document or from planwatch
output. The prose, forms and agenda printed around each table are traps: they name leads, dates and
actions in sentences or label/value pairs and must give no row.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import L, Row, Shape  # noqa: E402

# -- a. an action-plan annex after several pages of prose, 'By whom / By when' wording -----------------

_PROSE = (
    ("title", "Review of the Tenancy Sustainment Service"),
    ("para", "Report of the Director of Housing to the Housing Scrutiny Panel, 12 November 2025."),
    ("heading", "1. Purpose of the report"),
    (
        "para",
        "This report sets out the findings of the review of the tenancy sustainment service that the "
        "Panel commissioned in March 2025. It explains what tenants and staff told us, what the data "
        "shows about evictions and rent arrears, and the actions the service will take in response. "
        "The action plan is attached as Annex A.",
    ),
    ("heading", "2. Background"),
    (
        "para",
        "The service supports around 900 households a year who are at risk of losing their home. In "
        "2024/25 the number of referrals rose by a fifth while the number of support officers stayed "
        "the same. The Head of Housing Management agreed in January 2025 that a review would report "
        "to this Panel before the end of the year, and the Income Manager was asked to provide arrears "
        "figures for every estate by June 2025.",
    ),
    (
        "para",
        "The review was carried out by an officer working group with two tenant representatives. It "
        "met eight times between April and September 2025, visited three other landlords and held "
        "four drop-in sessions on estates with the highest numbers of notices seeking possession.",
    ),
    ("break", None),
    ("heading", "3. What tenants told us"),
    (
        "para",
        "Tenants said that help often arrives too late, after a notice has been served, and that they "
        "are passed between teams. Several asked for a named officer who would stay with them until "
        "their tenancy is stable. Others said the letters they receive about arrears are hard to read "
        "and do not say who to contact. The Tenant Engagement Officer will share these comments with "
        "the Tenants' Forum in December 2025.",
    ),
    (
        "para",
        "Staff told us that caseloads had risen to over forty households per officer, that referral "
        "forms from partner agencies are incomplete in about a third of cases, and that the service "
        "has no shared record of the support each household receives. The Service Manager should "
        "review caseloads every quarter and report them to the Head of Housing Management.",
    ),
    ("heading", "4. What the data shows"),
    (
        "para",
        "Evictions for rent arrears fell from 41 in 2022/23 to 29 in 2024/25, but the number of "
        "households in arrears of more than eight weeks rose by 14 per cent over the same period. "
        "Households referred within four weeks of falling into arrears were three times as likely to "
        "keep their tenancy as those referred after a notice was served.",
    ),
    ("break", None),
    ("heading", "5. Conclusions and next steps"),
    (
        "para",
        "The review concludes that the service works well once it is involved, but that it is "
        "involved too late and too briefly. The actions in Annex A aim to find households earlier, to "
        "give each one a named officer, and to measure whether tenancies are still in place a year "
        "after support ends. Progress will be reported to the Panel every six months, with the first "
        "report due in May 2026.",
    ),
    ("heading", "6. Recommendation"),
    (
        "para",
        "The Panel is asked to note the findings of the review and to agree the action plan in Annex "
        "A. Background papers: the working group's notes, available from the Democratic Services "
        "Officer on request.",
    ),
    ("break", None),
)

ANNEX = Shape(
    name="annex",
    split="dev",
    title="Annex A: Tenancy sustainment action plan",
    intro="The actions agreed in response to the review, with the officer who answers for each.",
    preface=_PROSE,
    columns=(
        ("ref", "No."),
        ("action", "What we will do"),
        ("lead", "By whom"),
        ("deadline_raw", "By when"),
        ("monitoring", "How we will know"),
        ("progress", "Progress"),
    ),
    area_style="none",
    rag_style="none",
    rows=(
        Row(
            None,
            "1",
            "Agree an early referral route with the Income Team so that households are referred within four weeks of falling into arrears.",
            "Income Manager",
            "January 2026",
            "Draft route shared with the Income Team for comment.",
            monitoring="Share of referrals made within four weeks",
        ),
        Row(
            None,
            "2",
            "Give every household a named support officer from referral to case closure.",
            "Service Manager, Tenancy Sustainment",
            "April 2026",
            "Allocation rules drafted; two vacant posts out to advert.",
            monitoring="Households with a named officer",
        ),
        Row(
            None,
            "3",
            "Rewrite the arrears letters in plain English with a direct phone number on each.",
            "Head of Housing Management",
            "December 2025",
            "New letters tested with the Tenants' Forum in October.",
            monitoring="Letters approved by tenant readers",
        ),
        Row(
            None,
            "4",
            "Introduce a shared support record used by the service and its partner agencies.",
            "ICT Business Partner (HW)",
            "Q4 2025/26",
            "Requirements gathered; supplier demonstrations booked for November.",
            monitoring="Record live and used in every new case",
        ),
        Row(
            None,
            "5",
            "Check whether each supported tenancy is still in place twelve months after support ends.",
            "Performance Officer",
            "Quarterly",
            "First check due once the record is live.",
            monitoring="Tenancies sustained at twelve months",
        ),
        Row(
            None,
            "6",
            "Report progress on this plan to the Housing Scrutiny Panel.",
            "Director of Housing",
            "May 2026",
            "Report scheduled on the Panel's work programme.",
            monitoring="Reports received by the Panel",
        ),
    ),
    leads={
        "Income Manager": [L(role="Income Manager")],
        "Service Manager, Tenancy Sustainment": [L(role="Service Manager, Tenancy Sustainment")],
        "Head of Housing Management": [L(role="Head of Housing Management")],
        "ICT Business Partner (HW)": [L(role="ICT Business Partner", initials="HW")],
        "Performance Officer": [L(role="Performance Officer")],
        "Director of Housing": [L(role="Director of Housing")],
    },
)

# -- b. a small action table inside an assessment form ------------------------------------------------

ASSESSMENT = Shape(
    name="assessment",
    split="dev",
    title="Section 4: Action plan",
    intro="Actions to remove or reduce any negative impact found in Section 3.",
    preface=(
        ("title", "Equality Impact Assessment"),
        (
            "form",
            (
                ("Name of the policy or service", "Library opening hours review"),
                ("Service area", "Culture and Leisure"),
                ("Lead officer", "Head of Libraries and Heritage"),
                ("Date of assessment", "15 September 2025"),
                ("Is this a new or existing policy?", "Existing policy, changed"),
            ),
        ),
        ("heading", "Section 2: Who is affected"),
        (
            "para",
            "The review changes the opening hours of six branch libraries from April 2026. Users of "
            "the branches were consulted between June and August 2025.",
        ),
        ("heading", "Section 3: Assessment of impact"),
        (
            "form",
            (
                ("Age", "Older residents use the morning sessions most; later opening may affect them."),
                ("Disability", "The home library service is not affected by the change."),
                ("Race", "No disproportionate impact was found in the consultation responses."),
                ("Sex", "No disproportionate impact identified."),
            ),
        ),
    ),
    after=(
        ("heading", "Section 5: Sign-off"),
        (
            "form",
            (
                ("Assessment completed by", "Policy and Equalities Officer"),
                ("Approved by", "Assistant Director, Communities"),
                ("Date approved", "3 October 2025"),
                ("Date of next review", "October 2026"),
            ),
        ),
    ),
    columns=(
        ("action", "Action"),
        ("lead", "Responsible officer"),
        ("deadline_raw", "Target date"),
        ("progress", "Progress"),
    ),
    area_style="none",
    rag_style="none",
    rows=(
        Row(
            None,
            None,
            "Keep one morning session a week at each branch for older users and groups.",
            "Library Services Manager",
            "April 2026",
            "Sessions agreed with branch staff.",
        ),
        Row(
            None,
            None,
            "Publish the new hours in large print and community languages before the change.",
            "Communications Officer",
            "March 2026",
            "Translations ordered.",
        ),
        Row(
            None,
            None,
            "Monitor visits by age group for six months and review the impact.",
            "Policy and Equalities Officer",
            "October 2026",
            "Baseline figures collected.",
        ),
    ),
    leads={
        "Library Services Manager": [L(role="Library Services Manager")],
        "Communications Officer": [L(role="Communications Officer")],
        "Policy and Equalities Officer": [L(role="Policy and Equalities Officer")],
    },
)

# -- c. a board slide pack: title slide, agenda slide, a short table per slide -----------------------

SLIDEPACK = Shape(
    name="slidepack",
    split="dev",
    title="Improvement programme: action tracker",
    intro="Actions due this quarter, with the lead and the latest position.",
    preface=(
        ("title", "Adult Social Care Improvement Board"),
        ("para", "Programme update, 20 October 2025"),
        ("break", None),
        ("heading", "Agenda"),
        (
            "bullets",
            (
                "Welcome and actions from the last meeting",
                "Programme highlights and risks",
                "Action tracker",
                "Workforce update from the Principal Social Worker",
                "Any other business and date of next meeting",
            ),
        ),
        ("break", None),
    ),
    slide_rows=3,
    footer="Adult Social Care Improvement Board | OFFICIAL",
    columns=(
        ("ref", "Ref"),
        ("action", "Action"),
        ("lead", "Lead"),
        ("deadline_raw", "Due"),
        ("progress", "Update"),
        ("rag", "RAG"),
    ),
    area_style="none",
    rag_style="letter",
    rows=(
        Row(
            None,
            "A1",
            "Clear the waiting list for Care Act assessments.",
            "Head of Adult Social Work",
            "December 2025",
            "List down from 412 to 260 people.",
            "A",
        ),
        Row(
            None,
            "A2",
            "Launch the new carers' assessment form.",
            "Carers Lead",
            "September 2025",
            "Form in use since September.",
            "B",
        ),
        Row(
            None,
            "A3",
            "Audit twenty reviews a month against the practice standard.",
            "Principal Social Worker",
            "Ongoing",
            "Audits on schedule.",
            "G",
        ),
        Row(
            None,
            "A4",
            "Agree a hospital discharge protocol with the NHS trust.",
            "Assistant Director, Integration",
            "November 2025",
            "Draft not yet agreed by the trust.",
            "R",
        ),
        Row(
            None,
            "A5",
            "Recruit six permanent occupational therapists.",
            "Workforce Lead (SB)",
            "Q4 2025/26",
            "Two appointed, four in interview.",
            "A",
        ),
        Row(
            None,
            "A6",
            "Publish a market position statement for home care.",
            "Commissioning Manager",
            "January 2026",
            "Provider event held in October.",
            "G",
        ),
        Row(
            None,
            "A7",
            "Set up a people's panel to review the service's letters.",
            "Engagement Officer",
            "March 2026",
            "Eight members recruited.",
            "G",
        ),
    ),
    leads={
        "Head of Adult Social Work": [L(role="Head of Adult Social Work")],
        "Carers Lead": [L(role="Carers Lead")],
        "Principal Social Worker": [L(role="Principal Social Worker")],
        "Assistant Director, Integration": [L(role="Assistant Director, Integration")],
        "Workforce Lead (SB)": [L(role="Workforce Lead", initials="SB")],
        "Commissioning Manager": [L(role="Commissioning Manager")],
        "Engagement Officer": [L(role="Engagement Officer")],
    },
)

# -- d. an action log whose status is only the fill of the status cell: no key, no words -------------

FILLLOG = Shape(
    name="filllog",
    split="dev",
    title="Community Safety Partnership: action log",
    intro="Actions from partnership meetings, with the latest update from each lead.",
    columns=(
        ("ref", "Ref"),
        ("action", "Action"),
        ("lead", "Lead"),
        ("deadline_raw", "Deadline"),
        ("progress", "Update"),
        ("rag", "Status"),
    ),
    area_style="none",
    rag_style="fill",
    rows=(
        Row(
            None,
            "CS/01",
            "Map the locations of reported anti-social behaviour for the last twelve months.",
            "Community Safety Analyst",
            "July 2025",
            "Map presented to the June meeting.",
            "B",
        ),
        Row(
            None,
            "CS/02",
            "Agree a joint patrol plan for the town centre with the police.",
            "Neighbourhood Policing Inspector",
            "September 2025",
            "Plan agreed and patrols running at weekends.",
            "G",
        ),
        Row(
            None,
            "CS/03",
            "Extend the street marshal scheme to the night-time economy on Fridays.",
            "Licensing Manager",
            "October 2025",
            "Funding agreed for three months only; a longer bid is being prepared.",
            "A",
        ),
        Row(
            None,
            "CS/04",
            "Commission a domestic abuse perpetrator programme.",
            "Domestic Abuse Coordinator",
            "December 2025",
            "Tender returned no bids; the specification is being revised.",
            "R",
        ),
        Row(
            None,
            "CS/05",
            "Deliver knife crime awareness sessions in every secondary school.",
            "Youth Justice Manager",
            "March 2026",
            "Sessions held in five of nine schools.",
            "G",
        ),
        Row(
            None,
            "CS/06",
            "Publish the partnership's annual strategic assessment.",
            "Community Safety Analyst",
            "November 2025",
            "Data from two partners still outstanding.",
            "A",
        ),
    ),
    leads={
        "Community Safety Analyst": [L(role="Community Safety Analyst")],
        "Neighbourhood Policing Inspector": [L(role="Neighbourhood Policing Inspector")],
        "Licensing Manager": [L(role="Licensing Manager")],
        "Domestic Abuse Coordinator": [L(role="Domestic Abuse Coordinator")],
        "Youth Justice Manager": [L(role="Youth Justice Manager")],
    },
)

# -- e. a headerless log, one section row per theme -----------------------------------------------

THEMES = Shape(
    name="themes",
    split="dev",
    title="Health and Wellbeing Board: actions by theme",
    intro="Actions agreed at the development session in July, grouped under the strategy's three themes.",
    columns=(
        ("ref", "No."),
        ("action", "Action"),
        ("lead", "Lead"),
        ("deadline_raw", "Date"),
        ("progress", "Update"),
    ),
    header=False,
    area_style="section",
    rag_style="none",
    rows=(
        Row(
            "Start well",
            "1",
            "Agree a shared measure of school readiness with the early years settings.",
            "Director of Public Health",
            "December 2025",
            "Measure drafted with two settings.",
        ),
        Row(
            "Start well",
            "2",
            "Offer a health visitor contact to every family at twelve months.",
            "Health Visiting Service",
            "March 2026",
            "Contact rate is 81% against a target of 95%.",
        ),
        Row(
            "Live well",
            "3",
            "Run a targeted campaign on smoking in pregnancy.",
            "Public Health Consultant (LM)",
            "November 2025",
            "Campaign materials approved in September.",
        ),
        Row(
            "Live well",
            "4",
            "Open two more community weight management groups.",
            "Healthy Lifestyles Manager",
            "January 2026",
            "One venue found; the second is being sought.",
        ),
        Row(
            "Live well",
            "5",
            "Map the take-up of free health checks by ward.",
            "Public Health Analyst",
            "October 2025",
            "Mapping shared with the Board in October.",
        ),
        Row(
            "Age well",
            "6",
            "Agree a falls prevention pathway with the community health trust.",
            "Assistant Director, Adult Social Care",
            "February 2026",
            "Pathway workshop held; the draft is with the trust.",
        ),
        Row(
            "Age well",
            "7",
            "Extend the befriending service to the three rural wards.",
            "Voluntary Sector Forum",
            "April 2026",
            "Funding bid submitted to the lottery fund.",
        ),
    ),
    leads={
        "Director of Public Health": [L(role="Director of Public Health")],
        "Health Visiting Service": [L(org="Health Visiting Service")],
        "Public Health Consultant (LM)": [L(role="Public Health Consultant", initials="LM")],
        "Healthy Lifestyles Manager": [L(role="Healthy Lifestyles Manager")],
        "Public Health Analyst": [L(role="Public Health Analyst")],
        "Assistant Director, Adult Social Care": [L(role="Assistant Director, Adult Social Care")],
        "Voluntary Sector Forum": [L(org="Voluntary Sector Forum")],
    },
)

REAL_SHAPES = (ANNEX, ASSESSMENT, SLIDEPACK, FILLLOG, THEMES)
