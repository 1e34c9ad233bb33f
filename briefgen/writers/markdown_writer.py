"""Markdown writer: the brief as readable plain text (also the golden file of the tests)."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.model import Brief, Table
from briefgen.templates import Template
from briefgen.writers import layout
from briefgen.writers.atomic import write_text
from briefgen.writers.citations import citation_text, short_source_line, source_line
from briefgen.writers.guard import TextGuard, Warn, stderr_warn

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def escape(text: str, guard: TextGuard | None = None) -> str:
    """Article text printed literally: Markdown's active characters are backslash-escaped."""
    clean = (guard or TextGuard())(text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean.replace("\n", " "))


def render(brief: Brief, template: Template, guard: TextGuard | None = None) -> str:
    guard = guard or TextGuard()

    def esc(text: str) -> str:
        return escape(text, guard)

    lines = [f"# {esc(brief.title)}", ""]
    header = [f"*{esc(brief.date)}*", f"Prepared for: {esc(brief.audience)}"]
    if brief.marking:
        header.insert(0, f"**{esc(brief.marking)}**")
    lines += [" · ".join(header), ""]
    style = template.citation_style
    pieces = layout.pieces(brief, template)
    for number, piece in enumerate(pieces):
        following = pieces[number + 1] if number + 1 < len(pieces) else None
        if isinstance(piece, layout.Heading):
            lines += [f"{'#' * (piece.level + 1)} {esc(piece.text)}", ""]
        elif isinstance(piece, layout.Body | layout.Bullet):
            lead = f"**{esc(piece.lead)}:** " if piece.lead else ""
            cited = citation_text(brief, piece.citations, style, piece.anchor)
            bullet = "- " if isinstance(piece, layout.Bullet) else ""
            lines.append(f"{bullet}{lead}{esc(piece.text)} {cited}".rstrip())
            if not (isinstance(piece, layout.Bullet) and isinstance(following, layout.Bullet)):
                lines.append("")
        elif isinstance(piece, layout.Quote):
            cited = citation_text(brief, piece.citations, style, piece.anchor)
            if piece.speaker:
                lines += [f"> {esc(piece.text)}", ">", f"> — {esc(piece.speaker)} {cited}".rstrip(),
                          ""]
            else:  # the sentence names its speaker: the citation closes the quote itself
                lines += [f"> {esc(piece.text)} {cited}".rstrip(), ""]
        elif isinstance(piece, layout.Grid):
            lines += _table(brief, piece.table, style, esc)
        elif isinstance(piece, layout.Sources) and piece.compact:
            lines += _compact_sources(brief, template, esc)
        elif isinstance(piece, layout.Sources):
            describe = short_source_line if piece.short else source_line
            lines += [f"{s.id}. {esc(describe(s))}" for s in brief.sources] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _compact_sources(brief: Brief, template: Template, esc) -> list[str]:  # noqa: ANN001
    compact = layout.compact_sources_of(brief, template)
    lines = [esc(compact.summary) + ".", ""]
    groups = []
    for group in compact.groups:
        entries = ", ".join(f"[{esc(source.id)}] {esc(label)}".rstrip()
                            for source, label in group.entries)
        groups.append(f"**{esc(group.outlet)}** {entries}" if group.outlet else entries)
    if groups:
        lines += ["Cited: " + "; ".join(groups) + ".", ""]
    return lines


def _table(brief: Brief, table: Table, style: str, esc) -> list[str]:  # noqa: ANN001
    lines = ["| " + " | ".join(esc(c) for c in (*table.columns, "Sources")) + " |"]
    lines.append("|" + "---|" * (len(table.columns) + 1))
    for row in table.rows:
        cells = [esc(cell) for cell in row.cells] + [citation_text(brief, row.citations, style)]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def write(brief: Brief, template: Template, path: Path, warn: Warn = stderr_warn) -> None:
    guard = TextGuard()
    text = render(brief, template, guard)
    write_text(path, text)
    guard.report(path.name, warn)
