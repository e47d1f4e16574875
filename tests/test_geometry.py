"""Page geometry: border pieces merge into one rule whatever their order; superscripts join their word."""

from __future__ import annotations

from extractors.geometry import Segment, Word, attach_superscripts, join_text, merge_segments


def test_borders_either_side_of_a_rounding_edge_are_one_rule():
    # A browser draws a column's border cell by cell; two tables on one page put the same column
    # border at 220.8 and 221.5, either side of a 2-pt bucket edge. Each table keeps its own span.
    pieces = [
        Segment(221.55, 42.8, 60.7),
        Segment(221.55, 60.0, 85.5),
        Segment(220.8, 567.0, 792.0),
        Segment(221.55, 85.5, 203.9),
    ]
    merged = merge_segments(pieces)
    assert sorted((round(s.lo), round(s.hi)) for s in merged) == [(43, 204), (567, 792)]


def test_pieces_that_touch_join_and_parallel_rules_stay_apart():
    merged = merge_segments([Segment(100, 0, 50), Segment(100.5, 51, 90), Segment(110, 0, 90)])
    assert [(s.pos, s.lo, s.hi) for s in merged] == [(100, 0, 90), (110, 0, 90)]


def test_a_superscript_is_glued_to_the_word_it_follows():
    # '3rd Quarter' as Word prints it: 'rd' raised and smaller, touching the '3'.
    words = [
        Word("rd", 619.9, 300.7, 625.3, 307.1),
        Word("3", 614.9, 302.8, 619.9, 312.8),
        Word("Quarter", 627.8, 302.8, 658.3, 312.8),
        Word("CIO", 484.3, 302.8, 501.5, 312.8),
    ]
    assert join_text(attach_superscripts(words)) == "CIO 3rd Quarter"


def test_a_small_word_on_its_own_line_is_no_superscript():
    words = [Word("note", 100, 300, 120, 306), Word("Plan", 100, 310, 130, 320)]
    assert join_text(attach_superscripts(words)) == "note Plan"
