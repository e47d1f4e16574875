"""Lead cells of every shape the conventions describe, parsed into person / role / initials / org."""

from __future__ import annotations

import types

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import normalise_leads as nl
from extractors.normalise_leads import lead_key, parse_leads
from extractors.text import list_marks_to_separators


def L(role=None, initials=None, person=None, org=None) -> dict:  # noqa: N802 - reads like the gold
    return {"person": person, "role": role, "initials": initials, "org": org}


CASES = [
    # plain titles, with and without initials
    ("Head of Quality Assurance (RB)", [L("Head of Quality Assurance", "RB")]),
    ("Head of Quality Assurance", [L("Head of Quality Assurance")]),
    ("Virtual School Headteacher", [L("Virtual School Headteacher")]),
    # 'and' / '&' / ',' inside one title
    ("Director of Finance & Commercial Services", [L("Director of Finance & Commercial Services")]),
    ("Assistant Director, Learning and Skills (TW)", [L("Assistant Director, Learning and Skills", "TW")]),
    ("Head of Disabled Children and Family Support", [L("Head of Disabled Children and Family Support")]),
    ("Training and Workforce Officer", [L("Training and Workforce Officer")]),
    ("All Service and Team Managers", [L("All Service and Team Managers")]),
    ("Head of Early Help and Youth Offending Service", [L("Head of Early Help and Youth Offending Service")]),
    (
        "Head of Commissioning, Partnerships and Performance",
        [L("Head of Commissioning, Partnerships and Performance")],
    ),
    # portfolio after ':' / dash / comma stays in the role
    ("Cabinet Member: Adult Social Care (RP)", [L("Cabinet Member: Adult Social Care", "RP")]),
    ("Service Manager – Youth Justice (PW)", [L("Service Manager – Youth Justice", "PW")]),
    ("Assistant Director, Education", [L("Assistant Director, Education")]),
    ("Assistant Director, Children's Services", [L("Assistant Director, Children's Services")]),
    # narrowing qualifier stays; repeated acronym goes
    ("Service Director (Commissioning)", [L("Service Director (Commissioning)")]),
    (
        "Head of Service (Fostering, Kinship & Adoption)",
        [L("Head of Service (Fostering, Kinship & Adoption)")],
    ),
    ("Designated Safeguarding Lead (DSL)", [L("Designated Safeguarding Lead")]),
    ("Director of Children's Services (DCS)", [L("Director of Children's Services")]),
    ("Independent Reviewing Officers (IROs)", [L("Independent Reviewing Officers")]),
    ("Head of Service (HoS)", [L("Head of Service")]),
    ("Quality Assurance Officer (TBC)", [L("Quality Assurance Officer")]),
    # several leads
    ("Senior Social Worker and Head of Service", [L("Senior Social Worker"), L("Head of Service")]),
    ("Chair of Adults Board & Chair of Youth Board", [L("Chair of Adults Board"), L("Chair of Youth Board")]),
    (
        "Head of Placements (SD) and Head of Access (MW)",
        [L("Head of Placements", "SD"), L("Head of Access", "MW")],
    ),
    ("Head of Placements; Fostering Manager", [L("Head of Placements"), L("Fostering Manager")]),
    ("Director of Adult Services/ Head of Housing", [L("Director of Adult Services"), L("Head of Housing")]),
    (
        "Head of Safeguarding, Head of Early Help and Head of Fieldwork",
        [L("Head of Safeguarding"), L("Head of Early Help"), L("Head of Fieldwork")],
    ),
    ("Head of Fostering/Adoption", [L("Head of Fostering/Adoption")]),
    (
        "Practice Lead (NB) in conjunction with Systems Manager – Data and Reporting (HT)",
        [L("Practice Lead", "NB"), L("Systems Manager – Data and Reporting", "HT")],
    ),
    ("Head of Safeguarding. Supported by Team Managers", [L("Head of Safeguarding"), L("Team Managers")]),
    (
        "Principal Social Worker supported by Workforce Officer",
        [L("Principal Social Worker"), L("Workforce Officer")],
    ),
    ("1. Head of Access 2. Team Managers", [L("Head of Access"), L("Team Managers")]),
    # one bracket, several initials
    (
        "Performance & Data Manager (TF & GH)",
        [L("Performance & Data Manager", "TF"), L("Performance & Data Manager", "GH")],
    ),
    (
        "Performance & Data Manager (TF/GH)",
        [L("Performance & Data Manager", "TF"), L("Performance & Data Manager", "GH")],
    ),
    # two leads run together (a lost line break)
    (
        "Head of Early Help (RT) Quality Assurance Manager",
        [L("Head of Early Help", "RT"), L("Quality Assurance Manager")],
    ),
    (
        "Head of Access and Assessment Head of Youth Justice",
        [L("Head of Access and Assessment"), L("Head of Youth Justice")],
    ),
    # people
    ("Jo Bloggs (Chief Executive)", [L("Chief Executive", person="Jo Bloggs")]),
    ("Sam Patel (SM, Fostering Team)", [L("SM", person="Sam Patel", org="Fostering Team")]),
    ("Ann Lee (PSW)", [L("PSW", person="Ann Lee")]),
    ("Ann Lee, (PSW)", [L("PSW", person="Ann Lee")]),
    ("Ann Lee (HoS, Children and Families)", [L("HoS", person="Ann Lee", org="Children and Families")]),
    ("Cllr Mary Jones", [L(person="Cllr Mary Jones")]),
    ("Dr A. Smith, Designated Doctor", [L("Designated Doctor", person="Dr A. Smith")]),
    ("Kim Wu - Head of Safeguarding", [L("Head of Safeguarding", person="Kim Wu")]),
    ("Head of Corporate Parenting (Jane Smith)", [L("Head of Corporate Parenting", person="Jane Smith")]),
    ("Kim Wu and Lee Chan", [L(person="Kim Wu"), L(person="Lee Chan")]),
    # bodies
    ("LSCB", [L(org="LSCB")]),
    ("Adoption Panel", [L(org="Adoption Panel")]),
    ("Early Help Team", [L(org="Early Help Team")]),
    ("Council", [L(org="Council")]),
    ("Internal audit", [L(org="Internal audit")]),
    ("All teams", [L(org="All teams")]),
    ("In-house Training", [L(org="In-house Training")]),
    ("statutory bodies (police, NHS, LA)", [L(org="statutory bodies (police, NHS, LA)")]),
    ("Chair of LSCB Training Subgroup", [L("Chair of LSCB Training Subgroup")]),
    ("LSCB Business Manager", [L("LSCB Business Manager")]),
    ("LSCB / Director of Adult Services", [L(org="LSCB"), L("Director of Adult Services")]),
    ("Social workers, Duty Team", [L("Social workers"), L(org="Duty Team")]),
    ("Team Managers in the Assessment Team", [L("Team Managers", org="Assessment Team")]),
    # a title and its unit
    (
        "Chief Inspector, Avon and Somerset Constabulary",
        [L("Chief Inspector", org="Avon and Somerset Constabulary")],
    ),
    ("Chief Executive, Wye Valley NHS Trust", [L("Chief Executive", org="Wye Valley NHS Trust")]),
    (
        "Clinical Commissioning Group (CCG) Designated Nurse",
        [L("Designated Nurse", org="Clinical Commissioning Group")],
    ),
    (
        "Service Director (Early Help) & Detective Inspector, Mercia Police",
        [L("Service Director (Early Help)"), L("Detective Inspector", org="Mercia Police")],
    ),
    # words that are not a lead
    ("Head of Commissioning to be monitored at the monthly managers' meeting", [L("Head of Commissioning")]),
    ("TBC", []),
    ("n/a", []),
    ("", []),
    (None, []),
    # narrow columns split words mid-word: kept as printed, not split further
    ("Developm ent Manager (KH)", [L("Developm ent Manager", "KH")]),
    ("Head of Safeguard ing and Quality Assurance", [L("Head of Safeguard ing and Quality Assurance")]),
    (
        "Head of Quality Assur ance and Safeguard ing Manag er",
        [L("Head of Quality Assur ance"), L("Safeguard ing Manag er")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[str(c[0])[:50] for c in CASES])
def test_parse_leads(raw, expected):
    assert parse_leads(raw) == expected


def test_whitespace_is_collapsed_and_trailing_stop_dropped():
    assert parse_leads("  Head of\n Fieldwork   (KP). ") == [L("Head of Fieldwork", "KP")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Head of LAC (JK)", "Head of LAC"),
        ("Head of LAC (JK)", "head of  lac (AB)"),
        ("QA & Compliance Manager (AT & LH)", "QA and Compliance Manager"),
        ("Principal Social Worker (PSW)", "Principal Social Worker."),
        ("Head of LAC (JK) and Head of Fieldwork (KP)", "Head of Fieldwork / Head of LAC"),
        ("Head of Service (Early Help)", "Head of Service - Early Help"),
    ],
)
def test_lead_key_ignores_initials_case_punctuation_spacing(a, b):
    assert lead_key(a) is not None
    assert lead_key(a) == lead_key(b)


def test_lead_key_tells_different_leads_apart_and_accepts_parsed_leads():
    assert lead_key("Head of LAC") != lead_key("Head of Fieldwork")
    assert lead_key(parse_leads("Head of LAC (JK)")) == lead_key("Head of LAC")
    assert lead_key(None) is None
    assert lead_key("") is None
    assert lead_key([]) is None


_WORDS = [
    "Head",
    "of",
    "LAC",
    "(JK)",
    "(",
    ")",
    "and",
    "&",
    "/",
    ",",
    ";",
    ".",
    "Manager",
    "Jo",
    "Bloggs",
    "Team",
    "Council",
    "in conjunction with",
    "supported by",
    "Dr",
    "A.",
    "(PSW)",
    "Service",
    "Director",
    "–",
    ":",
    "ent",
    "Safeguard",
    "ing",
    "the",
    "to be",
    "a)",
    "1.",
    "\u2022",
    "HSCB",
    "(AT & LH)",
    "Chief",
    "Police",
    "[",
    "]",
    "’s",
    "Cllr",
    "TBC",
    "All",
    "workers",
    "\u00ad",
    "\n",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join)))
