"""Split a row number printed at the start of an action cell ('12 - Develop ...') from the action text.

Plans that have no ref column often print the row's number inside the action cell, followed by a
separator: '12 - ', '12) ', '12. ', '(a) ', 'A1: ', '1.2.3 '. The number belongs in `ref` and the
action keeps none of it. A number that is part of the sentence ('2 social workers will ...',
'10% of cases', '3 months after ...', '1:1 supervision') is not a ref and stays in the action.

The decision, in order:
- a ref followed by a separator (')', '.', ':', a dash between spaces) is a ref whatever follows,
  also one whose last level is a letter or a roman numeral ('2.4.ii. ', a business plan's);
- a bracketed ref ('(a)', '(12)', '[3]') is a ref;
- a hierarchical ref ('1.2', '3.4.1', 'A2.1') followed by a word is a ref, unless that word is a
  unit or quantity ('2.5 FTE', '1.5 million'): numbers with a decimal point rarely open a sentence;
- a bare number or letter-number ('12', 'A1') with no separator is a ref only when the next word
  starts with a capital letter ('12 Develop ...'); before a lower-case word it is a count.
"""

from __future__ import annotations

import re

# The body of a ref: '12', '3.4', '1.2.3', '2a', 'A1', 'SG2.1'. Up to three digits per level, so a
# year ('2015 review') is never a ref.
_BODY = r"(?:[A-Z]{1,3}\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?"
_LETTER = r"[a-z]|[ivx]{1,5}"  # '(a)', 'b)', '(iv)'
_DOTTED_LETTER = r"[A-Z]{1,2}\.\d{1,3}(?:\.\d{1,3}){0,2}"  # 'A.1', 'B.2.3'

_SEPARATED = re.compile(
    rf"""^\s*
    (?:
        [(\[](?P<bracketed>{_BODY}|{_LETTER}|[A-Z])[)\]]              # (a) (12) [3] (A)
      | (?P<closed>{_BODY}|{_LETTER}|[A-Z])\)                          # 12) a) iv) C)
      | (?P<lettered>{_DOTTED_LETTER})(?:[.:)]|\s[-–—])?(?=\s)              # A.1 B.2:
      | (?P<sublevel>{_BODY}\.(?:{_LETTER}))\.(?=\s)                     # 2.4.ii. 3.1.b.
      | (?P<dotted>{_BODY})\.(?![\d.])                                  # 12. 1.2.
      | (?P<letter>[a-z])\.(?=\s)                                      # a.  (not 'e.g.')
      | (?P<coloned>{_BODY}):(?!\d)                                    # A1: 12:
      | (?P<dashed>{_BODY})\s*[-–—]\s+(?!\d)                          # 12 - 12- (not '2 - 3 ...')
      | (?P<dashed2>{_BODY})\s+[-–—]\s*(?![\d\s])                      # 12 -Develop
    )
    \s*(?=\S)""",
    re.VERBOSE,
)
_BARE = re.compile(rf"^\s*(?P<ref>{_BODY})\s+(?=\S)")
_HIERARCHICAL = re.compile(r"\d\.\d")

# Words after a number that make it a quantity or a date, not a ref ('2.5 FTE', '1 April 2015').
_UNIT_WORDS = frozenset(
    """
    fte wte million m bn billion k thousand hundred per percent pc % hours hrs hour days day weeks
    week months month years year times x posts post staff people pupils children families sessions
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec
    """.split()
)


# A cell holding nothing but a ref, as an unlabelled narrow ref column prints it: '12', '1.2.',
# 'A1', '(a)', 'b)', '(iv)', 'A.1'. Wider than the row-number pattern the row splitter uses,
# where a line opening 'a)' inside a cell must not start a row.
_REF_CELL = re.compile(
    rf"^\s*(?:[(\[](?:{_BODY}|{_LETTER}|[A-Z])[)\]]|(?:{_BODY}|{_LETTER})\)|{_BODY}[.:]?|{_DOTTED_LETTER}\.?)\s*$"
)


def is_ref_cell(text: str) -> bool:
    """True for a cell that is only a ref ('12', '1.2.', 'A1', '(a)', 'b)', 'A.1'); False for words or amounts."""
    return isinstance(text, str) and bool(_REF_CELL.match(text))


def _first_word(text: str) -> str:
    m = re.match(r"[^\s,;:.()]+", text)
    return m.group() if m else ""


def split_ref(action: str) -> tuple[str | None, str]:
    """('12', 'Develop ...') for '12 - Develop ...'; (None, text) when the text opens with no ref.

    The action text keeps nothing of the ref or its separator; text without a ref is returned whole.
    """
    if not isinstance(action, str):
        return None, action
    m = _SEPARATED.match(action)
    if m:
        ref = next(g for g in m.groups() if g is not None).strip()
        rest = action[m.end() :].strip()
        if rest:
            return ref, rest
        return None, action
    m = _BARE.match(action)
    if not m:
        return None, action
    ref, rest = m.group("ref").strip(), action[m.end() :].strip()
    word = _first_word(rest)
    if not word or word.lower() in _UNIT_WORDS or word.startswith("%"):
        return None, action
    if _HIERARCHICAL.search(ref) and word[0].isalpha():
        return ref, rest
    if word[0].isupper():
        return ref, rest
    return None, action
