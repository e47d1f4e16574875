"""Parse lead cells into people, roles, initials and bodies with spaCy rules. Reads: actions. Writes: actions.

A cell such as 'Head of LAC (JK) and Head of Fieldwork (KP)' becomes one dict per lead,
{"person", "role", "initials", "org"}, following the 'Leads' rules of the corpus CONVENTIONS.md.
The text is tokenised by a blank English spaCy pipeline with our own tokenizer; a component glues
words that a narrow column split ('Developm ent') and tags every token with a lexical category
(role head, body, modifier, name-like, acronym...); Matcher patterns find separators and personal
names. Splitting is then decided per candidate separator: only where both sides are whole leads.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from extractors import leads_lexicon as lx
from extractors.core import DocContext, StageConfig

log = logging.getLogger(__name__)
NAME, VERSION = "normalise_leads", "3"

KEYS = ("person", "role", "initials", "org")
Lead = dict[str, "str | None"]

# Words, words with inner apostrophes/hyphens ("Children's", 'All-Age'), or single symbols.
_TOKEN_RE = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
_OPEN, _CLOSE = {"(": ")", "[": "]"}, {")", "]"}
_EDGE_PUNCT = " ,;:-–—./|*•\u00ad"
_INITIALS_RE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.\s?){2,4}|[A-Z]{1,2}(?:Mc|Mac|O'|O’)[A-Z][A-Z]?")
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z]*")
_LIST_SPLIT_RE = re.compile(r"\s*(?:&|\band\b|/|,|;|\+)\s*")
_DASHES = {"-", "–", "—"}
# 'CIO', 'CAO', 'CDO', 'CISO': a Chief ... Officer, a post whatever the letters between stand for.
_CHIEF_OFFICER_RE = re.compile(r"C[A-Z]{1,2}Os?")
_NOT_SENTENCE_END = {"mr", "mrs", "ms", "dr", "st", "no", "cllr", "prof", "rev", "revd", "dept", "co", "inc"}
_TRUNCATE_AT = {"via", "monitored", "reporting", "reported", "through"}
_PLACE_PREPS = {"in", "within", "at", "from"}
_TITLE_OPENERS = {"head", "chair", "chief"}  # role words that begin a title ('Head of ...')

_COMPONENT = "planwatch_lead_lexicon"


# --------------------------------------------------------------------------- lexical categories


@functools.lru_cache(maxsize=65536)
def _cat(text: str) -> str:
    """The lexical category of one word as printed (split fragments already glued)."""
    if not any(c.isalnum() for c in text):
        return "punct"
    low = text.lower().replace("’", "'")
    if len(text) == 1 and text.isupper():
        return "init"
    if low in lx.FUNCTION_WORDS:
        return "func"
    if text in lx.ROLE_ACRONYMS or _CHIEF_OFFICER_RE.fullmatch(text):
        return "racr"
    if text in lx.BODY_ACRONYMS:
        return "bacr"
    if low in lx.DETERMINERS:
        return "det"
    if low in lx.ROLE_HEADS:
        return "role"
    if low in lx.BODY_WORDS:
        return "body"
    if low in lx.HONORIFICS and text[0].isupper():
        return "hon"
    if low in lx.MODIFIERS:
        return "mod"
    if len(low) >= 6 and low.endswith(lx.ROLE_SUFFIXES):
        return "role"
    if len(text) <= 8 and _ACRONYM_RE.fullmatch(text) and sum(c.islower() for c in text) <= 2:
        return "acr"
    if len(text) == 1 and text.isupper():
        return "init"
    if text.isdigit():
        return "num"
    if text[0].isupper() and any(c.islower() for c in text):
        if re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", text):
            return "name"
    return "lower" if text.islower() else "other"


# Long words of the connectives ('conjunction', 'supported'): a narrow column splits them too.
_CONNECTIVE_WORDS = {w for phrase in lx.STRONG_CONNECTIVES for w in phrase if len(w) > 4}


def _glue_cat(a: str, b: str) -> str | None:
    """The category of two fragments read as one word, if that word is in a vocabulary."""
    if not (a.isalpha() and b.isalpha() and b.islower()):
        return None
    if (a + b).lower() in _CONNECTIVE_WORDS:
        return "func"
    if _cat(b) in ("func", "role", "body", "mod", "det"):
        return None
    c = _cat(a + b)
    return c if c in ("role", "body", "mod") else None


def _token_cat(tok: Token) -> str:
    return _cat(tok.text.replace(" ", ""))


if not Token.has_extension("lead_cat"):
    Token.set_extension("lead_cat", getter=_token_cat)


class _Tokenizer:
    """Words, symbols and brackets as separate tokens; offsets kept so spans print as written."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for m in _TOKEN_RE.finditer(text):
            words.append(m.group())
            spaces.append(m.end() < len(text) and text[m.end()].isspace())
        return Doc(self.vocab, words=words, spaces=spaces)


