"""A lead cell analysed: its tokens and separators, and what a stretch of tokens between separators is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from extractors import leads_lexicon as lx
from extractors.leads.services import JOINED_NAMES
from extractors.leads.tokens import (
    CLOSE,
    DASHES,
    EDGE_PUNCT,
    LABEL_MARKS,
    NOT_SENTENCE_END,
    OPEN,
    TITLE_OPENERS,
    TOKEN_RE,
    category_of,
)

if TYPE_CHECKING:  # spaCy is imported where the pipeline is built (tokens.lead_pipeline)
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

# --------------------------------------------------------------------------- document analysis


@dataclass
class Cell:
    """One lead cell as tokens, with bracket nesting, person spans and separator candidates."""

    doc: Doc
    depth: list[int]
    close_of: dict[int, int]  # index of an opening bracket -> index of its closing bracket
    persons: set[tuple[int, int]]
    seps: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind)

    def low(self, i: int) -> str:
        return self.doc[i].text.lower()

    def cat(self, i: int) -> str:
        return self.doc[i]._.lead_cat

    def text(self, idxs: list[int]) -> str:
        out = "".join(self.doc[i].text + self.doc[i].whitespace_ for i in idxs)
        return tidy_lead_text(out)


def tidy_lead_text(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    while text and (text[-1] in EDGE_PUNCT or text[0] in EDGE_PUNCT):
        text = text.strip(EDGE_PUNCT).strip()
    return text


def analyse(doc: Doc, matcher: Matcher) -> Cell:
    n = len(doc)
    close_of: dict[int, int] = {}
    stack: list[int] = []
    for i, tok in enumerate(doc):
        if tok.text in OPEN:
            stack.append(i)
        elif tok.text in CLOSE and stack and OPEN[doc[stack[-1]].text] == tok.text:
            close_of[stack.pop()] = i
    depth = [0] * n
    for o, c in close_of.items():
        for i in range(o, c + 1):
            depth[i] += 1
    persons: set[tuple[int, int]] = set()
    raw_seps: list[tuple[int, int, str]] = []
    for mid, s, e in matcher(doc):
        label = doc.vocab.strings[mid]
        if label == "PERSON":
            persons.add((s, e))
        elif all(depth[i] == 0 for i in range(s, e)):
            raw_seps.append((s, e, label))
    if n > 2 and doc[0].lower_ in lx.LABELS and doc[1].text in LABEL_MARKS:
        # 'Lead: Jo Bloggs Support: Sam Patel', 'Lead - X; Support - Y': in a cell that opens with a
        # label, a later label starts the next lead ('Manager, Business Support: Jo Bloggs' opens
        # with none). After a remit word the label may be the remit's ('Lead: Manager, Business
        # Support: ...'), unless what the previous label heads is a whole lead ('Lead: Head of
        # Housing Support: Tenancy Manager', one a line).
        since = 2
        for i in range(2, n - 1):
            if (
                depth[i] == 0
                and doc[i].lower_ in lx.LABELS
                and doc[i + 1].text in LABEL_MARKS
                and doc[i].text[0].isupper()
                and (
                    doc[i - 1]._.lead_cat != "mod"
                    or stretch_info(Cell(doc, depth, close_of, persons), since, i).whole
                )
            ):
                raw_seps.append((i, i + 2, "STRONG"))
                since = i + 2
    joined = _inside_joined_names(doc)
    raw_seps = [x for x in raw_seps if not (x[2] == "WEAK" and x[0] in joined)]
    top_closes = {c for o, c in close_of.items() if depth[o] == 1}
    for i, tok in enumerate(doc):
        if i + 1 >= n or i == 0:
            continue
        if i in top_closes and depth[i + 1] == 0 and _starts_upper(doc[i + 1].text):
            raw_seps.append((i + 1, i + 1, "IMPLICIT"))
        if (
            depth[i] == 0
            and tok.text == "."
            and _starts_upper(doc[i + 1].text)
            and _sentence_end_after(doc[i - 1].text)
        ):
            raw_seps.append((i, i + 1, "STRONG"))
    for i in range(1, n - 1):  # 'Head of Early Help Head of Youth Justice': a lost line break
        if depth[i] == 0 and depth[i - 1] == 0 and doc[i]._.lead_cat == "role" and doc[i].text.istitle():
            prev_cat = doc[i - 1]._.lead_cat
            excluded = ("func", "punct", "det", "role", "hon")
            # 'Head of' opens a title whatever precedes it; 'Lead for' after an adjective
            # ('Strategic Lead for SEND') or a body ('Cabinet Member for Resources') is one
            # title, not a lost line break.
            if doc[i].lower_ not in TITLE_OPENERS:
                excluded += ("mod", "body")
            if doc[i + 1].lower_ in ("of", "for") and prev_cat not in excluded:
                raw_seps.append((i, i, "RUNON"))
    for i in range(1, n):  # 'Service Manager Team Manager': two titles whose line break was lost
        if depth[i] or depth[i - 1] or not doc[i].text.istitle() or not doc[i - 1].text[0].isupper():
            continue
        if doc[i - 1]._.lead_cat in ("role", "racr") and doc[i]._.lead_cat in (
            "mod",
            "body",
            "bacr",
            "acr",
        ):
            raw_seps.append((i, i, "ADJACENT"))
    for i in range(1, n - 1):  # 'Head of Service with Team Managers': 'with' before a second lead
        if depth[i] == 0 and doc[i].lower_ == "with":
            raw_seps.append((i, i + 1, "WITH"))
    cell = Cell(doc, depth, close_of, persons)
    rank = {"WITH": 0, "WEAK": 1, "STRONG": 2}
    merged: list[list[Any]] = []
    for s, e, kind in sorted(x for x in raw_seps if x[0] < x[1]):
        if merged and s <= merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], e)
            if rank[kind] > rank[last[2]]:
                last[2] = kind
        else:
            merged.append([s, e, kind])
    for s, e, kind in raw_seps:
        if s == e and not any(m[0] <= s <= m[1] for m in merged):
            merged.append([s, e, kind])
    merged.sort()
    cell.seps = [(s, e, k) for s, e, k in merged]
    return cell


_JOINED_TOKENS = [
    [w.lower() for w in TOKEN_RE.findall(name)]
    for phrase in JOINED_NAMES + lx.JOINED_PHRASES
    for name in {phrase, phrase.replace(" and ", " & ")}
]


def _inside_joined_names(doc: Doc) -> set[int]:
    """Token indices strictly inside a service name that holds a separator ('Education, Health and Care')."""
    low = [t.text.lower().replace("’", "'") for t in doc]
    inside: set[int] = set()
    for words in _JOINED_TOKENS:
        n = len(words)
        for i in range(len(low) - n + 1):
            if low[i : i + n] == words:
                inside.update(range(i + 1, i + n - 1))
    return inside


def _starts_upper(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _sentence_end_after(prev: str) -> bool:
    return not (len(prev) == 1 and prev.isupper()) and prev.lower() not in NOT_SENTENCE_END


# --------------------------------------------------------------------------- what a stretch of tokens is


@dataclass
class Info:
    content: list[int]  # depth-0 word tokens
    head: int | None = None
    head_kind: str | None = None  # role | body
    complement: bool = False  # the head is followed by 'of ...' / 'for ...'
    generic: bool = False  # a lone body noun that needs a modifier ('Service')
    acronym: str | None = None  # the stretch is one acronym; its category
    person: bool = False
    plural: bool = False

    @property
    def whole(self) -> bool:
        return self.person or (self.head is not None and not self.generic)


def trim(cell: Cell, s: int, e: int) -> tuple[int, int]:
    """Drop separators, function words and stray punctuation at both ends of a stretch."""
    while (
        s < e and cell.depth[s] == 0 and (cell.cat(s) in ("punct", "func") and cell.doc[s].text not in OPEN)
    ):
        s += 1
    while (
        e > s
        and cell.depth[e - 1] == 0
        and (cell.cat(e - 1) in ("punct", "func") and cell.doc[e - 1].text not in CLOSE)
    ):
        e -= 1
    return s, e


def stretch_info(cell: Cell, s: int, e: int) -> Info:
    s, e = trim(cell, s, e)
    content = [i for i in range(s, e) if cell.depth[i] == 0 and cell.cat(i) != "punct"]
    info = Info(content)
    if not content:
        return info
    if (content[0], content[-1] + 1) in cell.persons:
        info.person = True
        return info
    words = [i for i in content if cell.cat(i) not in ("det", "func")]
    if len(words) == 1 and cell.cat(words[0]) in ("acr", "racr", "bacr"):
        info.acronym = cell.cat(words[0])
    head_kind = {
        "role": "role",
        "racr": "role",
        "body": "body",
        "bacr": "body",
        "acr": "body",
    }
    pre: list[int] = []
    complement = False
    for i in range(content[0] + 1, content[-1] + 1):
        # 'Head of ...', 'Lead for ...', 'Clerk to the Council': the title's head comes before
        if cell.depth[i] == 0 and (
            cell.low(i) in ("of", "for", "to") or cell.doc[i].text in {":", ","} | DASHES
        ):
            pre = [j for j in content if j < i]
            complement = cell.low(i) in ("of", "for", "to")
            break
    for scope, in_pre in ((pre, complement), (content, False)):
        for i in reversed(scope):
            kind = head_kind.get(cell.cat(i))
            if kind is None:
                continue
            # a department after a title is its portfolio ('Director, Children's Services'), but
            # a post's own office is a body ("Chief Executive's Office")
            possessive = i > scope[0] and _post_possessive(cell.doc[i - 1].text)
            # ... and so is a body noun joined by 'and' to remit words after the title's head
            # ('Director Strategic Delivery and Partnership')
            conjunct_remit = (
                kind == "body"
                and i - 2 >= scope[0]
                and cell.low(i - 1) in ("and", "&")
                and cell.cat(i - 2) == "mod"
            )
            if (
                kind == "body"
                and not possessive
                and (cell.low(i) in lx.DEPT_WORDS or cell.cat(i) in ("acr", "bacr") or conjunct_remit)
            ):
                earlier = [j for j in scope if j < i and head_kind.get(cell.cat(j)) == "role"]
                if earlier:
                    i, kind = earlier[-1], "role"
            info.head, info.head_kind, info.complement = i, kind, in_pre
            break
        if info.head is not None:
            break
    # 'Chair Tees LSCB Procedures Group': a chair names the body it chairs, and is a role.
    if info.head_kind == "body" and len(words) > 1 and cell.low(words[0]) in lx.CHAIR_WORDS:
        info.head, info.head_kind, info.complement = words[0], "role", False
    if info.head is not None:
        low = cell.low(info.head)
        info.generic = len(words) == 1 and low in lx.GENERIC_BODY
        info.plural = info.head_kind == "role" and (
            low in ("staff", "personnel", "workforce") or (low.endswith("s") and low[:-1] in lx.ROLE_HEADS)
        )
    return info


def _post_possessive(word: str) -> bool:
    """A post's possessive ("Executive's", "CEO's"); "Children's" is not one."""
    return word.endswith(("'s", "’s")) and category_of(word[:-2]) in ("role", "racr")


