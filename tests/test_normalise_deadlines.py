"""Tests of extractors.normalise_deadlines: a table of the genre's deadline forms, properties, clock independence."""

from __future__ import annotations

import datetime
import sys
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import normalise_deadlines as nd
from extractors.normalise_deadlines import DEADLINE_KINDS, PRECISIONS, Deadline, parse_deadline
from extractors.text import repair_date_text

D = datetime.date
UNDATED = ("ongoing", "tbc", "none", "ambiguous")

# (raw, doc_date, kind, start, end, precision). Written for the genre, not taken from the corpus.
CASES = [
    # one month, with the words councils put round it
    ("June 2017", None, "date", D(2017, 6, 1), D(2017, 6, 30), "month"),
    ("End of June 2017", None, "date", D(2017, 6, 1), D(2017, 6, 30), "month"),
    ("end Nov 2018", None, "date", D(2018, 11, 1), D(2018, 11, 30), "month"),
    ("By February 2020", None, "date", D(2020, 2, 1), D(2020, 2, 29), "month"),
    ("Beginning of April 2019", None, "date", D(2019, 4, 1), D(2019, 4, 30), "month"),
    ("mid-July 2016", None, "date", D(2016, 7, 1), D(2016, 7, 31), "month"),
    ("Late Sept 2021", None, "date", D(2021, 9, 1), D(2021, 9, 30), "month"),
    ("DECEMBER 2019", None, "date", D(2019, 12, 1), D(2019, 12, 31), "month"),
    ("Jan-18", None, "date", D(2018, 1, 1), D(2018, 1, 31), "month"),
    ("Aug '17", None, "date", D(2017, 8, 1), D(2017, 8, 31), "month"),
    ("03/2019", None, "date", D(2019, 3, 1), D(2019, 3, 31), "month"),
    ("Novem ber 2016", None, "date", D(2016, 11, 1), D(2016, 11, 30), "month"),
    ("Febr-\nuary 2017", None, "date", D(2017, 2, 1), D(2017, 2, 28), "month"),
    ("October 2016 (subject to funding)", None, "date", D(2016, 10, 1), D(2016, 10, 31), "month"),
    ("April 2018 *", None, "date", D(2018, 4, 1), D(2018, 4, 30), "month"),
    ("Completed July 2016", None, "date", D(2016, 7, 1), D(2016, 7, 31), "month"),
    ("Nov 2019 - tbc", None, "date", D(2019, 11, 1), D(2019, 11, 30), "month"),
    # days, UK order
    ("14/7/2016", None, "date", D(2016, 7, 14), D(2016, 7, 14), "day"),
    ("02/03/2018", None, "date", D(2018, 3, 2), D(2018, 3, 2), "day"),
    ("9.12.19", None, "date", D(2019, 12, 9), D(2019, 12, 9), "day"),
    ("31st January 2017", None, "date", D(2017, 1, 31), D(2017, 1, 31), "day"),
    ("Friday 3rd of November 2017", None, "date", D(2017, 11, 3), D(2017, 11, 3), "day"),
    ("by 30 Sep 2020", None, "date", D(2020, 9, 30), D(2020, 9, 30), "day"),
    ("2018-06-15", None, "date", D(2018, 6, 15), D(2018, 6, 15), "day"),
    ("12-Oct-17", None, "date", D(2017, 10, 12), D(2017, 10, 12), "day"),
    # seasons, years, financial years, quarters
    ("Autumn 2017", None, "date", D(2017, 9, 1), D(2017, 11, 30), "season"),
    ("early summer 2019", None, "date", D(2019, 6, 1), D(2019, 8, 31), "season"),
    ("Winter 2019", None, "date", D(2019, 12, 1), D(2020, 2, 29), "season"),
    ("winter 2016/17", None, "date", D(2016, 12, 1), D(2017, 2, 28), "season"),
    ("2019", None, "date", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("by end of 2020", None, "date", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("2017/18", None, "date", D(2017, 4, 1), D(2018, 3, 31), "financial_year"),
    ("2019-20", None, "date", D(2019, 4, 1), D(2020, 3, 31), "financial_year"),
    ("End of financial year 2016/2017", None, "date", D(2016, 4, 1), D(2017, 3, 31), "financial_year"),
    ("18/19", None, "date", D(2018, 4, 1), D(2019, 3, 31), "financial_year"),
    ("Q2 2018/19", None, "date", D(2018, 7, 1), D(2018, 9, 30), "quarter"),
    ("Q4 17/18", None, "date", D(2018, 1, 1), D(2018, 3, 31), "quarter"),
    ("Quarter 1 2020-21", None, "date", D(2020, 4, 1), D(2020, 6, 30), "quarter"),
    ("third quarter of 2016/17", None, "date", D(2016, 10, 1), D(2016, 12, 31), "quarter"),
    ("Q1 2019", None, "date", D(2019, 1, 1), D(2019, 3, 31), "quarter"),
    ("academic year 2018/19", None, "date", D(2018, 9, 1), D(2019, 8, 31), "year"),
    ("2016/17 Q2", None, "date", D(2016, 7, 1), D(2016, 9, 30), "quarter"),
    ("Octobre 2018", None, "date", D(2018, 10, 1), D(2018, 10, 31), "month"),
    ("Feburary 2019", None, "date", D(2019, 2, 1), D(2019, 2, 28), "month"),
    ("June 2018 (Q1 2018/19)", None, "date", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("Dec 2017 (Q3)", None, "date", D(2017, 12, 1), D(2017, 12, 31), "month"),
    # ranges
    ("June 2016 - December 2016", None, "range", D(2016, 6, 1), D(2016, 12, 31), "month"),
    ("Sep 16 – Jan 17", None, "range", D(2016, 9, 1), D(2017, 1, 31), "month"),
    ("from May 2018 to August 2018", None, "range", D(2018, 5, 1), D(2018, 8, 31), "month"),
    ("between April and June 2019", None, "range", D(2019, 4, 1), D(2019, 6, 30), "month"),
    ("Nov - Jan 2020", None, "range", D(2019, 11, 1), D(2020, 1, 31), "month"),
    ("July 2017 to March", None, "range", D(2017, 7, 1), D(2018, 3, 31), "month"),
    ("Q3-Q4 2017/18", None, "range", D(2017, 10, 1), D(2018, 3, 31), "quarter"),
    ("12-16 June 2017", None, "range", D(2017, 6, 12), D(2017, 6, 16), "day"),
    ("w/c 7/11/2016", None, "range", D(2016, 11, 7), D(2016, 11, 13), "day"),
    ("Week commencing 2nd October 2017", None, "range", D(2017, 10, 2), D(2017, 10, 8), "day"),
    ("Autumn term 2018", None, "range", D(2018, 9, 1), D(2018, 12, 31), "month"),
    ("Spring Term 2019", None, "range", D(2019, 1, 1), D(2019, 3, 31), "month"),
    ("summer term 2017/18", None, "range", D(2018, 4, 1), D(2018, 7, 31), "month"),
    ("winter term 2018", None, "date", D(2018, 12, 1), D(2019, 2, 28), "season"),  # not a school term
    # half years: a financial year's halves when one is printed, else the calendar year's
    ("H1 2025", None, "range", D(2025, 1, 1), D(2025, 6, 30), "month"),
    ("H2 2024/25", None, "range", D(2024, 10, 1), D(2025, 3, 31), "month"),
    ("second half of 2019", None, "range", D(2019, 7, 1), D(2019, 12, 31), "month"),
    ("First half of the 2020-21 financial year", None, "range", D(2020, 4, 1), D(2020, 9, 30), "month"),
    ("i) June 2018 ii) September 2018", None, "range", D(2018, 6, 1), D(2018, 9, 30), "month"),
    ("Phase one: Jan 2019; phase two: Apr 2019", None, "range", D(2019, 1, 1), D(2019, 4, 30), "month"),
    ("July 2016 with effect from October 2016", None, "range", D(2016, 7, 1), D(2016, 10, 31), "month"),
    # revisions
    ("March 2017 May 2017", None, "revised", D(2017, 5, 1), D(2017, 5, 31), "month"),
    ("Dec 2016\nFeb 2017", None, "revised", D(2017, 2, 1), D(2017, 2, 28), "month"),
    ("June 2018 June 2018", None, "revised", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("30/06/2017 revised 30/09/2017", None, "revised", D(2017, 9, 30), D(2017, 9, 30), "day"),
    ("Oct 2018 – now Jan 2019", None, "revised", D(2019, 1, 1), D(2019, 1, 31), "month"),
    ("Q2 2017/18 (extended to Q3 2017/18)", None, "revised", D(2017, 10, 1), D(2017, 12, 31), "quarter"),
    ("September 2019 (was June 2019)", None, "revised", D(2019, 9, 1), D(2019, 9, 30), "month"),
    ("November 2018 (deferred from August 2018)", None, "revised", D(2018, 11, 1), D(2018, 11, 30), "month"),
    ("April 2019 (July 2019)", None, "revised", D(2019, 7, 1), D(2019, 7, 31), "month"),
    ("Jan 2018, Mar 2018 revised to July 2018", None, "revised", D(2018, 7, 1), D(2018, 7, 31), "month"),
    # a bracket naming another event's date
    ("May 2019 (board meets July 2019)", None, "date", D(2019, 5, 1), D(2019, 5, 31), "month"),
    # recurring
    ("April 2017 and annually", None, "recurring", D(2017, 4, 1), D(2017, 4, 30), "month"),
    ("Quarterly from July 2016", None, "recurring", D(2016, 7, 1), D(2016, 7, 31), "month"),
    ("Jan 2020 onwards", None, "recurring", D(2020, 1, 1), D(2020, 1, 31), "month"),
    ("monthly, starting 1st March 2018", None, "recurring", D(2018, 3, 1), D(2018, 3, 1), "day"),
    ("every six months from Q1 2018/19", None, "recurring", D(2018, 4, 1), D(2018, 6, 30), "quarter"),
    # no date
    ("Ongoing", None, "ongoing", None, None, None),
    ("on going", None, "ongoing", None, None, None),
    ("With immediate effect", None, "ongoing", None, None, None),
    ("As required", None, "ongoing", None, None, None),
    ("Reviewed quarterly", None, "ongoing", None, None, None),
    ("TBA", None, "tbc", None, None, None),
    ("t.b.c.", None, "tbc", None, None, None),
    ("Date to be agreed with partners", None, "tbc", None, None, None),
    ("–", None, "none", None, None, None),
    ("N/A", None, "none", None, None, None),
    ("", None, "none", None, None, None),
    ("Achieved", None, "none", None, None, None),
    ("See action 4.2", None, "none", None, None, None),
    ("Statutory duty under the Children Act 2004", None, "none", None, None, None),
    ("Bi-annual", None, "ongoing", None, None, None),
    ("end of term", None, "ambiguous", None, None, None),
    ("before Christmas 2017", None, "date", D(2017, 12, 1), D(2017, 12, 31), "month"),
    ("Year 2", None, "ambiguous", None, None, None),
    ("Within 3 months of appointment", None, "ambiguous", None, None, None),
    ("by next inspection", None, "ambiguous", None, None, None),
    ("31/02/2018", None, "ambiguous", None, None, None),
    # no year: the nearest such period to the document's date, a tie to the later
    ("March", D(2016, 10, 20), "date", D(2017, 3, 1), D(2017, 3, 31), "month"),
    ("early February", D(2019, 6, 1), "date", D(2019, 2, 1), D(2019, 2, 28), "month"),
    ("End of April", D(2018, 10, 5), "date", D(2019, 4, 1), D(2019, 4, 30), "month"),
    ("December", D(2020, 1, 15), "date", D(2019, 12, 1), D(2019, 12, 31), "month"),
    ("Summer", D(2018, 2, 1), "date", D(2018, 6, 1), D(2018, 8, 31), "season"),
    ("winter", D(2018, 1, 10), "date", D(2017, 12, 1), D(2018, 2, 28), "season"),
    ("15th August", D(2017, 3, 1), "date", D(2017, 8, 15), D(2017, 8, 15), "day"),
    ("Q4", D(2016, 11, 30), "date", D(2017, 1, 1), D(2017, 3, 31), "quarter"),
    ("September", None, "ambiguous", None, None, None),
    ("this may change", None, "none", None, None, None),
]


@pytest.mark.parametrize(
    ("raw", "doc_date", "kind", "start", "end", "precision"), CASES, ids=[c[0] or "<empty>" for c in CASES]
)
def test_table(raw, doc_date, kind, start, end, precision):
    assert parse_deadline(raw, doc_date) == Deadline(kind, start, end, precision)


def test_table_is_broad():
    assert len(CASES) >= 60
    assert {c[2] for c in CASES} == set(DEADLINE_KINDS)


def test_none_input():
    assert parse_deadline(None) == Deadline("none", None, None, None)


def test_printed_year_ignores_document_date():
    for doc_date in (None, D(1995, 1, 1), D(2040, 7, 7)):
        assert parse_deadline("Oct 2016 - Feb 2017", doc_date) == Deadline(
            "range", D(2016, 10, 1), D(2017, 2, 28), "month"
        )


# ------------------------------------------------------------------------------------------
# Properties

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]  # fmt: skip
DAY_FORMATS = [
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: (
        f"{d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} {MONTH_NAMES[d.month - 1][:3]} {d.year}"
    ),
    lambda d: d.isoformat(),
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
]
MONTH_FORMATS = [
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"End {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"by {MONTH_NAMES[d.month - 1][:3]} {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1].upper()} {d.year}",
    lambda d: f"{d.month:02d}/{d.year}",
]
uk_dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31))
doc_dates = st.none() | st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31))


