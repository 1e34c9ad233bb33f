"""A build that cannot write every format it was asked for leaves nothing behind: not the
formats already written, not a temporary file."""

from __future__ import annotations

import errno

from click.testing import CliRunner

from briefgen import cli
from briefgen.cli import main
from tests.readers.conftest import HARBOUR_TXT


def _build(out, *extra: str):  # noqa: ANN001, ANN202
    return CliRunner().invoke(main, ["build", str(HARBOUR_TXT), "-o", str(out), "--name", "b",
                                     "-f", "md", "-f", "json", *extra])


def test_an_output_name_that_is_a_directory_leaves_no_file_behind(tmp_path):
    (tmp_path / "b.json").mkdir()  # the second format's file name is taken by a directory
    result = _build(tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefgen: error: {tmp_path / 'b.json'}: cannot write")
    assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json"]
    assert result.stdout == ""  # no path printed for a file that is not there


def test_a_full_disk_leaves_no_file_behind(tmp_path, monkeypatch):
    real_write = cli.write

    def write(brief, output_format, path, template):  # noqa: ANN001, ANN202
        if output_format == "json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(brief, output_format, path, template)

    monkeypatch.setattr(cli, "write", write)
    result = _build(tmp_path)
    assert result.exit_code == 1 and "No space left on device" in result.stderr
    assert list(tmp_path.iterdir()) == []