def is_unit(cell: Cell, info: Info, strong_only: bool = False) -> bool:
    """Whether a body-headed stretch names an organisation or unit a title can belong to."""
    if info.head is None:
        return False
    low = cell.low(info.head)
    if low in lx.DEPT_WORDS and any(
        cell.low(i) in lx.ORG_STRONG_WORDS for i in info.content if i != info.head
    ):
        return True  # 'Anyshire Fire and Rescue Service', 'NHS Anytown Service': an organisation, not a remit
    if (
        low == "office"
        and info.complement
        and info.head + 1 < len(cell.doc)
        and cell.low(info.head + 1) == "of"
    ):
        # 'Private Secretary, Office of the Chief Executive': the office of a post-holder is a unit
        after = [i for i in info.content if i > info.head + 1 and cell.cat(i) not in ("func", "det")]
        return bool(after) and all(cell.cat(i) in ("role", "racr", "mod") for i in after)
    if (
        low in lx.DEPT_WORDS
        and not strong_only
        and cell.cat(info.content[0]) == "name"
        and info.content[0] != info.head
    ):
        return True  # 'Audit Manager, Anyshire Audit Services': a service named after its place is a unit
    bacr = cell.cat(info.head) == "bacr" and cell.doc[info.head].text not in lx.PORTFOLIO_ACRONYMS
    if strong_only:
        # a known body acronym is a unit even after a head-first title ('Head of Adult Services, HSCP')
        return low in lx.ORG_STRONG_WORDS or (bacr and info.content == [info.head])
    # A known body acronym is a unit ('Manager, CCG'); a function ('HR', 'OD') or an unknown
    # acronym after a title is its portfolio ('Assistant Director, HR & OD').
    return low in lx.ORG_UNIT_WORDS or (
        cell.cat(info.head) == "bacr" and cell.doc[info.head].text not in lx.PORTFOLIO_ACRONYMS
    )


