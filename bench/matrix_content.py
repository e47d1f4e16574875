"""The made-up action-plan content the producer matrix renders: six plan shapes with their rows and truth.

Every row is written here by hand in the genre (UK improvement plans, action logs, delivery plans,
commitment lists); nothing is taken from a real document or from planwatch output. A shape fixes the
column set and order, whether a header row is printed, how areas are shown (a column, or full-width
section rows) and how the rating is printed (letters, words, status phrases, or none). Two of the six
shapes are `heldout`, in bench/matrix_heldout.py: only ever scored, never looked at to tune a rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

# Column keys a shape may print, in the gold's field names.
ROLE_KEYS = ("ref", "area", "action", "lead", "start_raw", "deadline_raw", "progress", "monitoring", "rag")

# The rating a status phrase gives under docs/ratings.md's vocabulary (no key printed).
STATUS_RAG = {
    "Complete": "B",
    "Completed": "B",
    "On track": "G",
    "Delayed": "A",
    "In progress": None,
    "Not started": None,
}


@dataclass(frozen=True)
class Row:
    """One action as written: the truth of every field."""

    area: str | None
    ref: str | None
    action: str
    lead: str
    deadline_raw: str
    progress: str
    rag: str | None = None  # R, A, G, B or None
    monitoring: str | None = None
    start_raw: str | None = None
    event_date: str | None = None  # a date printed that is no deadline (a meeting's): no gold field
    priority: str | None = None  # a priority level printed ('H', 'M', 'L'): no gold field


@dataclass(frozen=True)
class Shape:
    """A plan's layout independent of the producer: columns, header, areas and rating style."""

    name: str
    split: str  # dev | heldout
    title: str
    intro: str
    columns: tuple[tuple[str, str], ...]  # (key, header text) in printed order
    rows: tuple[Row, ...]
    header: bool = True
    area_style: str = "column"  # column | section | refrow | none
    rag_style: str = "letter"  # letter | word | status | statusword | fill | yesno | none
    doc_date: str = "2025-10-01"
    leads: dict = field(default_factory=dict)
    # What the document prints before and after the table (bench/matrix_real_shapes.py): blocks of
    # (kind, content), kind one of title, heading, para, bullets, form ((label, value) pairs) or
    # break (a new page or slide). The table's own title and intro follow the preface.
    preface: tuple = ()
    after: tuple = ()
    slide_rows: int | None = None  # a slide pack: this many rows per slide, every other slide headerless
    footer: str | None = None  # a slide pack's footer, printed with the slide number

    @property
    def fill_only(self) -> bool:
        """The rating is printed only as the status cell's fill, in every producer that can colour."""
        return self.rag_style == "fill"

    def fills(self, opts: dict) -> bool:
        """Whether this producer layout colours the rating (or a status log's status cell)."""
        return bool(opts.get("fill_rag")) or self.fill_only

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.columns)

    @property
    def fill_key(self) -> str | None:
        """The column a fill-only producer colours: the rating, or a status log's status cell."""
        if "rag" in self.keys:
            return "rag"
        return "progress" if self.rag_style == "status" else None

    def rag_text(self, row: Row) -> str:
        """What the rating cell prints (the status phrase for status logs)."""
        if self.rag_style == "fill":
            return ""
        if self.rag_style == "word":
            return {"R": "Red", "A": "Amber", "G": "Green", "B": "Blue"}.get(row.rag or "", "")
        if self.rag_style == "statusword":  # a tracker's status in words, the rating read from them
            return {"B": "Complete", "G": "On track", "A": "Delayed"}.get(row.rag or "", "In progress")
        return row.rag or ""


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}


def _month_end(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _period(text: str) -> tuple[dt.date, dt.date, str]:
    """(start, end, precision) of one period written the ways this content writes it."""
    t = re.sub(r"^(end of|end|by|early|late)\s+", "", text.strip().lower())
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t):
        d = dt.date(int(m[3]), int(m[2]), int(m[1]))
        return d, d, "day"
    if m := re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", t):
        d = dt.date(int(m[3]), _MONTHS[m[2]], int(m[1]))
        return d, d, "day"
    if m := re.fullmatch(r"([a-z]+)\.? (\d{4})", t):
        if m[1] in _SEASONS:
            a, b = _SEASONS[m[1]]
            return dt.date(int(m[2]), a, 1), _month_end(int(m[2]), b), "season"
        month = _MONTHS[m[1]]
        return dt.date(int(m[2]), month, 1), _month_end(int(m[2]), month), "month"
    if m := re.fullmatch(r"q([1-4]) (\d{4})/(\d{2})", t):
        first = 4 + 3 * (int(m[1]) - 1)
        return (
            dt.date(int(m[2]) + (first - 1) // 12, (first - 1) % 12 + 1, 1),
            _month_end(int(m[2]), first + 2),
            "quarter",
        )
    if m := re.fullmatch(r"(\d{4})/(\d{2})", t):
        return dt.date(int(m[1]), 4, 1), dt.date(int(m[1]) + 1, 3, 31), "financial_year"
    if m := re.fullmatch(r"(\d{4})", t):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31), "year"
    raise ValueError(f"matrix content: no gold rule for the deadline {text!r}")


