"""Every kind of bad input: one line naming it and its problem, the good files still build,
--strict stops at the first, and nothing is written when no usable article remains."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from tests.readers.conftest import FIXTURES, HARBOUR_TXT, make_image_only_pdf, make_pdf


def _unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = folder / "locked.txt"
    path.write_text("Secret words.")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the refusal happen all the same
        real_open = Path.open

        def refusing_open(self: Path, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if self == path:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refusing_open)
    return str(path)


def _file(name: str, content: bytes):  # noqa: ANN202
    def make(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
        (folder / name).write_bytes(content)
        return str(folder / name)

    return make


#: (how to make the bad input in a folder, what the message says after "<input>: ")
BAD_INPUTS = {
    "empty file": (_file("empty.txt", b""), "no article text found"),
    "binary named .txt": (_file("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
                          "looks like a binary file, not text"),
    "over the size limit": (_file("huge.txt", b"More words. " * 200_000),
                            "file is 2,400,000 bytes, over the 2,097,152-byte limit"),
    "unreadable file": (_unreadable, "cannot read: Permission denied"),
    "page without article": (
        _file("menu.html", (FIXTURES / "navigation-only.html").read_bytes()),
        "no article text found in the page"),
    "encrypted PDF": (_file("locked.pdf", make_pdf([["Secret words."]], password="pw")),
                      "encrypted PDF (it needs a password)"),
    "image-only PDF": (_file("scan.pdf", make_image_only_pdf()),
                       "PDF has no text layer (image-only or scanned?)"),
    "missing file": (lambda folder, mp: str(folder / "nowhere.txt"), "no such file or directory"),
    "URL that returns 404": (lambda folder, mp: mp.base_url + "/gone", "HTTP 404 Not Found"),
    "URL that times out": (lambda folder, mp: mp.base_url + "/slow", "timed out after 0.5 s"),
}


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def setting(tmp_path, monkeypatch, server, no_proxy):
    """A folder holding one good article, and the monkeypatch (carrying the server's URL)."""
    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / "good.txt"
    good.write_bytes(HARBOUR_TXT.read_bytes())
    monkeypatch.base_url = server
    return folder, good, monkeypatch


def _build(runner: CliRunner, inputs: list[str], out: Path, *extra: str):  # noqa: ANN202
    return runner.invoke(main, ["build", *inputs, "-o", str(out), "-f", "md",
                                "--max-input-size", "2", "--timeout", "0.5", *extra])


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_a_bad_input_is_named_skipped_and_the_good_one_still_builds(runner, setting, tmp_path,
                                                                    kind):
    folder, good, monkeypatch = setting
    make, problem = BAD_INPUTS[kind]
    bad = make(folder, monkeypatch)
    result = _build(runner, [str(good), bad], tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"briefgen: skipped {bad}: {problem}"), lines
    assert lines[-1] == "briefgen: 1 input(s) skipped, 1 article(s) used"
    assert len(lines) == 2
    [written] = (tmp_path / "out").iterdir()
    assert "night ferries" in written.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["empty file", "encrypted PDF", "URL that returns 404"])
def test_strict_stops_at_the_first_bad_input_and_writes_nothing(runner, setting, tmp_path,
                                                                 kind):
    folder, good, monkeypatch = setting
    make, problem = BAD_INPUTS[kind]
    bad = make(folder, monkeypatch)
    result = _build(runner, [bad, str(good)], tmp_path / "out", "--strict")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefgen: error: {bad}: {problem}")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_nothing_is_written_when_no_usable_article_remains(runner, setting, tmp_path):
    folder, good, monkeypatch = setting
    good.unlink()
    bad = [BAD_INPUTS[kind][0](folder, monkeypatch) for kind in ("empty file", "image-only PDF")]
    result = _build(runner, bad, tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"briefgen: skipped {bad[0]}: no article text found",
        f"briefgen: skipped {bad[1]}: PDF has no text layer (image-only or scanned?); "
        "run it through OCR first",
        "briefgen: error: no usable article among the inputs (2 skipped); nothing written",
    ]
    assert not (tmp_path / "out").exists()


def test_a_guessed_encoding_is_reported_while_building(runner, setting, tmp_path):
    folder, good, _ = setting
    short = folder / "short.txt"
    short.write_bytes("Le café de la gare était fermé lundi. Les élèves sont allés à l'école "
                      "à pied, a dit le maire.".encode("latin-1"))
    result = _build(runner, [str(good), str(short)], tmp_path / "out")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"briefgen: {short}: encoding guessed as cp1252")
