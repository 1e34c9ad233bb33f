"""The brief as a sequence of things to set (headings, paragraphs, bullets, quotes, tables,
sources), decided once for every writer so that the DOCX and the PDF say the same thing.

The template's section layouts (paragraphs, labelled lists) are already applied to the brief
(briefgen.presentation); here an item's label becomes its lead-in, a group title a second-level
heading, and sections listed in ``style.QUOTE_SECTIONS`` are set as block quotes with the
speaker underneath.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.model import Brief, BulletList, Item, Paragraph, Section, SourceList, Table
from briefgen.presentation import DEFAULT_DATE_FORMAT, anchor_text
from briefgen.templates import Template
from briefgen.writers.citations import CompactSources, compact_sources
from briefgen.writers.style import QUOTE_SECTIONS


@dataclass(frozen=True)
class Heading:
    level: int  # 1: a section, 2: a group within it (an actor)
    text: str
    key: str  # bookmark / anchor name


@dataclass(frozen=True)
class Body:
    text: str
    citations: tuple[str, ...] = ()
    lead: str | None = None  # bold lead-in of our own (a speaker, a group)
    anchor: str | None = None  # the cited article's day (and place), shown in the citation


@dataclass(frozen=True)
class Bullet:
    text: str
    citations: tuple[str, ...] = ()
    lead: str | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    citations: tuple[str, ...] = ()
    speaker: str | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Grid:
    table: Table


@dataclass(frozen=True)
class Sources:
    short: bool = False
    compact: bool = False  # a summary line and the cited numbers by outlet (one-page briefs)


Piece = Heading | Body | Bullet | Quote | Grid | Sources


@dataclass(frozen=True)
class TitleBlock:
    kicker: str  # "Prepared for Analysts"
    title: str
    subtitle: str | None  # the story, when the title is not already it
    date: str  # as the template shows dates
    source_count: int
    marking: str | None


def title_block(brief: Brief, template: Template) -> TitleBlock:
    subtitle = brief.topic if brief.topic and brief.topic.strip() != brief.title.strip() else None
    return TitleBlock(
        kicker=f"Prepared for {brief.audience}" if brief.audience else "Brief",
        title=brief.title,
        subtitle=subtitle,
        date=template.format_date(brief.date),
        source_count=len(brief.sources),
        marking=brief.marking,
    )


def footer_note(brief: Brief, template: Template) -> str | None:
    """What a one-page brief's footer adds: how many articles it draws on ("Draws on 24
    articles"); None for templates whose Sources list them in full."""
    if not template.compact_sources:
        return None
    count = len(brief.sources)
    return f"Draws on {count} article{'s' if count != 1 else ''}"


def compact_sources_of(brief: Brief, template: Template) -> CompactSources:
    """The brief's Sources in compact form, with the template's dates."""
    return compact_sources(brief, template.format_date,
                           template.date_format == DEFAULT_DATE_FORMAT)


def meta_line(block: TitleBlock) -> str:
    count = f"{block.source_count} source{'s' if block.source_count != 1 else ''}"
    return f"{block.date} · {count}"


def pieces(brief: Brief, template: Template) -> list[Piece]:
    """Everything after the title block, in reading order."""
    result: list[Piece] = []
    for index, section in enumerate(brief.sections, start=1):
        body = _section_pieces(section, template, f"section_{index}")
        if body:
            result.append(Heading(1, section.title, f"section_{index}"))
            result += body
    return result


def _section_pieces(section: Section, template: Template, key: str) -> list[Piece]:
    result: list[Piece] = []
    for number, block in enumerate(section.blocks, start=1):
        if isinstance(block, Paragraph):
            result.append(Body(block.text, block.citations,
                               anchor=anchor_text(block.as_of, block.place, template.date_format)))
        elif isinstance(block, BulletList):
            result += _list_pieces(block, section.id in QUOTE_SECTIONS, f"{key}_{number}",
                                   _labelled(section, template), template.date_format)
        elif isinstance(block, Table):
            if block.rows:
                result.append(Grid(block))
        elif isinstance(block, SourceList):
            result.append(Sources(short=template.short_sources,
                                  compact=template.compact_sources))
    return result


def _labelled(section: Section, template: Template) -> bool:
    """Whether the section's labels are its groups' titles (the actors), not speakers."""
    spec = template.section(section.id)
    return spec is not None and spec.layout in ("labelled", "lines")


def _list_pieces(block: BulletList, quotes: bool, key: str, actors: bool, date_format: str
                 ) -> list[Piece]:
    if not block.items:
        return []
    result: list[Piece] = [Heading(2, block.title, key)] if block.title else []
    for item in block.items:
        dated = anchor_text(item.as_of, item.place, date_format)
        if quotes:
            result.append(Quote(item.text, item.citations, lead(item, actors), dated))
        else:
            result.append(Bullet(item.text, item.citations, lead(item, actors), dated))
    return result


def lead(item: Item, actor: bool = False) -> str | None:
    """The item's label as a lead-in. An actor label (a labelled list) is always shown: the
    sentence may merely mention that actor, and the reader must know whose position it is. A
    speaker is left out when the sentence names them (it then carries its own attribution)."""
    if item.label and (actor or item.label not in item.text):
        return item.label
    return None