def deadline_truth(raw: str) -> dict:
    """The gold deadline fields (CONVENTIONS.md) of a deadline as this content writes it."""
    low = raw.strip().lower()
    if low in ("ongoing", "monthly", "quarterly"):
        return {
            "deadline_kind": "ongoing",
            "deadline_start": None,
            "deadline_date": None,
            "deadline_precision": None,
        }
    if low in ("tbc", "to be confirmed"):
        return {
            "deadline_kind": "tbc",
            "deadline_start": None,
            "deadline_date": None,
            "deadline_precision": None,
        }
    if m := re.fullmatch(r"(.+?) revised to (.+)", raw.strip()):
        start, end, prec = _period(m[2])
        kind = "revised"
    elif " - " in raw:
        a, b = raw.split(" - ", 1)
        start, _, _ = _period(a)
        _, end, prec = _period(b)
        kind = "range"
    else:
        start, end, prec = _period(raw)
        kind = "date"
    return {
        "deadline_kind": kind,
        "deadline_start": start.isoformat(),
        "deadline_date": end.isoformat(),
        "deadline_precision": prec,
    }


def L(person=None, role=None, initials=None, org=None) -> dict:  # noqa: N802 - reads as a record
    return {"person": person, "role": role, "initials": initials, "org": org}


# -- dev shape 1: an improvement plan, areas as a group column, RAG letters ----------------------------

_IMPROVE_AREA_1 = "Strengthen the quality and consistency of social work practice"
_IMPROVE_AREA_2 = "Improve the stability of placements for children in care"
_IMPROVE_AREA_3 = "Make sure leaders have an accurate view of frontline practice"

