"""pdfium functions declared for loops that call them once per glyph, page object or path segment.

A ctypes function with `argtypes` converts every argument on every call: a c_void_p parameter
builds a new c_void_p from the Python int, which costs more than the pdfium call itself. These
prototypes declare no argument types, so ctypes passes what it is given: a handle as a `Handle`
(a c_void_p returned by a call or made once with `Handle(address)`), an index as an int (a C
int), outputs by reference. They go through PyDLL, which keeps the GIL across the call: each
takes microseconds, and pdfium must not be entered from two threads anyway.
"""

from __future__ import annotations

import ctypes
from ctypes import c_void_p
from pathlib import Path
from typing import Any

import pypdfium2_raw

# The library pypdfium2 loaded (dlopen gives the same copy again), opened as a PyDLL.
_PY_LIB = ctypes.PyDLL(str(Path(pypdfium2_raw.__file__).with_name("libpdfium.so")))


class Handle(c_void_p):
    """A pdfium handle that ctypes hands back and forth as is (a subclass is not turned into an int).

    Two handles to the same object are different Python objects: compare `.value`, not handles.
    """


def untyped(name: str, restype: Any) -> Any:
    """pdfium's `name`, returning `restype`, with no argument conversion (see the module docstring)."""
    fn = getattr(_PY_LIB, name)
    fn.restype, fn.argtypes = restype, None
    return fn
