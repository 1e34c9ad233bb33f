"""How citations and sources read, shared by every writer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

from briefgen.model import Brief, BulletList, Paragraph, Source, SourceList, Table

#: Between a sentence and its citation, and inside a citation: a line never starts with "[4]".
NO_BREAK = "\u00a0"
#: An outlet-style citation of a source without an outlet names its title, cut to this length.
SHORT_TITLE_CHARS = 32


@dataclass(frozen=True)
class Marker:
    """A citation as parts, so that a writer can make each name or number a link."""

    opening: str
    labels: tuple[tuple[str, str], ...]  # (shown text, source id)
    separator: str
    closing: str
    # The day (and place) of the first source, the one whose sentence is shown, when the text
    # leans on it ("said here today"): set after that source's label, "[1, 29 July 1999]".
    anchor: str = ""

    @property
    def parts(self) -> tuple[tuple[str, str | None], ...]:
        """The marker as (text, source id or None) pieces, in order: a writer links the pieces
        with a source id and sets the others as they are."""
        if not self.labels:
            return ()
        pieces: list[tuple[str, str | None]] = [(self.opening, None)]
        for number, (label, source_id) in enumerate(self.labels):
            if number:
                pieces.append((self.separator, None))
            pieces.append((label, source_id))
            if number == 0 and self.anchor:
                pieces.append(("," + NO_BREAK + self.anchor, None))
        pieces.append((self.closing, None))
        return tuple(pieces)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


def marker(brief: Brief, citations: Sequence[str], style: str = "numbers",
           anchor: str | None = None) -> Marker:
    """[1, 3] for numbered citations, (Yonhap; CNA) for outlet names; with an ``anchor`` (the
    first source's day, see briefgen.presentation.anchor_text) "[1, 29 July 1999; 3]" and
    "(Yonhap, 29 July 1999; CNA)": the numbers are then separated by semicolons, as a list
    whose entries hold commas is."""
    # A line may break between a place and the day, not inside the day.
    dated = ", ".join(part.replace(" ", NO_BREAK) for part in anchor.split(", ")) if anchor \
        else ""
    if style == "outlets":
        labels = {}
        for source_id in citations:
            # "(The Epoch Times)" is not broken across lines either.
            name = _short_name_of(brief, source_id).replace(" ", NO_BREAK)
            labels.setdefault(name, source_id)
        return Marker("(", tuple(labels.items()), ";" + NO_BREAK, ")", dated)
    separator = (";" if dated else ",") + NO_BREAK
    return Marker("[", tuple((source_id, source_id) for source_id in citations), separator,
                  "]", dated)


def citation_text(brief: Brief, citations: Sequence[str], style: str = "numbers",
                  anchor: str | None = None) -> str:
    """"[1, 3]" for numbered citations, "(Yonhap; CNA)" for outlet names (plain spaces); with
    an ``anchor``, "[1, 29 July 1999; 3]"."""
    return marker(brief, citations, style, anchor).text.replace(NO_BREAK, " ")


def short_name(source: Source) -> str:
    """The outlet, or else the title cut at a word near ``SHORT_TITLE_CHARS`` ("North Korea’s
    troop deployment…")."""
    if source.outlet:
        return source.outlet
    title = " ".join(source.title.split())
    if len(title) <= SHORT_TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, SHORT_TITLE_CHARS)
    return title[:cut if cut > SHORT_TITLE_CHARS // 2 else SHORT_TITLE_CHARS].rstrip(" ,;:") + "…"


def _short_name_of(brief: Brief, source_id: str) -> str:
    try:
        return short_name(brief.source(source_id))
    except KeyError:
        return source_id


def source_line(source: Source) -> str:
    """One line describing a source: outlet, title, author, date, link or file name (as the DOCX
    and PDF show it: a local directory is not the reader's business)."""
    parts = [source.outlet, f"“{source.title}”", source.author, source.date]
    location = location_text(source)
    return ". ".join(part for part in parts if part) + (f". {location}" if location else "")


def short_source_line(source: Source) -> str:
    """A source in short form: outlet and title."""
    return ". ".join(part for part in (source.outlet, f"“{source.title}”") if part)


def web_link(source: Source) -> str | None:
    """The source's URL when it is one a reader may follow (http or https), else None.

    Only these become clickable: a ``file:``, ``javascript:`` or ``data:`` address in an
    article's metadata is printed as text, never made a link.
    """
    url = (source.url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
            c.isspace() or ord(c) < 32 for c in url):
        return url
    return None


def location_text(source: Source) -> str | None:
    """Where the source is: its URL, else its file name (not the full local path)."""
    if source.url:
        return source.url
    if source.path:
        return PurePath(source.path).name
    return None


def lists_sources(brief: Brief) -> bool:
    """Whether the brief prints its Sources list (and so citations can link to it)."""
    return any(isinstance(block, SourceList) for section in brief.sections
               for block in section.blocks)


def anchor(brief: Brief, source_id: str) -> str | None:
    """The name of a source's entry in the Sources list, for internal links and bookmarks."""
    for index, source in enumerate(brief.sources, start=1):
        if source.id == source_id:
            return f"source_{index}"
    return None


# ----------------------------------------------------------------------------- compact form
#
# A one-page brief cannot spend a third of its page on a list of 25 titles. Its Sources say in
# one line what the brief draws on ("24 articles from 2 outlets (...), 7 July – 11 December
# 1999") and then resolve each number the brief cites, by outlet and day, in small type: the
# full list stays in the analyst brief and the JSON.


@dataclass(frozen=True)
class CompactGroup:
    """The cited sources of one outlet (``outlet`` None: sources without one, named by title)."""

    outlet: str | None
    entries: tuple[tuple[Source, str], ...]  # (source, what follows its number)


@dataclass(frozen=True)
class CompactSources:
    summary: str
    groups: tuple[CompactGroup, ...]


def cited_ids(brief: Brief) -> set[str]:
    """Every source id a paragraph, bullet or table row of the brief cites."""
    cited: set[str] = set()
    for section in brief.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                cited.update(block.citations)
            elif isinstance(block, BulletList):
                for item in block.items:
                    cited.update(item.citations)
            elif isinstance(block, Table):
                for row in block.rows:
                    cited.update(row.citations)
    return cited


def compact_sources(brief: Brief, format_date: Callable[[str], str],
                    default_dates: bool = True) -> CompactSources:
    """The Sources in compact form: a summary of every source, then the cited ones grouped by
    outlet in the order of their numbers. ``format_date`` is the template's; with
    ``default_dates`` (the template shows "7 July 1999") a range is shortened as one writes it
    ("12–19 October 1999")."""
    cited = cited_ids(brief)
    groups: dict[str | None, list[tuple[Source, str]]] = {}
    for source in brief.sources:
        if source.id not in cited:
            continue
        day = format_date(source.date) if source.date else ""
        label = day if source.outlet else ", ".join(
            part for part in (f"“{short_name(source)}”", day) if part)
        groups.setdefault(source.outlet or None, []).append((source, label))
    ordered = [CompactGroup(outlet, tuple(entries)) for outlet, entries in groups.items()
               if outlet is not None]
    if None in groups:
        ordered.append(CompactGroup(None, tuple(groups[None])))
    return CompactSources(source_summary(brief.sources, format_date, default_dates),
                          tuple(ordered))


def source_summary(sources: Sequence[Source], format_date: Callable[[str], str],
                   default_dates: bool = True) -> str:
    """"24 articles from 2 outlets (Associated Press 8, The New York Times 16), 7 July 1999 –
    11 December 2000"; the outlets by how many articles each gave, most first."""
    count = len(sources)
    text = f"{count} article{'s' if count != 1 else ''}"
    outlets: dict[str, int] = {}
    for source in sources:
        if source.outlet:
            outlets[source.outlet] = outlets.get(source.outlet, 0) + 1
    if outlets:
        named = sorted(outlets.items(), key=lambda pair: (-pair[1], pair[0]))
        listed = ", ".join(f"{name} {number}" for name, number in named)
        text += f" from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''} ({listed})"
    days = sorted(source.date for source in sources if source.date)
    if days:
        text += ", " + date_range(days[0], days[-1], format_date, default_dates)
    return text


def date_range(first: str, last: str, format_date: Callable[[str], str],
               default_dates: bool = True) -> str:
    """"12–19 October 1999", "12 September – 19 October 1999", "7 July 1999 – 11 December
    2000" (shortened only for the default day-month-year form; else both days in full)."""
    if first == last:
        return format_date(first)
    start, end = format_date(first), format_date(last)
    start_parts, end_parts = start.split(" "), end.split(" ")
    if default_dates and len(start_parts) == len(end_parts) == 3:
        if start_parts[1:] == end_parts[1:]:
            return f"{start_parts[0]}–{end}"
        if start_parts[2] == end_parts[2]:
            return f"{' '.join(start_parts[:2])} – {end}"
    return f"{start} – {end}"