IMPROVEMENT = Shape(
    name="improvement",
    split="dev",
    title="Children's Services Improvement Plan: progress report, October 2025",
    intro=(
        "This report updates the Scrutiny Committee on the actions agreed after the inspection in "
        "March 2025. Each action carries a RAG rating agreed at the Improvement Board."
    ),
    columns=(
        ("ref", "Ref"),
        ("area", "Area for improvement"),
        ("action", "Action"),
        ("lead", "Lead officer"),
        ("deadline_raw", "Target date"),
        ("progress", "Progress update"),
        ("rag", "RAG"),
    ),
    rows=(
        Row(
            _IMPROVE_AREA_1,
            "1.1",
            "Introduce a single practice standard for assessments and share it with every fieldwork team.",
            "Principal Social Worker",
            "June 2025",
            "Standard launched at the practice week in June; all teams briefed.",
            "B",
        ),
        Row(
            _IMPROVE_AREA_1,
            "1.2",
            "Run monthly case audits with a moderated sample reviewed by the Head of Service.",
            "Head of Quality Assurance (RM)",
            "Ongoing",
            "Audits completed for April to September. Moderation found 68% of cases good or better, up from 51% in the spring.\n\nThe sample will rise to 40 cases a month from November.",
            "G",
        ),
        Row(
            _IMPROVE_AREA_1,
            "1.3",
            "Deliver reflective supervision training to all team managers.",
            "Workforce Development Manager",
            "September 2025",
            "Two of three cohorts trained. The third cohort was postponed because of sickness in the training team and is now booked for November.",
            "A",
        ),
        Row(
            _IMPROVE_AREA_1,
            "1.4",
            "Reduce caseloads in the assessment teams to an average of 18 children per worker.",
            "Head of Children's Social Care",
            "March 2026",
            "Average caseload is 23. Four agency posts remain unfilled and recruitment has not yet started.",
            "R",
        ),
        Row(
            _IMPROVE_AREA_2,
            "2.1",
            "Commission an independent review of placement sufficiency for children aged 11 to 15.",
            "Assistant Director, Commissioning",
            "July 2025",
            "Review received in July and presented to the Corporate Parenting Board.",
            "B",
        ),
        Row(
            _IMPROVE_AREA_2,
            "2.2",
            "Recruit twenty additional in-house foster carers through a targeted campaign.",
            "Fostering Service Manager (JT)",
            "Q4 2025/26",
            "Nine households approved and six in assessment. The campaign's second wave starts in January.",
            "A",
        ),
        Row(
            _IMPROVE_AREA_2,
            "2.3",
            "Hold a stability meeting within ten working days of any placement showing signs of strain.",
            "Team Manager, Children in Care",
            "August 2025",
            "Meetings now held in 87% of cases within the timescale.",
            "G",
        ),
        Row(
            _IMPROVE_AREA_3,
            "3.1",
            "Publish a monthly performance scorecard for the Improvement Board.",
            "Head of Performance and Intelligence",
            "May 2025",
            "Scorecard published every month since May.",
            "B",
        ),
        Row(
            _IMPROVE_AREA_3,
            "3.2",
            "Senior leaders to complete practice observations in every team each quarter.",
            "Director of Children's Services",
            "Quarterly",
            "Observations held in all but two teams this quarter. Findings are reported to the Board with the scorecard.",
            "G",
        ),
        Row(
            _IMPROVE_AREA_3,
            "3.3",
            "Establish a practice learning forum open to frontline staff and partners.",
            "Principal Social Worker / Head of Quality Assurance",
            "December 2025",
            "Terms of reference drafted. The first meeting is planned for December.",
            "G",
        ),
    ),
    leads={
        "Principal Social Worker": [L(role="Principal Social Worker")],
        "Head of Quality Assurance (RM)": [L(role="Head of Quality Assurance", initials="RM")],
        "Workforce Development Manager": [L(role="Workforce Development Manager")],
        "Head of Children's Social Care": [L(role="Head of Children's Social Care")],
        "Assistant Director, Commissioning": [L(role="Assistant Director, Commissioning")],
        "Fostering Service Manager (JT)": [L(role="Fostering Service Manager", initials="JT")],
        "Team Manager, Children in Care": [L(role="Team Manager, Children in Care")],
        "Head of Performance and Intelligence": [L(role="Head of Performance and Intelligence")],
        "Director of Children's Services": [L(role="Director of Children's Services")],
        "Principal Social Worker / Head of Quality Assurance": [
            L(role="Principal Social Worker"),
            L(role="Head of Quality Assurance"),
        ],
    },
)

# -- dev shape 2: an action log, section rows for themes, status phrases only -------------------------

ACTION_LOG = Shape(
    name="actionlog",
    split="dev",
    title="Housing Partnership Board: action log",
    intro="Actions arising from meetings of the Board, updated for the meeting of 14 October 2025.",
    columns=(
        ("ref", "No."),
        ("action", "Action"),
        ("lead", "Owner"),
        ("deadline_raw", "Due"),
        ("progress", "Status"),
    ),
    area_style="section",
    rag_style="status",
    rows=(
        Row(
            "Homelessness prevention",
            "01",
            "Circulate the revised prevention protocol to partner agencies for comment.",
            "KP",
            "30/06/2025",
            "Complete",
            "B",  # the status cell's fill where a producer colours it
        ),
        Row(
            "Homelessness prevention",
            "02",
            "Bring a report on the use of the prevention fund to the next meeting.",
            "Sarah Okafor",
            "September 2025",
            "Complete",
            "B",  # the status cell's fill where a producer colours it
        ),
        Row(
            "Homelessness prevention",
            "03",
            "Agree a joint referral route with the probation service for people leaving custody.",
            "KP / DL",
            "December 2025",
            "On track",
            "G",  # the status cell's fill where a producer colours it
        ),
        Row(
            "Temporary accommodation",
            "04",
            "Review the length of stay of families in bed and breakfast accommodation and report the figures.",
            "Housing Options Team",
            "August 2025",
            "Delayed",
            "A",  # the status cell's fill where a producer colours it
        ),
        Row(
            "Temporary accommodation",
            "05",
            "Seek approval to lease fifty additional units from registered providers.",
            "MH",
            "November 2025",
            "In progress",
            "A",  # the status cell's fill where a producer colours it
        ),
        Row(
            "Temporary accommodation",
            "06",
            "Set up a tenancy sustainment panel with the two largest housing associations.",
            "Sarah Okafor",
            "January 2026",
            "Not started",
            "R",  # the status cell's fill where a producer colours it
        ),
        Row(
            "Board governance",
            "07",
            "Update the Board's terms of reference to add the integrated care board as a member.",
            "Chair",
            "October 2025",
            "Complete",
            "B",  # the status cell's fill where a producer colours it
        ),
        Row(
            "Board governance",
            "08",
            "Invite the voluntary sector forum to nominate a second representative.",
            "DL",
            "November 2025",
            "On track",
            "G",  # the status cell's fill where a producer colours it
        ),
    ),
    leads={
        "KP": [L(initials="KP")],
        "Sarah Okafor": [L(person="Sarah Okafor")],
        "KP / DL": [L(initials="KP"), L(initials="DL")],
        "Housing Options Team": [L(org="Housing Options Team")],
        "MH": [L(initials="MH")],
        "Chair": [L(role="Chair")],
        "DL": [L(initials="DL")],
    },
)

