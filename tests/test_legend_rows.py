"""A colour key printed in line with a table is no action row; a row that only opens with 'Key' still is."""

from __future__ import annotations

import pytest

from extractors.legend_rows import is_legend_row


@pytest.mark.parametrize(
    "cells",
    [
        ["Key:", "On track Some slippage", "Off track"],
        ["Key", "Blue = complete, Green = on track, Amber = some slippage, Red = off track"],
        ["Legend:", "G", "A", "R"],
        ["RAG key", "Red", "Amber", "Green"],
        [None, "Colour key:", "Complete", "In progress", "Not started"],
    ],
)
def test_a_colour_key_is_not_an_action(cells):
    assert is_legend_row(cells)


@pytest.mark.parametrize(
    "cells",
    [
        ["Key worker", "Allocate a key worker to every family", "SW"],  # 'Key' opens a word, not a label
        ["01", "Key: agree the plan", "KP"],  # the label is not the row's first cell
        ["Key", "Red Cross"],  # a name, not a key's phrase
        ["Key", "Greenspace review", "Amber"],
        ["Key:", "On track"],  # one phrase explains nothing
        ["Key: G - on target to meet deadline; A - at risk"],  # words a key's phrases do not cover
    ],
)
def test_a_row_that_only_opens_with_key_stays(cells):
    assert not is_legend_row(cells)
