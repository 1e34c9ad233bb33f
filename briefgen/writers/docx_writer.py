"""DOCX writer (python-docx): real Word styles (the navigation pane and Word's own table of
contents work), the marking and "Page X of Y" fields in header and footer, citations that jump
to the Sources list, web links, core properties, and a reproducible zip."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Mm, Pt
from docx.table import _Cell

from briefgen.errors import OutputError
from briefgen.model import Brief, Source, Table
from briefgen.templates import Template
from briefgen.writers import docx_parts as parts
from briefgen.writers import layout
from briefgen.writers.atomic import atomic_path
from briefgen.writers.citations import (
    NO_BREAK,
    anchor,
    lists_sources,
    location_text,
    marker,
    web_link,
)
from briefgen.writers.fonts import word_font
from briefgen.writers.guard import TextGuard, Warn, stderr_warn
from briefgen.writers.logo import check_logo
from briefgen.writers.pdf_writer import heading_pages
from briefgen.writers.reproducible import build_time, normalized_zip
from briefgen.writers.style import (
    CELL_PADDING,
    HEADER_RULE,
    QUOTE_RULE,
    ROW_RULE,
    SPLITTABLE_ROW_CHARS,
    StyleSheet,
    stylesheet,
    table_widths,
    wants_toc,
)

#: The height (points) of an empty paragraph that only holds a rule or ends a table: the least
#: Word can store, so that it adds nothing the PDF does not have.
_TWIP = 0.05
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def write(brief: Brief, template: Template, path: Path, warn: Warn = stderr_warn) -> None:
    """Write the brief as a DOCX at ``path``, whole or not at all."""
    data = render(brief, template, warn=warn, name=path.name)
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)


def render(brief: Brief, template: Template, *, warn: Warn = stderr_warn,
           name: str = "brief.docx") -> bytes:
    """The DOCX as bytes; characters that had to be dropped are reported through ``warn``."""
    builder = _Builder(brief, template)
    document = builder.build()
    buffer = io.BytesIO()
    document.save(buffer)
    builder.guard.report(name, warn)
    return normalized_zip(buffer.getvalue())


class _Builder:
    def __init__(self, brief: Brief, template: Template) -> None:
        self.brief, self.template = brief, template
        self.sheet: StyleSheet = stylesheet(template)
        self.guard = TextGuard()
        self.bookmarks = parts.Bookmarks()
        self.linked = lists_sources(brief)
        self.document = Document()
        self.style_ids: dict[str, str] = {}

    def build(self):  # noqa: ANN201
        self._page_setup()
        _Styles(self.document, self.sheet).apply()
        self._properties()
        self._header_and_footer()
        self._title_block()
        if wants_toc(self.template):
            self._contents()
        for piece in layout.pieces(self.brief, self.template):
            self._piece(piece)
        return self.document

    # ------------------------------------------------------------------ document set-up
    def _page_setup(self) -> None:
        sheet = self.sheet
        top, right, bottom, left = sheet.margins_mm
        for section in self.document.sections:
            section.page_width, section.page_height = Mm(sheet.page_width_mm), Mm(
                sheet.page_height_mm)
            section.top_margin, section.right_margin = Mm(top), Mm(right)
            section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
            section.header_distance, section.footer_distance = Mm(top / 2 - 2), Mm(bottom / 2 - 2)

    def _properties(self) -> None:
        brief, text = self.brief, self.plain
        properties = self.document.core_properties
        properties.title = text(brief.title)[:255]
        properties.subject = text(brief.topic)[:255]
        properties.author = text(brief.generator)[:255]
        properties.last_modified_by = text(brief.generator)[:255]
        properties.comments = text(f"Brief for {brief.audience}")[:255]
        keywords = [k for k in (brief.marking, brief.audience, brief.template, "briefing") if k]
        properties.keywords = text(", ".join(keywords))[:255]
        properties.category = text(brief.marking or "")[:255]
        properties.content_status = text(brief.marking or "")[:255]
        properties.language = getattr(self.template, "language", "en")
        # python-docx writes naive datetimes as UTC ("...Z") without converting: pass UTC.
        created = build_time().replace(tzinfo=None)
        properties.created = properties.modified = created
        properties.revision = 1
        for relationship in list(self.document.part.rels.values()):
            # Word 2010's copy of the template's styles, which would show its old look there.
            if relationship.reltype.endswith("/stylesWithEffects"):
                self.document.part.drop_rel(relationship.rId)
        package = self.document.part.package
        for relationship in list(package.rels.values()):
            if relationship.reltype == RT.THUMBNAIL:  # the template's blank-page preview
                package.rels.pop(relationship.rId)
            elif relationship.reltype == RT.EXTENDED_PROPERTIES:
                relationship.target_part._blob = _APP_XML.format(
                    application=text(brief.generator) or "briefgen").encode()

    def _id(self, name: str) -> str:
        """A style's id, looked up once (python-docx looks styles up by scanning them all)."""
        if name not in self.style_ids:
            self.style_ids[name] = self.document.styles[name].style_id
        return self.style_ids[name]

    def _add(self, style: str, text: str | None = None):  # noqa: ANN202
        """A new paragraph in the named style, with ``text`` as its first run."""
        paragraph = self.document.add_paragraph()
        paragraph._p.get_or_add_pPr().style = self._id(style)
        if text:
            paragraph.add_run(text)
        return paragraph

    def _run(self, paragraph, text: str, style: str):  # noqa: ANN001, ANN202
        run = paragraph.add_run(text)
        run._r.get_or_add_rPr().style = self._id(style)
        return run

    def plain(self, text: str | None) -> str:
        return " ".join(self.guard(text).split())

    def _header_and_footer(self) -> None:
        sheet, marking = self.sheet, self.brief.marking
        section = self.document.sections[0]
        width = Mm(sheet.text_width_mm)
        header = section.header.paragraphs[0]
        header.style = self.document.styles["Header"]
        if marking:
            header.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._marking_run(header)
        footer = section.footer.paragraphs[0]
        footer.style = self.document.styles["Footer"]
        stops = footer.paragraph_format.tab_stops
        for stop in list(stops):
            stops._pPr.tabs.remove(stop._tab)
        stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        note = layout.footer_note(self.brief, self.template)
        if note:  # at the left, before the centred marking
            run = footer.add_run(self.plain(note))
            run.font.size = Pt(sheet.small_size)
            run.font.color.rgb = parts.colour(sheet.muted_color)
        footer.add_run("\t")
        if marking:
            self._marking_run(footer)
        size, muted = sheet.small_size, sheet.muted_color
        footer.add_run("\tPage ").font.size = Pt(size)
        footer.runs[-1].font.color.rgb = parts.colour(muted)
        parts.field(footer, "PAGE", "1", parts.run_properties(size, muted))
        run = footer.add_run(" of ")
        run.font.size, run.font.color.rgb = Pt(size), parts.colour(muted)
        parts.field(footer, "NUMPAGES", "1", parts.run_properties(size, muted))

    def _marking_run(self, paragraph) -> None:  # noqa: ANN001
        run = paragraph.add_run(self.plain(self.brief.marking))
        run.bold = True
        run.font.size = Pt(self.sheet.small_size)
        run.font.color.rgb = parts.colour(self.sheet.marking_color)

    # ------------------------------------------------------------------ title block
    def _title_block(self) -> None:
        sheet = self.sheet
        block = layout.title_block(self.brief, self.template)
        if sheet.logo:
            check_logo(sheet.logo)
            try:
                self._add("Kicker").add_run().add_picture(
                    sheet.logo, width=Mm(sheet.logo_width_mm))
            except Exception as error:  # python-docx and PIL raise many kinds for a bad image
                raise OutputError(f"{sheet.logo}: cannot read the logo: {error}") from None
        self._add("Kicker", self.guard(block.kicker.upper()))
        self._add("Title", self.guard(block.title))
        if block.subtitle:
            self._add("Subtitle", self.guard(block.subtitle))
        meta = self._add("Metadata", self.guard(layout.meta_line(block)))
        if block.marking:
            meta.add_run(" · ")
            run = meta.add_run(self.guard(block.marking))
            run.bold = True
            run.font.color.rgb = parts.colour(sheet.marking_color)

    def _contents(self) -> None:
        """Word's own TOC field. Its current result lists the sections, linked to their
        headings, with PAGEREF fields whose cached numbers are the PDF's pages. LibreOffice
        shows the cached numbers (a PDF made with ``soffice --convert-to`` does), Word until
        the table is updated (F9): one more reason the DOCX must break pages as the PDF does."""
        self._add("TOC Heading", "Contents")
        headings = [p for p in layout.pieces(self.brief, self.template)
                    if isinstance(p, layout.Heading) and p.level == 1]
        if headings:
            self._contents_entries(headings)
        self._add("Contents Rule")

    def _contents_entries(self, headings: list[layout.Heading]) -> None:
        pages = heading_pages(self.brief, self.template)
        for number, heading in enumerate(headings):
            paragraph = self._add("toc 1")
            if number == 0:
                parts.field_char(paragraph, "begin")
                parts.instruction(paragraph, 'TOC \\o "1-1" \\h \\z \\u')
                parts.field_char(paragraph, "separate")
            parts.hyperlink(paragraph, self.plain(heading.text), anchor=heading.key)
            paragraph.add_run("\t")
            parts.field_char(paragraph, "begin")
            parts.instruction(paragraph, f"PAGEREF {heading.key} \\h")
            parts.field_char(paragraph, "separate")
            paragraph.add_run(str(pages.get(heading.key, "")))
            parts.field_char(paragraph, "end")
            if number == len(headings) - 1:
                parts.field_char(paragraph, "end")

    # ------------------------------------------------------------------ the pieces
    def _piece(self, piece: layout.Piece) -> None:
        if isinstance(piece, layout.Heading):
            paragraph = self._add(f"Heading {piece.level}", self.guard(piece.text))
            self.bookmarks.wrap(paragraph, piece.key)
        elif isinstance(piece, layout.Body):
            self._running(self._add("Normal"), piece)
        elif isinstance(piece, layout.Bullet):
            self._running(self._add("List Bullet"), piece)
        elif isinstance(piece, layout.Quote):
            quote = self._add("Quote", self.guard(piece.text))
            if piece.speaker:  # under the same rule, which Word draws across both
                attribution = self._add("Caption", "— " + self.guard(piece.speaker))
                self._citation(attribution, piece.citations, piece.anchor)
            else:  # the sentence names its speaker: the citation closes the quote itself
                quote.paragraph_format.keep_with_next = False
                quote.paragraph_format.space_after = Pt(0)  # the quote's space is above a speaker
                self._citation(quote, piece.citations, piece.anchor)
            # A spacer, or Word joins this quote's rule to the next quote's.
            self._add("Spacer").paragraph_format.space_after = Pt(
                self.sheet.paragraph_space - _TWIP)
        elif isinstance(piece, layout.Grid):
            self._table(piece.table)
        elif isinstance(piece, layout.Sources) and piece.compact:
            self._compact_sources()
        elif isinstance(piece, layout.Sources):
            for index, source in enumerate(self.brief.sources, start=1):
                self._source(index, source, piece.short)

    def _running(self, paragraph, piece: layout.Body | layout.Bullet) -> None:  # noqa: ANN001
        if piece.lead:
            paragraph.add_run(self.guard(piece.lead) + ": ").bold = True
        paragraph.add_run(self.guard(piece.text))
        self._citation(paragraph, piece.citations, piece.anchor)

    def _citation(self, paragraph, citations: tuple[str, ...],  # noqa: ANN001
                  dated: str | None = None) -> None:
        """The citation marker, with ``dated`` (the item's anchor, its article's day)."""
        cited = marker(self.brief, citations, self.template.citation_style, dated)
        if not cited.labels:
            return
        if paragraph.runs:  # not in a table's Sources column, which holds the citation alone
            self._run(paragraph, NO_BREAK, "Citation")
        for text, source_id in cited.parts:
            name = anchor(self.brief, source_id) if self.linked and source_id else None
            if name:
                parts.hyperlink(paragraph, self.guard(text), anchor=name,
                                style=self._id("Citation"))
            else:
                self._run(paragraph, self.guard(text), "Citation")

    def _table(self, table: Table) -> None:
        sheet = self.sheet
        columns = (*table.columns, "Sources")
        cited = [marker(self.brief, row.citations, self.template.citation_style)
                 for row in table.rows]
        texts = [(*row.cells, mark.text) for row, mark in zip(table.rows, cited, strict=True)]
        widths = [Pt(width) for width in table_widths(sheet, columns, texts)]
        grid = self.document.add_table(rows=1, cols=len(columns))
        grid.style = self.document.styles["Table Grid"]
        grid.alignment = WD_TABLE_ALIGNMENT.LEFT
        grid.autofit = False
        parts.fixed_layout(grid)
        parts.table_indent(grid, CELL_PADDING)
        parts.table_borders(grid, sheet.grid_color)
        # LibreOffice and Word add each row's rule (a quarter point) to its height; the PDF
        # draws its rules over the padding. Take the rule off the padding to keep rows equal.
        parts.cell_margins(grid, CELL_PADDING, 3, 3 - ROW_RULE)
        for column, width in zip(grid.columns, widths, strict=True):
            column.width = width  # the grid Word and LibreOffice lay out from
        parts.table_width(grid, sum(widths))
        text_style = self._id("Table Text")
        header = grid.rows[0]
        for cell, heading, width in zip(_cells(header, grid), columns, widths, strict=True):
            cell.width = width
            self._cell_text(cell, heading, text_style, bold=True)
            parts.shade_cell(cell, sheet.table_header_color)
            parts.header_rule(cell, sheet.accent_color, HEADER_RULE, 3 - HEADER_RULE)
        parts.row_flag(header, "tblHeader")
        for number, row in enumerate(table.rows):
            added = grid.add_row()
            # python-docx's row.cells walks the whole table: quadratic for long tables.
            cells = _cells(added, grid)
            values = [*row.cells, *[""] * (len(table.columns) - len(row.cells))]
            for cell, value, width in zip(cells, values[:len(table.columns)], widths,
                                          strict=False):
                cell.width = width
                self._cell_text(cell, value, text_style)
            cells[-1].width = widths[-1]
            paragraph = cells[-1].paragraphs[0]
            paragraph._p.get_or_add_pPr().style = text_style
            self._citation(paragraph, row.citations)
            if number % 2:
                for cell in cells:
                    parts.shade_cell(cell, sheet.stripe_fill)
            if sum(len(value) for value in values) < SPLITTABLE_ROW_CHARS:
                parts.row_flag(added, "cantSplit")
        self._add("Spacer")

    def _cell_text(self, cell, text: str, style: str, bold: bool = False) -> None:  # noqa: ANN001
        paragraph = cell.paragraphs[0]
        paragraph._p.get_or_add_pPr().style = style
        run = paragraph.add_run(self.guard(text))
        if bold:
            run.bold = True
            run.font.color.rgb = parts.colour(self.sheet.accent_color)

    def _compact_sources(self) -> None:
        """The summary line, then one small paragraph of the cited numbers by outlet, each a
        bookmark the citations jump to (and a link to the article when it has a web address)."""
        compact = layout.compact_sources_of(self.brief, self.template)
        self._add("Sources Compact", self.guard(compact.summary) + ".")
        if not compact.groups:
            return
        paragraph = self._add("Sources Compact", "Cited: ")
        for number, group in enumerate(compact.groups):
            if number:
                paragraph.add_run("; ")
            if group.outlet:
                paragraph.add_run(self.guard(group.outlet)).bold = True
                paragraph.add_run(" ")
            for position, (source, label) in enumerate(group.entries):
                if position:
                    paragraph.add_run(", ")
                name = anchor(self.brief, source.id)
                if name:
                    self.bookmarks.mark(paragraph, name)
                shown = f"[{self.guard(source.id)}]"
                link = web_link(source)
                if link:
                    parts.hyperlink(paragraph, shown, url=link, style=self._id("Hyperlink"))
                else:
                    paragraph.add_run(shown)
                if label:
                    paragraph.add_run(NO_BREAK + self.guard(label).replace(" ", NO_BREAK))
        paragraph.add_run(".")

    def _source(self, index: int, source: Source, short: bool) -> None:
        paragraph = self._add("Bibliography")
        paragraph.add_run(f"[{self.guard(source.id)}]\t")
        if source.outlet:
            paragraph.add_run(self.guard(source.outlet)).bold = True
            paragraph.add_run(". ")
        link = web_link(source)
        title = f"“{self.guard(source.title)}”"
        if short and link:
            parts.hyperlink(paragraph, title, url=link, style=self._id("Hyperlink"))
        else:
            paragraph.add_run(title)
        if not short:
            for value in (source.author, source.date):
                if value:
                    paragraph.add_run(". " + self.guard(value))
            location = location_text(source)
            if link:
                paragraph.add_run(". ")
                parts.hyperlink(paragraph, self.guard(link), url=link,
                                style=self._id("Hyperlink"))
            elif location:
                paragraph.add_run(". " + self.guard(location))
        name = anchor(self.brief, source.id)
        if name:
            self.bookmarks.wrap(paragraph, name)