@given(uk_dates, st.sampled_from(DAY_FORMATS), doc_dates)
def test_day_written_as_text_parses_back(day, fmt, doc_date):
    assert parse_deadline(fmt(day), doc_date) == Deadline("date", day, day, "day")


@given(uk_dates, st.sampled_from(MONTH_FORMATS), doc_dates)
def test_month_written_as_text_parses_back_to_its_last_day(day, fmt, doc_date):
    first = day.replace(day=1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    assert parse_deadline(fmt(day), doc_date) == Deadline("date", first, last, "month")


def check_shape(d: Deadline) -> None:
    assert d.kind in DEADLINE_KINDS
    assert d.precision is None or d.precision in PRECISIONS
    if d.kind in UNDATED:
        assert d.start is None and d.end is None and d.precision is None
    else:
        assert d.start is not None and d.end is not None and d.precision is not None
        assert d.start <= d.end


@settings(max_examples=300)
@given(st.text(), doc_dates)
def test_any_text_gives_a_well_formed_deadline(raw, doc_date):
    check_shape(parse_deadline(raw, doc_date))


# Text built from the genre's pieces reaches far more of the parser than random characters.
PIECES = ["May", "may", "Mar", "ch", "Sept", "ember", "2015", "15", "16", "2016/17", "/", "-", "–", "to", "from",
          "revised", "now", "was", "(", ")", "a)", "b)", "Q3", "Q4", "quarter", "spring", "winter", "term", "w/c",
          "5/10/2015", "31/2/2016", "29", "th", "of", "and", "annually", "onwards", "ongoing", "tbc", "n/a", "end",
          "early", "Year", "1", "within", "\n", "  ", ".", ",", ";", "financial year", "academic year", "'", "0"]  # fmt: skip


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=10), st.sampled_from(["", " "]), doc_dates)
def test_genre_like_text_gives_a_well_formed_deadline(pieces, sep, doc_date):
    check_shape(parse_deadline(sep.join(pieces), doc_date))


