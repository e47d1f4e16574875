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
            cell.cat(i) not in ("name", "init", "hon", "punct") for i in span
        ):
            continue
        if _title_before(cell, s, ps):
            return ps
    return None


def title_after_title(cell: Cell, s: int, e: int, main_words: list[int]) -> int | None:
    """Where a second title begins after a whole head-first title ('Head of Service | Team Manager').

    The second title ends in its own head noun and has two words or more. Of several places, a
    title opening with a role word is taken first ('Director of Finance | Deputy Chief Executive'),
    then the place after the remit's last body noun ('Head of Legal Services | Monitoring Officer'),
    else the last place ('Head of Commissioning | Service Manager').
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
    if not found:
        return None
    role_first = [i for i in found if cell.cat(i) in ("role", "racr")]
    if role_first:
        return role_first[0]
    after_body = [i for i in found if cell.cat(i - 1) in ("body", "bacr")]
    return after_body[-1] if after_body else found[-1]
