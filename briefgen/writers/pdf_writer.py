"""PDF writer (reportlab platypus) with embedded Unicode TrueType fonts.

All article text goes through ``fonts.Markup``, which escapes it: reportlab's paragraph parser
never sees an article's ``<`` or ``&`` as markup.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from briefgen.model import Brief, BulletList, Item, Paragraph, SourceList, Table
from briefgen.sanitize import safe_text
from briefgen.templates import Template
from briefgen.writers.atomic import atomic_path
from briefgen.writers.citations import citation_text, source_line
from briefgen.writers.fonts import Markup, register

PAGE_SIZES = {"A4": A4, "Letter": LETTER}


class _Styles:
    def __init__(self, template: Template) -> None:
        style = template.style
        font = register(style.body_font)
        size = style.body_size
        accent = colors.HexColor(style.heading_color)
        self.body = ParagraphStyle("Body", fontName=font, fontSize=size, leading=size * 1.35,
                                   spaceAfter=size * 0.5)
        self.bullet = ParagraphStyle("Bullet", parent=self.body, spaceAfter=size * 0.3)
        self.title = ParagraphStyle("Title", parent=self.body, fontName=f"{font}-Bold",
                                    fontSize=size * 2, leading=size * 2.4, textColor=accent,
                                    spaceAfter=size * 0.6)
        self.subtitle = ParagraphStyle("Subtitle", parent=self.body, textColor=colors.grey)
        self.heading1 = ParagraphStyle("Heading1", parent=self.body, fontName=f"{font}-Bold",
                                       fontSize=size * 1.4, leading=size * 1.8, textColor=accent,
                                       spaceBefore=size * 1.2, spaceAfter=size * 0.4)
        self.heading2 = ParagraphStyle("Heading2", parent=self.body, fontName=f"{font}-Bold",
                                       fontSize=size * 1.1, leading=size * 1.4,
                                       spaceBefore=size * 0.6, spaceAfter=size * 0.2)
        self.cell = ParagraphStyle("Cell", parent=self.body, fontSize=size * 0.9,
                                   leading=size * 1.15, spaceAfter=0)
        self.marking = ParagraphStyle("Marking", parent=self.body, fontName=f"{font}-Bold",
                                      fontSize=8, alignment=TA_CENTER, textColor=colors.darkred)
        self.font = font


def write(brief: Brief, template: Template, path: Path) -> None:
    styles = _Styles(template)
    markup = Markup(styles.font)
    story = _story(brief, template, styles, markup)
    if markup.missing:
        shown = "".join(sorted(markup.missing))[:40]
        print(f"warning: {path.name}: no bundled font has {len(markup.missing)} character(s): "
              f"{shown!r}", file=sys.stderr)
    pagesize = PAGE_SIZES[template.page_size]
    margin = template.margin_mm * mm
    with atomic_path(path) as temporary:
        document = SimpleDocTemplate(
            str(temporary), pagesize=pagesize, leftMargin=margin, rightMargin=margin,
            topMargin=margin, bottomMargin=margin,
            title=safe_text(brief.title), author=brief.generator, subject=safe_text(brief.topic),
            creator=brief.generator, producer=brief.generator,
            keywords=[k for k in (brief.marking, brief.template) if k], lang="en",
            # The canvas would otherwise start in Helvetica, a base font that is not embedded.
            initialFontName=styles.font,
        )
        decorate = _page_decoration(brief, styles, markup)
        document.build(story, onFirstPage=decorate, onLaterPages=decorate)


def _story(brief: Brief, template: Template, styles: _Styles, markup: Markup) -> list:
    story: list = [
        PdfParagraph(markup(brief.title), styles.title),
        PdfParagraph(markup(f"{brief.date} · Prepared for {brief.audience}"), styles.subtitle),
    ]
    for section in brief.sections:
        heading = PdfParagraph(markup(section.title), styles.heading1)
        flowables = []
        for block in section.blocks:
            flowables += _block(brief, block, template, styles, markup)
        # Keep each heading with what follows it, never alone at the foot of a page.
        story.append(KeepTogether([heading, *flowables[:1]]))
        story += flowables[1:]
    return story


def _block(brief: Brief, block, template: Template, styles: _Styles, markup: Markup) -> list:  # noqa: ANN001
    style = template.citation_style
    if isinstance(block, Paragraph):
        return [PdfParagraph(_with_citation(markup(block.text), brief, block.citations, style),
                             styles.body)]
    if isinstance(block, BulletList):
        flowables = [PdfParagraph(markup(block.title), styles.heading2)] if block.title else []
        items = [ListItem(PdfParagraph(_item(brief, item, style, markup), styles.bullet))
                 for item in block.items]
        flowables.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12,
                                      bulletFontName=styles.font))
        return flowables
    if isinstance(block, Table):
        return [_table(brief, block, style, styles, markup)]
    if isinstance(block, SourceList):
        return [PdfParagraph(f"[{s.id}] " + markup(source_line(s)), styles.body)
                for s in brief.sources]
    return []


def _item(brief: Brief, item: Item, style: str, markup: Markup) -> str:
    label = f"<b>{markup(item.label)}:</b> " if item.label and item.label not in item.text else ""
    return _with_citation(label + markup(item.text), brief, item.citations, style)


def _with_citation(text: str, brief: Brief, citations, style: str) -> str:  # noqa: ANN001
    cited = citation_text(brief, citations, style)
    return f'{text} <font color="#595959" size="8">{cited}</font>' if cited else text


def _table(brief: Brief, table: Table, style: str, styles: _Styles, markup: Markup) -> PdfTable:
    header = [PdfParagraph(f"<b>{markup(c)}</b>", styles.cell) for c in (*table.columns, "Sources")]
    rows = [header]
    for row in table.rows:
        cells = [*row.cells, citation_text(brief, row.citations, style)]
        rows.append([PdfParagraph(markup(cell), styles.cell) for cell in cells])
    grid = PdfTable(rows, repeatRows=1, splitInRow=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.lightgrey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF2F7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return grid


def _page_decoration(brief: Brief, styles: _Styles, markup: Markup):  # noqa: ANN202
    def decorate(canvas, document) -> None:  # noqa: ANN001
        canvas.saveState()
        width, height = document.pagesize
        if brief.marking:
            marking = PdfParagraph(markup(brief.marking), styles.marking)
            for y in (height - document.topMargin / 2, document.bottomMargin / 2):
                _, h = marking.wrap(width - 2 * document.leftMargin, 20)
                marking.drawOn(canvas, document.leftMargin, y - h / 2)
        canvas.setFont(styles.font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(width - document.rightMargin, document.bottomMargin / 2 - 12,
                               f"Page {document.page}")
        canvas.restoreState()

    return decorate