@given(st.sampled_from([c for c in CASES if c[0]]), st.randoms(use_true_random=False))
def test_whitespace_does_not_matter(case, rng):
    raw, doc_date = case[0], case[1]
    spaced = "".join(c + rng.choice(["", "", "  ", "\n"]) if c == " " else c for c in raw)
    assert parse_deadline(" " + spaced + "\n", doc_date) == parse_deadline(raw, doc_date)


# ------------------------------------------------------------------------------------------
# The clock plays no part


def fake_clock(frozen: datetime.datetime) -> type[datetime.datetime]:
    class _Meta(type):
        def __instancecheck__(cls, obj):  # real datetimes still pass dateparser's type checks
            return isinstance(obj, datetime.datetime)

        def __subclasscheck__(cls, sub):
            return issubclass(sub, datetime.datetime)

    class FakeDatetime(datetime.datetime, metaclass=_Meta):
        @classmethod
        def now(cls, tz=None):
            return frozen.replace(tzinfo=tz) if tz else frozen

        @classmethod
        def today(cls):
            return frozen

        @classmethod
        def utcnow(cls):
            return frozen

    return FakeDatetime


def freeze(monkeypatch, frozen: datetime.datetime) -> None:
    """Point every `datetime` name in dateparser's modules (and ours) at a clock stopped at `frozen`."""
    fake = fake_clock(frozen)
    for name, module in list(sys.modules.items()):
        if (name.startswith("dateparser") or name == nd.__name__) and module is not None:
            if getattr(module, "datetime", None) is datetime.datetime:
                monkeypatch.setattr(module, "datetime", fake)
    nd.clear_caches()


