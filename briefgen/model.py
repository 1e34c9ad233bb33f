"""The document model: articles in, a brief out. Frozen dataclasses, no styling, JSON round-trip.

Writers never see articles directly: they render a ``Brief``. Every block that carries article
text carries ``citations``, the ids of the ``Source`` entries that report it, so the promise
"every sentence is traceable to its article" survives all the way to the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

SCHEMA = "briefgen.brief/1"


@dataclass(frozen=True)
class DroppedParagraph:
    """A paragraph the cleaner removed from an article, and why (shown by ``briefgen inspect``)."""

    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """One cleaned article and the metadata the readers recovered."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    outlet: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None
    path: str | None = None
    subheads: tuple[str, ...] = ()
    dropped: tuple[DroppedParagraph, ...] = ()
    dateline: str | None = None  # "BUSAN", "SEOUL, Oct. 25": where the story was filed
    dates_mentioned: tuple[str, ...] = ()  # as written ("Oct 21, 2024"), in order of appearance
    # How each metadata field was found, e.g. ("outlet", "'Source:' line"), for ``inspect``.
    provenance: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()  # what the reader had to say (encoding guessed, pages skipped)

    def found_by(self, name: str) -> str | None:
        """How the metadata field ``name`` was recovered, or None if it was not."""
        return dict(self.provenance).get(name)

    @property
    def text(self) -> str:
        """The cleaned text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(paragraph.split()) for paragraph in self.paragraphs)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, verbatim, with where it sits and how a summariser rated it."""

    text: str
    article: str  # Article.id
    position: int  # index among the article's sentences, 0-based
    paragraph: int = 0  # index of the paragraph it comes from
    score: float = 0.0


@dataclass(frozen=True)
class Claim:
    """One fact, phrased by its best sentence, with every article that reports it."""

    sentence: Sentence  # the sentence whose words are shown, verbatim
    citations: tuple[str, ...]  # Article ids, the phrasing article first
    members: tuple[Sentence, ...] = ()  # every sentence that reports the fact, across articles
    score: float = 0.0

    @property
    def text(self) -> str:
        return self.sentence.text


# ----------------------------------------------------------------------------- brief blocks


@dataclass(frozen=True)
class Paragraph:
    """Running text: one or more verbatim sentences from the cited articles."""

    text: str
    citations: tuple[str, ...] = ()
    reason: str | None = None  # the cue or rule that placed this text in its section
    as_of: str | None = None  # see Item.as_of
    place: str | None = None  # see Item.place
    kind: ClassVar[str] = "paragraph"


@dataclass(frozen=True)
class Item:
    """One bullet: a verbatim sentence, an optional lead-in label of our own, its citations."""

    text: str
    citations: tuple[str, ...] = ()
    label: str | None = None  # e.g. the speaker ("Pentagon spokeswoman Sabrina Singh")
    reason: str | None = None
    # The ISO day the text's "today", "on Tuesday", "last year" are read against (the day its
    # article was filed), set only when the text leans on it (briefgen.presentation.anchored).
    as_of: str | None = None
    place: str | None = None  # where the article was filed, set only when the text says "here"


@dataclass(frozen=True)
class BulletList:
    """A list of items, optionally under a group title (e.g. the actor "South Korea")."""

    items: tuple[Item, ...]
    title: str | None = None
    kind: ClassVar[str] = "bullets"


@dataclass(frozen=True)
class Row:
    """One table row. Cells are plain strings; the row cites the articles its cells come from."""

    cells: tuple[str, ...]
    citations: tuple[str, ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class Table:
    """A table with a header row (key figures, timeline, stakeholders)."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    kind: ClassVar[str] = "table"


@dataclass(frozen=True)
class SourceList:
    """The numbered list of sources; the data lives in ``Brief.sources``."""

    kind: ClassVar[str] = "sources"


Block = Paragraph | BulletList | Table | SourceList


@dataclass(frozen=True)
class Section:
    """A titled part of the brief."""

    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Source:
    """An entry in the Sources list; ``id`` is what citations refer to."""

    id: str
    title: str
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Brief:
    """The whole briefing document, ready for any writer."""

    title: str
    topic: str
    date: str  # ISO 8601 date of the brief
    template: str
    audience: str
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]
    marking: str | None = None
    generator: str = ""
    notes: tuple[str, ...] = field(default=())  # what the build had to say (dropped to fit, ...)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)


# ----------------------------------------------------------------------------- JSON round-trip


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as plain JSON-ready data (schema ``briefgen.brief/1``, see README)."""
    return {"schema": SCHEMA, **_to_plain(brief)}


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """Rebuild a brief from :func:`brief_to_dict` output."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a briefgen brief (schema {data.get('schema')!r}, expected {SCHEMA})")
    sections = tuple(
        Section(
            id=section["id"],
            title=section["title"],
            blocks=tuple(_block_from_dict(block) for block in section["blocks"]),
        )
        for section in data["sections"]
    )
    return Brief(
        title=data["title"],
        topic=data["topic"],
        date=data["date"],
        template=data["template"],
        audience=data["audience"],
        sections=sections,
        sources=tuple(Source(**source) for source in data["sources"]),
        marking=data.get("marking"),
        generator=data.get("generator", ""),
        notes=tuple(data.get("notes", ())),
    )


def _block_from_dict(data: dict[str, Any]) -> Block:
    kind = data["kind"]
    if kind == "paragraph":
        return Paragraph(data["text"], tuple(data["citations"]), data.get("reason"),
                         data.get("as_of"), data.get("place"))
    if kind == "bullets":
        items = tuple(
            Item(item["text"], tuple(item["citations"]), item.get("label"), item.get("reason"),
                 item.get("as_of"), item.get("place"))
            for item in data["items"]
        )
        return BulletList(items, data.get("title"))
    if kind == "table":
        rows = tuple(
            Row(tuple(row["cells"]), tuple(row["citations"]), row.get("reason"))
            for row in data["rows"]
        )
        return Table(tuple(data["columns"]), rows)
    if kind == "sources":
        return SourceList()
    raise ValueError(f"unknown block kind {kind!r}")


def _to_plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        plain = {f.name: _to_plain(getattr(value, f.name)) for f in fields(value)}
        kind = getattr(type(value), "kind", None)
        if isinstance(kind, str):
            plain = {"kind": kind, **plain}
        return plain
    if isinstance(value, tuple | list):
        return [_to_plain(item) for item in value]
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    """An article as JSON-ready data (used by ``briefgen inspect --json``)."""
    plain = _to_plain(article)
    plain["word_count"] = article.word_count
    return plain
