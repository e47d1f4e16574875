"""Ligatures that a broken ToUnicode map spells as byte-swapped UTF-16, read back as their letters.

Some PDF writers (Ghostscript's pdfwrite among them, which many 'print to PDF' drivers use) write
a ligature glyph's Unicode value in the wrong byte order: 'fi' (0066 0069) comes out as U+6600
U+6900, two CJK ideographs, so 'officer' reads 'o昀昀icer' in every PDF library. Each such code
point is an ASCII letter shifted up a byte. One glyph never stands for two genuine ideographs, and
English text never runs two of these particular 52 ideographs together, so a run of two or more
is read back as the letters; a lone one is left as printed.
"""

from __future__ import annotations

import re

# U+XX00 for every ASCII letter XX: the only code points the swapped map produces for ligatures.
_SWAPPED = "".join(chr(ord(letter) << 8) for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SWAPPED_RUN = re.compile(f"[{_SWAPPED}]{{2,}}")


def unswap_ligatures(text: str) -> str:
    """`text` with every run of two or more byte-swapped letters turned back into those letters."""
    if not _SWAPPED_RUN.search(text):
        return text
    return _SWAPPED_RUN.sub(lambda m: "".join(chr(ord(c) >> 8) for c in m.group()), text)
