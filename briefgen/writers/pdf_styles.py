"""reportlab paragraph styles made from the shared style sheet's roles (the PDF half of one
look; docx_writer._Styles is the other half)."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from briefgen.writers.fonts import register
from briefgen.writers.style import Role, StyleSheet


def _font_name(role: Role) -> str:
    family = register(role.font)
    if role.bold and role.italic:
        return f"{family}-BoldItalic"
    if role.bold:
        return f"{family}-Bold"
    if role.italic:
        return f"{family}-Italic"
    return family


class PdfStyles:
    """Every paragraph style the PDF uses, by role."""

    def __init__(self, sheet: StyleSheet) -> None:
        self.sheet = sheet
        self.body_font = register(sheet.body_font)
        self.heading_font = register(sheet.heading_font)
        self.body = self._style("body", allowWidows=0, allowOrphans=0,
                                # A word longer than the line (a URL, a run of digits) is
                                # broken, not clipped.
                                splitLongWords=1)
        self.continuation = ParagraphStyle("Continuation", parent=self.body)
        bullet = sheet.role("bullet")
        self.bullet = self._style("bullet", bulletFontName=self.body_font,
                                  bulletFontSize=bullet.size,  # not reportlab's default 10
                                  bulletColor=HexColor(sheet.accent_color),
                                  bulletIndent=bullet.indent - bullet.hang)
        self.title = self._style("title")
        self.kicker = self._style("kicker")
        self.subtitle = self._style("subtitle")
        self.meta = self._style("meta")
        self.heading1 = self._style("heading1", keepWithNext=1)
        self.heading2 = self._style("heading2", keepWithNext=1)
        self.cell = self._style("table")
        self.cell_head = self._style("table_head")
        # The quote's indent is the padding of the box that draws its rule (pdf_writer._quote).
        self.quote = self._style("quote", leftIndent=0)
        self.attribution = self._style("attribution", leftIndent=0, spaceAfter=0)
        self.source = self._style("source", bulletIndent=0, bulletFontName=self.body_font,
                                  bulletFontSize=sheet.table_size,
                                  bulletColor=HexColor(sheet.muted_color))
        self.source_compact = self._style("source_compact", name="SourceCompact")
        self.toc_title = self._style("contents_title", name="ContentsTitle", keepWithNext=1)
        self.toc_entry = self._style("contents")
        margin = sheet.role("margin")
        self.marking = self._style("margin", name="Marking", alignment=TA_CENTER,
                                   fontName=_font_name(Role(margin.font, 0, 0, bold=True)),
                                   textColor=HexColor(sheet.marking_color))
        self.page_number = self._style("margin", name="PageNumber", alignment=TA_RIGHT,
                                       fontName=self.heading_font)
        self.footer_note = self._style("margin", name="FooterNote", fontName=self.heading_font)

    def _style(self, role_name: str, name: str | None = None, **overrides) -> ParagraphStyle:  # noqa: ANN003
        role = self.sheet.role(role_name)
        values = dict(
            fontName=_font_name(role), fontSize=role.size, leading=role.leading,
            spaceBefore=role.before, spaceAfter=role.after, textColor=HexColor(role.colour),
            leftIndent=role.indent, firstLineIndent=0,
            # Every style names a bullet font: never reportlab's Helvetica, which is not embedded.
            bulletFontName=self.body_font, allowWidows=0, allowOrphans=0, splitLongWords=1,
            # reportlab would squeeze each space by up to 5% to fit one more word on a line;
            # Word and LibreOffice never do in ragged-right text, so their lines broke earlier
            # and paragraphs ran a line longer than the PDF's.
            spaceShrinkage=0)
        values.update(overrides)
        return ParagraphStyle(name or role_name.title(), **values)