def _cells(row, table) -> list:  # noqa: ANN001
    return [_Cell(tc, table) for tc in row._tr.tc_lst]


class _Styles:
    """The Word styles, set from the same style sheet as the PDF's."""

    def __init__(self, document, sheet: StyleSheet) -> None:  # noqa: ANN001
        self.document, self.sheet = document, sheet
        self.styles = document.styles

    def apply(self) -> None:
        sheet = self.sheet
        normal = self._role_style("Normal", "body")
        normal.paragraph_format.widow_control = True
        self._role_style("Title", "title", borderless=True)
        self._role_style("Subtitle", "subtitle")
        self._role_style("Kicker", "kicker").paragraph_format.keep_with_next = True
        rule = sheet.rule("title")
        meta = self._role_style("Metadata", "meta", after=rule.after)
        parts.border(meta.element.get_or_add_pPr(), "bottom", rule.colour, rule.width,
                     rule.before)
        for level in (1, 2, 3):
            style = self._role_style(f"Heading {level}", f"heading{level}")
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.keep_together = True
        bullet = self._role_style("List Bullet", "bullet")
        parts.remove_contextual_spacing(bullet.element.get_or_add_pPr())  # space as the PDF
        parts.bullet_level(self.document.part.numbering_part.element,
                           bullet.element.pPr.numPr.numId.val, "•", word_font(sheet.body_font),
                           sheet.accent_color, sheet.role("bullet").size)
        quote = self._role_style("Quote", "quote")
        quote.paragraph_format.right_indent = Pt(0)
        quote.paragraph_format.keep_with_next = True
        # Not split across pages, as in the PDF, whose quote box breaks only between pieces.
        quote.paragraph_format.keep_together = True
        # The PDF's rule is centred on the margin; Word's sits this far left of the text.
        rule_space = sheet.role("quote").indent - QUOTE_RULE / 2
        parts.border(quote.element.get_or_add_pPr(), "left", sheet.accent_color, QUOTE_RULE,
                     rule_space)
        # After the attribution, the Spacer gives the paragraph space, as the PDF's box does.
        caption = self._role_style("Caption", "attribution", after=0)
        caption.paragraph_format.keep_together = True
        parts.border(caption.element.get_or_add_pPr(), "left", sheet.accent_color, QUOTE_RULE,
                     rule_space)
        self._role_style("Table Text", "table")
        # Word needs a paragraph after a table; this one is a twip high plus the PDF's space.
        spacer = self._role_style("Spacer", "body", size=1, leading=_TWIP,
                                  after=sheet.table_space_after - _TWIP)
        spacer.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        source = self._role_style("Bibliography", "source")
        source.paragraph_format.tab_stops.add_tab_stop(Pt(sheet.role("source").indent))
        self._role_style("Sources Compact", "source_compact")
        self._role_style("TOC Heading", "contents_title").paragraph_format.keep_with_next = True
        contents = self._role_style("toc 1", "contents")
        contents.paragraph_format.tab_stops.add_tab_stop(Mm(sheet.text_width_mm),
                                                         WD_TAB_ALIGNMENT.RIGHT)
        # The rule under the contents: an empty paragraph outside the TOC field (updating the
        # field would drop a border on its last entry), one twip high, with a top border.
        rule = sheet.rule("contents")
        contents_rule = self._role_style("Contents Rule", "body", size=1, leading=_TWIP,
                                         before=rule.before, after=rule.after)
        contents_rule.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        parts.border(contents_rule.element.get_or_add_pPr(), "top", rule.colour, rule.width, 0)
        for name in ("Header", "Footer"):
            style = self._role_style(name, "margin")
            # The default template's tab stops suit US Letter with 1-inch margins only.
            parts.remove_tabs(style.element.get_or_add_pPr())
        self._character_style("Citation", size=sheet.small_size, colour=sheet.muted_color)
        self._character_style("Hyperlink", colour=sheet.link_color, underline=True)

    def _role_style(self, name: str, role_name: str, *, borderless: bool = False,
                    **overrides):  # noqa: ANN003, ANN202
        """The Word paragraph style ``name`` set as the sheet's role (``overrides``: size,
        before, after, leading in points)."""
        role = replace(self.sheet.role(role_name), **overrides)
        try:
            style = self.styles[name]
        except KeyError:
            style = self.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.styles["Normal"]
            style.quick_style = True
        parts.set_fonts(style.element, word_font(role.font))
        font = style.font
        font.size = Pt(role.size)
        font.color.rgb = parts.colour(role.colour)
        font.bold, font.italic = role.bold, role.italic
        paragraph = style.paragraph_format
        paragraph.space_before, paragraph.space_after = Pt(role.before), Pt(role.after)
        # "At least" the PDF's leading: the same baselines, and a taller glyph from a fallback
        # font (Hangul) is never clipped as it would be with an exact spacing.
        paragraph.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        paragraph.line_spacing = Pt(role.leading)
        paragraph.left_indent = Pt(role.indent)
        paragraph.first_line_indent = Pt(-role.hang)
        if borderless:
            parts.remove_borders(style.element.get_or_add_pPr())
        parts.remove_letter_spacing(style.element)  # the default Title is spaced out
        return style

    def _character_style(self, name: str, *, size: float | None = None,
                         colour: str | None = None, underline: bool = False) -> None:
        try:
            style = self.styles[name]
        except KeyError:
            style = self.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        if size:
            style.font.size = Pt(size)
        if colour:
            style.font.color.rgb = parts.colour(colour)
        style.font.underline = underline or None
