"""How citations and sources read, shared by every writer."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.model import Brief, Source


def citation_text(brief: Brief, citations: Sequence[str], style: str = "numbers") -> str:
    """"[1, 3]" for numbered citations, "(Yonhap; CNA)" for outlet names."""
    if not citations:
        return ""
    if style == "outlets":
        names = dict.fromkeys(short_name(brief.source(c)) for c in citations)
        return "(" + "; ".join(names) + ")"
    return "[" + ", ".join(citations) + "]"


def corroboration_text(citations: Sequence[str], source_count: int) -> str:
    return f"reported by {len(citations)} of {source_count} sources"


def short_name(source: Source) -> str:
    return source.outlet or source.title


def source_line(source: Source) -> str:
    """One line describing a source: outlet, title, author, date, link or file."""
    parts = [source.outlet, f"“{source.title}”", source.author, source.date]
    location = source.url or source.path
    return ". ".join(part for part in parts if part) + (f". {location}" if location else "")
