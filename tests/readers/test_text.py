"""The text reader: seeds come out clean, with titles and outlets where the text gives them."""

import datetime as dt

import pytest

from briefgen.errors import InputError
from briefgen.readers import expand_inputs, read
from briefgen.readers.assemble import EXCERPT_TITLE
from tests.conftest import SEEDS
from tests.readers.conftest import FIRST_SENTENCE, HARBOUR_TXT


@pytest.fixture(scope="module")
def seed_articles():
    return [read(path) for path in expand_inputs([SEEDS])]


def test_no_seed_keeps_a_word_broken_by_a_line_wrap(seed_articles):
    text = "\n".join(article.text for article in seed_articles)
    for broken in ("thi s", "Orga nization", "seekto", "NorthKorea"):
        assert broken not in text
    for repaired in ("counter this threat", "Treaty Organization", "seek to enhance"):
        assert repaired in text


def test_no_seed_keeps_boilerplate_captions_or_credits(seed_articles):
    text = "\n".join(article.text for article in seed_articles)
    for furniture in ("Sign up", "Top 10 Stories", "Get the CNA app", "Download here",
                      "News Reporter", "in this photo provided by", "Photo: AP", "Pool Photo",
                      "contributed to this report", "is a professor of political science",
                      "(Yonhap)", "Source:", "BUSAN:"):
        assert furniture not in text


def test_outlets_are_recovered_for_four_of_the_five_seeds(seed_articles):
    outlets = [(article.outlet, article.found_by("outlet")) for article in seed_articles]
    assert outlets == [
        ("Yonhap News Agency", "'Source:' line"),
        ("Yonhap", "agency credit at the end of the text"),
        ("The Epoch Times", "the text: someone 'told' it"),
        (None, None),  # quotes AP and the WSJ ("told AP"), names no outlet of its own
        ("CNA", "'Source:' line"),
    ]


def test_a_short_first_line_without_final_punctuation_is_the_title(seed_articles):
    assert seed_articles[4].title == (
        "Commentary: Why North Korean troops in Russia are raising concerns in South Korea"
    )
    assert seed_articles[4].paragraphs[0].startswith("South Korea may reconsider")
    assert seed_articles[3].title == (
        "North Korea’s troop deployment to assist Russia met with condemnation"
    )
    assert seed_articles[3].dropped[0].reason == "repeated headline"


def test_an_untitled_text_is_named_by_its_opening_words_marked_as_such(seed_articles):
    untitled = seed_articles[2]
    assert untitled.title == (
        "North Korea has bound itself with Russia as a co-belligerent by sending elite troops…"
    )
    assert untitled.found_by("title") == EXCERPT_TITLE
    assert untitled.paragraphs[0].startswith(untitled.title.rstrip("…"))


def test_author_dateline_and_dates_come_from_the_text(seed_articles):
    commentary = seed_articles[4]
    assert commentary.author == "Robert Kelly"
    assert commentary.found_by("author") == "author bio"
    assert commentary.dateline == "BUSAN"
    assert commentary.paragraphs[1].startswith("The United States confirmed on Wednesday")
    assert commentary.dates_mentioned == ("Oct 21, 2024", "Oct 23", "Jun 19, 2024")
    assert seed_articles[2].dates_mentioned == ("Oct. 28", "Jan. 21, 1968", "Oct. 24")


def test_all_caps_subheads_are_kept_apart_from_the_paragraphs(seed_articles):
    commentary = seed_articles[4]
    assert "THE UPSIDE FOR RUSSIA" in commentary.subheads
    assert all(not p.isupper() for p in commentary.paragraphs)


def test_front_matter_supplies_the_metadata(write_article):
    path = write_article("story.md", (
        "---\ntitle: Night ferries approved\nsource: Wellport Gazette\nauthor: Ines Okafor\n"
        "date: 2024-10-29\nurl: https://gazette.example/ferries\ntags: [harbour]\n---\n"
        "# Night ferries approved\n\nThe harbour authority approved a trial of **night** "
        "ferries on Tuesday.\n"
    ))
    article = read(path)
    assert (article.title, article.outlet, article.author, article.date, article.url) == (
        "Night ferries approved", "Wellport Gazette", "Ines Okafor",
        dt.date(2024, 10, 29).isoformat(), "https://gazette.example/ferries",
    )
    assert article.found_by("outlet") == "front matter"
    assert article.paragraphs == ("The harbour authority approved a trial of night ferries "
                                  "on Tuesday.",)
    assert [d.reason for d in article.dropped] == ["repeated headline"]