# -- dev shape 3: a delivery plan, area first, quarters and financial years, multi-paragraph progress --

_DELIVER_1 = "A thriving local economy"
_DELIVER_2 = "Safe, clean and green neighbourhoods"

DELIVERY = Shape(
    name="delivery",
    split="dev",
    title="Council Delivery Plan 2025/26: Quarter 2 monitoring",
    intro=(
        "The delivery plan sets out what the council will do this year towards each priority of the "
        "Council Plan. Ratings: G on track, A at risk, R off track, B complete."
    ),
    columns=(
        ("area", "Priority"),
        ("ref", "Ref"),
        ("action", "Deliverable"),
        ("lead", "Responsible officer"),
        ("deadline_raw", "Timescale"),
        ("progress", "Quarter 2 progress"),
        ("rag", "Status"),
    ),
    rows=(
        Row(
            _DELIVER_1,
            "EC1",
            "Open the second phase of the town centre business hub.",
            "Head of Economic Development",
            "Q3 2025/26",
            "Building works are complete and the first six tenants have signed leases.\n\nThe official opening is planned for November.",
            "G",
        ),
        Row(
            _DELIVER_1,
            "EC2",
            "Deliver the shared prosperity fund programme of grants to small businesses.",
            "Economic Growth Manager (AB)",
            "2025/26",
            "Forty-two grants awarded against a target of sixty. Demand slowed over the summer and a second call opened in September.",
            "A",
        ),
        Row(
            _DELIVER_1,
            "EC3",
            "Adopt a new skills and employment strategy with the further education college.",
            "Assistant Director, Regeneration",
            "Q2 2025/26",
            "Strategy adopted by Cabinet in September.",
            "B",
        ),
        Row(
            _DELIVER_1,
            "EC4",
            "Secure a developer partner for the former depot site.",
            "Head of Property Services",
            "Q4 2025/26",
            "The procurement attracted one compliant bid, which did not meet the quality threshold.\n\nOptions for a second procurement will be reported to Cabinet in December.",
            "R",
        ),
        Row(
            _DELIVER_2,
            "NB1",
            "Extend the food waste collection service to all flats.",
            "Waste Services Manager",
            "Q1 2025/26 - Q3 2025/26",
            "Service extended to 70% of blocks; the rest follow once the new vehicles arrive.",
            "G",
        ),
        Row(
            _DELIVER_2,
            "NB2",
            "Plant 5,000 trees as part of the urban forest programme.",
            "Parks and Open Spaces Manager",
            "Winter 2025",
            "Sites agreed with ward members. Planting starts in November and runs to February.",
            "G",
        ),
        Row(
            _DELIVER_2,
            "NB3",
            "Install CCTV at the three fly-tipping hot spots and publish the enforcement results.",
            "Community Safety Manager (PN)",
            "Q2 2025/26",
            "Cameras installed at two sites; the third awaits a power connection from the network operator.",
            "A",
        ),
        Row(
            _DELIVER_2,
            "NB4",
            "Review street cleansing schedules so that every ward has a published timetable.",
            "Head of Environmental Services",
            "Q3 2025/26",
            "Draft schedules out for consultation with ward members until the end of October.",
            "G",
        ),
    ),
    leads={
        "Head of Economic Development": [L(role="Head of Economic Development")],
        "Economic Growth Manager (AB)": [L(role="Economic Growth Manager", initials="AB")],
        "Assistant Director, Regeneration": [L(role="Assistant Director, Regeneration")],
        "Head of Property Services": [L(role="Head of Property Services")],
        "Waste Services Manager": [L(role="Waste Services Manager")],
        "Parks and Open Spaces Manager": [L(role="Parks and Open Spaces Manager")],
        "Community Safety Manager (PN)": [L(role="Community Safety Manager", initials="PN")],
        "Head of Environmental Services": [L(role="Head of Environmental Services")],
    },
)