@Language.component(_COMPONENT)
def _glue_split_words(doc: Doc) -> Doc:
    """Merge words a narrow column split mid-word ('Safeguard ing') so the lexicon recognises them."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(doc) - 1:
        tok, nxt = doc[i], doc[i + 1]
        if tok.whitespace_ and _glue_cat(tok.text, nxt.text):
            spans.append((i, i + 2))
            i += 2
        else:
            i += 1
    if spans:
        with doc.retokenize() as retok:
            for s, e in spans:
                # NORM is the word as one piece, so the connective patterns match it.
                retok.merge(doc[s:e], attrs={"NORM": "".join(t.text for t in doc[s:e]).lower()})
    return doc


_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}


def _pipeline() -> tuple[Language, Matcher]:
    """Build the blank English pipeline and its matchers once per process."""
    if "nlp" not in _STATE:
        with _LOCK:
            if "nlp" not in _STATE:
                nlp = spacy.blank("en")
                nlp.tokenizer = _Tokenizer(nlp.vocab)
                nlp.add_pipe(_COMPONENT)
                matcher = Matcher(nlp.vocab)
                matcher.add("STRONG", [[{"ORTH": "/"}], [{"ORTH": ";"}]])
                matcher.add("STRONG", [[{"NORM": w} for w in phrase] for phrase in lx.STRONG_CONNECTIVES])
                matcher.add("WEAK", [[{"LOWER": {"IN": ["and", "&", ",", "+"]}}]])
                name = {"_": {"lead_cat": "name"}}
                name_or_init = {"_": {"lead_cat": {"IN": ["name", "init"]}}}
                dot = {"ORTH": ".", "OP": "?"}
                matcher.add(
                    "PERSON",
                    [
                        [
                            {"_": {"lead_cat": "hon"}},
                            dot,
                            {**name_or_init, "OP": "?"},
                            dot,
                            {**name_or_init, "OP": "?"},
                            dot,
                            name,
                        ],
                        [name_or_init, dot, {**name, "OP": "?"}, name],
                    ],
                )
                _STATE["matcher"] = matcher
                _STATE["nlp"] = nlp
    return _STATE["nlp"], _STATE["matcher"]


# --------------------------------------------------------------------------- document analysis


@dataclass
class _Cell:
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
        return _tidy(out)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    while text and (text[-1] in _EDGE_PUNCT or text[0] in _EDGE_PUNCT):
        text = text.strip(_EDGE_PUNCT).strip()
    return text


def _analyse(doc: Doc, matcher: Matcher) -> _Cell:
    n = len(doc)
    close_of: dict[int, int] = {}
    stack: list[int] = []
    for i, tok in enumerate(doc):
        if tok.text in _OPEN:
            stack.append(i)
        elif tok.text in _CLOSE and stack and _OPEN[doc[stack[-1]].text] == tok.text:
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
            # ('Strategic Lead for SEND') is one title, not a lost line break.
            if doc[i].lower_ not in _TITLE_OPENERS:
                excluded += ("mod",)
            if doc[i + 1].lower_ in ("of", "for") and prev_cat not in excluded:
                raw_seps.append((i, i, "RUNON"))
    for i in range(1, n):  # 'Service Manager Team Manager': two titles whose line break was lost
        if depth[i] or depth[i - 1] or not doc[i].text.istitle() or not doc[i - 1].text[0].isupper():
            continue
        if doc[i - 1]._.lead_cat in ("role", "racr") and doc[i]._.lead_cat in ("mod", "body", "bacr", "acr"):
            raw_seps.append((i, i, "ADJACENT"))
    cell = _Cell(doc, depth, close_of, persons)
    rank = {"WEAK": 1, "STRONG": 2}
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


def _starts_upper(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _sentence_end_after(prev: str) -> bool:
    return not (len(prev) == 1 and prev.isupper()) and prev.lower() not in _NOT_SENTENCE_END


# --------------------------------------------------------------------------- what a stretch of tokens is


@dataclass
class _Info:
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


def _trim(cell: _Cell, s: int, e: int) -> tuple[int, int]:
    """Drop separators, function words and stray punctuation at both ends of a stretch."""
    while (
        s < e and cell.depth[s] == 0 and (cell.cat(s) in ("punct", "func") and cell.doc[s].text not in _OPEN)
    ):
        s += 1
    while (
        e > s
        and cell.depth[e - 1] == 0
        and (cell.cat(e - 1) in ("punct", "func") and cell.doc[e - 1].text not in _CLOSE)
    ):
        e -= 1
    return s, e


def _info(cell: _Cell, s: int, e: int) -> _Info:
    s, e = _trim(cell, s, e)
    content = [i for i in range(s, e) if cell.depth[i] == 0 and cell.cat(i) != "punct"]
    info = _Info(content)
    if not content:
        return info
    if (content[0], content[-1] + 1) in cell.persons:
        info.person = True
        return info
    words = [i for i in content if cell.cat(i) not in ("det", "func")]
    if len(words) == 1 and cell.cat(words[0]) in ("acr", "racr", "bacr"):
        info.acronym = cell.cat(words[0])
    head_kind = {"role": "role", "racr": "role", "body": "body", "bacr": "body", "acr": "body"}
    pre: list[int] = []
    complement = False
    for i in range(content[0] + 1, content[-1] + 1):
        if cell.depth[i] == 0 and (cell.low(i) in ("of", "for") or cell.doc[i].text in {":", ","} | _DASHES):
            pre = [j for j in content if j < i]
            complement = cell.low(i) in ("of", "for")
            break
    for scope, in_pre in ((pre, complement), (content, False)):
        for i in reversed(scope):
            kind = head_kind.get(cell.cat(i))
            if kind is None:
                continue
            if kind == "body" and (cell.low(i) in lx.DEPT_WORDS or cell.cat(i) in ("acr", "bacr")):
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


def _is_unit(cell: _Cell, info: _Info, strong_only: bool = False) -> bool:
    """Whether a body-headed stretch names an organisation or unit a title can belong to."""
    if info.head is None:
        return False
    low = cell.low(info.head)
    if strong_only:
        return low in lx.ORG_STRONG_WORDS
    # A known body acronym is a unit ('Manager, CCG'); a function ('HR', 'OD') or an unknown
    # acronym after a title is its portfolio ('Assistant Director, HR & OD').
    return low in lx.ORG_UNIT_WORDS or (
        cell.cat(info.head) == "bacr" and cell.doc[info.head].text not in lx.PORTFOLIO_ACRONYMS
    )


def _portfolio(cell: _Cell, info: _Info) -> bool:
    """Whether a stretch is only a remit: function acronyms and remit words ('OD', 'Workforce')."""
    words = [i for i in info.content if cell.cat(i) not in ("func", "det", "punct")]
    return bool(words) and all(
        cell.doc[i].text in lx.PORTFOLIO_ACRONYMS or (cell.cat(i) in ("mod", "acr") and not info.person)
        for i in words
    )


def _has_portfolio_dash(cell: _Cell, info: _Info) -> bool:
    """'Assistant Director - Early Help': a title whose remit follows a dash or colon."""
    if info.head_kind != "role" or info.head is None:
        return False
    return any(
        cell.depth[i] == 0 and cell.doc[i].text in {":"} | _DASHES
        for i in range(info.head + 1, info.content[-1] + 1)
    )


def _acronym_remit(cell: _Cell, left: _Info, right: _Info) -> bool:
    """'Head of Service - CIN/CP', 'HoS CP&CIN': a title whose remit is a list of service acronyms
    written without spaces ('Head of LAC / JK', spaced, is a title and a person's initials)."""
    last = left.content[-1] if left.content else None
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


def _accept(cell: _Cell, left: _Info, right: _Info, kind: str, sep_text: str) -> bool:
    """Whether a candidate separator really divides two leads."""
    if not left.content or not right.content:
        return False
    if sep_text in ("/", "&", "and") and _acronym_remit(cell, left, right):
        return False
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
    if not (left.whole and right.whole):
        return False
    if sep_text != ",":
        # the conjunct just before 'and' is what follows the last comma/colon/dash ('X, Avon and Y Police')
        cut = [
            i
            for i in range(left.content[0], left.content[-1] + 1)
            if cell.depth[i] == 0 and cell.doc[i].text in {",", ":"} | _DASHES
        ]
        if cut:
            conjunct = _info(cell, cut[-1] + 1, left.content[-1] + 1)
            before = _info(cell, left.content[0], cut[-1])
            if not conjunct.whole or (
                before.head_kind == "role" and not before.plural and _portfolio(cell, conjunct)
            ):
                return False
    if sep_text == ",":
        if left.head_kind == "role" and not left.plural and right.head_kind == "body" and not right.person:
            # 'Detective Superintendent, X Police' is a title and its unit; 'Assistant Director,
            # Children's Services' or 'Head of Commissioning, Partnerships and ...' a portfolio
            return _is_unit(cell, right, strong_only=left.complement or _has_portfolio_dash(cell, left))
        return True
    if left.complement and not right.person and (right.head_kind == "body" or right.acronym):
        return right.acronym == "racr"  # 'Head of Early Help and Youth Offending Service': one remit
    return True


# --------------------------------------------------------------------------- one lead from one stretch


def _abbreviates(acr: str, words: list[str]) -> bool:
    """Whether bracketed letters are the initials of the words just before them ('(PSW)', '(HoS)')."""
    letters = [c.lower() for c in acr if c.isalpha()]
    if len(acr) > 2 and acr.endswith("s") and acr[-2].isupper():
        letters = letters[:-1]
    ws = [w for word in words for w in re.split(r"[-/]", word) if w and w[0].isalnum()]
    if len(letters) < 2 or not ws or ws[-1][0].lower() != letters[-1]:
        return False

    def match(li: int, wi: int) -> bool:
        if li < 0:
            return True
        if wi < 0:
            return False
        w = ws[wi].lower()
        if w[0] == letters[li] and match(li - 1, wi - 1):
            return True
        return w in lx.FUNCTION_WORDS and match(li, wi - 1)

    return match(len(letters) - 1, len(ws) - 1)


def _initials_list(text: str) -> list[str] | None:
    parts = [p.strip() for p in _LIST_SPLIT_RE.split(text.strip())]
    if not parts or any(not p for p in parts):
        return None
    out = []
    for p in parts:
        bare = p.rstrip(".")
        if (
            bare in lx.BODY_ACRONYMS
            or bare.lower() in lx.PLACEHOLDERS
            or not _INITIALS_RE.fullmatch(bare if "." not in bare else bare + ".")
        ):
            return None
        out.append(bare)
    return out


@dataclass
class _Result:
    leads: list[Lead]
    info: _Info


def _blank() -> Lead:
    return {"person": None, "role": None, "initials": None, "org": None}


def _groups(cell: _Cell, s: int, e: int) -> list[tuple[int, int]]:
    return [(o, c) for o, c in sorted(cell.close_of.items()) if s <= o and c < e and cell.depth[o] == 1]


def _parse_piece(cell: _Cell, s: int, e: int) -> _Result:
    s, e = _trim(cell, s, e)
    # a label printed inside the cell ('Lead: ...')
    if e - s > 2 and cell.low(s) in lx.LABELS and cell.doc[s + 1].text == ":":
        s, e = _trim(cell, s + 2, e)
    info = _info(cell, s, e)
    if s >= e:
        return _Result([], info)
    first = s
    if (
        cell.depth[first] == 0
        and cell.doc[first].text[0].islower()
        and cell.low(first) in lx.NON_LEAD_STARTERS
    ):
        return _Result([], info)
    for i in range(s + 1, e):  # a trailing clause that is not a lead ('... via the monthly meeting')
        if cell.depth[i] == 0 and cell.doc[i].text in _TRUNCATE_AT:
            e = i
            break
        if (
            cell.depth[i] == 0
            and cell.doc[i].text == "to"
            and i + 1 < e
            and cell.low(i + 1) in ("be", "report")
        ):
            e = i
            break
    s, e = _trim(cell, s, e)
    groups = _groups(cell, s, e)
    in_group = {i for o, c in groups for i in range(o, c + 1)}
    main = [i for i in range(s, e) if i not in in_group]
    main_words = [i for i in main if cell.cat(i) != "punct"]
    if not main_words:
        if len(groups) == 1:  # the whole lead is in brackets
            o, c = groups[0]
            return _parse_piece(cell, o + 1, c)
        return _Result([], info)

    # a person first: 'Jo Bloggs (Chief Executive)', 'Jo Bloggs, (PSW)', 'Jo Bloggs - Head of LAC'
    for ps, pe in sorted(cell.persons, key=lambda x: (x[0], -x[1])):
        if ps != main_words[0] or pe > e:
            continue
        rest = [i for i in main if i >= pe]
        rest_words = [i for i in rest if cell.cat(i) != "punct"]
        if not rest_words:
            return _person_with_brackets(cell, cell.text(list(range(ps, pe))), groups, info)
        if cell.doc[pe].text in {",", ":"} | _DASHES and all(c < pe or o > pe for o, c in groups):
            sub = _parse_piece(cell, pe + 1, e)
            for lead in sub.leads:
                lead["person"] = lead["person"] or cell.text(list(range(ps, pe)))
                org = lead["org"] or ""
                if not lead["role"] and org.isalpha() and _cat(org) == "acr":
                    lead["role"], lead["org"] = org, None  # 'Jo Bloggs - DHT': a person's acronym is a post
            if sub.leads:
                return _Result(sub.leads, info)
        break
    # ... or a person last: 'Chief Executive - Jo Bloggs'
    for ps, pe in cell.persons:
        if pe == main_words[-1] + 1 and ps > s and cell.doc[ps - 1].text in {",", ":"} | _DASHES:
            if not any(o < ps < c for o, c in groups):
                sub = _parse_piece(cell, s, ps - 1)
                if sub.leads and all(lead["person"] is None for lead in sub.leads):
                    for lead in sub.leads:
                        lead["person"] = cell.text(list(range(ps, pe)))
                    return _Result(sub.leads, info)

    return _role_or_body(cell, s, e, groups, main, info)


def _person_with_brackets(cell: _Cell, person: str, groups: list[tuple[int, int]], info: _Info) -> _Result:
    lead = _blank()
    lead["person"] = person
    inits: list[str] = []
    for o, c in groups:
        inner = cell.text(list(range(o + 1, c)))
        if not inner:
            continue
        found = _initials_list(inner)
        if found and lead["role"] is None and not (len(found) == 1 and found[0] in lx.ROLE_ACRONYMS):
            inits += found
            continue
        inner_depth0 = [i for i in range(o + 1, c) if cell.depth[i] == 1]
        comma = next((i for i in inner_depth0 if cell.doc[i].text == ","), None)
        if comma is not None:
            lead["role"] = lead["role"] or cell.text(list(range(o + 1, comma)))
            lead["org"] = cell.text(list(range(comma + 1, c)))
        else:
            sub = _info_inner(cell, o + 1, c)
            if sub.head_kind == "body" or sub.acronym == "bacr":
                lead["org"] = inner
            else:
                lead["role"] = lead["role"] or inner
    return _Result(_explode(lead, inits), info)


def _info_inner(cell: _Cell, s: int, e: int) -> _Info:
    """_info for a bracket's content (its tokens are one level deeper)."""
    shifted = _Cell(
        cell.doc,
        [max(0, d - 1) if s <= i < e else d + 1 for i, d in enumerate(cell.depth)],
        cell.close_of,
        cell.persons,
    )
    return _info(shifted, s, e)


def _explode(lead: Lead, inits: list[str]) -> list[Lead]:
    if not inits:
        return [lead]
    return [{**lead, "initials": x} for x in inits]


def _role_or_body(
    cell: _Cell, s: int, e: int, groups: list[tuple[int, int]], main: list[int], info: _Info
) -> _Result:
    lead = _blank()
    inits: list[str] = []
    drop: set[int] = set()
    extra: list[Lead] = []
    for o, c in groups:
        inner_idx = list(range(o + 1, c))
        inner = cell.text(inner_idx)
        lowered = [cell.low(i) for i in inner_idx]
        phrase = next((p for p in lx.STRONG_CONNECTIVES if tuple(lowered[: len(p)]) == p), None)
        if phrase:  # 'Director (supported by Heads of Service)': more leads in the bracket
            rest = cell.text(inner_idx[len(phrase) :])
            extra += [dict(zip(KEYS, row, strict=True)) for row in _parse(rest)] if rest else []
            drop.update(range(o, c + 1))
            continue
        words_before = [cell.doc[i].text for i in main if i < o and cell.cat(i) != "punct"]
        inner_words = [i for i in inner_idx if cell.cat(i) != "punct"]
        if inner_words and (inner_words[0], inner_words[-1] + 1) in cell.persons and lead["person"] is None:
            lead["person"] = inner
        elif (found := _initials_list(inner)) and not (
            len(found) == 1
            and (
                _abbreviates(found[0], words_before) or (len(found[0]) >= 3 and found[0] in lx.ROLE_ACRONYMS)
            )
        ):
            inits += found
        elif len(inner_words) == 1 and _abbreviates(inner.replace(" ", ""), words_before):
            pass  # 'Principal Social Worker (PSW)': the acronym only repeats the title
        elif len(inner_words) == 1 and len(inner) >= 3 and inner in lx.ROLE_ACRONYMS and words_before:
            pass  # 'Director of People Services (DCS)': the statutory post's name for the title
        elif _placeholder(inner):
            pass  # 'Quality Officer (TBC)': nobody named yet
        elif (
            len(inner_words) == 1
            and cell.cat(inner_words[0]) == "bacr"
            and inner not in lx.PORTFOLIO_ACRONYMS
            and lead["org"] is None
            and words_before
        ):
            lead["org"] = inner  # 'Designated Doctor (CCG)': the body the post belongs to
        else:
            continue
        drop.update(range(o, c + 1))
    kept = [i for i in range(s, e) if i not in drop]
    # initials printed after a dash or comma: 'Head of LAC - JK'
    words = [i for i in kept if cell.cat(i) != "punct"]
    if len(words) > 1:
        last, prev = words[-1], words[-1] - 1
        if cell.depth[last] == 0 and cell.doc[prev].text in {","} | _DASHES:
            found = _initials_list(cell.doc[last].text)
            before = [cell.doc[i].text for i in words[:-1]]
            if found and cell.doc[last].text not in lx.ROLE_ACRONYMS and not _abbreviates(found[0], before):
                inits += found
                kept = [i for i in kept if i < prev]
    # 'Social workers in the Assessment Team': a staff group and its unit
    for k, i in enumerate(kept):
        if cell.depth[i] or cell.doc[i].text not in _PLACE_PREPS or k == 0:
            continue
        left = _info(cell, kept[0], i)
        right = _info(cell, i + 1, kept[-1] + 1)
        if left.head_kind == "role" and left.head == left.content[-1] and right.head_kind == "body":
            org_idx = [j for j in kept if j > i]
            if org_idx and cell.low(org_idx[0]) == "the":
                org_idx = org_idx[1:]
            lead["role"] = cell.text([j for j in kept if j < i])
            lead["org"] = cell.text(org_idx)
            return _Result(_explode(lead, inits), info)
        break
    text = cell.text(kept)
    if not text:
        if lead["person"] or inits:
            return _Result(_explode(lead, inits), info)
        return _Result([], info)
    if info.head_kind == "role" or info.acronym == "racr":
        lead["role"] = text
    elif info.acronym == "acr" and re.fullmatch(r"[A-Z]{2}[a-z]?", text) and not inits:
        lead["initials"] = text  # 'JD / JS', 'JTe' (a third letter tells two JTs apart): bare initials
    elif info.head_kind == "body" or info.acronym in ("acr", "bacr"):
        lead["org"] = text
    else:
        lead["role"] = text
    return _Result(_explode(lead, inits) + extra, info)


# --------------------------------------------------------------------------- the whole cell


_BULLETS_RE = re.compile(r"[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u25a0\uf0b7]")
# '1. Head of LAC 2. Team Managers', '(a) ... (b) ...': list markers start a new lead
_LIST_MARK_RE = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\))(?=\s+[A-Z])")


