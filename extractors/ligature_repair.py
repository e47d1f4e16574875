"""Put back the ligatures and quotes a broken ToUnicode map misspells, on one page's characters.

Ghostscript's pdfwrite (behind many 'print to PDF' drivers) mangles a ToUnicode range whose
targets are two bytes wide. A font's ligatures U+FB00-FB04 (ff fi fl ffi ffl) mapped as one range
come out as Latin-1 letters counted from U+00FB: the range's first ligature reads 'û', the next 'ü',
and so on. Which ligature the range starts with depends on the ligatures the font's subset holds:
with 'ff' in it 'û ü ý þ' are ff fi fl ffi ('Proüle', 'staþng'); without it, as on a document that
never prints 'ff', 'û ü ý' are fi fl ffi ('beneûts', 'üooding', 'diýcult'). So the start is chosen
per font from evidence: the one under which the most repaired words are spelt as English spells
them (common stems, `ligature_words`, or the same word printed plainly on the page), the first
ligature on a tie; per document, when the caller keeps a memo across pages. The curly quotes
U+2018 / U+2019 come out as '8' / '9' ('8champion9', 'Children9s'). From a LibreOffice font the
same bug spells 'ffi' as a byte-swapped 'f' (U+6600, see core/glyph_text.py) followed by 'f' + 'i'
added into one high byte (U+CF00).

Latin-1 letters are real letters too (Müller, Zürich), so the stand-ins are read back only for a
font that shows the bug on the page: it prints two or more stand-ins inside words, no accented
letter of another language (ä, ö, ß, ñ ...: only the few English borrows, as in 'café'), and more
stand-ins than accented letters and than literal 'ff' / 'fi' / 'fl'; or one stand-in, in a font
that showed the bug on an earlier page of the document. Text in a language with accents, or a page
that spells its ligatures out, is left as printed. A quote is read back only on a letter of its word.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from extractors.ligature_words import known

LIGATURES = ("ff", "fi", "fl", "ffi", "ffl")
# The Latin-1 letters a ligature range's members come out as, by place in the range.
STAND_INS = {chr(0xFB + k): k for k in range(len(LIGATURES))}
_ACCENTED = re.compile(r"[À-ÖØ-öø-ú]")
# Accents English borrows (café, née, façade, rôle): they say nothing of the page's language.
_LOANWORD = set("éèêëçàâôîïÉÈÇ")
_LITERAL = re.compile(r"f[fil]")
# Swapped 'f' (U+6600) then 'f'+'f' / 'f'+'i' / 'f'+'l' summed into one high byte.
_SWAPPED = "".join(chr(ord(c) << 8) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SUMMED = {chr((ord("f") + ord(c)) << 8): "f" + c for c in "fil"}
_SWAPPED_SUMMED = re.compile(f"([{_SWAPPED}]+)([{''.join(_SUMMED)}])")


def _unsum(text: str) -> str:
    if not _SWAPPED_SUMMED.search(text):
        return text
    return _SWAPPED_SUMMED.sub(lambda m: "".join(chr(ord(c) >> 8) for c in m[1]) + _SUMMED[m[2]], text)


def _is_letter(ch: dict[str, Any] | None) -> bool:
    return ch is not None and ch["text"][-1:].isascii() and ch["text"][-1:].isalpha()


def _touching(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether b follows a in the same word: the same line and no gap a space would leave."""
    size = max(a.get("size") or 0.0, 1.0)
    return abs(a["top"] - b["top"]) < 0.3 * size and -0.2 * size < b["x0"] - a["x1"] < 0.12 * size