def is_portfolio(cell: Cell, info: Info) -> bool:
    """Whether a stretch is only a remit: function acronyms and remit words ('OD', 'Workforce')."""
    words = [i for i in info.content if cell.cat(i) not in ("func", "det", "punct")]
    return bool(words) and all(
        cell.doc[i].text in lx.PORTFOLIO_ACRONYMS or (cell.cat(i) in ("mod", "acr") and not info.person)
        for i in words
    )


def _has_portfolio_dash(cell: Cell, info: Info) -> bool:
    """'Assistant Director - Early Help': a title whose remit follows a dash or colon."""
    if info.head_kind != "role" or info.head is None:
        return False
    return any(
        cell.depth[i] == 0 and cell.doc[i].text in {":"} | DASHES
        for i in range(info.head + 1, info.content[-1] + 1)
    )


def _acronym_remit(cell: Cell, left: Info, right: Info) -> bool:
    """'Head of Service - CIN/CP', 'HoS CP&CIN': a title whose remit is a list of service acronyms
    written without spaces ('Head of LAC / JK', spaced, is a title and a person's initials)."""
    last = left.content[-1] if left.content else None
    if last is not None and right.content:
        pair = [cell.doc[last].text, cell.doc[right.content[0]].text]
        known = lx.PORTFOLIO_ACRONYMS | lx.BODY_ACRONYMS
        if all(len(x) == 2 and x.isupper() and x not in known for x in pair):
            return False  # 'Head of Housing - JB/SP': two people's initials, not a list of remits
    return (
        right.acronym == "acr"
        and left.head_kind == "role"
        and last is not None
        and last != left.head
        and cell.cat(last) in ("acr", "bacr")
        and right.content[0] == last + 2
        and not cell.doc[last].whitespace_
        and not cell.doc[last + 1].whitespace_
    )