CLOCK_INPUTS = [c[0] for c in CASES] + [
    "Tues 5th of March 2016",
    "3rd Febuary 2016",
    "March the 4th, 2016",
    "5 March",
    "next month",
    "in two weeks",
    "today",
    "tomorrow",
    "Friday",
]


def parse_all(doc_date):
    return [parse_deadline(raw, doc_date) for raw in CLOCK_INPUTS]


@pytest.mark.parametrize("doc_date", [None, D(2016, 10, 20)])
def test_same_answer_whatever_today_is(monkeypatch, doc_date):
    import dateparser

    results, fallbacks, probes = [], [], []
    for today in (datetime.datetime(2001, 2, 3, 4, 5), datetime.datetime(2037, 11, 30, 23, 59)):
        with monkeypatch.context() as m:
            freeze(m, today)
            probes.append(dateparser.parse("5 March"))  # dateparser alone does read the clock...
            results.append(parse_all(doc_date))
            fallbacks.append(nd.parse_with_dateparser("Tues 5th of March 2016"))
    nd.clear_caches()
    assert probes[0].year == 2001 and probes[1].year == 2037  # ...so the fake clocks took hold
    assert fallbacks[0] == fallbacks[1] == Deadline("date", D(2016, 3, 5), D(2016, 3, 5), "day")
    assert results[0] == results[1]
    assert results[0] == parse_all(doc_date)  # and the real clock agrees