def _clean(raw: str) -> str:
    text = raw.replace("\u00ad", "").replace("\u00a0", " ")
    text = _BULLETS_RE.sub(" ; ", text)
    text = _LIST_MARK_RE.sub(" ; ", text)
    text = re.sub(r"\s+", " ", text).strip(" ;")
    return text


def _split(cell: _Cell) -> list[tuple[int, int, str]]:
    """Pieces (start, end, separator before it) where each side of a separator is a whole lead."""
    n = len(cell.doc)
    pieces: list[tuple[int, int, str]] = []
    start, sep_before = 0, ""
    seps = cell.seps
    for k, (s, e, kind) in enumerate(seps):
        if s < start:
            continue
        left = _info(cell, start, s)
        later = [x for x in seps[k + 1 :] if x[0] >= e]
        right = _info(cell, e, later[0][0] if later else n)
        for j, (_, _, kind2) in enumerate(later):  # a run-on candidate may cut a title short
            if right.whole or kind2 != "RUNON" or kind != "STRONG":
                break
            right = _info(cell, e, later[j + 1][0] if j + 1 < len(later) else n)
        sep_text = cell.doc[s:e].text.strip().lower() if e > s else ""
        if sep_text == "," and right.whole and left.head_kind == "role" and not left.plural and later:
            # 'Service Manager, MASH & Early Help': a remit list after the comma, not the title's unit
            s2, e2, _ = later[0]
            if cell.doc[s2:e2].text.strip().lower() in ("and", "&"):
                nxt2 = next((x[0] for x in seps if x[0] >= e2 and x[0] > s2), n)
                if _portfolio(cell, _info(cell, e2, nxt2)):
                    continue
        if sep_text == "," and not right.whole:
            # 'Inspector, Avon and Somerset Constabulary': the part after a comma may itself hold an 'and'
            for s2, e2, _ in seps[k + 1 :]:
                if s2 < e or cell.doc[s2:e2].text.strip().lower() not in ("and", "&"):
                    break
                nxt2 = next((x[0] for x in seps if x[0] >= e2), n)
                right = _info(cell, e, nxt2)
                if right.whole:
                    break
        if _accept(cell, left, right, kind, sep_text):
            pieces.append((start, s, sep_before))
            start, sep_before = (
                e,
                (
                    sep_text
                    if kind == "WEAK"
                    else "implicit"
                    if kind in ("RUNON", "ADJACENT", "IMPLICIT")
                    else kind.lower()
                ),
            )
    pieces.append((start, n, sep_before))
    return pieces