# -- dev shape 4: a commitments list printed without a header row, no rating --------------------------

COMMITMENTS = Shape(
    name="commitments",
    split="dev",
    title="Annex B: Our commitments to tenants",
    intro=(
        "In response to the tenant survey the landlord made the commitments below. Each one names the "
        "officer who answers for it and the date by which it will be met."
    ),
    columns=(
        ("ref", "No."),
        ("action", "Commitment"),
        ("lead", "Lead"),
        ("deadline_raw", "By when"),
        ("progress", "Update"),
    ),
    header=False,
    area_style="none",
    rag_style="none",
    rows=(
        Row(
            None,
            "C1",
            "We will answer every complaint within ten working days and tell tenants who is dealing with it.",
            "Customer Services Manager",
            "April 2025",
            "Since April 94% of complaints were answered within ten working days.",
        ),
        Row(
            None,
            "C2",
            "We will inspect every home for damp and mould and publish the results by estate.",
            "Head of Asset Management",
            "March 2026",
            "2,310 of 4,800 homes inspected. Results for the first four estates are on the website.",
        ),
        Row(
            None,
            "C3",
            "We will set up a tenants' scrutiny panel with its own budget.",
            "Tenant Engagement Officer",
            "September 2025",
            "Panel recruited; its first review, of repairs appointments, starts in November.",
        ),
        Row(
            None,
            "C4",
            "We will publish repair response times for each contractor every quarter.",
            "Repairs Manager",
            "Quarterly",
            "First quarterly report published in July; the second is due with this annex.",
        ),
        Row(
            None,
            "C5",
            "We will train all front-line staff in recognising and reporting domestic abuse.",
            "Head of Tenancy Services",
            "December 2025",
            "Training commissioned from the local domestic abuse service. Sessions run from October.",
        ),
        Row(
            None,
            "C6",
            "We will review service charges with tenants of blocks with shared heating.",
            "Income Manager",
            "TBC",
            "Awaiting the outcome of the energy contract tender.",
        ),
        Row(
            None,
            "C7",
            "We will replace the door entry systems in the six tower blocks.",
            "Head of Asset Management",
            "June 2026",
            "Contractor appointed; surveys of the first two blocks complete.",
        ),
    ),
    leads={
        "Customer Services Manager": [L(role="Customer Services Manager")],
        "Head of Asset Management": [L(role="Head of Asset Management")],
        "Tenant Engagement Officer": [L(role="Tenant Engagement Officer")],
        "Repairs Manager": [L(role="Repairs Manager")],
        "Head of Tenancy Services": [L(role="Head of Tenancy Services")],
        "Income Manager": [L(role="Income Manager")],
    },
)

DEV_SHAPES = (IMPROVEMENT, ACTION_LOG, DELIVERY, COMMITMENTS)


def gold_rows(shape: Shape, doc_id: str, *, filled: bool = False) -> list[dict]:
    """The shape's rows in the corpus gold format, in printed order.

    `filled`: the producer coloured the rating (or a status log's status cell) with the row's
    rating colour; a fill gives the rating before a status phrase does (docs/ratings.md).
    """
    out = []
    for i, row in enumerate(shape.rows):
        rag = row.rag
        if shape.rag_style == "fill":
            rag = row.rag if filled else None
        elif shape.rag_style == "status":
            rag = row.rag if filled and row.rag else STATUS_RAG[row.progress]
        elif shape.rag_style == "yesno":  # a column asking 'Achieved?': a 'Yes' is done (docs/ratings.md)
            rag = "B" if re.match(r"(?i)(?:yes|y)(?![a-z])", row.progress) else None
        elif shape.rag_style == "none" or "rag" not in shape.keys:
            rag = None
        gold = {
            "doc_id": doc_id,
            "plan_id": f"matrix-{shape.name}",
            "table_index": 0,
            "row_index": i,
            "ref": row.ref if "ref" in shape.keys else None,
            "source_ref": None,
            "area": row.area if shape.area_style != "none" else None,
            "lead": row.lead,
            "action": row.action,
            "start_raw": row.start_raw if "start_raw" in shape.keys else None,
            "deadline_raw": row.deadline_raw,
            "progress": row.progress if "progress" in shape.keys else None,
            "rag": rag,
            "monitoring": row.monitoring if "monitoring" in shape.keys else None,
            "outcome": None,
            "cost": None,
            "gold_action_id": f"matrix-{shape.name}:{i}",
            **deadline_truth(row.deadline_raw),
            "leads": shape.leads[row.lead],
        }
        out.append(gold)
    return out