def test_broken_front_matter_is_reported_with_its_line(write_article):
    path = write_article("bad.md", "---\ntitle: [unclosed\n---\nText.\n")
    with pytest.raises(InputError, match=r"bad.md: invalid YAML front matter \(line \d+\)"):
        read(path)


def test_an_impossible_front_matter_date_is_reported_not_raised(write_article):
    # PyYAML reads "2024-13-45" as a timestamp and raises ValueError, not YAMLError.
    path = write_article("bad-date.md", "---\ndate: 2024-13-45\n---\nText.\n")
    with pytest.raises(InputError, match=r"bad-date.md: invalid YAML front matter \(month"):
        read(path)


def test_utf8_bom_is_not_part_of_the_text(write_article):
    path = write_article("bom.txt", "\ufeffHeadline here\n\nThe body says something.".encode(
        "utf-8-sig"))
    article = read(path)
    assert article.title == "Headline here"
    assert not article.paragraphs[0].startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_non_utf8_text_is_decoded(write_article, encoding):
    text = HARBOUR_TXT.read_text(encoding="utf-8").replace("Lindqvist", "Lindqvíst")
    article = read(write_article(f"harbour-{encoding}.txt", text.encode(encoding)))
    assert article.paragraphs[0] == FIRST_SENTENCE
    assert "Lindqvíst" in article.text


def test_a_short_latin1_text_is_decoded_as_cp1252_and_flagged_as_a_guess(write_article):
    article = read(write_article("short.txt", "Café fermé.".encode("latin-1")))
    assert article.paragraphs == ("Café fermé.",)
    assert any(note.startswith("encoding guessed as cp1252") for note in article.notes)


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "no article text"),
    (b"\n \n\t\n", "no article text"),
    (b"\x00\x01\x02binary\x00", "looks like a binary file"),
    (bytes(range(256)) * 4, "looks like a binary file"),
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


def test_a_name_the_file_system_refuses_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read: File name too long"):
        expand_inputs([tmp_path / ("a" * 300 + ".txt")])


def test_directories_expand_to_their_supported_files_in_order(tmp_path):
    for name in ("b.txt", "a.md", "c.xyz", "d.html", "e.pdf", "f.docx", "g.eml"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in expand_inputs([tmp_path])] == [
        "a.md", "b.txt", "d.html", "e.pdf", "f.docx", "g.eml",
    ]


def test_a_dateline_with_a_year_dates_an_article_the_front_matter_does_not(write_article):
    article = read(write_article("wire.txt", (
        "Ferry crews strike\n\nPORTVALE, Maine, Oct. 28, 1998 -- Ferry crews walked out on "
        "Wednesday.\n\nThe port closed.\n")))
    assert (article.date, article.found_by("date")) == ("1998-10-28", "dateline")
    dated = read(write_article("dated.md", (
        "---\ndate: 1998-10-30\n---\nPORTVALE, Maine, Oct. 28, 1998 -- Ferry crews walked out.\n")))
    assert (dated.date, dated.found_by("date")) == ("1998-10-30", "front matter")


def test_tex_quotes_leave_the_front_matter_title_and_the_text(write_article):
    article = read(write_article("quotes.md", (
        "---\ntitle: \"MAYOR: ``WE WILL REBUILD''\"\n---\n``We will rebuild,'' she said.\n")))
    assert article.title == "MAYOR: “WE WILL REBUILD”"
    assert article.paragraphs == ("“We will rebuild,” she said.",)


def test_a_front_matter_title_without_words_is_no_headline(write_article):
    article = read(write_article("phone.md", (
        "---\ntitle: \"310-555-0199.)\"\n---\nFerry Crews Walk Out\n\n"
        "Ferry crews walked out on Monday over pay.\n")))
    assert article.title == "Ferry Crews Walk Out"
    assert article.found_by("title") == "first line of the text"


def test_a_document_of_wire_furniture_only_is_skipped_with_its_reason(write_article):
    path = write_article("notice.md", (
        "---\ndate: 1999-04-29\n---\n-0- (To publish this article, it must be purchased _ the "
        "rate is not prohibitive _ from the Harbour Syndicate at 1-800-555-0199.)\n"))
    with pytest.raises(InputError, match=r"notice.md: wire furniture only \(syndicate sales "
                                         r"notice\), not an article"):
        read(path)