def _merge(cell: _Cell, results: list[tuple[_Result, str]]) -> list[Lead]:
    """Join a title with the body printed after it ('Detective Superintendent, X Police')."""
    out: list[tuple[_Result, str]] = []
    for res, sep in results:
        if not res.leads:
            continue
        if out and len(res.leads) == 1 and len(out[-1][0].leads) == 1:
            prev, cur = out[-1][0].leads[0], res.leads[0]
            pinfo = out[-1][0].info
            only_org = cur["org"] and not (cur["role"] or cur["person"] or cur["initials"])
            if sep == "," and only_org and prev["role"] and not prev["org"] and not pinfo.plural:
                if res.info.head_kind == "body" and _is_unit(cell, res.info):
                    prev["org"] = cur["org"]
                    continue
            if (
                sep == ","
                and prev["person"]
                and not (prev["role"] or prev["org"])
                and cur["role"]
                and not cur["person"]
            ):
                cur["person"] = prev["person"]
                out[-1] = (res, out[-1][1])
                continue
        if out and sep == "implicit":
            prev_leads = out[-1][0].leads
            if (
                all(x["org"] and not (x["role"] or x["person"] or x["initials"]) for x in prev_leads)
                and len(prev_leads) == 1
                and all(x["role"] and not x["org"] for x in res.leads)
            ):
                for x in res.leads:
                    x["org"] = prev_leads[0]["org"]
                out[-1] = (res, out[-1][1])
                continue
        out.append((res, sep))
    return [lead for res, _ in out for lead in res.leads]


