"""Turn a reader's raw text and metadata into an ``Article``: clean it, fill gaps from the text.

Every reader ends here, so an article from a web page, a PDF or an e-mail is cleaned the same
way, and each metadata field records where it came from (``Article.provenance``): a user who
finds a wrong outlet in the Sources list can see with ``briefgen inspect`` why it is there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from briefgen.clean import clean_text
from briefgen.errors import InputError
from briefgen.furniture import curl_tex_quotes
from briefgen.model import Article
from briefgen.readers.limits import MAX_YEAR, MIN_YEAR, check_paragraphs, check_text
from briefgen.readers.textmeta import dates_mentioned, excerpt_title, outlet_interviewed_for

#: Provenance of a title made from the article's opening words (not a headline).
EXCERPT_TITLE = "first words of the text (no headline found)"


@dataclass(frozen=True)
class Origin:
    """Where an input came from: its name in messages, and its path or URL."""

    name: str
    path: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Metadata:
    """What a reader found outside the text (front matter, page metadata, e-mail headers)."""

    found_in: str  # e.g. "front matter", "page metadata"
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: object = None  # a date, a datetime or an ISO string
    url: str | None = None
    notes: tuple[str, ...] = field(default=())
    date_found_in: str | None = None  # where the date was, when not ``found_in``


def build_article(text: str, origin: Origin, metadata: Metadata | None = None,
                  *, find_title: bool = True, known_subheads: Collection[str] = ()) -> Article:
    """Clean ``text`` and combine the reader's metadata with what the text itself says."""
    metadata = metadata or Metadata(found_in="")
    check_text(text, origin.name)  # before cleaning: its work grows with the lines
    title = _clean_field(metadata.title)
    title = curl_tex_quotes(title) if title and _has_words(title) else None
    cleaned = clean_text(text, find_title=find_title and not title, known_title=title,
                         known_subheads=known_subheads)
    if cleaned.not_article:  # a budget, a photo package, an advisory: skipped, with why
        raise InputError(origin.name, cleaned.not_article)
    if not cleaned.paragraphs:
        raise InputError(origin.name, "no article text found")
    check_paragraphs(len(cleaned.paragraphs), origin.name)
    provenance: list[tuple[str, str]] = []

    def pick(name: str, *choices: tuple[str | None, str]) -> str | None:
        for value, how in choices:
            value = _clean_field(value)
            if value:
                provenance.append((name, how))
                return value
        return None

    body = "\n".join(cleaned.paragraphs)
    title = pick(
        "title",
        (title, metadata.found_in),
        (cleaned.title, "first line of the text"),
        (excerpt_title(cleaned.paragraphs[0]), EXCERPT_TITLE),
    )
    outlet = pick(
        "outlet",
        (metadata.outlet, metadata.found_in),
        (cleaned.outlet, "'Source:' line"),
        (cleaned.dateline_outlet, "dateline"),
        (cleaned.trailing_outlet, "agency credit at the end of the text"),
        (outlet_interviewed_for(body), "the text: someone 'told' it"),
    )
    author = pick(
        "author",
        (metadata.author, metadata.found_in),
        (cleaned.author, cleaned.author_found_in or "the text"),
    )
    date = pick(
        "date",
        (iso_date(metadata.date), metadata.date_found_in or metadata.found_in),
        (iso_date(cleaned.dateline_date), "dateline"),
        (iso_date(cleaned.stamp_date), "wire transmission stamp"),
    )
    url = pick("url", (metadata.url or origin.url, metadata.found_in if metadata.url else "URL"))
    notes = list(metadata.notes)
    if cleaned.removed_characters:
        # "skipped ...": a note the build passes on to stderr, as the README promises.
        notes.append(f"skipped {cleaned.removed_characters} control character(s) no document "
                     "can hold")
    return Article(
        id="",
        title=title or origin.name,
        paragraphs=tuple(cleaned.paragraphs),
        outlet=outlet,
        author=author,
        date=date,
        url=url,
        path=origin.path,
        subheads=tuple(cleaned.subheads),
        dropped=tuple(cleaned.dropped),
        dateline=cleaned.dateline,
        dates_mentioned=dates_mentioned(" ".join(text.split())),
        provenance=tuple(provenance),
        notes=tuple(notes),
    )


def iso_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, a datetime or a string starting with one, when its
    year is a plausible one for an article (``MIN_YEAR`` to ``MAX_YEAR``)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
        try:
            value = dt.date.fromisoformat(match.group(1)) if match else None
        except ValueError:
            return None
    if isinstance(value, dt.date) and MIN_YEAR <= value.year <= MAX_YEAR:
        return value.isoformat()
    return None  # no date, or one no article can have (year 1, year 9999)


def _has_words(title: str) -> bool:
    """Whether a title says anything: "310-798-7338.)", a wire header's telephone number
    that a feed filed as the headline, does not."""
    return re.search(r"[^\W\d_]{2}", title) is not None


def _clean_field(value: object) -> str | None:
    """A metadata value as one trimmed line, or None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
