"""Put back the ligatures and quotes a broken ToUnicode map misspells, on one page's characters.

Ghostscript's pdfwrite (behind many 'print to PDF' drivers) sometimes writes a glyph's Unicode
value with its two bytes added into one: U+FB01 'fi' becomes 0xFB + 0x01 = U+00FC 'ü', so a
re-distilled browser page reads 'Proüle', 'staþng', 'eûective'. The five ligatures U+FB00-FB04
(ff fi fl ffi ffl) land on û ü ý þ ÿ, and the curly quotes U+2018 / U+2019 on '8' / '9'
('8champion9', 'Children9s'). From a LibreOffice font the same bug spells 'ffi' as a byte-swapped
'f' (U+6600, see core/glyph_text.py) followed by 'f' + 'i' added into one high byte (U+CF00).

Latin-1 letters are real letters too (Müller, Zürich), so the stand-ins are read back only for a
font that shows the bug on the page: it prints two or more stand-ins inside words, no accented
letter of another language (ä, ö, ß, ñ ...: only the few English borrows, as in 'café'), and more
stand-ins than accented letters and than literal 'ff' / 'fi' / 'fl'. Text in a language with accents, or a page that
spells its ligatures out, is left as printed. A quote is read back only on a letter of its word.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

# The Latin-1 code point each ligature's summed bytes give, back to its letters.
STAND_INS = {chr(0xFB + k): lig for k, lig in enumerate(("ff", "fi", "fl", "ffi", "ffl"))}
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


def broken_fonts(chars: list[dict[str, Any]]) -> set[str]:
    """The fonts on the page whose Latin-1 letters stand for summed ligatures."""
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
        if n >= 2 and not foreign and n > len(accents) and n > len(_LITERAL.findall(text)):
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


def repair_page_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`chars` (pdfplumber-style dicts with 'text' and 'fontname') with misspelt ligatures and quotes
    read back, in place; returns the same list."""
    for ch in chars:
        if len(ch["text"]) > 1:
            ch["text"] = _unsum(ch["text"])
    if not any(ch["text"] in STAND_INS for ch in chars):
        return chars
    fonts = broken_fonts(chars)
    if not fonts:
        return chars
    fixes = []
    for i, ch in enumerate(chars):
        if ch.get("fontname", "") not in fonts:
            continue
        if ch["text"] in STAND_INS:
            fixes.append((i, STAND_INS[ch["text"]]))
        elif ch["text"] in ("8", "9") and (quote := _quote(chars, i)):
            fixes.append((i, quote))
    for i, text in fixes:
        chars[i]["text"] = text
    return chars
