"""Finding inputs and naming them by real path, the cheap way, gives what pathlib's slow way gives."""

from __future__ import annotations

from pathlib import Path

from extractors.core.config import PARSER_NAMES
from pipeline.cli import FETCH_HELP, build_parser
from pipeline.file_index import RealPaths
from pipeline.runner import _pdfs_under, find_inputs


def _tree(root: Path) -> None:
    (root / "a" / "b").mkdir(parents=True)
    (root / "a-c").mkdir()
    (root / "elsewhere").mkdir()
    for rel in ("a/b/x.pdf", "a/y.PDF", "a-c/z.pdf", "a/notes.txt", "top.pdf", "elsewhere/w.pdf"):
        (root / rel).write_bytes(b"%PDF-1.4\n")
    (root / "a" / "linked").symlink_to(root / "elsewhere", target_is_directory=True)
    (root / "a" / "alias.pdf").symlink_to(root / "top.pdf")
    (root / "a" / "dangling.pdf").symlink_to(root / "missing.pdf")


def test_pdfs_under_a_folder_come_in_rglob_order(tmp_path):
    _tree(tmp_path)
    want = sorted(q for q in tmp_path.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf")
    assert _pdfs_under(tmp_path) == want
    assert [p.name for p in _pdfs_under(tmp_path / "a")] == ["alias.pdf", "x.pdf", "y.PDF"]


def test_real_paths_agree_with_pathlib(tmp_path, monkeypatch):
    _tree(tmp_path)
    real = RealPaths()
    monkeypatch.chdir(tmp_path / "a")
    for p in (
        "b/x.pdf",
        "alias.pdf",
        "linked/w.pdf",
        "linked/../y.PDF",
        "dangling.pdf",
        str(tmp_path / "a" / "linked" / "w.pdf"),
        "../top.pdf",
        "no-such.pdf",
    ):
        assert real(p) == str(Path(p).resolve()), p


def test_a_file_named_twice_is_read_once(tmp_path):
    _tree(tmp_path)
    found = find_inputs([str(tmp_path / "top.pdf"), str(tmp_path / "a" / "alias.pdf"), str(tmp_path / "a")])
    assert [p.name for p in found] == ["top.pdf", "x.pdf", "y.PDF"]


def test_the_command_line_knows_every_parser_without_importing_them():
    from extractors.parsers import NAMES

    assert PARSER_NAMES == NAMES


def test_fetch_is_listed_alike_whether_or_not_its_options_are_loaded():
    def fetch_help(parser):
        sub = next(a for a in parser._actions if a.dest == "command")
        return next(c.help for c in sub._choices_actions if c.dest == "fetch")

    assert fetch_help(build_parser(["run", "x.pdf"])) == fetch_help(build_parser(None)) == FETCH_HELP
    args = build_parser(["fetch", "--site", "https://x.example/"]).parse_args(
        ["fetch", "--site", "https://x.example/"]
    )
    assert args.site == "https://x.example/"
