"""The draft: subject, two alternative bodies, attachments, X-Unsent; no header injection."""

from __future__ import annotations

import email
from dataclasses import replace
from email import policy
from email.message import EmailMessage

import pytest

from briefgen.mail.addresses import parse_mailbox, parse_mailboxes
from briefgen.mail.errors import MailError
from briefgen.mail.message import (
    addressed,
    attachments_of,
    brief_message,
    brief_subject,
    read_message,
    safe_attachment_name,
    write_message,
)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EPOCH = {"SOURCE_DATE_EPOCH": "1730073600"}  # 2024-10-28 00:00 UTC


def parsed(message: EmailMessage) -> EmailMessage:
    """The message as a mail client would read it back from the bytes."""
    result = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(result, EmailMessage)
    return result


def test_subject_has_the_marking_title_and_date(small_brief):
    assert brief_subject(small_brief) == "[TLP:AMBER] Troops to Russia - 2024-10-28"
    assert brief_subject(replace(small_brief, marking=None)) == "Troops to Russia - 2024-10-28"


def test_draft_structure_bodies_and_attachments(small_brief, brief_files):
    message = parsed(brief_message(small_brief, brief_files, environ=EPOCH))
    assert message["Subject"] == "[TLP:AMBER] Troops to Russia - 2024-10-28"
    assert message["X-Unsent"] == "1"
    assert message["From"] is None and message["To"] is None  # a draft, ready to address
    assert message["Date"] == "Mon, 28 Oct 2024 00:00:00 +0000"
    assert message["Message-ID"].endswith("@briefgen.invalid>")
    assert message.get_content_type() == "multipart/mixed"
    assert [part.get_content_type() for part in message.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html",
        DOCX_TYPE, "application/pdf"]
    plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "- Officials said 12,000 troops were pledged. [1, 2]" in plain
    assert "- Analysts: AT&T said a<b holds and <script>alert(1)</script> was found. [2]" in plain
    assert "[1] Yonhap. “Seoul confirms deployment”. https://example.org/news?id=1&lang=en" in plain
    assert "Earlier, a treaty was signed." not in plain  # the bottom line only, not the context
    assert plain.startswith("TLP:AMBER\n")
    attachments = {part.get_filename(): (part.get_content_type(), part.get_content())
                   for part in message.iter_attachments()}
    assert attachments == {
        "troops-to-russia.docx": (DOCX_TYPE, brief_files[0].read_bytes()),
        "troops-to-russia.pdf": ("application/pdf", brief_files[1].read_bytes()),
    }


def test_html_body_escapes_article_text_and_links_only_web_addresses(small_brief, brief_files):
    html = parsed(brief_message(small_brief, brief_files)).get_body(("html",)).get_content()
    assert "AT&amp;T said a&lt;b holds and &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "A &lt;b&gt;bold&lt;/b&gt; report" in html
    assert '<a href="https://example.org/news?id=1&amp;lang=en">' in html
    assert 'href="javascript' not in html  # shown as text, never as a link
    assert html.count("TLP:AMBER") == 2  # top and bottom, as on the page


def test_a_title_with_line_breaks_cannot_inject_headers(small_brief, brief_files):
    hostile = replace(small_brief, title="Troops\r\nBcc: spy@evil.example\nX-Evil: 1")
    raw = brief_message(hostile, brief_files).as_bytes()
    message = parsed(brief_message(hostile, brief_files))
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert message["Subject"] == ("[TLP:AMBER] Troops Bcc: spy@evil.example X-Evil: 1 - "
                                  "2024-10-28")
    assert b"\r\nBcc:" not in raw and b"\nX-Evil" not in raw


def test_subject_given_when_sending_cannot_inject_headers(small_brief, brief_files):
    draft = brief_message(small_brief, brief_files)
    sent = parsed(addressed(draft, parse_mailbox("a@example.org"),
                            parse_mailboxes("b@example.org"),
                            subject="Hello\r\nBcc: spy@evil.example"))
    assert sent["Subject"] == "Hello Bcc: spy@evil.example" and sent["Bcc"] is None


def test_addressing_a_draft_makes_it_a_message_to_send(small_brief, brief_files):
    draft = brief_message(small_brief, brief_files)
    sent = parsed(addressed(draft, parse_mailbox("Analyst <a@example.org>"),
                            parse_mailboxes("b@example.org"), parse_mailboxes("c@example.org")))
    assert sent["X-Unsent"] is None
    assert (sent["From"], sent["To"], sent["Cc"]) == ("Analyst <a@example.org>",
                                                      "b@example.org", "c@example.org")
    assert sent["Message-ID"].endswith("@example.org>") and sent["Date"]
    assert attachments_of(sent) == attachments_of(draft)


def test_reproducible_under_source_date_epoch(small_brief, brief_files):
    first = brief_message(small_brief, brief_files, environ=EPOCH).as_bytes()
    second = brief_message(small_brief, brief_files, environ=EPOCH).as_bytes()
    assert first == second
    other = [brief_message(small_brief, brief_files, environ={})["Message-ID"] for _ in range(2)]
    assert other[0] != other[1]  # without it, every draft gets a fresh Message-ID


def test_write_and_read_back_an_eml(small_brief, brief_files, tmp_path):
    path = write_message(brief_message(small_brief, brief_files), tmp_path / "brief.eml")
    assert path.read_bytes().count(b"\r\n") > 10  # CRLF, as .eml readers expect
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["brief.eml", *(f.name for f in brief_files)])  # no temporary file left behind
    again = read_message(path)
    assert again["Subject"] == "[TLP:AMBER] Troops to Russia - 2024-10-28"
    assert [a.filename for a in attachments_of(again)] == [f.name for f in brief_files]


def test_a_file_that_is_not_a_message_is_refused(tmp_path):
    path = tmp_path / "notes.eml"
    path.write_bytes(b"just some words\nno headers here\n")
    with pytest.raises(MailError, match="not an e-mail message"):
        read_message(path)


def test_missing_attachment_is_one_line(small_brief, tmp_path):
    with pytest.raises(MailError, match=r"gone\.pdf: cannot attach: No such file"):
        brief_message(small_brief, [tmp_path / "gone.pdf"])


@pytest.mark.parametrize(("name", "safe"), [
    ("troops-to-russia.pdf", "troops-to-russia.pdf"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\boot.ini", "boot.ini"),
    ('a"b<c>|d?.docx', "a_b_c__d_.docx"),
    ("line\r\nbreak.pdf", "line__break.pdf"),
    ("...", "attachment"),
    ("Brief über Seoul.pdf", "Brief über Seoul.pdf"),
    ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
])
def test_safe_attachment_names(name, safe):
    assert safe_attachment_name(name) == safe


def test_text_attachments_are_byte_identical_too(small_brief, tmp_path):
    markdown = tmp_path / "brief.md"
    markdown.write_bytes(b"# Title\n\nline one\nline two without CR\n")
    message = parsed(brief_message(small_brief, [markdown]))
    [part] = message.iter_attachments()
    assert part.get_content_type() == "text/markdown"
    assert part.get_payload(decode=True) == markdown.read_bytes()
