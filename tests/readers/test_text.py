"""The text reader: seeds come out clean, with titles and outlets where the text gives them."""

import pytest

from briefgen.errors import InputError
from briefgen.readers import expand_inputs, read
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seed_articles():
    return [read(path) for path in expand_inputs([SEEDS])]


def test_no_seed_keeps_a_word_broken_by_a_line_wrap(seed_articles):
    text = "\n".join(article.text for article in seed_articles)
    for broken in ("thi s", "Orga nization", "seekto", "NorthKorea"):
        assert broken not in text
    for repaired in ("counter this threat", "Treaty Organization", "seek to enhance"):
        assert repaired in text


def test_no_seed_keeps_boilerplate(seed_articles):
    text = "\n".join(article.text for article in seed_articles)
    for furniture in ("Sign up", "Top 10 Stories", "Get the CNA app", "Download here",
                      "News Reporter", "in this photo provided by"):
        assert furniture not in text


def test_outlets_named_in_the_text_are_recovered(seed_articles):
    outlets = [article.outlet for article in seed_articles]
    assert outlets[0] == "Yonhap News Agency"
    assert outlets[1] == "Yonhap"
    assert outlets[4] == "CNA"


def test_a_short_first_line_without_final_punctuation_is_the_title(seed_articles):
    assert seed_articles[4].title == (
        "Commentary: Why North Korean troops in Russia are raising concerns in South Korea"
    )
    assert seed_articles[4].paragraphs[0].startswith("South Korea may reconsider")


def test_utf8_bom_is_not_part_of_the_text(write_article):
    path = write_article("bom.txt", "\ufeffHeadline here\n\nThe body says something.".encode(
        "utf-8-sig"))
    article = read(path)
    assert article.title == "Headline here"
    assert not article.paragraphs[0].startswith("\ufeff")


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "no article text"),
    (b"\x00\x01\x02binary\x00", "binary"),
    ("Caf\u00e9 ferm\u00e9.".encode("latin-1"), "not valid UTF-8"),
])
def test_bad_text_files_raise_an_error_naming_the_file(write_article, content, problem):
    path = write_article("bad.txt", content)
    with pytest.raises(InputError, match=problem) as raised:
        read(path)
    assert str(path) in str(raised.value)


def test_missing_and_unsupported_inputs_are_named(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([tmp_path / "missing.txt"])
    (tmp_path / "notes.xyz").write_text("x")
    with pytest.raises(InputError, match="unsupported file type '.xyz'"):
        expand_inputs([tmp_path / "notes.xyz"])


def test_directories_expand_to_their_supported_files_in_order(tmp_path):
    for name in ("b.txt", "a.md", "c.xyz"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.md", "b.txt"]
