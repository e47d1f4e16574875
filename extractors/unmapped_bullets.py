"""Bullets pdfminer cannot name: the codes WinAnsiEncoding leaves unused, which PDF readers draw as '•'.

The PDF reference (Appendix D, note 3) says every unused code of WinAnsiEncoding above octal 40 maps to
the bullet, and producers use 0x7F for it (reportlab among them). pdfminer knows only 0x95 and spells
the others '(cid:127)', so a bulleted progress cell on a page pdfminer reads ('• Launch ...', a rotated
page) came out '(cid:127) Launch ...'. pdfium already reads them as bullets. In a CID font without a
ToUnicode map the same spelling names a glyph number, but such text is unreadable '(cid:N)' throughout,
so reading one of them as a bullet loses nothing.
"""

from __future__ import annotations

import re

_UNUSED = re.compile(r"\(cid:(?:127|129|141|143|144|157)\)")


def read_bullets(text: str) -> str:
    """`text` with pdfminer's '(cid:127)' and the other unused WinAnsi codes read as '•'."""
    if "(cid:" not in text:
        return text
    return _UNUSED.sub("\u2022", text)