def _remit_runs_on(cell: Cell, left: Info, right: Info) -> bool:
    """'Service Lead Environmental Health and Car Parks', 'Head of Planning and Building Control':
    after a title whose remit follows its head, capitalised words with no honorific or initials
    are more of the remit, not a person's name."""
    if not right.person or left.head_kind != "role" or left.head is None:
        return False
    remit_follows = left.complement or left.head != left.content[-1]
    return remit_follows and all(cell.cat(i) == "name" for i in right.content)


def _post_and_body(cell: Cell, left: Info, right: Info) -> bool:
    """'CEO & Board', 'Chair and Committee': a post and a lone body noun, the body the post answers
    to. The post ends in its head ('Head of Policy and Partnership' is one remit)."""
    if len(right.content) != 1 or not right.generic or not cell.doc[right.content[0]].text[:1].isupper():
        return False
    return (
        left.whole
        and not left.person
        and left.head_kind == "role"
        and not left.complement
        and left.head == left.content[-1]
    )


def accept(cell: Cell, left: Info, right: Info, kind: str, sep_text: str) -> bool:
    """Whether a candidate separator really divides two leads."""
    if not left.content or not right.content:
        return False
    if sep_text in ("/", "&", "and") and _acronym_remit(cell, left, right):
        return False
    if (
        kind == "WITH"
    ):  # a whole title after 'with', ending in its head ('Children with Disabilities' is a remit)
        return (
            left.whole
            and not right.person
            and right.head_kind == "role"
            and right.head == right.content[-1]
            and cell.doc[right.content[0]].text[:1].isupper()
        )
    if kind == "STRONG":
        return (left.whole or left.acronym is not None) and (right.whole or right.acronym is not None)
    if kind == "RUNON":
        return left.whole and left.complement and right.whole
    if kind == "ADJACENT":  # each side a title ending in its head noun; the right one of two words or more
        return (
            left.head_kind == "role"
            and right.head_kind == "role"
            and not (left.person or right.person)
            and left.head == left.content[-1]
            and cell.low(left.head) not in lx.MODIFIERS  # 'Principal Social Worker' is one title
            # a councillor as a lead is followed by a name; a bare 'Councillor' before a title
            # names its remit ('Councillor Support Officer')
            and not (len(left.content) == 1 and cell.low(left.head) in lx.HONORIFICS)
            and right.head == right.content[-1]
            and len(right.content) >= 2
            and cell.cat(right.content[0]) not in ("role", "racr")
        )
    if kind == "IMPLICIT":  # a lost line break: 'Head of Fieldwork (AB) Business Manager'
        return (
            left.whole
            and right.whole
            and (right.head_kind == "role" or right.person or len(right.content) > 1)
        )
    # weak: 'and', '&', ',' -- both sides must stand alone
    if left.acronym and not left.person and left.head_kind != "role":
        first = right.content[0]
        return (
            right.person
            or right.acronym is not None
            or right.head_kind == "body"
            or (cell.cat(first) in ("role", "racr") and right.whole)
        )
    if sep_text in ("and", "&") and _remit_runs_on(cell, left, right):
        return False
    if sep_text in ("and", "&") and _post_and_body(cell, left, right):
        return True
    if not (left.whole and right.whole):
        return False
    if sep_text != ",":
        # the conjunct just before 'and' is what follows the last comma/colon/dash ('X, Avon and Y Police')
        cut = [
            i
            for i in range(left.content[0], left.content[-1] + 1)
            if cell.depth[i] == 0 and cell.doc[i].text in {",", ":"} | DASHES
        ]
        # ... and the conjunct just after it ends at the next comma/colon/dash ('Executive Member
        # for Finance and Governance: Jo Brown' is one title and its holder)
        cut_right = [
            i
            for i in range(right.content[0], right.content[-1] + 1)
            if cell.depth[i] == 0 and cell.doc[i].text in {",", ":"} | DASHES
        ]
        if cut_right and not right.person:
            after = stretch_info(cell, right.content[0], cut_right[0])
            if not after.whole and after.acronym is None:
                return False
        if cut:
            conjunct = stretch_info(cell, cut[-1] + 1, left.content[-1] + 1)
            before = stretch_info(cell, left.content[0], cut[-1])
            if not conjunct.whole or (
                before.head_kind == "role" and not before.plural and is_portfolio(cell, conjunct)
            ):
                return False
    if sep_text == ",":
        if left.head_kind == "role" and not left.plural and right.head_kind == "body" and not right.person:
            # 'Detective Superintendent, X Police' is a title and its unit; 'Assistant Director,
            # Children's Services' or 'Head of Commissioning, Partnerships and ...' a portfolio
            return is_unit(
                cell,
                right,
                strong_only=left.complement or _has_portfolio_dash(cell, left),
            )
        return True
    if left.complement and not right.person and (right.head_kind == "body" or right.acronym):
        return right.acronym == "racr"  # 'Head of Early Help and Youth Offending Service': one remit
    return True
