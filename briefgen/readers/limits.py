"""Limits every reader shares, so that no input (however hostile) exhausts time or memory.

Each is far beyond what a real news article needs and far below what would hurt the machine;
the README's "Bad input" section lists them with what a user sees when one is hit. The input
size limit itself is ``--max-input-size`` (``briefgen.readers.DEFAULT_MAX_BYTES``).
"""

from __future__ import annotations

import zipfile

from briefgen.errors import InputError

#: Bytes an archive (a .docx is a zip) may unpack to, all members together. A long article with
#: photos is a few megabytes; a zip bomb unpacks a few kilobytes to gigabytes.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: Bytes one XML part of an archive (a .docx's document.xml) may unpack to: parsed, XML takes
#: ten times its size in memory; a long article's document.xml is under a megabyte.
MAX_XML_PART_BYTES = 16 * 1024 * 1024
#: Members of an archive: a .docx has about a dozen, a few hundred with many images.
MAX_ARCHIVE_MEMBERS = 2_000
#: Non-empty lines of text given to the cleaner (a hard-wrapped article has a few per
#: paragraph): past this, cleaning alone takes seconds.
MAX_LINES = 50_000
#: Paragraphs in one article once cleaned. A long feature has a few hundred; each one costs the
#: summariser and the sections time, a 5,000-paragraph input about half a minute.
MAX_PARAGRAPHS = 5_000
#: Words in one article: a long read has 10,000; this is over a megabyte of text.
MAX_WORDS = 200_000
#: Elements of a web page: a heavy news page has 10,000-15,000; trafilatura's time grows
#: faster than their number (20,000 take about 7 s, 40,000 over 20 s).
MAX_PAGE_ELEMENTS = 30_000
#: Pages of a PDF: a long report has a few hundred; each takes pypdf some 20-50 ms to lay out.
MAX_PDF_PAGES = 1_000
#: Nesting depth of structured data in an input (YAML front matter, JSON-LD in a page): real
#: metadata nests three or four levels; thousands of levels overflow Python's stack.
MAX_NESTING = 100
#: Characters of YAML front matter: a few hundred in practice.
MAX_FRONT_MATTER_CHARS = 64 * 1024
#: Years an article's date may carry: older is no newspaper, later is a typo; outside them a
#: date is ignored (date arithmetic on year 1 or 9999 overflows).
MIN_YEAR, MAX_YEAR = 1800, 2200


def check_text(text: str | bytes, source: str) -> None:
    """Refuse text with more than ``MAX_LINES`` non-empty lines or ``MAX_WORDS`` words (bytes
    are counted before they are decoded: decoding repairs each line, at a cost)."""
    newline = b"\n" if isinstance(text, bytes) else "\n"
    lines = sum(1 for line in text.split(newline) if line.strip())  # type: ignore[arg-type]
    if lines > MAX_LINES:
        raise InputError(source, f"{lines:,} lines of text, over the limit of {MAX_LINES:,} "
                         "for one article")
    words = len(text.split())
    if words > MAX_WORDS:
        raise InputError(source, f"{words:,} words, over the limit of {MAX_WORDS:,} for one "
                         "article")


def check_paragraphs(count: int, source: str) -> None:
    """Refuse an article with more than ``MAX_PARAGRAPHS`` paragraphs."""
    if count > MAX_PARAGRAPHS:
        raise InputError(source, f"{count:,} paragraphs, over the limit of {MAX_PARAGRAPHS:,} "
                         "for one article")


def check_archive(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse a zip whose members are too many or unpack to too much (a zip bomb).

    The sizes checked are the ones the zip declares; that is enough, because Python's zipfile
    never unpacks a member past its declared size (the data beyond fails its checksum).
    """
    members = archive.infolist()
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise InputError(source, f"archive holds {len(members):,} files, over the limit of "
                         f"{MAX_ARCHIVE_MEMBERS:,}")
    total = sum(member.file_size for member in members)
    if total > MAX_UNPACKED_BYTES:
        raise InputError(source, f"unpacks to {total:,} bytes, over the limit of "
                         f"{MAX_UNPACKED_BYTES:,} (a zip bomb?)")
    for member in members:
        if member.filename.lower().endswith((".xml", ".rels")) and \
                member.file_size > MAX_XML_PART_BYTES:
            raise InputError(source, f"{member.filename} unpacks to {member.file_size:,} bytes, "
                             f"over the limit of {MAX_XML_PART_BYTES:,}")


def nesting_depth(data: object, limit: int = MAX_NESTING) -> int:
    """How deeply lists and dicts nest in ``data`` (without recursion), stopping past ``limit``."""
    deepest = 0
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        if isinstance(item, dict):
            stack.extend((value, depth + 1) for value in item.values())
        elif isinstance(item, list | tuple):
            stack.extend((value, depth + 1) for value in item)
    return deepest