# ------------------------------------------------------------------------------------------
# The stage


def test_run_fills_the_deadline_fields():
    ctx = SimpleNamespace(
        doc_date=D(2016, 10, 20),
        actions=[
            {"deadline_raw": "Dec 2016\nMar 2017", "start_raw": "Sept ember 2016"},
            {"deadline_raw": "March", "start_raw": None},
            {"deadline_raw": "ongoing"},
            {"deadline_raw": None, "start_raw": "Q3 2016/17"},
        ],
    )
    nd.run(ctx, SimpleNamespace(strict=True))
    got = [
        (
            a["deadline_kind"],
            a["deadline_start"],
            a["deadline_date"],
            a["deadline_precision"],
            a["start_date"],
        )
        for a in ctx.actions
    ]
    assert got == [
        ("revised", D(2017, 3, 1), D(2017, 3, 31), "month", D(2016, 9, 1)),
        ("date", D(2017, 3, 1), D(2017, 3, 31), "month", None),
        ("ongoing", None, None, None, None),
        ("none", None, None, None, D(2016, 10, 1)),
    ]


def test_stage_identity():
    assert nd.NAME == "normalise_deadlines" and nd.VERSION.isdigit()


def test_a_year_broken_onto_the_next_line_of_a_narrow_cell():
    got = parse_deadline("30/04/20 25", datetime.date(2025, 1, 1))
    assert (got.kind, got.end, got.precision) == ("date", datetime.date(2025, 4, 30), "day")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # performance software prints dd-Mon-yyyy; a narrow cell wraps it after a hyphen
        ("31-Mar- 2015", ("date", datetime.date(2015, 3, 31), "day")),
        ("31- Mar-2015", ("date", datetime.date(2015, 3, 31), "day")),
        ("1-Apr- 13", ("date", datetime.date(2013, 4, 1), "day")),
        ("Oct- 2015", ("date", datetime.date(2015, 10, 31), "month")),
        # a range keeps its spaces on both sides and stays a range
        ("October 2014 - March 2015", ("range", datetime.date(2015, 3, 31), "month")),
    ],
)
def test_a_hyphenated_date_wrapped_after_a_hyphen(raw, expected):
    got = parse_deadline(raw, datetime.date(2012, 1, 1))
    assert (got.kind, got.end, got.precision) == expected


def test_a_word_broken_at_its_hyphen_is_not_joined_as_a_date():
    text, _ = repair_date_text("follow- up by March 2015")
    assert text.startswith("follow- up")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Word's typographic apostrophe before a short year
        ("Sep \u201819", ("date", datetime.date(2019, 9, 30), "month")),
        ("Apr \u201920", ("date", datetime.date(2020, 4, 30), "month")),
        ("Spring \u201921", ("date", datetime.date(2021, 5, 31), "season")),
        # the year of a d/m/y date broken anywhere by a narrow cell
        ("30/09/2 025", ("date", datetime.date(2025, 9, 30), "day")),
        ("30/09/202 5", ("date", datetime.date(2025, 9, 30), "day")),
        ("01/02/2 6", ("date", datetime.date(2026, 2, 1), "day")),
    ],
)
def test_short_years_and_broken_years_read_without_a_document_date(raw, expected):
    got = parse_deadline(raw)
    assert (got.kind, got.end, got.precision) == expected


def test_digits_after_a_whole_date_are_not_taken_into_its_year():
    got = parse_deadline("30/09/2025 12")
    assert got.end == datetime.date(2025, 9, 30)
    assert parse_deadline("1/2/3 4").kind != "date"
