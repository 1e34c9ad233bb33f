"""The HTML reader: main text without navigation or comments, and the page's metadata."""

import pytest

from briefgen.errors import InputError
from briefgen.readers import read
from briefgen.readers.html import clean_title
from tests.conftest import SHARED_DATA
from tests.readers.conftest import FIRST_SENTENCE, FIXTURES, HARBOUR_HTML, LAST_SENTENCE


@pytest.fixture(scope="module")
def harbour():
    return read(HARBOUR_HTML)


def test_the_article_text_is_kept_whole_and_nothing_else(harbour):
    assert harbour.paragraphs[0] == FIRST_SENTENCE
    assert harbour.paragraphs[-1].endswith(LAST_SENTENCE)
    assert len(harbour.paragraphs) == 4
    for furniture in ("Home", "Weather forecast", "Finally!", "Who is going to pay",
                      "All rights reserved", "Privacy", "Photo: Harbour Authority"):
        assert furniture not in harbour.text


def test_headings_are_subheads_and_the_repeated_headline_is_dropped(harbour):
    assert harbour.subheads == ("Costs questioned",)
    assert [d.reason for d in harbour.dropped] == ["repeated headline"]


def test_the_page_metadata_is_recovered(harbour):
    assert (harbour.title, harbour.outlet, harbour.author, harbour.date, harbour.url) == (
        "Harbour authority approves night ferry trial", "Wellport Gazette", "Ines Okafor",
        "2024-10-29", "https://gazette.example/news/night-ferry-trial",
    )
    assert harbour.found_by("outlet") == "page metadata"


def test_a_script_rendered_page_is_read_from_its_json_ld_one_sentence_a_paragraph():
    article = read(FIXTURES / "scripted.html")
    assert article.paragraphs[0] == (
        "Wellport will try night ferries for six months from November."
    )
    assert len(article.paragraphs) == 4
    assert (article.outlet, article.author, article.date) == ("Island Post", "Sam Reyes",
                                                              "2024-10-30")
    assert article.dropped[-1].reason == "author bio"


def test_a_page_with_only_navigation_has_no_article():
    with pytest.raises(InputError, match=r"navigation-only.html: no article text found in the "
                                         r"page \(only 3 words of menus or captions\)"):
        read(FIXTURES / "navigation-only.html")


@pytest.mark.parametrize("page", [b"", b"   \n", b"<html></html>", b"<<<>>>"])
def test_an_empty_or_broken_page_has_no_article(write_article, page):
    path = write_article("empty.html", page)
    with pytest.raises(InputError, match=rf"{path}: no article text found"):
        read(path)


def test_a_declared_legacy_charset_is_honoured(write_article):
    page = HARBOUR_HTML.read_text(encoding="utf-8").replace(
        '<meta charset="utf-8">', '<meta charset="windows-1252">'
    ).replace("Lindqvist", "Lindqvíst")
    article = read(write_article("legacy.html", page.encode("cp1252")))
    assert "Harbour director Mara Lindqvíst said" in article.text


@pytest.mark.parametrize(("title", "expected"), [
    ("Berlin confronts Germany's colonial past | DW | 19.01.2020",
     "Berlin confronts Germany's colonial past"),
    ("Ferries approved - Wellport Gazette", "Ferries approved"),
    ("Ferries approved – the island's long wait | Gazette", "Ferries approved – the island's "
                                                            "long wait"),
])
def test_site_names_and_dates_are_cut_from_page_titles(title, expected):
    assert clean_title(title, ["DW.COM", "Wellport Gazette", "gazette.example"]) == expected


REAL_PAGES = SHARED_DATA / "html"
# For each saved page: (title, site name, first words, last words) of the article as the page
# shows it to a reader.
EXPECTED = {
    "dw.com.colonial.html": (
        "Berlin confronts Germany's colonial past with new initiative", "Deutsche Welle",
        "The German capital has launched a five-year project",
        "opened the gates to a period of intense imperialist activity."),
    "reuters.com.parasite.html": (
        "'Parasite' scores historic upset at SAG awards, boosting Oscar chances", "Reuters",
        "South Korean thriller “Parasite” was the upset winner",
        "It’s been the most beautiful dream,” Waller-Bridge said."),
    "scmp.com.playbook.html": (
        "Carrie Lam should study Tsai Ing-wen’s playbook", "South China Morning Post",
        "Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.",
        "if she and her allies are to have any political future."),
    "theguardian.com.academics.html": (
        "Thousands of UK academics 'treated as second-class citizens'", "The Guardian",
        "Thousands of academic staff at British universities are being treated",
        "with further strikes across British higher education on the cards later this year."),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_saved_pages_give_their_article_title_and_site(name):
    page = REAL_PAGES / name
    if not page.exists():
        pytest.skip(f"{page} is absent: the shared evaluation data is not beside the repo")
    title, site, first, last = EXPECTED[name]
    article = read(page)
    assert (article.title, article.outlet) == (title, site)
    assert article.paragraphs[0].startswith(first)
    assert article.paragraphs[-1].endswith(last)
    for furniture in ("cookies", "Privacy Policy", "Newsletter", "Read more:", "Our Standards"):
        assert furniture not in article.text
