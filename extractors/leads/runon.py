"""A head-first title ('Head of ...') followed, with no separator, by a name or a second title: a lost line break.

'Head of Service Jo Bloggs' is a title and its holder; 'Head of Service Team Manager' and 'Head of
Legal Services Monitoring Officer' are two titles printed one a line. Only a title whose head comes
before its remit ('Head of', 'Director of', 'Lead for') is cut this way: there the words after the
head are the remit, and a name or a second title can only follow once the remit is whole.
"""

from __future__ import annotations

from extractors.leads.analysis import Cell, stretch_info

# A remit never ends in these: 'Head of Planning and Thames Gateway' keeps its last words.
_NOT_REMIT_END = ("func", "punct", "det")
# Words a title opens with ('Team Manager', 'Monitoring Officer', 'Deputy Chief Executive').
_TITLE_OPENERS = ("mod", "body", "bacr", "acr", "role", "racr", "name")
# The people a service is for belong to a remit: a second title never names them ('Lead for Looked
# After Children Nurse' is not cut into 'Lead for Looked' and 'After Children Nurse').
_CLIENT_GROUPS = frozenset(
    "children children's childrens child adults adult people young families persons".split()
)


def _title_before(cell: Cell, s: int, i: int) -> bool:
    """Whether tokens s..i are a whole head-first title whose remit ends on a content word."""
    if cell.depth[i - 1] or cell.cat(i - 1) in _NOT_REMIT_END:
        return False
    left = stretch_info(cell, s, i)
    return left.head_kind == "role" and left.complement and left.whole and not left.person


def name_after_title(cell: Cell, s: int, main_words: list[int]) -> int | None:
    """Where a personal name begins that ends the stretch after a whole head-first title."""
    last = main_words[-1]
    # the shortest name first: 'Head of Estates Jo Bloggs', not a name 'Estates Jo Bloggs'
    for ps, pe in sorted(cell.persons, key=lambda x: -x[0]):
        if pe != last + 1 or ps <= s + 2:
            continue
        span = range(ps, pe)
        if any(cell.depth[i] for i in span) or any(
            cell.cat(i) not in ("name", "init", "hon", "postnom", "punct") for i in span
        ):
            continue
        if _title_before(cell, s, ps):
            return ps
    return None


def title_after_title(cell: Cell, s: int, e: int, main_words: list[int]) -> int | None:
    """Where a second title begins after a whole head-first title ('Head of Service | Team Manager').

    The second title ends in its own head noun and has two words or more. Where several places
    would do, the first with one of these marks is taken: the second title opens with a role word
    ('Director of Finance | Deputy Chief Executive'); it repeats a word of the remit ('Director of
    Public Health | Public Health Consultant'); the remit ends in a body noun ('Head of Legal
    Services | Monitoring Officer'); the second title opens with one ('Head of Commissioning |
    Service Manager'). With no mark the cell is not cut ('Head of Planning Development Manager').
    """
    found = []
    for i in main_words:
        if i <= s + 2 or cell.depth[i] or not cell.doc[i].text[:1].isupper():
            continue
        if cell.cat(i) not in _TITLE_OPENERS or not _title_before(cell, s, i):
            continue
        right = stretch_info(cell, i, e)
        if any(cell.low(j) in _CLIENT_GROUPS for j in right.content):
            continue
        if right.person or right.head_kind != "role" or not right.whole or right.plural:
            continue
        if right.head != right.content[-1] or len(right.content) < 2:
            continue
        found.append(i)
    remit_start = next((i for i in main_words if cell.low(i) in ("of", "for", "to")), s)
    marks = (
        lambda i: cell.cat(i) in ("role", "racr"),
        lambda i: cell.low(i) in {cell.low(j) for j in main_words if remit_start < j < i},
        lambda i: cell.cat(i - 1) in ("body", "bacr"),
        lambda i: cell.cat(i) in ("body", "bacr"),
    )
    for mark in marks:
        marked = [i for i in found if mark(i)]
        if marked:
            return marked[0]
    return None


def names_run_together(cell: Cell, s: int, e: int) -> list[tuple[int, int]] | None:
    """'Jo Bloggs Sam Patel', 'J Bloggs S Patel': people one a line whose line breaks were lost.

    Only a stretch of nothing but names, initials and honorifics, four words or more, is cut: before
    each honorific, before initials that follow a surname, and otherwise into forename-surname pairs
    when the words pair up. Each person is (start, end) of its tokens; None when no cut is sure.
    """
    words = [i for i in range(s, e) if cell.cat(i) != "punct"]
    if len(words) < 4 or any(cell.depth[i] for i in range(s, e)):
        return None
    if any(cell.cat(i) not in ("name", "init", "hon") for i in words):
        return None
    chunks: list[list[int]] = [[]]
    for i in words:
        prev = cell.cat(chunks[-1][-1]) if chunks[-1] else None
        if chunks[-1] and (
            (cell.cat(i) == "hon" and prev != "hon") or (cell.cat(i) == "init" and prev == "name")
        ):
            chunks.append([])
        chunks[-1].append(i)
    out: list[list[int]] = []
    for chunk in chunks:
        names = [i for i in chunk if cell.cat(i) == "name"]
        if len(chunk) >= 4 and len(chunk) == len(names) and len(chunk) % 2 == 0:
            out += [chunk[k : k + 2] for k in range(0, len(chunk), 2)]  # 'Jo Bloggs Sam Patel'
        elif 2 <= len(chunk) <= 3 and names and cell.cat(chunk[-1]) == "name":
            out.append(chunk)
        else:
            return None
    if len(out) < 2:
        return None
    return [(c[0], c[-1] + 1) for c in out]
