"""The PDF reader: text without running heads and page numbers, hyphenation repaired."""

import pytest

from briefgen.errors import InputError
from briefgen.readers import read
from tests.readers.conftest import make_image_only_pdf, make_pdf

PAGE_ONE = [
    "Harbour authority approves night ferry trial",
    "",
    "The Wellport harbour authority on Tuesday approved a six-month trial of",
    "night ferries between the old town and the island terminal, the first",
    "late service since the bridge closed in March.",
    "",
    "Harbour director Mara Lindqvist said the trial would strengthen the secur-",
    "ity of night workers, with two boats leaving every forty minutes until",
]
PAGE_TWO = [
    "1 a.m., she said.",
    "",
    "The council's transport committee warned that the trial could cost more",
    "than the authority expects.",
]


@pytest.fixture
def ferry_pdf(write_article):
    return write_article("ferry.pdf", make_pdf([PAGE_ONE, PAGE_TWO],
                                              header="WELLPORT GAZETTE | Tuesday edition"))


def test_paragraphs_are_rejoined_across_lines_hyphens_and_pages(ferry_pdf):
    article = read(ferry_pdf)
    assert article.title == "Harbour authority approves night ferry trial"
    assert article.paragraphs == (
        "The Wellport harbour authority on Tuesday approved a six-month trial of night ferries "
        "between the old town and the island terminal, the first late service since the "
        "bridge closed in March.",
        "Harbour director Mara Lindqvist said the trial would strengthen the security of night "
        "workers, with two boats leaving every forty minutes until 1 a.m., she said.",
        "The council's transport committee warned that the trial could cost more than the "
        "authority expects.",
    )


def test_running_headers_and_page_numbers_are_removed(ferry_pdf):
    text = read(ferry_pdf).text
    assert "WELLPORT GAZETTE" not in text
    assert not any(paragraph.strip().isdigit() for paragraph in read(ferry_pdf).paragraphs)


def test_the_documents_title_property_is_used_unless_it_is_a_file_name(write_article):
    titled = write_article("t.pdf", make_pdf([PAGE_ONE[2:], PAGE_TWO], title="Night ferries"))
    assert read(titled).title == "Night ferries"
    assert read(titled).found_by("title") == "PDF metadata"
    named = write_article("n.pdf", make_pdf([PAGE_ONE, PAGE_TWO], title="ferry-story.docx"))
    assert read(named).title == "Harbour authority approves night ferry trial"


def test_a_pdf_openable_without_a_password_is_read(write_article):
    path = write_article("open.pdf", make_pdf([PAGE_ONE, PAGE_TWO], password=""))
    assert read(path).title == "Harbour authority approves night ferry trial"


@pytest.mark.parametrize(("make", "problem"), [
    (lambda: make_pdf([PAGE_ONE], password="secret"), "encrypted PDF (it needs a password)"),
    (make_image_only_pdf, "PDF has no text layer (image-only or scanned?)"),
    (lambda: b"%PDF-1.4\n garbage", "not a readable PDF"),
])
def test_unreadable_pdfs_are_named_with_their_problem(write_article, make, problem):
    path = write_article("bad.pdf", make())
    with pytest.raises(InputError) as raised:
        read(path)
    assert str(raised.value).startswith(f"{path}: {problem}")
