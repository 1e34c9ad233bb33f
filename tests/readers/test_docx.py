"""The DOCX reader: styles give the title and subheads; paragraphs are cleaned like any text."""

import pytest

from briefgen.errors import InputError
from briefgen.readers import read
from tests.readers.conftest import FIRST_SENTENCE, make_docx

BODY = [
    ("Normal", FIRST_SENTENCE),
    ("Heading 2", "Costs questioned"),
    ("Normal", "The council's transport committee warned that the trial could cost more."),
    ("Normal", "Sign up for our newsletter"),
]


def test_title_style_subheads_and_paragraphs(write_article):
    path = write_article("ferry.docx", make_docx([("Title", "Night ferry trial approved"),
                                                  *BODY]))
    article = read(path)
    assert article.title == "Night ferry trial approved"
    assert article.found_by("title") == "Title style"
    assert article.subheads == ("Costs questioned",)
    assert article.paragraphs[0] == FIRST_SENTENCE
    assert len(article.paragraphs) == 2
    assert [d.reason for d in article.dropped] == ["boilerplate"]
    assert article.author is None  # the Author property names whoever saved the file


def test_without_a_title_style_the_title_property_is_used(write_article):
    path = write_article("ferry.docx", make_docx(BODY, core_title="Ferries at night"))
    assert read(path).title == "Ferries at night"


@pytest.mark.parametrize(("content", "problem"), [
    (b"PK\x03\x04 not really a zip", "not a readable .docx file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "password-protected or legacy Word file"),
])
def test_unreadable_documents_are_named(write_article, content, problem):
    path = write_article("bad.docx", content)
    with pytest.raises(InputError) as raised:
        read(path)
    assert str(raised.value).startswith(f"{path}: {problem}")


def test_an_empty_document_has_no_article(write_article):
    path = write_article("empty.docx", make_docx([("Normal", "")]))
    with pytest.raises(InputError, match="no article text found in the document"):
        read(path)
