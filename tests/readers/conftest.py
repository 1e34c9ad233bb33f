"""Small articles in every input format, made at test time (PDF, DOCX, e-mail) or kept as
hand-written fixtures (text, HTML) in tests/readers/fixtures/."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HARBOUR_TXT = FIXTURES / "harbour.txt"
HARBOUR_HTML = FIXTURES / "harbour.html"

#: The harbour story's paragraphs, as every reader must return them.
FIRST_SENTENCE = ("The Wellport harbour authority on Tuesday approved a six-month trial of night "
                  "ferries between the old town and the island terminal, the first late service "
                  "since the bridge closed in March.")
LAST_SENTENCE = "A petition signed by 3,200 people was handed to the authority in June."


def make_pdf(pages: list[list[str]], *, title: str | None = None, header: str | None = None,
             numbered: bool = True, password: str | None = None) -> bytes:
    """A PDF with one text line per entry (an empty entry leaves a paragraph gap), an optional
    running header, page numbers at the foot, and optionally encrypted."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    if title:
        pdf.setTitle(title)
    for number, lines in enumerate(pages, 1):
        if header:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(72, 800, header)
        pdf.setFont("Helvetica", 11)
        y = 760
        for line in lines:
            y -= 14 if line else 10
            if line:
                pdf.drawString(72, y, line)
        if numbered:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(290, 40, str(number))
        pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if password is None:
        return data
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_image_only_pdf() -> bytes:
    """A PDF whose page is a drawing with no text layer, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.rect(72, 400, 300, 300, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_docx(paragraphs: list[tuple[str, str]], *, core_title: str | None = None) -> bytes:
    """A .docx of (style, text) paragraphs."""
    import docx

    document = docx.Document()
    if core_title:
        document.core_properties.title = core_title
    document.core_properties.author = "Office User"
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_eml(*, subject: str, body: str, html: str | None = None,
             attachments: list[tuple[str, bytes, str]] = ()) -> bytes:
    """An e-mail with a plain (and optionally HTML) body and (name, data, mime type) files."""
    message = EmailMessage()
    message["From"] = "Desk <desk@example.org>"
    message["To"] = "analyst@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 29 Oct 2024 09:00:00 +0000"
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


@pytest.fixture
def harbour_lines() -> list[str]:
    """The harbour story as hard-wrapped lines (blank line between paragraphs)."""
    return [line for line in HARBOUR_TXT.read_text(encoding="utf-8").split("\n")]


@pytest.fixture(scope="module")
def server():
    """A local HTTP server (see local_server.py); its base URL."""
    from tests.readers.local_server import running_server

    with running_server() as base_url:
        yield base_url


@pytest.fixture
def no_proxy(monkeypatch):
    """Whatever the machine's proxy settings, the local server is reached directly."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