def _neighbours(chars: list[dict[str, Any]], i: int) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The characters just before and after chars[i] in its word (None at the word's ends)."""
    before = chars[i - 1] if i and _touching(chars[i - 1], chars[i]) else None
    after = chars[i + 1] if i + 1 < len(chars) and _touching(chars[i], chars[i + 1]) else None
    return before, after


def broken_fonts(chars: list[dict[str, Any]], shown: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The fonts on the page whose Latin-1 letters stand for ligatures; `shown`: fonts that showed
    the bug on an earlier page, for which one stand-in is enough."""
    stand_ins: Counter[str] = Counter()
    text_of: dict[str, list[str]] = defaultdict(list)
    for i, ch in enumerate(chars):
        font = ch.get("fontname", "")
        text_of[font].append(ch["text"])
        if ch["text"] in STAND_INS:
            before, after = _neighbours(chars, i)
            if _is_letter(before) or _is_letter(after):
                stand_ins[font] += 1
    out = set()
    for font, n in stand_ins.items():
        text = "".join(text_of[font])
        accents = _ACCENTED.findall(text)
        foreign = any(a not in _LOANWORD for a in accents)
        enough = n >= 2 or font in shown
        if enough and not foreign and n > len(accents) and n > len(_LITERAL.findall(text)):
            out.add(font)
    return out


def _words(chars: list[dict[str, Any]]) -> list[list[int]]:
    """The page's words as runs of touching characters (indices into chars)."""
    words: list[list[int]] = []
    for i, ch in enumerate(chars):
        if words and _touching(chars[words[-1][-1]], ch) and not ch["text"].isspace():
            words[-1].append(i)
        elif not ch["text"].isspace():
            words.append([i])
    return words


def _plain_words(chars: list[dict[str, Any]], words: list[list[int]]) -> set[str]:
    """The page's words printed with their ligatures spelt out, lower case."""
    out = set()
    for w in words:
        text = "".join(chars[i]["text"] for i in w).lower()
        if _LITERAL.search(text) and text.isalpha():
            out.add(text)
    return out


def _score_starts(
    chars: list[dict[str, Any]], words: list[list[int]], font: str, plain: set[str]
) -> Counter[int]:
    """For each first ligature a range in `font` could start at, how many of its stand-ins make a
    plausible word when read from there."""
    spelt = [
        w
        for w in words
        if any(chars[i]["text"] in STAND_INS and chars[i].get("fontname", "") == font for i in w)
    ]
    top = max(
        (STAND_INS[chars[i]["text"]] for w in spelt for i in w if chars[i]["text"] in STAND_INS), default=0
    )
    scores: Counter[int] = Counter({s: 0 for s in range(len(LIGATURES) - top)})
    for start in scores:
        for w in spelt:
            text, spans = "", []
            for i in w:
                ch = chars[i]["text"]
                if ch in STAND_INS and chars[i].get("fontname", "") == font:
                    lig = LIGATURES[start + STAND_INS[ch]]
                    spans.append((len(text), len(text) + len(lig)))
                    text += lig
                else:
                    text += ch
            good = text.lower() in plain
            scores[start] += sum(good or known(text, a, b) for a, b in spans)
    return scores


def _quote_fonts(chars: list[dict[str, Any]]) -> set[str]:
    """Fonts whose '8' / '9' come in two widths, the narrow one on a word's letters: the digit and
    the curly quote the bug gave the same text (the reader sizes each by its own glyph)."""
    widths: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, ch in enumerate(chars):
        if ch["text"] in ("8", "9") and ch.get("upright", True):
            widths[ch.get("fontname", "")].append(
                ((ch["x1"] - ch["x0"]) / max(ch.get("size") or 0.0, 1.0), i)
            )
    out = set()
    for font, seen in widths.items():
        wide = max(w for w, _ in seen)
        narrow = [i for w, i in seen if w < 0.8 * wide]
        if narrow and len(narrow) < len(seen) and any(_quote(chars, i) for i in narrow):
            out.add(font)
    return out


def _quote(chars: list[dict[str, Any]], i: int) -> str | None:
    """The curly quote a summed '8' / '9' stands for, when it sits on a word's letters."""
    ch = chars[i]["text"]
    before, after = _neighbours(chars, i)
    lower_before = before is not None and before["text"][-1:].islower() and before["text"].isascii()
    letter_after = _is_letter(after)
    if ch == "9" and lower_before and (letter_after or not (after and after["text"][:1].isdigit())):
        return "\u2019"  # 'Children9s', 'champion9 '
    if ch == "8" and letter_after and not (before and before["text"][-1:].isalnum()):
        return "\u2018"  # ' 8champion'
    return None


def repair_page_chars(
    chars: list[dict[str, Any]], memo: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """`chars` (pdfplumber-style dicts with 'text' and 'fontname') with misspelt ligatures and quotes
    read back, in place; returns the same list. `memo`: one dict per document, kept by the caller
    across its pages, so that evidence on one page decides for another."""
    for ch in chars:
        if len(ch["text"]) > 1:
            ch["text"] = _unsum(ch["text"])
    memo = {} if memo is None else memo
    seen: dict[str, Counter[int]] = memo.setdefault("ligature_starts", {})
    quoted = _quote_fonts(chars)
    if not seen and not quoted and not any(ch["text"] in STAND_INS for ch in chars):
        return chars
    fonts = broken_fonts(chars, set(seen))
    if not fonts and not seen and not quoted:
        return chars
    words = _words(chars) if fonts else []
    plain = _plain_words(chars, words)
    start_of = {}
    for font in fonts:
        scores = _score_starts(chars, words, font, plain)
        total = seen.get(font)
        if total is None:
            seen[font] = total = scores
        else:
            # The font's range is one for the document: a start this page rules out stays out.
            for start in [s for s in total if s not in scores]:
                del total[start]
            total.update(scores)
        start_of[font] = max(total, key=lambda s: (total[s], -s))
    fixes = []
    for i, ch in enumerate(chars):
        font = ch.get("fontname", "")
        if font in fonts and ch["text"] in STAND_INS:
            fixes.append((i, LIGATURES[start_of[font] + STAND_INS[ch["text"]]]))
        elif (
            ch["text"] in ("8", "9")
            and (font in fonts or font in seen or font in quoted)
            and (quote := _quote(chars, i))
        ):
            fixes.append((i, quote))
    for i, text in fixes:
        chars[i]["text"] = text
    return chars
