"""Reader for Word (.docx) articles through python-docx: Title and Heading styles are kept as
the title and subheads; body paragraphs go through the shared cleaner."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.readers.assemble import Metadata, Origin, build_article
from briefgen.readers.limits import check_archive, check_paragraphs

if TYPE_CHECKING:
    from briefgen.readers import ReadOptions

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, or a password-protected .docx


def read(data: bytes, origin: Origin, options: ReadOptions) -> Article:
    """Read the document's paragraphs in order; the first Title-styled one is the title."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn

    if data.startswith(_OLE_SIGNATURE):
        raise InputError(origin.name, "password-protected or legacy Word file (save it as an "
                         "unprotected .docx)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive, origin.name)  # before python-docx unpacks every part
        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(origin.name, f"not a readable .docx file ({error})") from None
    except Exception as error:  # a damaged zip raises zlib.error, NotImplementedError, ...
        problem = f"not a readable .docx file ({type(error).__name__}: {error})"
        raise InputError(origin.name, problem) from None
    # Counted on the XML tree: python-docx's paragraph objects are slow to make by the million.
    check_paragraphs(sum(1 for _ in document.element.body.iter(qn("w:p"))), origin.name)
    title: str | None = None
    headings: set[str] = set()
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style == "Title" and title is None:
            title = text
            continue
        if style.startswith("Heading"):
            headings.add(text)
        lines.append(text)
    if not lines:
        raise InputError(origin.name, "no article text found in the document")
    found_in = "Title style" if title else "document properties"
    title = title or _property_title(document)
    # Each Word paragraph is a paragraph: blank lines keep the cleaner from joining them.
    return build_article("\n\n".join(lines), origin,
                         Metadata(found_in=found_in, title=title), known_subheads=headings)


def _property_title(document) -> str | None:  # noqa: ANN001
    """The document's Title property; the Author property names who saved the file, not the
    article's writer, so it is not used."""
    title = " ".join((document.core_properties.title or "").split())
    return title or None