def _parse(text: str) -> tuple[tuple[str | None, ...], ...]:
    nlp, matcher = _pipeline()
    doc = nlp(text)
    cell = _analyse(doc, matcher)
    results = [(_parse_piece(cell, s, e), sep) for s, e, sep in _split(cell)]
    leads = _merge(cell, results)
    return tuple(tuple(_final(lead.get(k)) for k in KEYS) for lead in leads)


def _final(value: str | None) -> str | None:
    if value is None:
        return None
    value = _tidy(value)
    return value or None


@functools.lru_cache(maxsize=32768)
def _parse_cached(text: str) -> tuple[tuple[str | None, ...], ...]:
    try:
        return _parse(text)
    except Exception:  # a bug must not stop the batch: keep the cell whole as one role
        log.exception("lead parse failed on %r", text)
        tidy = _tidy(text)
        return ((None, tidy, None, None),) if tidy else ()


def _placeholder(text: str) -> bool:
    return re.sub(r"[^a-z/ ]+", "", text.lower()).strip() in lx.PLACEHOLDERS


def parse_leads(raw: str | None) -> list[dict]:
    """Each lead: {"person": str|None, "role": str|None, "initials": str|None, "org": str|None} in printed order."""
    if raw is None or not isinstance(raw, str):
        return []
    text = _clean(raw)
    if not text or not any(c.isalnum() for c in text) or _placeholder(text):
        return []
    return [
        dict(zip(KEYS, row, strict=True)) for row in _parse_cached(text) if any(v is not None for v in row)
    ]


