"""Read a rating from the status phrase that opens a status or progress cell ('Completed', 'On track - ...').

Used only when a table has no rating column: the phrase must be the whole cell or open it, never a
word somewhere in a narrative. The vocabulary and its reasons are in docs/ratings.md:

- a colour word opening the cell ('Green - on track') -> that colour (yellow -> amber); a single
  capital letter R, A, G or B as the whole cell -> its colour;
- complete / completed / done / achieved / closed / delivered / implemented / actioned -> blue;
- on track / on target / on schedule -> green;
- slipping / slippage / at risk / delayed / behind / partially complete -> amber;
- off track / overdue / missed / not achieved / not met / significantly delayed -> red;
- not started / not complete -> only what the document's key says (grey in some schemes, red in
  others);
- phrases that state no rating (ongoing, new, carried forward, in progress, open, on hold,
  pending, deferred...) -> None, whatever follows them.

The key's rating replaces every default above; see docs/ratings.md for the reasons.
A phrase printed in the document's key ('Red - significantly delayed') gives the key's rating,
and the longest phrase that opens the cell wins ('significantly delayed' over 'delayed').
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULTS: dict[str, str | None] = {
    # a colour word that opens a status cell ('Green - on track', 'Amber: recruitment delayed')
    "red": "red",
    "amber": "amber",
    "yellow": "amber",
    "green": "green",
    "blue": "blue",
    # blue: the action is finished
    "complete": "blue",
    "completed": "blue",
    "fully complete": "blue",
    "fully completed": "blue",
    "done": "blue",
    "achieved": "blue",
    "fully achieved": "blue",
    "closed": "blue",
    "delivered": "blue",
    "implemented": "blue",
    "finished": "blue",
    "actioned": "blue",  # UK action logs' 'done' ('Actioned.', 'Actioned by JS')
    # green: under way as planned
    "on track": "green",
    "on target": "green",
    "on schedule": "green",
    "on course": "green",
    # amber unless the key says otherwise: late or only partly done
    "slipping": "amber",
    "slipped": "amber",
    "slippage": "amber",
    "some slippage": "amber",
    "minor slippage": "amber",
    "at risk": "amber",
    "delayed": "amber",
    "some delay": "amber",
    "minor delay": "amber",
    "behind": "amber",
    "behind schedule": "amber",
    "partially complete": "amber",
    "partially completed": "amber",
    "partially achieved": "amber",
    "partially met": "amber",
    "partly complete": "amber",
    "partly completed": "amber",
    "partly achieved": "amber",
    # red unless the key says otherwise: the action failed or is past its date
    "off track": "red",
    "not on track": "red",
    "off target": "red",
    "overdue": "red",
    "missed": "red",
    "not achieved": "red",
    "not met": "red",
    "not delivered": "red",
    "significantly delayed": "red",
    "significant delay": "red",
    "significant slippage": "red",
    "significantly behind": "red",
    # only the document's key can rate these (grey in some schemes, red or white in others)
    "not started": None,
    "not yet started": None,
    "not complete": None,
    "not completed": None,
    "not yet complete": None,
    "not yet completed": None,
    # state no rating
    "ongoing": None,
    "on going": None,
    "continuing": None,
    "new": None,
    "carried forward": None,
    "in progress": None,
    "work in progress": None,
    "underway": None,
    "under way": None,
    "started": None,
    "open": None,
    "on hold": None,
    "paused": None,
    "pending": None,
    "deferred": None,
    "not yet due": None,
    "not due": None,
    "no update": None,
    "superseded": None,
    "withdrawn": None,
    "merged": None,
    "transferred": None,
    "business as usual": None,
    "bau": None,
    "tbc": None,
    "to be confirmed": None,
    "n/a": None,
}

# Forms that are also imperatives or adjectives ('Complete the audit', 'At risk children',
# 'Delivered training ...'): they need a boundary after them, not just any next word.
_NEEDS_BOUNDARY = frozenset(
    "complete|delivered|at risk|slippage|open|new|done|behind|missed|started|merged|transferred|"
    "finished|implemented|closed|paused|continuing|superseded".split("|")
)
# A colour word needs punctuation or the end after it ('Red Cross', 'Green Spaces' are names).
_COLOURS = frozenset({"red", "amber", "yellow", "green", "blue"})
_PUNCT_BOUNDARY = re.compile(r"^(?:$|\s*[.,;:!?/()\[\]|–—-])")
_LETTERS = {"R": "red", "A": "amber", "G": "green", "B": "blue"}  # only as the whole cell
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    "august|september|october|november|december|spring|summer|autumn|winter|q[1-4]"
)
# What may follow a phrase that needs a boundary: the end, punctuation, a capitalised word (a line
# break lost in the cell's text), or a date ('Complete in March 2015', 'Done 12/03/15').
_BOUNDARY = re.compile(
    rf"^(?:$|\s*[.,;:!?/()\[\]|–—-]|\s+[A-Z]|\s+\d|\s+(?i:(?:in|on|by|at|as of|since|from)\s+(?:\d|(?:{_MONTHS})\b)))"
)
_WORD_BOUNDARY = re.compile(r"^(?:$|\W)")
_LABEL = re.compile(r"^\s*(?:status|progress|update|rag)\s*[:\-–—]\s*", re.IGNORECASE)
_LEAD_PUNCT = " \t\n\r\u00a0•·*-–—:;,.'\"()[]"


def normalise(phrase: str) -> str:
    """Case-folded words with single spaces and hyphens read as spaces ('On-track' -> 'on track')."""
    return re.sub(r"[\s\-–—]+", " ", phrase.casefold().replace("\u00a0", " ")).strip()


@dataclass(frozen=True)
class StatusMatch:
    """The phrase that opens a cell, as printed, and the rating it gives (None: states no rating)."""

    raw: str
    phrase: str
    rag: str | None
    from_key: bool


def _candidates(key: Mapping[str, str] | None) -> list[tuple[str, str | None, bool]]:
    out = {p: (r, False) for p, r in DEFAULTS.items()}
    for p, r in (key or {}).items():
        n = normalise(p)
        if n:
            out[n] = (r, True)
    return sorted(((p, r, k) for p, (r, k) in out.items()), key=lambda x: -len(x[0]))


def match_status(text: str | None, key: Mapping[str, str] | None = None) -> StatusMatch | None:
    """The status phrase opening `text`, or None when the cell does not open with one.

    `key` maps phrases printed in the document's key to ratings ({'delayed': 'red'}); it overrides
    the defaults. Pure; never raises.
    """
    if not isinstance(text, str):
        return None
    body = _LABEL.sub("", text.lstrip(_LEAD_PUNCT), count=1).lstrip(_LEAD_PUNCT)
    if not body:
        return None
    if body.rstrip(_LEAD_PUNCT) in _LETTERS:  # 'G', 'A.': a letter alone is a rating, never prose
        letter = body.rstrip(_LEAD_PUNCT)
        return StatusMatch(raw=letter, phrase=letter.lower(), rag=_LETTERS[letter], from_key=False)
    # Compare on a folded copy that keeps character positions, so the raw phrase can be cut out.
    folded = "".join(" " if c in "-–—\u00a0\t\n\r" else c for c in body.casefold())
    for phrase, rag, from_key in _candidates(key):
        pattern = r"\s+".join(re.escape(w) for w in phrase.split(" "))
        m = re.match(pattern, folded)
        if not m:
            continue
        after = body[m.end() :]
        if from_key:
            needs = _WORD_BOUNDARY
        elif phrase in _COLOURS:
            needs = _PUNCT_BOUNDARY
        elif phrase in _NEEDS_BOUNDARY:
            needs = _BOUNDARY
        else:
            needs = _WORD_BOUNDARY
        if not needs.match(after):
            continue
        return StatusMatch(raw=body[: m.end()], phrase=phrase, rag=rag, from_key=from_key)
    return None


def rag_from_status(text: str | None, key: Mapping[str, str] | None = None) -> str | None:
    """The rating the status phrase opening `text` gives (see the module's vocabulary), or None."""
    m = match_status(text, key)
    return m.rag if m else None
