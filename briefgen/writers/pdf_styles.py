"""reportlab paragraph styles made from the shared style sheet (the PDF half of one look)."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from briefgen.writers.fonts import bold, italic, register
from briefgen.writers.style import StyleSheet


class PdfStyles:
    """Every paragraph style the PDF uses, by role."""

    def __init__(self, sheet: StyleSheet) -> None:
        body_font, heading_font = register(sheet.body_font), register(sheet.heading_font)
        size, text = sheet.body_size, HexColor(sheet.text_color)
        heading, accent = HexColor(sheet.heading_color), HexColor(sheet.accent_color)
        muted = HexColor(sheet.muted_color)
        self.sheet = sheet
        self.body = ParagraphStyle(
            "Body", fontName=body_font, fontSize=size, leading=sheet.leading, textColor=text,
            spaceAfter=sheet.paragraph_space, allowWidows=0, allowOrphans=0,
            bulletFontName=body_font,  # every style inherits it: never reportlab's Helvetica
            # A word longer than the line (a URL, a run of digits) is broken, not clipped.
            splitLongWords=1)
        self.continuation = ParagraphStyle("Continuation", parent=self.body, spaceBefore=0)
        self.bullet = ParagraphStyle(
            "Bullet", parent=self.body, leftIndent=sheet.bullet_indent,
            bulletIndent=sheet.bullet_indent * 0.25, bulletFontName=body_font,
            bulletColor=accent, spaceAfter=sheet.item_space)
        self.title = ParagraphStyle(
            "Title", parent=self.body, fontName=bold(heading_font), fontSize=sheet.title_size,
            leading=sheet.title_size * 1.18, textColor=heading, spaceAfter=size * 0.35)
        self.kicker = ParagraphStyle(
            "Kicker", parent=self.body, fontName=bold(heading_font), fontSize=sheet.small_size,
            leading=sheet.small_size * 1.3, textColor=accent, spaceAfter=size * 0.3)
        self.subtitle = ParagraphStyle(
            "Subtitle", parent=self.body, fontName=heading_font, fontSize=sheet.subtitle_size,
            leading=sheet.subtitle_size * 1.25, textColor=heading, spaceAfter=size * 0.3)
        self.meta = ParagraphStyle(
            "Meta", parent=self.body, fontSize=sheet.small_size + 0.5,
            leading=(sheet.small_size + 0.5) * 1.3, textColor=muted, spaceAfter=0)
        self.heading1 = ParagraphStyle(
            "Heading1", parent=self.body, fontName=bold(heading_font),
            fontSize=sheet.heading1_size, leading=sheet.heading1_size * 1.2, textColor=heading,
            spaceBefore=sheet.heading1_space_before, spaceAfter=size * 0.45, keepWithNext=1)
        self.heading2 = ParagraphStyle(
            "Heading2", parent=self.body, fontName=bold(heading_font),
            fontSize=sheet.heading2_size, leading=sheet.heading2_size * 1.25, textColor=heading,
            spaceBefore=sheet.heading2_space_before, spaceAfter=size * 0.2, keepWithNext=1)
        self.cell = ParagraphStyle(
            "Cell", parent=self.body, fontSize=sheet.table_size,
            leading=sheet.table_size * 1.25, spaceAfter=0)
        self.cell_head = ParagraphStyle(
            "CellHead", parent=self.cell, fontName=bold(heading_font), textColor=accent)
        self.quote = ParagraphStyle(
            "Quote", parent=self.body, fontName=italic(body_font), textColor=text,
            spaceAfter=size * 0.15)
        self.attribution = ParagraphStyle(
            "Attribution", parent=self.body, fontSize=sheet.small_size + 0.5,
            leading=(sheet.small_size + 0.5) * 1.3, textColor=muted, spaceAfter=0)
        self.source = ParagraphStyle(
            "Source", parent=self.body, fontSize=sheet.table_size,
            leading=sheet.table_size * 1.3, leftIndent=size * 2.2, bulletIndent=0,
            bulletFontName=body_font, bulletFontSize=sheet.table_size, bulletColor=muted,
            spaceAfter=size * 0.35)
        self.toc_title = ParagraphStyle(
            "ContentsTitle", parent=self.heading2, spaceBefore=size * 0.6, keepWithNext=1)
        self.toc_entry = ParagraphStyle(
            "ContentsEntry", parent=self.body, leftIndent=size, firstLineIndent=-size,
            spaceAfter=size * 0.15, spaceBefore=0)
        self.marking = ParagraphStyle(
            "Marking", parent=self.body, fontName=bold(heading_font),
            fontSize=sheet.margin_text_size, leading=sheet.margin_text_size * 1.2,
            alignment=TA_CENTER, textColor=HexColor(sheet.marking_color), spaceAfter=0)
        self.page_number = ParagraphStyle(
            "PageNumber", parent=self.marking, fontName=body_font, alignment=TA_RIGHT,
            textColor=muted)
        self.body_font, self.heading_font = body_font, heading_font