def _key_part(value: str | None) -> str:
    if not value:
        return ""
    value = value.lower().replace("&", "and")
    return re.sub(r"[\W_]+", "", value)


def lead_key(raw_or_leads: Any) -> str | None:
    """A stable grouping key that stays the same when only initials, case, punctuation or spacing change:
    'Head of LAC (JK)' and 'Head of LAC' -> same key. Several leads -> their keys joined in a canonical order."""
    if raw_or_leads is None:
        return None
    leads = parse_leads(raw_or_leads) if isinstance(raw_or_leads, str) else list(raw_or_leads)
    keys = set()
    for lead in leads:
        lead = lead or {}
        parts = [_key_part(lead.get(k)) for k in ("person", "role", "org")]
        if any(parts):
            keys.add("|".join(parts))
    return ";".join(sorted(keys)) or None


def run(ctx: DocContext, cfg: StageConfig) -> None:
    """For each dict in ctx.actions: from action['lead'] set action['leads'] (list of dicts above) and action['lead_key']."""
    n_leads = 0
    for action in ctx.actions:
        leads = parse_leads(action.get("lead"))
        action["leads"] = leads
        action["lead_key"] = lead_key(leads)
        n_leads += len(leads)
    log.info("%s: %d actions, %d leads", NAME, len(ctx.actions), n_leads)


__all__ = ["NAME", "VERSION", "lead_key", "parse_leads", "run"]
