"""Reader for plain-text and Markdown articles."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.clean import clean_text
from briefgen.errors import InputError
from briefgen.model import Article

_FINAL_PUNCTUATION = re.compile(r"[.!?:;,…\"”’]$")
_TRAILING_OUTLET = re.compile(r"\((?P<outlet>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\)\s*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def read(path: Path) -> Article:
    """Read a .txt or .md file: decode, clean, and recover title and outlet from the text."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    return article_from_text(decode(raw, str(path)), path=str(path), fallback_title=path.stem)


def decode(raw: bytes, source: str) -> str:
    """UTF-8 (with or without BOM); anything else is reported rather than guessed."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(source, f"not valid UTF-8 text (byte {error.start})") from None


def article_from_text(text: str, *, path: str | None = None, url: str | None = None,
                      fallback_title: str = "Untitled") -> Article:
    """Build an article from raw text; the title is a first short line without final punctuation."""
    text = "\n".join(_MARKDOWN_HEADING.sub("", line) for line in text.split("\n"))
    cleaned = clean_text(text)
    if not cleaned.paragraphs:
        raise InputError(path or url or "input", "no article text found")
    paragraphs = list(cleaned.paragraphs)
    title = fallback_title
    first = paragraphs[0]
    if len(first.split()) <= 20 and not _FINAL_PUNCTUATION.search(first) and len(paragraphs) > 1:
        title = paragraphs.pop(0)
    outlet = cleaned.outlet or _trailing_outlet(paragraphs[-1])
    return Article(
        id="",
        title=title,
        paragraphs=tuple(paragraphs),
        outlet=outlet,
        url=url,
        path=path,
        subheads=tuple(cleaned.subheads),
        dropped=tuple(cleaned.dropped),
    )


def _trailing_outlet(last_paragraph: str) -> str | None:
    """Wire copy often ends with its agency in brackets: "... alliance. (Yonhap)"."""
    match = _TRAILING_OUTLET.search(last_paragraph)
    return match["outlet"] if match else None
