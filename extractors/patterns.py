"""Text patterns several stages share, so a row number means the same thing everywhere."""

from __future__ import annotations

import re

# The body of a row number as councils print it: '3', '3.4', '12.1.2', '2a', 'A1', 'P 4'.
_REF = r"(?:[A-Z]{1,3}\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?"

# A cell holding nothing but a row number: '1.', '12', '3.4', '2a)', 'A1'.
ROW_NUMBER = re.compile(rf"^\s*{_REF}[.)]?\s*$")

# A row number opening a cell's text ('3.4 Develop ...', '(iv) Agree ...'); group 1 is the ref.
REF_PREFIX = re.compile(rf"^\s*({_REF}\.?|\(?[ivx]{{1,5}}\)|\(?[a-z]\))\s+(?=\S)")

# The block number of a hierarchical ref: '2' of '2.3' or 'A2-1'.
MAJOR = re.compile(r"^\D*(\d+)[.\-]\d")
