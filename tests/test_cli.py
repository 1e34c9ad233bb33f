"""The command line, through click's CliRunner."""

import json

import pytest
from click.testing import CliRunner

from briefgen import __version__
from briefgen.cli import main
from tests.conftest import SEEDS


@pytest.fixture
def runner():
    return CliRunner()


def test_build_writes_docx_and_pdf_by_default_and_prints_their_paths(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "--name", "seeds"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(tmp_path / "seeds.docx"), str(tmp_path / "seeds.pdf")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.docx", "seeds.pdf"]


def test_build_json_carries_reasons_and_citations(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "-f", "json",
                                  "--title", "Troops to Russia"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "troops-to-russia.json").read_text())
    assert data["title"] == "Troops to Russia"
    items = data["sections"][0]["blocks"][0]["items"]
    assert all(item["citations"] and item["reason"] for item in items)


def test_missing_input_is_one_line_and_nonzero(runner, tmp_path):
    result = runner.invoke(main, ["build", "missing.txt", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == "briefgen: error: missing.txt: no such file or directory"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("args", "message"), [
    (["-t", "nonesuch"], "unknown template 'nonesuch'"),
    (["-f", "odt"], "Invalid value for '-f'"),
])
def test_unknown_template_or_format_is_refused(runner, tmp_path, args, message):
    result = runner.invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), *args])
    assert result.exit_code != 0
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unsupported_input_type_is_refused(runner, tmp_path):
    other = tmp_path / "slides.pptx"
    other.write_bytes(b"PK")
    result = runner.invoke(main, ["build", str(other), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "unsupported file type '.pptx'" in result.stderr


def test_unwritable_output_directory_is_one_line(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = runner.invoke(main, ["build", str(SEEDS), "-o", str(blocker / "out")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "cannot create output directory" in result.stderr


def test_a_bad_file_among_good_ones_is_skipped_unless_strict(runner, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text((SEEDS / "000_deb5b9fd76128692.txt").read_text())
    (inputs / "b.txt").write_bytes(b"")
    result = runner.invoke(main, ["build", str(inputs), "-o", str(tmp_path / "o"), "-f", "md"])
    assert result.exit_code == 0
    assert "b.txt: no article text found" in result.stderr
    assert "1 input(s) skipped" in result.stderr
    strict = runner.invoke(main, ["build", str(inputs), "-o", str(tmp_path / "s"), "--strict"])
    assert strict.exit_code == 1
    assert not (tmp_path / "s").exists()


def test_summarize_prints_sentences_only_within_the_word_budget(runner):
    result = runner.invoke(main, ["summarize", str(SEEDS), "--words", "100"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().split("\n")
    assert len(result.stdout.split()) <= 100
    assert len(lines) >= 2
    seeds_text = " ".join(p.read_text() for p in SEEDS.iterdir())
    assert all(line in " ".join(seeds_text.split()) for line in lines)


def test_summarize_with_a_percentage_stays_within_that_share_of_the_words(runner):
    total = sum(len(p.read_text().split()) for p in SEEDS.iterdir())
    result = runner.invoke(main, ["summarize", str(SEEDS), "--percent", "3"])
    assert result.exit_code == 0, result.stderr
    assert 0 < len(result.stdout.split()) <= round(total * 0.03)


@pytest.mark.parametrize("bad", ["0", "-1", "50%"])
def test_summarize_rejects_bad_lengths(runner, bad):
    result = runner.invoke(main, ["summarize", str(SEEDS), "--sentences", bad])
    assert result.exit_code == 2


def test_version_and_help(runner):
    assert __version__ in runner.invoke(main, ["--version"]).output
    for command in ([], ["build"], ["summarize"]):
        result = runner.invoke(main, [*command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_an_out_of_range_source_date_epoch_is_one_line(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999")
    result = runner.invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "-f", "md"])
    assert result.exit_code == 1
    assert result.stderr == ("briefgen: error: SOURCE_DATE_EPOCH=99999999999999999 is past "
                             "the year 9000 (fix or unset it)\n")
    assert list(tmp_path.iterdir()) == []
