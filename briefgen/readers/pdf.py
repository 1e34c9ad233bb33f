"""Reader for PDF articles through pypdf: page text without running headers, footers and page
numbers; words hyphenated across lines or pages are rejoined by the shared cleaner."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from typing import TYPE_CHECKING

from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.readers.assemble import Metadata, Origin, build_article
from briefgen.readers.limits import MAX_PDF_PAGES

if TYPE_CHECKING:
    from briefgen.readers import ReadOptions

# "3", "- 3 -", "Page 3", "Page 3 of 12", "3 / 12", "p. 3"
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"
                          r"(?:\s*[-–—])?$", re.IGNORECASE)
# Lines at the top or bottom of a page that repeat on this share of pages are running heads.
RUNNING_SHARE = 0.5
EDGE_LINES = 3  # how many lines at each edge of a page can be a running head or foot
_MEANINGLESS_TITLE = re.compile(
    r"^(untitled|document\d*|microsoft word\b.*|.*\.(docx?|pdf|txt|html?|indd|rtf))$",
    re.IGNORECASE,
)


def read(data: bytes, origin: Origin, options: ReadOptions) -> Article:
    """Read a PDF's text layer; an encrypted or image-only PDF is reported, not guessed at."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs every repair it makes to a damaged file ("EOF marker not found"); the user
    # gets one line from us instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise InputError(origin.name, "encrypted PDF (it needs a password)")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(origin.name, f"PDF has {len(reader.pages):,} pages, over the limit "
                             f"of {MAX_PDF_PAGES:,}")
        pages = [_page_lines(page) for page in reader.pages]
        title = _document_title(reader)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AssertionError) as error:
        raise InputError(origin.name, f"not a readable PDF ({error})") from None
    except Exception as error:  # pypdf raises many kinds of error on damaged files
        problem = f"not a readable PDF ({type(error).__name__}: {error})"
        raise InputError(origin.name, problem) from None
    if not any(line for lines in pages for line in lines):
        raise InputError(origin.name, "PDF has no text layer (image-only or scanned?); "
                         "run it through OCR first")
    text = "\n".join(without_running_heads(pages))
    metadata = Metadata(found_in="PDF metadata", title=title)
    return build_article(text, origin, metadata)


def _opens_without_password(reader) -> bool:  # noqa: ANN001
    """Many PDFs are encrypted only against editing: the empty user password opens them."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises DependencyError for AES without a crypto library
        return False


def _page_lines(page) -> list[str]:  # noqa: ANN001
    """One page's text lines, left-stripped; a blank line marks a vertical gap (paragraph)."""
    try:
        raw = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode fails on some odd fonts; plain mode is more forgiving
        raw = page.extract_text()
    lines = [line.strip() for line in raw.splitlines()]
    return _single_spaced(lines)


def _single_spaced(lines: list[str]) -> list[str]:
    """Collapse runs of blank lines; on a double-spaced page, where a blank line follows most
    text lines, blank lines mark nothing and are dropped."""
    collapsed: list[str] = []
    for line in lines:
        if line or (collapsed and collapsed[-1]):
            collapsed.append(line)
    while collapsed and not collapsed[-1]:
        collapsed.pop()
    text_lines = sum(1 for line in collapsed if line)
    gaps = sum(1 for line in collapsed if not line)
    if text_lines > 4 and gaps >= 0.6 * text_lines:
        return [line for line in collapsed if line]
    return collapsed


def without_running_heads(pages: list[list[str]]) -> list[str]:
    """All pages' lines without page numbers and lines repeated at the edges of most pages."""
    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.casefold())

    edges = Counter()
    for lines in pages:
        text_lines = [line for line in lines if line]
        edge = {shape(line) for line in text_lines[:EDGE_LINES] + text_lines[-EDGE_LINES:]}
        edges.update(edge)
    needed = max(2, RUNNING_SHARE * len(pages))
    running = {line for line, count in edges.items() if count >= needed}
    kept: list[str] = []
    for lines in pages:
        text_lines = [line for line in lines if line]
        edge_lines = set(text_lines[:EDGE_LINES] + text_lines[-EDGE_LINES:])
        page = [line for line in lines
                if not (line in edge_lines
                        and (shape(line) in running or _PAGE_NUMBER.match(line)))]
        # No blank line at a page break: a paragraph running over it is joined by the
        # cleaner, and one ending there is told apart by its final punctuation.
        while page and not page[0]:
            page.pop(0)
        while page and not page[-1]:
            page.pop()
        kept.extend(page)
    return kept


def _document_title(reader) -> str | None:  # noqa: ANN001
    """The PDF's Title property, unless it is a file name or a placeholder."""
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:  # damaged metadata must not stop the text from being read
        return None
    title = " ".join(str(title or "").split())
    if not title or _MEANINGLESS_TITLE.match(title) or title.lower() in {"anonymous", "title"}:
        return None
    return title
