"""`briefgen quotes`: every attribution, as text lines or JSON with offsets into the text."""

import json

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.pipeline import read_articles
from tests.conftest import SEEDS


def test_quotes_json_gives_speaker_actor_cue_content_and_offsets():
    result = CliRunner().invoke(main, ["quotes", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    articles = {a.id: a for a in read_articles([SEEDS])}
    assert len(records) >= 30
    for record in records:
        text = articles[record["article"]].text
        pieces = [text[start:end] for start, end in record["pieces"]]
        assert " ".join(pieces) == record["content"]
        assert record["start"] == record["pieces"][0][0]
        assert record["end"] == record["pieces"][-1][1]
    singh = next(r for r in records if r["speaker"] == "Pentagon spokeswoman Sabrina Singh")
    assert (singh["actor"], singh["cue"]) == ("United States", "said")
    assert {r["actor"] for r in records} >= {"South Korea", "United States", "Ukraine"}


def test_quotes_prints_one_line_per_attribution(write_article):
    path = write_article("a.txt", "Talks\n\nThe Kremlin said the talks would go on.\n")
    result = CliRunner().invoke(main, ["quotes", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("The Kremlin (Russia) said: the talks would go on")


def test_quotes_reports_a_missing_input_on_one_line(tmp_path):
    result = CliRunner().invoke(main, ["quotes", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "missing.txt" in result.output and "Traceback" not in result.output
