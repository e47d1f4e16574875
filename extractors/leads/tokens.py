"""The spaCy pipeline for lead cells: our tokenizer, split words glued, every token tagged with a lexical category."""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING, Any

from extractors import leads_lexicon as lx

# spaCy (75 MB resident, most of a second to import) is imported when the first lead cell is
# parsed (lead_pipeline), so a document without an action table never loads it.
if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token

KEYS = ("person", "role", "initials", "org")
Lead = dict[str, "str | None"]

# Words, words with inner apostrophes/hyphens ("Children's", 'All-Age'), or single symbols.
TOKEN_RE = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
OPEN, CLOSE = {"(": ")", "[": "]"}, {")", "]"}
EDGE_PUNCT = " ,;:-–—./|*•\u00ad"
INITIALS_RE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.\s?){2,4}|[A-Z]{1,2}(?:Mc|Mac|O'|O’)[A-Z][A-Z]?")
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z]*")
LIST_SPLIT_RE = re.compile(r"\s*(?:&|\band\b|/|,|;|\+)\s*")
DASHES = {"-", "–", "—"}
# What follows a label printed in the cell: 'Lead: X', 'Lead - X'.
LABEL_MARKS = {":"} | DASHES
# 'CIO', 'CAO', 'CDO', 'CISO': a Chief ... Officer, a post whatever the letters between stand for.
_CHIEF_OFFICER_RE = re.compile(r"C[A-Z]{1,2}Os?")
# 'DoN', 'DDoN', 'ADoN', 'HoN', 'DoSCE': a (deputy, assistant) Director of or Head of a remit.
_DIRECTOR_OF_RE = re.compile(r"(?:A|D|AD|DD)?(?:Do|Ho)[A-Z]{1,3}s?")
# 'LCC', 'KCC', 'NYCC', 'SCDC', 'RBC': a county, city, district or borough council by its initials (posts such as 'ACC' are listed as
# role acronyms and read first).
_COUNCIL_RE = re.compile(r"[A-Z]{1,3}(?:CC|DC|BC|MBC)")
# 'A/Director', 'T/Supt': a one-letter prefix for acting or temporary glued to a post or rank.
_ACTING_RE = re.compile(r"[A-Z]/[A-Z]")
NOT_SENTENCE_END = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "cllr",
    "prof",
    "rev",
    "revd",
    "dept",
    "co",
    "inc",
}
TRUNCATE_AT = {"via", "monitored", "reporting", "reported", "through"}
PLACE_PREPS = {"in", "within", "at", "from"}
TITLE_OPENERS = {
    "head",
    "chair",
    "chief",
}  # role words that begin a title ('Head of ...')

_COMPONENT = "planwatch_lead_lexicon"


# --------------------------------------------------------------------------- lexical categories


@functools.lru_cache(maxsize=65536)
def category_of(text: str) -> str:
    """The lexical category of one word as printed (split fragments already glued)."""
    if not any(c.isalnum() for c in text):
        return "punct"
    if _ACTING_RE.match(text):  # 'A/Director', 'T/Supt': acting or temporary, the post as it is
        return category_of(text[2:])
    low = text.lower().replace("’", "'")
    if len(text) == 1 and text.isupper():
        return "init"
    if low in lx.FUNCTION_WORDS:
        # 'AN, LCC', 'AT & LH': two capitals that spell a function word are someone's initials
        return "acr" if len(text) == 2 and text.isupper() else "func"
    if (
        text in lx.ROLE_ACRONYMS
        or _CHIEF_OFFICER_RE.fullmatch(text)
        or _DIRECTOR_OF_RE.fullmatch(text)
        or _acronym_plural(text) in lx.ROLE_ACRONYMS
    ):
        return "racr"
    if text in lx.POST_NOMINALS:
        return "postnom"
    if text in lx.BODY_ACRONYMS or _COUNCIL_RE.fullmatch(text):
        return "bacr"
    if low in lx.DETERMINERS:
        return "det"
    if low in lx.ROLE_HEADS:
        return "role"
    if low in lx.BODY_WORDS or low in lx.LEAD_BODY_WORDS:
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
        if any(len(low) >= n and low.endswith(end) for end, n in lx.NOT_NAME_SUFFIXES):
            return "mod"  # 'Sustainment', 'Tenancy': a remit's words, never a name
        if re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", text):
            return "name"
    return "lower" if text.islower() else "other"


def _acronym_plural(text: str) -> str:
    """The acronym a plural stands for: 'PSWs' and "AD's" -> 'PSW' and 'AD'; any other word -> ''."""
    stem = re.sub(r"(?:['’]s|s)$", "", text)
    return stem if stem != text and sum(c.isupper() for c in stem) >= 2 else ""


# Long words of the connectives ('conjunction', 'supported'): a narrow column splits them too.
_CONNECTIVE_WORDS = {w for phrase in lx.STRONG_CONNECTIVES for w in phrase if len(w) > 4}


def _glue_cat(a: str, b: str) -> str | None:
    """The category of two fragments read as one word, if that word is in a vocabulary."""
    if not (a.isalpha() and b.isalpha() and b.islower()):
        return None
    if (a + b).lower() in _CONNECTIVE_WORDS:
        return "func"
    if category_of(b) in ("func", "role", "body", "mod", "det"):
        return None
    c = category_of(a + b)
    return c if c in ("role", "body", "mod") else None


def token_cat(tok: Token) -> str:
    return category_of(tok.text.replace(" ", ""))


