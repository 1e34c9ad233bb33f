"""Markdown writer: the brief as readable plain text (also the golden file of the tests)."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.model import Brief, BulletList, Item, Paragraph, Section, SourceList, Table
from briefgen.sanitize import safe_text
from briefgen.templates import Template
from briefgen.writers.atomic import write_text
from briefgen.writers.citations import citation_text, source_line

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def escape(text: str) -> str:
    """Article text printed literally: Markdown's active characters are backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", safe_text(text).replace("\n", " "))


def render(brief: Brief, template: Template) -> str:
    lines = [f"# {escape(brief.title)}", ""]
    header = [f"*{escape(brief.date)}*", f"Prepared for: {escape(brief.audience)}"]
    if brief.marking:
        header.insert(0, f"**{escape(brief.marking)}**")
    lines += [" · ".join(header), ""]
    for section in brief.sections:
        lines += _section(brief, section, template.citation_style)
    return "\n".join(lines).rstrip() + "\n"


def _section(brief: Brief, section: Section, style: str) -> list[str]:
    lines = [f"## {escape(section.title)}", ""]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            lines += [f"{escape(block.text)} {citation_text(brief, block.citations, style)}", ""]
        elif isinstance(block, BulletList):
            if block.title:
                lines += [f"### {escape(block.title)}", ""]
            lines += [_item(brief, item, style) for item in block.items] + [""]
        elif isinstance(block, Table):
            lines += _table(brief, block, style)
        elif isinstance(block, SourceList):
            lines += [f"{s.id}. {escape(source_line(s))}" for s in brief.sources] + [""]
    return lines


def _item(brief: Brief, item: Item, style: str) -> str:
    label = f"**{escape(item.label)}:** " if item.label and item.label not in item.text else ""
    return f"- {label}{escape(item.text)} {citation_text(brief, item.citations, style)}".rstrip()


def _table(brief: Brief, table: Table, style: str) -> list[str]:
    lines = ["| " + " | ".join(escape(c) for c in (*table.columns, "Sources")) + " |"]
    lines.append("|" + "---|" * (len(table.columns) + 1))
    for row in table.rows:
        cells = [escape(cell) for cell in row.cells] + [citation_text(brief, row.citations, style)]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def write(brief: Brief, template: Template, path: Path) -> None:
    write_text(path, render(brief, template))
