"""The e-mail reader: a forwarded article inline or attached, and nothing from cover notes."""

import pytest

from briefgen.errors import InputError
from briefgen.readers import read, read_all
from tests.readers.conftest import (
    FIRST_SENTENCE,
    HARBOUR_HTML,
    HARBOUR_TXT,
    LAST_SENTENCE,
    make_eml,
    make_image_only_pdf,
)

FORWARDED = (
    "Worth a look before the meeting.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Wellport Gazette <news@gazette.example>\n"
    "Date: Tue, Oct 29, 2024 at 8:00 AM\n"
    "Subject: Harbour authority approves night ferry trial\n"
    "To: <analyst@example.org>\n\n"
) + "\n".join(HARBOUR_TXT.read_text(encoding="utf-8").split("\n")[2:])


def test_an_inline_forward_is_the_article_titled_by_the_forwarded_subject(write_article):
    path = write_article("fwd.eml", make_eml(subject="Fwd: ferries", body=FORWARDED))
    article = read(path)
    assert article.title == "Harbour authority approves night ferry trial"
    assert article.found_by("title") == "e-mail subject"
    assert article.outlet == "Wellport Gazette"
    assert "From:" not in article.text and "Forwarded message" not in article.text
    assert article.paragraphs[-1].endswith(LAST_SENTENCE)
    assert any(note.startswith("e-mail from Desk") for note in article.notes)


def test_an_html_body_is_read_as_a_page(write_article):
    path = write_article("html.eml", make_eml(subject="Fwd: ferries", body="See below.",
                                              html=HARBOUR_HTML.read_text(encoding="utf-8")))
    article = read(path)
    assert article.paragraphs[0] == FIRST_SENTENCE
    assert article.outlet == "Wellport Gazette"


def test_attached_articles_are_read_and_a_short_cover_note_is_not(write_article):
    path = write_article("attached.eml", make_eml(
        subject="Two stories", body="FYI, both attached. Talk later.",
        attachments=[("ferry.html", HARBOUR_HTML.read_bytes(), "text/html"),
                     ("ferry.txt", HARBOUR_TXT.read_bytes(), "text/plain"),
                     ("logo.png", b"\x89PNG\r\n\x1a\n", "image/png")],
    ))
    articles = read_all(path)
    assert [a.outlet for a in articles] == ["Wellport Gazette", "Wellport Gazette"]
    assert all(a.paragraphs[0] == FIRST_SENTENCE for a in articles)
    assert all(a.path == str(path) for a in articles)


def test_a_bad_attachment_is_noted_and_the_rest_is_read(write_article):
    path = write_article("mixed.eml", make_eml(
        subject="Stories", body="FYI.",
        attachments=[("scan.pdf", make_image_only_pdf(), "application/pdf"),
                     ("ferry.txt", HARBOUR_TXT.read_bytes(), "text/plain")],
    ))
    [article] = read_all(path)
    assert article.notes[-1].startswith(f"skipped {path} (attachment scan.pdf): PDF has no text")


def test_an_email_without_any_article_is_reported(write_article):
    path = write_article("empty.eml", make_eml(subject="Hi", body="",
                                               attachments=[("a.png", b"x", "image/png")]))
    with pytest.raises(InputError, match="no article text found in the e-mail"):
        read(path)


_STORY = "\n".join(HARBOUR_TXT.read_text(encoding="utf-8").split("\n")[2:])  # no headline


def _raw_eml(*, sender: str, charset: str, body: str) -> bytes:
    return (f"From: {sender}\nSubject: Fwd: ferries\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit\n\n"
            f"{body}").encode()


@pytest.mark.parametrize("charset", ["us-ascii", "x-no-such-charset"])
def test_a_false_or_unknown_declared_charset_falls_back_to_detection(write_article, charset):
    body = _STORY.replace("approved", "approvéd")
    article = read(write_article("mislabelled.eml",
                                 _raw_eml(sender="Desk <desk@example.org>", charset=charset,
                                          body=body)))
    assert "approvéd" in article.paragraphs[0]


def test_a_malformed_sender_does_not_stop_the_article(write_article):
    # The standard library's address parser raises IndexError on a lone quote.
    article = read(write_article("odd.eml", _raw_eml(sender='"', charset="utf-8", body=_STORY)))
    assert article.paragraphs[0] == FIRST_SENTENCE
    assert 'e-mail from "' in article.notes


def test_the_forwarded_message_s_date_header_dates_the_article(write_article):
    article = read(write_article("dated.eml", make_eml(subject="Fwd: ferries", body=FORWARDED)))
    assert (article.date, article.found_by("date")) == (
        "2024-10-29", "forwarded message's Date header")


@pytest.mark.parametrize(("written", "iso"), [
    ("Tue, 29 Oct 2024 08:00:00 +0000", "2024-10-29"),
    ("Tue, Oct 29, 2024 at 8:00 AM", "2024-10-29"),
    ("29 October 2024 08:00", "2024-10-29"),
    ("sometime last week", None),
    ("Feb 30, 2024", None),
])
def test_a_date_header_is_read_as_mail_programs_write_it(written, iso):
    from briefgen.readers.eml import header_date

    assert header_date(written) == iso