class _Tokenizer:
    """Words, symbols and brackets as separate tokens; offsets kept so spans print as written."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        for m in TOKEN_RE.finditer(text):
            words.append(m.group())
            spaces.append(m.end() < len(text) and text[m.end()].isspace())
        return Doc(self.vocab, words=words, spaces=spaces)


def _split_double_name(doc: Doc, i: int) -> bool:
    """Whether tokens i..i+2 are a double-barrelled name a line end split after its hyphen: two
    name words, the hyphen glued to the first ('Clifton- Brown'; 'Reid- Executive Director' is a
    name and a title)."""
    if i + 2 >= len(doc):
        return False
    a, hyphen, b = doc[i], doc[i + 1], doc[i + 2]
    return (
        hyphen.text == "-"
        and not a.whitespace_
        and bool(hyphen.whitespace_)
        and category_of(a.text) == "name"
        and category_of(b.text) == "name"
    )


def _acting_prefix(doc: Doc, i: int) -> bool:
    """Whether tokens i..i+2 are 'A/' or 'T/' glued to the post or rank after it ('T/Supt')."""
    if i + 2 >= len(doc) or (i and doc[i - 1].text == "/"):
        return False
    letter, slash, word = doc[i], doc[i + 1], doc[i + 2]
    return (
        len(letter.text) == 1
        and letter.text.isupper()
        and slash.text == "/"
        and not letter.whitespace_
        and not slash.whitespace_
        and category_of(word.text) in ("role", "racr", "hon", "mod")
        and (i + 3 >= len(doc) or doc[i + 3].text != "/")
    )


def _glue_split_words(doc: Doc) -> Doc:
    """Merge words a narrow column split mid-word ('Safeguard ing') so the lexicon recognises them."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(doc) - 1:
        tok, nxt = doc[i], doc[i + 1]
        if tok.whitespace_ and _glue_cat(tok.text, nxt.text):
            spans.append((i, i + 2))
            i += 2
        elif _split_double_name(doc, i) or _acting_prefix(doc, i):
            # 'Clifton- Brown': a double surname split at its hyphen; 'T/Supt': one rank
            spans.append((i, i + 3))
            i += 3
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


def lead_pipeline() -> tuple[Language, Matcher]:
    """Build the blank English pipeline and its matchers once per process."""
    if "nlp" not in _STATE:
        with _LOCK:
            if "nlp" not in _STATE:
                import spacy
                from spacy.language import Language
                from spacy.matcher import Matcher
                from spacy.tokens import Token

                if not Language.has_factory(_COMPONENT):
                    Language.component(_COMPONENT, func=_glue_split_words)
                # Registered where the category is defined, so any module that runs the pipeline can read it.
                if not Token.has_extension("lead_cat"):
                    Token.set_extension("lead_cat", getter=token_cat)
                nlp = spacy.blank("en")
                nlp.tokenizer = _Tokenizer(nlp.vocab)
                nlp.add_pipe(_COMPONENT)
                matcher = Matcher(nlp.vocab)
                matcher.add("STRONG", [[{"ORTH": "/"}], [{"ORTH": ";"}]])
                matcher.add(
                    "STRONG",
                    [[{"NORM": w} for w in phrase] for phrase in lx.STRONG_CONNECTIVES],
                )
                matcher.add("WEAK", [[{"LOWER": {"IN": ["and", "&", ",", "+"]}}]])
                name = {"_": {"lead_cat": "name"}}
                name_or_init = {"_": {"lead_cat": {"IN": ["name", "init"]}}}
                dot = {"ORTH": ".", "OP": "?"}
                hon = {"_": {"lead_cat": "hon"}}
                # forenames or initials, then a surname: what follows an honorific
                tail = [
                    dot,
                    {**name_or_init, "OP": "?"},
                    dot,
                    {**name_or_init, "OP": "?"},
                    dot,
                    name,
                ]
                # honours and letters after the surname belong to the name ('Jo Bloggs MBE')
                postnoms = [
                    {"_": {"lead_cat": "postnom"}, "OP": "*"},
                    {"ORTH": {"IN": sorted(lx.SHORT_POST_NOMINALS)}, "OP": "*"},
                ]
                # a title that is also an honorific ('Councillor') opens a name as 'Cllr' does when
                # an honorific, a forename or initials follow it: 'Councillor Mrs J Brown',
                # 'Councillor Jo Brown' ('Councillor Liaison Officer' stays a title)
                councillor = {"LOWER": {"IN": sorted(lx.HONORIFICS & lx.ROLE_HEADS)}}
                matcher.add(
                    "PERSON",
                    [
                        [
                            hon,
                            dot,
                            {**hon, "OP": "?"},
                            *tail,
                            *postnoms,
                        ],  # 'Cllr Mrs J Brown'
                        [name_or_init, dot, {**name, "OP": "?"}, name, *postnoms],
                        # a forename, a middle initial, a surname: 'Jo A. Bloggs'
                        [name, {"_": {"lead_cat": "init"}, "LENGTH": 1}, dot, name, *postnoms],
                        *([councillor, first, *tail, *postnoms] for first in (hon, name_or_init)),
                        [
                            councillor,
                            name,
                            *postnoms,
                        ],  # 'Councillor Lamb (Portfolio Holder)'
                    ],
                )
                _STATE["matcher"] = matcher
                _STATE["nlp"] = nlp
    return _STATE["nlp"], _STATE["matcher"]
