"""The development-set scorer (bench/devset_score.py) counts rows and fields as the corpus contract says."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.devset_score import align, rag_name, score_document, squash, total


def row(action, **fields):
    return {"action": action, **fields}


GOLD = [
    row("Review the safeguarding policy", lead="Head of Service", rag="R", page_first=1),
    row(
        "Publish the annual report on the website",
        lead="Chief Executive",
        rag=None,
        page_first=1,
        deadline_date="2024-03-31",
        leads=[{"person": None, "role": "Chief Executive", "initials": None, "org": None}],
    ),
    row(
        "Train all staff in the new case recording system",
        lead="Training Lead",
        rag="G",
        page_first=2,
        leads=[{"role": "Training Lead"}, {"org": "HR Team"}],
    ),
    row("Agree a shared dataset with partners", lead="Board", rag="A", page_first=2),
]
PRED = [
    # same text, wrapped differently and rated as a word: action, lead, rag and page right
    row("Review the safeguarding\n policy", lead="Head of  Service", rag="red", page_first=1),
    # a row the gold does not have (a heading read as an action)
    row("Priority 2: Communication", lead=None, rag=None, page_first=1),
    # right text, wrong lead, no rag on either side, date as a date object
    row(
        "Publish the annual report on the website.",
        lead="Chief Exec",
        rag=None,
        page_first=1,
        deadline_date=dt.date(2024, 3, 31),
        leads=[{"person": None, "role": "Chief  executive", "initials": None, "org": None}],
    ),
    # the third gold row is missing; the fourth is reworded beyond the threshold
    row("Agree a dataset", lead="Board", rag="A", page_first=2),
]


def test_rows_fields_and_skips_are_counted_as_the_contract_says():
    s = score_document(GOLD, PRED)
    assert (s.gold, s.pred, s.hit) == (4, 4, 2)
    assert s.recall == pytest.approx(0.5)
    assert s.precision == pytest.approx(0.5)
    assert s.accuracy("action") == 1.0  # whitespace and a trailing full stop are ignored
    assert s.accuracy("lead") == 0.5  # 'Chief Exec' is not 'Chief Executive'
    # rag: 'R' and 'red' agree; the row where both are empty is not scored
    assert (s.right["rag"], s.scored["rag"]) == (1, 1)
    # deadline_date and leads are scored only where the gold row has the key
    assert (s.right["deadline_date"], s.scored["deadline_date"]) == (1, 1)
    assert (s.right["leads"], s.scored["leads"]) == (1, 1)  # case and whitespace ignored
    assert s.accuracy("page_first") == 1.0
    assert s.accuracy("monitoring") == 1.0  # empty on both sides is a match for a text field
    assert [(i, name) for i, name, *_ in s.misses] == [(1, "lead")]


def test_alignment_keeps_document_order():
    a, b = row("Set up the board"), row("Write the terms of reference")
    assert align([a, b], [b, a]) in ([(0, 1)], [(1, 0)])  # crossing pairs: only one can count
    assert align([a, b], [row("x"), a, row("y"), b]) == [(0, 1), (1, 3)]


def test_similarity_threshold_is_inclusive_at_ninety_percent():
    gold = [row("abcdefghij")]
    assert score_document(gold, [row("abcdefghiX")]).hit == 1  # ratio 18/20 = 0.90
    assert score_document(gold, [row("abcdefghXY")]).hit == 0  # ratio 16/20 = 0.80
    assert score_document(gold, [row(None)]).hit == 0


def test_leads_are_a_multiset():
    g = [row("Act", leads=[{"role": "Head of HR"}, {"org": "Audit"}, {"org": "Audit"}])]
    assert (
        score_document(
            g, [row("Act", leads=[{"org": "audit"}, {"role": "Head of HR"}, {"org": "Audit"}])]
        ).right["leads"]
        == 1
    )
    assert (
        score_document(g, [row("Act", leads=[{"org": "Audit"}, {"role": "Head of HR"}])]).right["leads"] == 0
    )


def test_totals_add_up_and_empty_documents_do_not_divide_by_zero():
    s = total(
        [score_document(GOLD, PRED), score_document([], []), score_document([row("A thing to do")], [])]
    )
    assert (s.gold, s.pred, s.hit) == (5, 4, 2)
    assert s.recall == pytest.approx(0.4)
    assert score_document([], []).recall == 1.0
    assert score_document([row("Do it")], []).precision == 0.0


def test_rating_and_text_normalisation():
    assert [rag_name(v) for v in ("R", "Amber", "yellow", "Completed", " ", None, "GREY")] == [
        "red",
        "amber",
        "amber",
        "blue",
        None,
        None,
        "grey",
    ]
    assert squash(" 1.2 Do\u00adthe \u2022 thing. ") == "1.2Dothething"
    assert squash("The plan must include:\n\u25cf one;\n\uf0b7 two.") == "Theplanmustinclude:one;two"
