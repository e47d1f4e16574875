"""Which doc_id each input file had when last hashed, so an unchanged file is not read again.

The index maps a file's resolved path to (size, mtime_ns, inode, doc_id). A file whose size,
modification time (in nanoseconds) and inode all match its entry is taken to hold the same bytes
as when it was hashed; any difference, or `--verify`, hashes it again. What this cannot see: a
program that rewrites a file in place to the same size and then sets its mtime back. That is
what `--verify` is for.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

INDEX_FILE = "_index.json"
FORMAT = "planwatch-file-index/1"


class RealPaths:
    """`os.path.realpath` for many files, walking each folder's symlinks once: a thousand files in
    one folder cost one folder's walk and a check of each file, not a thousand walks."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: str | os.PathLike) -> str:
        text = os.fspath(path)
        absolute = os.path.abspath(text)
        # `..` after a symlink means something else resolved than collapsed: the full walk then.
        if ".." in text.split(os.sep) or os.path.islink(absolute):
            return os.path.realpath(text)
        folder, name = os.path.split(absolute)
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder)
        return os.path.join(real, name)


class FileIndex:
    def __init__(self, out: Path, verify: bool = False) -> None:
        self.path = out / INDEX_FILE
        self.verify = verify
        self.entries: dict[str, list] = {}
        self.fresh: dict[str, list] = {}  # what this run saw
        self.hashed = 0
        self.real_path = RealPaths()
        if verify:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("ignoring %s (%s): every input is hashed", self.path, exc)
            return
        if isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("files"), dict):
            self.entries = data["files"]

    def doc_id(self, path: Path, hash_file: Callable[[Path], str]) -> str:
        """The sha256 of `path`, from the index when the file is unchanged, else by hashing it.
        Raises OSError when the file cannot be read."""
        st = os.stat(path)
        key = self.real_path(path)
        stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
        known = self.entries.get(key)
        if known is not None and len(known) == 4 and known[:3] == stamp and isinstance(known[3], str):
            self.fresh[key] = known
            return known[3]
        doc_id = hash_file(path)
        self.hashed += 1
        self.fresh[key] = [*stamp, doc_id]
        return doc_id

    def save(self) -> None:
        """Write what this run saw over the earlier entries (kept: other runs name other files)."""
        if all(self.entries.get(k) == v for k, v in self.fresh.items()):
            return
        merged = {**self.entries, **self.fresh}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"format": FORMAT, "files": merged}), encoding="utf-8")
        os.replace(tmp, self.path)
