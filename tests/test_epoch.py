"""SOURCE_DATE_EPOCH is read once, one way: a bad value is one line, never a traceback (not even
from numpy at import time), and a padded one gives the same time everywhere."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen import epoch
from briefgen.cli import main
from briefgen.errors import BriefgenError
from tests.readers.conftest import HARBOUR_TXT

HUGE = "9" * 25


@pytest.mark.parametrize("value", ["abc", "1.7e9", "-5", HUGE, "１７"])
def test_a_bad_value_is_refused(value):
    with pytest.raises(BriefgenError, match="SOURCE_DATE_EPOCH="):
        epoch.parse(value)


def test_blanks_around_the_number_are_allowed_and_settled_away():
    environ = {"SOURCE_DATE_EPOCH": " 1700000000\n"}
    assert epoch.settle_environment(environ) is None
    assert environ == {"SOURCE_DATE_EPOCH": "1700000000"}
    assert epoch.build_time(environ) == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)


def test_a_bad_value_is_removed_and_its_problem_kept():
    environ = {"SOURCE_DATE_EPOCH": "abc"}
    assert "is not a whole number" in (epoch.settle_environment(environ) or "")
    assert environ == {}


@pytest.mark.parametrize("value", ["abc", "1.7e9", HUGE])
def test_version_works_and_commands_fail_in_one_line_whatever_the_value(value, tmp_path):
    env = {**os.environ, "SOURCE_DATE_EPOCH": value}
    version = subprocess.run([sys.executable, "-m", "briefgen", "--version"], env=env,
                             capture_output=True, text=True, timeout=60,
                             cwd=Path(__file__).resolve().parents[1])
    assert version.returncode == 0 and version.stderr == "", version.stderr
    result = CliRunner().invoke(main, ["build", str(HARBOUR_TXT), "-f", "md", "-o",
                                       str(tmp_path)], env={"SOURCE_DATE_EPOCH": value})
    assert result.exit_code == 1
    assert result.stderr.startswith("briefgen: error: SOURCE_DATE_EPOCH=")
    assert result.stderr.count("\n") == 1 and not list(tmp_path.iterdir())


def test_send_with_a_huge_value_is_one_line(tmp_path):
    attachment = tmp_path / "a.txt"
    attachment.write_text("x")
    result = CliRunner().invoke(main, ["send", str(attachment), "--to", "a@example.org",
                                       "--from", "b@example.org", "--dry-run"],
                                env={"SOURCE_DATE_EPOCH": HUGE})
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "past the year 9000" in result.stderr


def test_a_padded_value_dates_the_brief_and_the_docx_alike(tmp_path):
    import docx

    result = CliRunner().invoke(main, ["build", str(HARBOUR_TXT), "-f", "md", "-f", "docx",
                                       "-o", str(tmp_path), "--name", "b"],
                                env={"SOURCE_DATE_EPOCH": " 1700000000 "})
    assert result.exit_code == 0, result.output
    assert "2023-11-14" in (tmp_path / "b.md").read_text(encoding="utf-8")
    created = docx.Document(str(tmp_path / "b.docx")).core_properties.created
    assert created is not None and created.date() == dt.date(2023, 11, 14)
