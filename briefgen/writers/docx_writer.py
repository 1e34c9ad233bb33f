"""DOCX writer (python-docx): named Word styles, marking in header and footer, core properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from briefgen.model import Brief, BulletList, Item, Paragraph, SourceList, Table
from briefgen.sanitize import safe_text
from briefgen.templates import Template
from briefgen.writers.atomic import atomic_path
from briefgen.writers.citations import citation_text, source_line

PAGE_SIZES_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}


def write(brief: Brief, template: Template, path: Path) -> None:
    document = Document()
    _page_setup(document, template)
    _styles(document, template)
    _properties(document, brief)
    _title_block(document, brief)
    for section in brief.sections:
        document.add_heading(safe_text(section.title), level=1)
        for block in section.blocks:
            _block(document, brief, block, template)
    with atomic_path(path) as temporary:
        document.save(str(temporary))


def _page_setup(document, template: Template) -> None:  # noqa: ANN001
    width, height = PAGE_SIZES_MM[template.page_size]
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        margin = Mm(template.margin_mm)
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin


def _styles(document, template: Template) -> None:  # noqa: ANN001
    style = template.style
    normal = document.styles["Normal"]
    normal.font.name = _word_font(style.body_font)
    normal.font.size = Pt(style.body_size)
    colour = RGBColor.from_string(style.heading_color.lstrip("#").upper())
    for name in ("Title", "Heading 1", "Heading 2"):
        document.styles[name].font.color.rgb = colour
        document.styles[name].font.name = _word_font(style.body_font)


def _word_font(font: str) -> str:
    # Word knows the family name, not the file name.
    return {"DejaVuSans": "DejaVu Sans", "DejaVuSerif": "DejaVu Serif"}.get(font, font)


def _properties(document, brief: Brief) -> None:  # noqa: ANN001
    properties = document.core_properties
    properties.title = safe_text(brief.title)[:255]
    properties.subject = safe_text(brief.topic)[:255]
    properties.author = brief.generator
    properties.last_modified_by = brief.generator
    properties.comments = f"Brief for {safe_text(brief.audience)}"
    properties.keywords = ", ".join(filter(None, (brief.marking, brief.template)))[:255]
    properties.category = safe_text(brief.marking or "")[:255]
    created = dt.datetime.fromisoformat(brief.date)  # naive UTC, as python-docx writes it
    properties.created = properties.modified = created
    properties.revision = 1


def _title_block(document, brief: Brief) -> None:  # noqa: ANN001
    if brief.marking:
        for section in document.sections:
            for part in (section.header, section.footer):
                paragraph = part.paragraphs[0]
                paragraph.text = safe_text(brief.marking)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(safe_text(brief.title), style="Title")
    details = f"{brief.date} · Prepared for {safe_text(brief.audience)}"
    document.add_paragraph(details, style="Subtitle")


def _block(document, brief: Brief, block, template: Template) -> None:  # noqa: ANN001
    style = template.citation_style
    if isinstance(block, Paragraph):
        paragraph = document.add_paragraph(safe_text(block.text))
        _citation(paragraph, citation_text(brief, block.citations, style))
    elif isinstance(block, BulletList):
        if block.title:
            document.add_heading(safe_text(block.title), level=2)
        for item in block.items:
            _bullet(document, brief, item, style)
    elif isinstance(block, Table):
        _table(document, brief, block, style)
    elif isinstance(block, SourceList):
        for source in brief.sources:
            document.add_paragraph(f"[{source.id}] {safe_text(source_line(source))}")


def _bullet(document, brief: Brief, item: Item, style: str) -> None:  # noqa: ANN001
    paragraph = document.add_paragraph(style="List Bullet")
    if item.label and item.label not in item.text:
        paragraph.add_run(safe_text(item.label) + ": ").bold = True
    paragraph.add_run(safe_text(item.text))
    _citation(paragraph, citation_text(brief, item.citations, style))


def _citation(paragraph, text: str) -> None:  # noqa: ANN001
    if text:
        run = paragraph.add_run(" " + text)
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def _table(document, brief: Brief, table: Table, style: str) -> None:  # noqa: ANN001
    grid = document.add_table(rows=1, cols=len(table.columns) + 1)
    grid.style = "Table Grid"
    for cell, heading in zip(grid.rows[0].cells, (*table.columns, "Sources"), strict=True):
        cell.text = safe_text(heading)
        _bold(cell)
    for row in table.rows:
        cells = grid.add_row().cells
        values = (*row.cells, citation_text(brief, row.citations, style))
        for cell, value in zip(cells, values, strict=True):
            cell.text = safe_text(value)
    _repeat_header(grid.rows[0])


def _bold(cell) -> None:  # noqa: ANN001
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            run.bold = True


def _repeat_header(row) -> None:  # noqa: ANN001
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