def test_parse_leads_never_raises_and_returns_four_keys(raw):
    leads = parse_leads(raw)
    assert isinstance(leads, list)
    for lead in leads:
        assert set(lead) == {"person", "role", "initials", "org"}
        assert all(v is None or (isinstance(v, str) and v) for v in lead.values())
    key = lead_key(raw)
    assert key is None or isinstance(key, str)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join))
def test_the_rules_themselves_do_not_raise(raw):
    # parse_leads hides a crash behind a fallback; the rules underneath must not need it
    text = list_marks_to_separators(raw)
    if text:
        nl.parse_cell(text)


def test_run_sets_leads_and_key_on_each_action():
    ctx = types.SimpleNamespace(
        actions=[
            {"lead": "Head of LAC (JK) and Head of Fieldwork (KP)"},
            {"lead": None},
            {"lead": "Head of LAC"},
        ]
    )
    nl.run(ctx, None)
    first, empty, third = ctx.actions
    assert first["leads"] == [L("Head of LAC", "JK"), L("Head of Fieldwork", "KP")]
    assert empty["leads"] == [] and empty["lead_key"] is None
    assert third["lead_key"] == lead_key("Head of LAC (AB)")
    assert first["lead_key"] != third["lead_key"]


def test_results_are_fresh_copies():
    a = parse_leads("Head of LAC (JK)")
    a[0]["role"] = "changed"
    assert parse_leads("Head of LAC (JK)")[0]["role"] == "Head of LAC"


def test_a_connective_split_by_a_narrow_column_still_splits_the_leads():
    # 'in conjunctio n with': the column broke the word, not the sentence.
    leads = parse_leads("Commissi oning Manager (AB) in conjunctio n with Head of Estates (CD)")
    assert [(lead["role"], lead["initials"]) for lead in leads] == [
        ("Commissi oning Manager", "AB"),
        ("Head of Estates", "CD"),
    ]


def test_an_adjective_before_lead_for_keeps_one_title():
    leads = parse_leads("Head of Service (Early Help) & Strategic Lead for SEND")
    assert [lead["role"] for lead in leads] == ["Head of Service (Early Help)", "Strategic Lead for SEND"]
    # while a lost line break between two 'Head of' titles still splits
    assert [lead["role"] for lead in parse_leads("Head of Early Help Head of Youth Justice")] == [
        "Head of Early Help",
        "Head of Youth Justice",
    ]
