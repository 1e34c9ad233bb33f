"""`briefgen inspect`: what the readers recovered, as a report, as JSON, or as cleaned text."""

import json

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from tests.conftest import SEEDS
from tests.readers.conftest import FIRST_SENTENCE, HARBOUR_HTML, HARBOUR_TXT, LAST_SENTENCE

COMMENTARY = SEEDS / "004_3d343031b6c3da35.txt"


@pytest.fixture
def runner():
    return CliRunner()


def test_the_report_names_each_field_and_how_it_was_found(runner):
    result = runner.invoke(main, ["inspect", str(COMMENTARY)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"[1] {COMMENTARY}"
    assert ("  title:    Commentary: Why North Korean troops in Russia are raising concerns in "
            "South Korea  (first line of the text)") in lines
    assert "  outlet:   CNA  ('Source:' line)" in lines
    assert "  author:   Robert Kelly  (author bio)" in lines
    assert "  date:     -" in lines
    assert "  dateline: BUSAN" in lines
    assert "  dates:    Oct 21, 2024; Oct 23; Jun 19, 2024" in lines
    assert "  dropped:  15" in lines
    assert "    boilerplate: Get the CNA app" in lines
    assert any(line.startswith("    photo caption: A TV screen shows") for line in lines)


def test_json_is_one_object_per_article_for_tools(runner):
    result = runner.invoke(main, ["inspect", "--json", str(HARBOUR_HTML), str(HARBOUR_TXT)])
    assert result.exit_code == 0, result.stderr
    html, text = json.loads(result.stdout)
    assert html["outlet"] == text["outlet"] == "Wellport Gazette"
    assert html["provenance"] == {"title": "page metadata", "outlet": "page metadata",
                                  "author": "page metadata", "date": "page metadata",
                                  "url": "page metadata"}
    assert text["provenance"]["outlet"] == "'Source:' line"
    assert html["word_count"] == text["word_count"] == 127
    assert {"reason": "source line", "text": "Source: Wellport Gazette"} in text["dropped"]


def test_text_prints_the_cleaned_paragraphs_separated_by_blank_lines(runner):
    result = runner.invoke(main, ["inspect", "--text", str(HARBOUR_TXT)])
    assert result.exit_code == 0
    paragraphs = result.stdout.rstrip("\n").split("\n\n")
    assert paragraphs[0] == FIRST_SENTENCE
    assert paragraphs[-1].endswith(LAST_SENTENCE)
    assert len(paragraphs) == 4


def test_stdin_can_be_inspected(runner):
    result = runner.invoke(main, ["inspect", "-"], input=HARBOUR_TXT.read_bytes())
    assert result.exit_code == 0
    assert result.stdout.startswith("[1] <stdin>\n  title:    Harbour authority approves")


def test_a_bad_input_is_reported_the_others_shown_and_the_status_is_one(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["inspect", str(empty), str(HARBOUR_TXT)])
    assert result.exit_code == 1
    assert result.stderr == f"briefgen: {empty}: no article text found\n"
    assert result.stdout.startswith(f"[1] {HARBOUR_TXT}")


def test_json_and_text_cannot_be_combined(runner):
    result = runner.invoke(main, ["inspect", "--json", "--text", str(HARBOUR_TXT)])
    assert result.exit_code == 2
