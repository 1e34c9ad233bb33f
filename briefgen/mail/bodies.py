"""The message bodies: the bottom line and the sources, as plain text and as escaped HTML."""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import urlsplit

from briefgen.model import Brief, BulletList, Paragraph, Section, Source, SourceList, Table
from briefgen.presentation import anchor_text
from briefgen.sanitize import safe_text
from briefgen.writers.citations import citation_text, location_text, source_line

BOTTOM_LINE = "bottom_line"
FOOTER = "Every sentence above is quoted verbatim from the source it cites."
# Headings name the font too: Outlook's Word-based renderer does not inherit it from <body>.
_FONTS = "Arial, Helvetica, sans-serif"
_H1 = f"font-family: {_FONTS}; font-size: 20px; color: #1F3A5F; margin: 12px 0 4px;"
_H2 = f"font-family: {_FONTS}; font-size: 16px; color: #1F3A5F;"


def summary_section(brief: Brief) -> Section | None:
    """The bottom line, or the first section with text when the template has none."""
    for section in brief.sections:
        if section.id == BOTTOM_LINE:
            return section
    return next((s for s in brief.sections if not _only_sources(s)), None)


def summary_lines(brief: Brief, citation_style: str = "numbers") -> list[str]:
    """One line per paragraph, bullet or table row of the summary section, with its citations."""
    section = summary_section(brief)
    if section is None:
        return []
    lines = []
    for block in section.blocks:
        if isinstance(block, Paragraph):
            lines.append(_cited(brief, block.text, block.citations, citation_style,
                                anchor_text(block.as_of, block.place)))
        elif isinstance(block, BulletList):
            for item in block.items:
                text = f"{item.label}: {item.text}" if item.label else item.text
                lines.append(_cited(brief, text, item.citations, citation_style,
                                    anchor_text(item.as_of, item.place)))
        elif isinstance(block, Table):
            for row in block.rows:
                text = " | ".join(row.cells)
                lines.append(_cited(brief, text, row.citations, citation_style))
    return [_one_line(line) for line in lines]


def plain_body(brief: Brief, attachment_names: Sequence[str], citation_style: str = "numbers"
               ) -> str:
    """The text/plain alternative."""
    section = summary_section(brief)
    out: list[str] = []
    if brief.marking:
        out += [_one_line(brief.marking), ""]
    out += [_one_line(brief.title), _one_line(f"{brief.date} · {brief.audience}"), ""]
    if section is not None:
        out += [_one_line(section.title), ""]
        out += [f"- {line}" for line in summary_lines(brief, citation_style)] + [""]
    if brief.sources:
        out += ["Sources", ""]
        out += [f"[{s.id}] {_one_line(source_line(s))}" for s in brief.sources] + [""]
    if attachment_names:
        out += [f"Attached: {', '.join(attachment_names)}", ""]
    out += ["-- ", FOOTER]
    if brief.marking:
        out += ["", _one_line(brief.marking)]
    return "\n".join(out) + "\n"


def html_body(brief: Brief, attachment_names: Sequence[str], citation_style: str = "numbers"
              ) -> str:
    """The text/html alternative; every piece of article text is escaped."""
    section = summary_section(brief)
    esc = _escape
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8">',
             f"<title>{esc(brief.title)}</title></head>",
             f'<body style="font-family: {_FONTS}; font-size: 14px; color: #1a1a1a; '
             'line-height: 1.45;">']
    if brief.marking:
        parts.append(_marking(brief.marking))
    parts.append(f'<h1 style="{_H1}">{esc(brief.title)}</h1>')
    parts.append(f'<p style="color: #555; margin: 0 0 12px;">{esc(brief.date)} · '
                 f"{esc(brief.audience)}</p>")
    if section is not None:
        parts.append(f'<h2 style="{_H2}">{esc(section.title)}</h2>')
        parts.append("<ul>")
        parts += [f"<li>{esc(line)}</li>" for line in summary_lines(brief, citation_style)]
        parts.append("</ul>")
    if brief.sources:
        parts.append(f'<h2 style="{_H2}">Sources</h2>')
        parts.append('<ol style="padding-left: 24px;">')
        parts += [f'<li value="{esc(s.id)}">{_html_source(s)}</li>' if s.id.isdigit()
                  else f"<li>[{esc(s.id)}] {_html_source(s)}</li>" for s in brief.sources]
        parts.append("</ol>")
    if attachment_names:
        parts.append(f"<p>Attached: {esc(', '.join(attachment_names))}</p>")
    parts.append(f'<p style="color: #777; font-size: 12px;">{esc(FOOTER)}</p>')
    if brief.marking:
        parts.append(_marking(brief.marking))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_source(source: Source) -> str:
    """Outlet, title, author, date, then the link (only http/https are made clickable)."""
    esc = _escape
    parts = [source.outlet, f"“{source.title}”", source.author, source.date]
    text = esc(". ".join(_one_line(part) for part in parts if part))
    if source.url and urlsplit(source.url).scheme.lower() in ("http", "https"):
        url = _one_line(source.url)
        return f'{text}. <a href="{html.escape(url, quote=True)}">{esc(url)}</a>'
    location = location_text(source)  # a file's name, never the sender's local folders
    return f"{text}. {esc(location)}" if location else text


def _marking(marking: str) -> str:
    return ('<p style="text-align: center; font-weight: bold; letter-spacing: 1px; '
            f'color: #8B0000; margin: 4px 0;">{_escape(marking)}</p>')


def _cited(brief: Brief, text: str, citations: Sequence[str], style: str,
           dated: str | None = None) -> str:
    cited = citation_text(brief, citations, style, dated)
    return f"{text} {cited}" if cited else text


def _only_sources(section: Section) -> bool:
    return all(isinstance(block, SourceList) for block in section.blocks)


def _one_line(text: str) -> str:
    """Sanitised, with every run of whitespace (line breaks included) made one space."""
    return " ".join(safe_text(text).split())


def _escape(text: str) -> str:
    return html.escape(_one_line(text), quote=True)
