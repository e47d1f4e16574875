"""A dev shape of the producer matrix for the tracker genre: a scrutiny committee's recommendation tracker.

Invented content in the genre (issue 12: recommendation, audit and scrutiny trackers), nothing taken
from a real document or from planwatch output. What makes it a tracker: the recommendation is the
action; 'Action taken' tells what was done (progress, narrative in the past); a plain 'Date' is
the committee meeting that made the recommendation (printed, not a deadline: no gold field) beside
the 'Target date'; the status is printed in words ('Complete', 'On track', 'Delayed', 'In
progress'), read into a rating from the phrase (docs/ratings.md).
"""

from __future__ import annotations

from matrix_content import L, Row, Shape

# The status words the tracker prints for a row's rating (no key printed: read from the phrase).
STATUS_WORDS = {"B": "Complete", "G": "On track", "A": "Delayed", None: "In progress"}

SCRUTINY = Shape(
    name="scrutiny",
    split="dev",
    title="Recommendation tracker: Communities and Environment Scrutiny Committee",
    intro=(
        "The tracker lists the recommendations the committee has made since May 2024, the officer "
        "who answers for each, the date by which the Executive agreed to act, and what has been "
        "done so far."
    ),
    columns=(
        ("ref", "Ref"),
        ("event_date", "Date"),
        ("area", "Area"),
        ("action", "Recommendation"),
        ("lead", "Lead officer"),
        ("deadline_raw", "Target date"),
        ("progress", "Action taken"),
        ("rag", "Status"),
    ),
    area_style="column",
    rag_style="statusword",
    rows=(
        Row(
            "Housing",
            "CE 24/01",
            "That the council publishes a timetable for the damp and mould surveys of every tower block.",
            "Head of Housing Property",
            "30/09/2025",
            "A timetable was published in August and surveys of the first four blocks have been completed.",
            "B",
            event_date="18/06/2024",
        ),
        Row(
            "Housing",
            "CE 24/02",
            "That tenants are told the outcome of every repair complaint in writing within ten working days.",
            "Repairs Manager",
            "31/12/2025",
            "Letters were redesigned with the tenants' panel; 86% of complaints were answered in time in the last quarter.",
            "G",
            event_date="18/06/2024",
        ),
        Row(
            "Waste and recycling",
            "CE 24/05",
            "That a trial of weekly food waste collections from flats is reported to the committee.",
            "Waste Services Manager",
            "31/03/2026",
            "The trial started in two estates in July; the new caddies were delivered late, so the first results are expected in February.",
            "A",
            event_date="10/09/2024",
        ),
        Row(
            "Waste and recycling",
            "CE 24/06",
            "That the bulky waste charge is reviewed against the costs of fly-tipping clearance.",
            "Head of Environmental Services",
            "31/01/2026",
            "Clearance costs for the last two years have been collated and a draft review was shared with the portfolio holder.",
            None,
            event_date="10/09/2024",
        ),
        Row(
            "Community safety",
            "CE 25/01",
            "That the CCTV partnership agreement with the police sets out who pays for camera upgrades.",
            "Community Safety Manager",
            "30/06/2025",
            "The agreement was signed in May and names the council as the owner of the cameras.",
            "B",
            event_date="21/01/2025",
        ),
        Row(
            "Community safety",
            "CE 25/02",
            "That ward councillors receive a quarterly summary of antisocial behaviour cases in their ward.",
            "Community Safety Manager",
            "31/10/2025",
            "The first summary was sent in July; the September one was delayed by the move to the new case system.",
            "A",
            event_date="21/01/2025",
        ),
    ),
    leads={
        "Head of Housing Property": [L(role="Head of Housing Property")],
        "Repairs Manager": [L(role="Repairs Manager")],
        "Waste Services Manager": [L(role="Waste Services Manager")],
        "Head of Environmental Services": [L(role="Head of Environmental Services")],
        "Community Safety Manager": [L(role="Community Safety Manager")],
    },
)

TRACKER_SHAPES = (SCRUTINY,)
