"""Hostile files (made here, small): a folder's links stay inside it, every message is one
line, and bombs (zip, YAML, paragraphs, nesting) are refused within bounded time and memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from tests.readers.conftest import HARBOUR_TXT

PRIVATE_MARK = "Zanzibar-vault-7731"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding one good article."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(HARBOUR_TXT, inputs / "good.txt")
    return inputs


def _build(*args: str):  # noqa: ANN202
    return CliRunner().invoke(main, ["build", *args, "-f", "md"])


def _private_article(tmp_path: Path) -> Path:
    private = tmp_path / "private"
    private.mkdir()
    secret = private / "notes.txt"
    secret.write_text(HARBOUR_TXT.read_text(encoding="utf-8").replace(
        "night ferries", f"night ferries ({PRIVATE_MARK})"), encoding="utf-8")
    return secret


def test_a_link_out_of_a_named_folder_is_skipped_and_reported(folder, tmp_path):
    (folder / "leak.txt").symlink_to(_private_article(tmp_path))
    out = tmp_path / "out"
    result = _build(str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"skipped {folder / 'leak.txt'}: a link to a file outside the folder" in result.stderr
    [brief] = out.glob("*.md")
    assert PRIVATE_MARK not in brief.read_text(encoding="utf-8")


def test_strict_stops_at_a_link_out_of_the_folder(folder, tmp_path):
    (folder / "leak.txt").symlink_to(_private_article(tmp_path))
    result = _build(str(folder), "-o", str(tmp_path / "out"), "--strict")
    assert result.exit_code == 1 and "outside the folder" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_follow_links_reads_it_when_told(folder, tmp_path):
    (folder / "leak.txt").symlink_to(_private_article(tmp_path))
    result = CliRunner().invoke(main, ["inspect", str(folder), "--text", "--follow-links"])
    assert result.exit_code == 0, result.output
    assert PRIVATE_MARK in result.output


def test_a_link_that_stays_inside_the_folder_is_read(folder, tmp_path):
    (folder / "same.txt").symlink_to(folder / "good.txt")
    result = CliRunner().invoke(main, ["inspect", str(folder), "--json"])
    assert result.exit_code == 0, result.output


def test_a_file_name_with_a_newline_gives_a_one_line_message(tmp_path):
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"")
    result = _build(str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"briefgen: error: {tmp_path}/bad\\nname.txt: no article text found\n"
