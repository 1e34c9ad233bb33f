"""PDF writer (reportlab platypus): embedded, subset Unicode fonts; an outline and (if the
template asks) a table of contents; "Page X of Y" and the marking on every page; citations that
jump to the Sources list; metadata; reproducible under ``SOURCE_DATE_EPOCH``.

All article text goes through ``fonts.Markup``, which escapes it: reportlab's paragraph parser
never sees an article's ``<`` or ``&`` as markup, so article text can neither embed a file nor
make a link. The only markup in the PDF is the writer's own.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.doctemplate import FrameBreak, LayoutError
from reportlab.platypus.tableofcontents import TableOfContents

from briefgen.errors import OutputError
from briefgen.model import Brief, Source, Table
from briefgen.templates import Template
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
from briefgen.writers.fonts import Markup, describe_missing
from briefgen.writers.guard import CHUNK_CHARS, TextGuard, Warn, chunks, stderr_warn
from briefgen.writers.logo import check_logo
from briefgen.writers.pdf_styles import PdfStyles
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

PAGE_SIZES_PT = {"A4": (595.2756, 841.8898), "Letter": (612.0, 792.0)}


def write(brief: Brief, template: Template, path: Path, warn: Warn = stderr_warn) -> None:
    """Write the brief as a PDF at ``path``, whole or not at all."""
    data = render(brief, template, warn=warn, name=path.name)
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)


def render(brief: Brief, template: Template, *, warn: Warn = stderr_warn,
           name: str = "brief.pdf") -> bytes:
    """The PDF as bytes; problems with the text are reported through ``warn``."""
    return _Renderer(brief, template).run(warn, name)[0]


def page_count(brief: Brief, template: Template, slack_pt: float = 0.0) -> int:
    """How many pages the PDF of this brief has (for fitting a brief to ``max_pages``), with
    the text area of each page ``slack_pt`` points shorter: a brief that fits with some slack
    also fits when Word or LibreOffice set the DOCX, whose lines fall a few points apart."""
    renderer = _Renderer(brief, template)
    renderer.slack = slack_pt
    return renderer.run(lambda message: None, "brief.pdf")[1]


def heading_pages(brief: Brief, template: Template) -> dict[str, int]:
    """The page of each heading in the PDF, by its key (what the DOCX's contents show until
    Word or LibreOffice recompute them)."""
    renderer = _Renderer(brief, template)
    renderer.run(lambda message: None, "brief.pdf")
    return renderer.heading_pages


class _Renderer:
    """Turns a brief into platypus flowables, then into PDF bytes."""

    def __init__(self, brief: Brief, template: Template) -> None:
        self.brief, self.template = brief, template
        self.sheet: StyleSheet = stylesheet(template)
        self.styles = PdfStyles(self.sheet)
        self.markup = Markup(self.sheet.body_font)
        self.guard = TextGuard()
        self.linked = lists_sources(brief)
        self.width = self.sheet.text_width_mm * mm
        self.heading_pages: dict[str, int] = {}
        self.slack = 0.0  # points taken off the foot of the text area (page_count)

    def run(self, warn: Warn, name: str) -> tuple[bytes, int]:
        try:
            data, pages = self._build(tables_as_text=False)
        except LayoutError:
            # A table whose row cannot be split (it should not happen with splitInRow, but a
            # brief must still come out): set every table as plain paragraphs instead.
            warn(f"{name}: a table did not fit the page; its rows are set as paragraphs")
            self.guard = TextGuard()
            data, pages = self._build(tables_as_text=True)
        self.guard.report(name, warn)
        if self.markup.right_to_left:
            warn(f"{name}: {self.markup.right_to_left} right-to-left character(s) (Arabic, "
                 "Hebrew) are set left to right and unjoined in the PDF; the DOCX shows them "
                 "as written")
        if self.markup.missing:
            warn(f"{name}: no bundled font has {len(self.markup.missing)} character(s), shown "
                 f"as boxes: {describe_missing(self.markup.missing)}")
        return data, pages

    # ------------------------------------------------------------------ document
    def _build(self, *, tables_as_text: bool) -> tuple[bytes, int]:
        self.tables_as_text = tables_as_text
        buffer = io.BytesIO()
        document = _BriefDocument(buffer, self)
        story = self._title_block()
        if wants_toc(self.template):
            story += self._contents()
        pieces = layout.pieces(self.brief, self.template)
        flowed = [self._piece(piece) for piece in pieces]
        for number, (piece, flowables) in enumerate(zip(pieces, flowed, strict=True)):
            if isinstance(piece, layout.Heading):
                story.append(_RoomFor(_ahead(pieces, flowed, number)))
            story += flowables
        try:
            document.multiBuild(story)
        except LayoutError:
            raise
        except (ValueError, IndexError) as error:  # reportlab reports bad layouts this way
            raise OutputError(f"cannot lay out the PDF: {str(error)[:200]}") from None
        return buffer.getvalue(), document.page_total or 0

    def text(self, text: str | None) -> str:
        """Article or template text as safe paragraph markup."""
        return self.markup(self.guard(text))

    def plain(self, text: str | None) -> str:
        """Text for metadata and the outline: sanitised, on one line."""
        return " ".join(self.guard(text).split())

    # ------------------------------------------------------------------ title block
    def _title_block(self) -> list[Flowable]:
        block = layout.title_block(self.brief, self.template)
        styles = self.styles
        story: list[Flowable] = []
        logo = self._logo()
        if logo is not None:
            story += [logo, Spacer(1, styles.body.fontSize * 0.6)]
        story.append(PdfParagraph(self.text(block.kicker.upper()), styles.kicker))
        story.append(PdfParagraph(self.text(block.title), styles.title))
        if block.subtitle:
            story.append(PdfParagraph(self.text(block.subtitle), styles.subtitle))
        meta = self.text(layout.meta_line(block))
        if block.marking:
            colour = self.sheet.marking_color
            meta += f' · <font color="{colour}"><b>{self.text(block.marking)}</b></font>'
        story.append(PdfParagraph(meta, styles.meta))
        story.append(self._rule("title"))
        return story

    def _rule(self, name: str) -> Flowable:
        rule = self.sheet.rule(name)
        return HRFlowable(width="100%", thickness=rule.width, color=HexColor(rule.colour),
                          spaceBefore=rule.before, spaceAfter=rule.after)

    def _logo(self) -> Flowable | None:
        path = self.sheet.logo
        if not path:
            return None
        width = self.sheet.logo_width_mm * mm
        check_logo(path)
        try:
            image = Image(path)
            logo = Image(path, width=width, height=image.imageHeight * width / image.imageWidth)
        except Exception as error:  # reportlab and PIL raise many kinds for a broken image
            raise OutputError(f"{path}: cannot read the logo: {error}") from None
        logo.hAlign = "LEFT"
        return logo

    def _contents(self) -> list[Flowable]:
        contents = TableOfContents(dotsMinLevel=-1, levelStyles=[self.styles.toc_entry],
                                   rightColumnWidth=self.sheet.body_size * 3)
        # reportlab sets the entries as table rows, where a paragraph's space after is lost:
        # it is the rows' bottom padding instead.
        contents.tableStyle = TableStyle([
            self._table_font(),
            *[(padding, (0, 0), (-1, -1), 0)
              for padding in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")],
            ("BOTTOMPADDING", (0, 0), (-1, -2), self.styles.toc_entry.spaceAfter)])
        # The last entry's space collapses with the rule's, as between Word's paragraphs.
        contents.spaceAfter = self.styles.toc_entry.spaceAfter
        return [PdfParagraph("Contents", self.styles.toc_title), contents, self._rule("contents")]

    # ------------------------------------------------------------------ the pieces
    def _piece(self, piece: layout.Piece) -> list[Flowable]:
        styles = self.styles
        if isinstance(piece, layout.Heading):
            style = styles.heading1 if piece.level == 1 else styles.heading2
            heading = PdfParagraph(self.text(piece.text), style)
            heading._briefgen_outline = (piece.level - 1, self.plain(piece.text), piece.key,
                                         self.text(piece.text))
            return [heading]
        if isinstance(piece, layout.Body):
            return self._running(piece.text, piece.citations, piece.lead, styles.body,
                                 styles.continuation, dated=piece.anchor)
        if isinstance(piece, layout.Bullet):
            return self._running(piece.text, piece.citations, piece.lead, styles.bullet,
                                 styles.bullet, bullet="•", dated=piece.anchor)
        if isinstance(piece, layout.Quote):
            return [self._quote(piece)]
        if isinstance(piece, layout.Grid):
            if self.tables_as_text:
                return self._table_as_text(piece.table)
            return [self._table(piece.table)]
        if isinstance(piece, layout.Sources):
            if piece.compact:
                return self._compact_sources()
            return [self._source(index, source, piece.short)
                    for index, source in enumerate(self.brief.sources, start=1)]
        return []

    def _running(self, text: str, citations: tuple[str, ...], lead: str | None, style,  # noqa: ANN001
                 continuation, bullet: str | None = None, dated: str | None = None
                 ) -> list[Flowable]:
        """A paragraph or bullet; a very long one is set as several paragraphs."""
        parts = chunks(self.guard(text))
        flowables = []
        for number, part in enumerate(parts):
            markup = self.markup(part)
            if number == 0 and lead:
                markup = f"<b>{self.text(lead)}:</b> {markup}"
            if number == len(parts) - 1:
                markup += self._citation(citations, dated=dated)
            if number == 0:
                flowables.append(PdfParagraph(markup, style, bulletText=bullet))
            else:
                flowables.append(PdfParagraph(markup, continuation))
        return flowables

    def _citation(self, citations: tuple[str, ...], joined: bool = True,
                  dated: str | None = None) -> str:
        """The citation marker (``dated``: the item's anchor, its article's day); ``joined`` to the
        text before it by a no-break space, set in the marker's small size as the DOCX sets it
        (a body-size space made the PDF's line a point longer than the DOCX's, enough to wrap a
        line that fits in Word)."""
        cited = marker(self.brief, citations, self.template.citation_style, dated)
        if not cited.labels:
            return ""
        links = []
        for text, source_id in cited.parts:
            if source_id is None:
                links.append(escape(self.guard(text)))
                continue
            name = anchor(self.brief, source_id) if self.linked else None
            shown = self.text(text)
            links.append(f'<a href="#{name}">{shown}</a>' if name else shown)
        size = self.sheet.small_size
        body = "".join(links)
        space = NO_BREAK if joined else ""
        return f'<font size="{size}" color="{self.sheet.muted_color}">{space}{body}</font>'

    def _quote(self, piece: layout.Quote) -> Flowable:
        """A block quote with a rule at its left, the speaker underneath. One table row per
        piece of a long quote, so that it splits between pieces and never leaves an empty
        sliver of rule at the foot of a page."""
        styles = self.styles
        parts = chunks(self.guard(piece.text), CHUNK_CHARS // 2)
        rows: list[list] = [[PdfParagraph(self.markup(part), styles.quote)] for part in parts]
        if piece.speaker:
            cited = self._citation(piece.citations, dated=piece.anchor)
            attribution = f"— {self.text(piece.speaker)}{cited}"
            rows[-1] = [[rows[-1][0], PdfParagraph(attribution, styles.attribution)]]
        else:  # the sentence names its speaker: the citation closes the quote itself
            cited = self._citation(piece.citations, dated=piece.anchor)
            rows[-1] = [PdfParagraph(self.markup(parts[-1]) + cited,
                                     styles.quote)]
        box = PdfTable(rows, colWidths=[self.width], hAlign="LEFT")
        box.setStyle(TableStyle([
            self._table_font(),
            ("LINEBEFORE", (0, 0), (0, -1), QUOTE_RULE, HexColor(self.sheet.accent_color)),
            ("LEFTPADDING", (0, 0), (-1, -1), self.sheet.role("quote").indent),
            # The rule spans the lines and no more, as Word's paragraph border does.
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        box.spaceAfter = self.sheet.paragraph_space
        return box

    def _cell(self, text: str, style) -> list[Flowable]:  # noqa: ANN001
        return [PdfParagraph(self.markup(part), style) for part in chunks(self.guard(text))]

    def _table(self, table: Table) -> Flowable:
        styles = self.styles
        columns = (*table.columns, "Sources")
        cited = [marker(self.brief, row.citations, self.template.citation_style)
                 for row in table.rows]
        texts = [(*row.cells, mark.text) for row, mark in zip(table.rows, cited, strict=True)]
        widths = table_widths(self.sheet, columns, texts)
        data: list[list] = [[self._cell(column, styles.cell_head) for column in columns]]
        for row in table.rows:
            cells = [self._cell(cell, styles.cell) for cell in row.cells]
            cells += [[""]] * (len(table.columns) - len(row.cells))  # a short row stays a row
            cells = cells[:len(table.columns)]
            citation = self._citation(row.citations, joined=False)
            cells.append([PdfParagraph(citation, styles.cell)] if citation else [""])
            data.append(cells)
        # Rows split only where the DOCX lets them (a row of much text); others move whole.
        long_rows = any(sum(map(len, row.cells)) >= SPLITTABLE_ROW_CHARS for row in table.rows)
        grid = PdfTable(data, colWidths=widths, repeatRows=1, splitInRow=int(long_rows),
                        hAlign="LEFT")
        drop = self.sheet.table_size - self.sheet.small_size
        grid.setStyle(TableStyle([
            self._table_font(),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor(self.sheet.table_header_color)),
            ("LINEBELOW", (0, 0), (-1, 0), HEADER_RULE, HexColor(self.sheet.accent_color)),
            ("LINEBELOW", (0, 1), (-1, -1), ROW_RULE, HexColor(self.sheet.grid_color)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, HexColor(self.sheet.stripe_fill)]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            # reportlab hangs a line of small type (the citation) from the top of its cell, a
            # point and a half above the row's other first lines: lower it onto their baseline
            # (as Word sets it), its cell no taller.
            ("TOPPADDING", (-1, 1), (-1, -1), 3 + drop), ("BOTTOMPADDING", (-1, 1), (-1, -1),
                                                           3 - drop),
        ]))
        grid.spaceAfter = self.sheet.table_space_after
        return grid

    def _table_font(self) -> tuple:
        # A table's own default font is Helvetica, which is not embedded; name ours instead.
        return ("FONT", (0, 0), (-1, -1), self.styles.body_font, self.sheet.table_size)

    def _table_as_text(self, table: Table) -> list[Flowable]:
        flowables = []
        for row in table.rows:
            pairs = zip(table.columns, row.cells, strict=False)
            text = "; ".join(f"{column}: {cell}" for column, cell in pairs)
            flowables += self._running(text, row.citations, None, self.styles.bullet,
                                       self.styles.bullet, bullet="•")
        return flowables

    def _source(self, index: int, source: Source, short: bool) -> Flowable:
        parts = []
        if source.outlet:
            parts.append(f"<b>{self.text(source.outlet)}</b>")
        link = web_link(source)
        title = f"“{self.text(source.title)}”"
        if short and link:
            title = f'<a href="{escape(link, {chr(34): "&quot;"})}">{title}</a>'
        parts.append(title)
        if not short:
            parts += [self.text(value) for value in (source.author, source.date) if value]
            location = location_text(source)
            if link:
                attribute = escape(link, {'"': "&quot;"})
                colour = self.sheet.link_color
                parts.append(f'<a href="{attribute}" color="{colour}">{self.text(link)}</a>')
            elif location:
                parts.append(self.text(location))
        name = anchor(self.brief, source.id)
        entry = f'<a name="{name}"/>' + ". ".join(parts)
        return PdfParagraph(entry, self.styles.source, bulletText=f"[{self.guard(source.id)}]")

    def _compact_sources(self) -> list[Flowable]:
        """The summary line, then one small paragraph of the cited numbers by outlet: each
        number is the target of the citations that link to it, and links to the article when it
        has a web address."""
        compact = layout.compact_sources_of(self.brief, self.template)
        style = self.styles.source_compact
        flowables: list[Flowable] = [PdfParagraph(self.text(compact.summary) + ".", style)]
        groups = []
        for group in compact.groups:
            entries = []
            for source, label in group.entries:
                name = anchor(self.brief, source.id)
                number = f"[{self.guard(source.id)}]"
                link = web_link(source)
                if link:
                    number = f'<a href="{escape(link, {chr(34): "&quot;"})}">{number}</a>'
                shown = NO_BREAK + self.text(label.replace(" ", NO_BREAK)) if label else ""
                entries.append(f'<a name="{name}"/>{number}{shown}')
            lead = f"<b>{self.text(group.outlet)}</b> " if group.outlet else ""
            groups.append(lead + ", ".join(entries))
        if groups:
            flowables.append(PdfParagraph("Cited: " + "; ".join(groups) + ".", style))
        return flowables

    # ------------------------------------------------------------------ page furniture
    def decorate(self, canvas, document: _BriefDocument) -> None:  # noqa: ANN001
        """Marking in header and footer, "Page X of Y" in the footer, on every page."""
        canvas.saveState()
        sheet, styles = self.sheet, self.styles
        width, height = document.pagesize
        top, right, bottom, left = (m * mm for m in sheet.margins_mm)
        text_width = width - left - right
        if self.brief.marking:
            marking = PdfParagraph(self.text(self.brief.marking), styles.marking)
            for baseline in (height - top / 2, bottom / 2):
                _, line_height = marking.wrap(text_width * 0.6, top)
                marking.drawOn(canvas, left + text_width * 0.2, baseline - line_height / 2)
        total = document.page_total or document.page
        number = PdfParagraph(f"Page {document.page} of {total}", styles.page_number)
        _, line_height = number.wrap(text_width * 0.2, bottom)
        number.drawOn(canvas, left + text_width * 0.8, bottom / 2 - line_height / 2)
        note = layout.footer_note(self.brief, self.template)
        if note:
            drawn = PdfParagraph(self.text(note), styles.footer_note)
            _, line_height = drawn.wrap(text_width * 0.2, bottom)
            drawn.drawOn(canvas, left, bottom / 2 - line_height / 2)
        canvas.restoreState()


def _ahead(pieces: list[layout.Piece], flowed: list[list[Flowable]], number: int) -> list:
    """The heading at ``number``, any headings right after it, and the first flowable after
    them: what Word's keep-with-next holds together."""
    ahead = []
    while number < len(pieces):
        ahead += flowed[number][:1]
        if not isinstance(pieces[number], layout.Heading):
            break
        number += 1
    return ahead


def _starts_in(flowables: list[Flowable], canv, width: float, height: float,  # noqa: ANN001
               space_above: float = 0.0) -> bool:
    """Whether all but the last of ``flowables`` and the start of the last fit in ``height``:
    all of it, or the first part it would split into (two lines of a paragraph, as widow
    control allows; a table's header row and first row). ``space_above`` goes above the first;
    the spaces between collapse, as the frame sets them."""
    *kept, following = flowables
    used, after = space_above, None
    for flowable in kept:
        if after is not None:
            used += max(flowable.getSpaceBefore(), after)
        used += flowable.wrapOn(canv, width, height)[1]
        after = flowable.getSpaceAfter()
    if after is not None:
        used += max(following.getSpaceBefore(), after)
    room = height - used
    if room <= 0:
        return False
    return following.wrapOn(canv, width, room)[1] <= room or bool(
        following.splitOn(canv, width, room))


class _RoomFor(CondPageBreak):
    """A page break unless the headings after it and the start of what follows them fit on
    this page, as Word's keep-with-next and widow control give (``_starts_in``). It passes the
    space after the flowable before it on, so that space still collapses with the heading's
    space before (as in Word)."""

    _SPACETRANSFER = True

    def __init__(self, ahead: list[Flowable]) -> None:
        super().__init__(0)
        self.ahead = ahead

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        if frame is None or frame._atTop or not self.ahead:
            return 0, 0  # a new page cannot give more room
        # The frame has taken the space after the flowable above; the heading's space before
        # collapses with it.
        above = max(self.ahead[0].getSpaceBefore() - frame._prevASpace, 0)
        if not _starts_in(self.ahead, self.canv, width, height, above):
            frame.add_generated_content(FrameBreak)
        return 0, 0


class _KeepWithNext(KeepTogether):
    """What platypus wraps a heading and the flowable after it in (``keepWithNext``), made to
    act as Word's "keep with next": when the pair does not fit, it splits where it stands if
    what follows can start under the heading, and moves to the next page only if it cannot.
    (platypus alone would move any pair that fits on a page, leaving a gap where Word fills the
    page.) ``_RoomFor`` has already made sure it can start here."""

    def split(self, width: float, height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (width, height):
            self.wrap(width, height)
        # ``height`` is below the first one's space before: the frame has taken it.
        if height < self._H and _starts_in(self._content, self.canv, width, height):
            return self._content[:]
        return super().split(width, height)


class _BriefDocument(BaseDocTemplate):
    """One page template; outline entries and contents lines from the headings; the page total
    from the previous pass (multiBuild repeats until it no longer changes)."""

    def __init__(self, buffer: io.BytesIO, renderer: _Renderer) -> None:
        sheet, brief = renderer.sheet, renderer.brief
        top, right, bottom, left = (m * mm for m in sheet.margins_mm)
        keywords = [k for k in (brief.marking, brief.audience, brief.template, "briefing") if k]
        super().__init__(
            buffer, pagesize=PAGE_SIZES_PT[renderer.template.page_size],
            leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
            title=renderer.plain(brief.title), author=renderer.plain(brief.generator),
            subject=renderer.plain(brief.topic), creator=renderer.plain(brief.generator),
            producer=renderer.plain(brief.generator),
            keywords=[renderer.plain(keyword) for keyword in keywords],
            lang=getattr(renderer.template, "language", "en"),
            # The canvas would otherwise start in Helvetica, a base font that is not embedded.
            initialFontName=renderer.styles.body_font,
        )
        frame = Frame(left, bottom + renderer.slack, self.width, self.height - renderer.slack,
                      id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=renderer.decorate)])
        self.keepTogetherClass = _KeepWithNext
        self.renderer = renderer
        self.page_total: int | None = None
        self._total_seen: int | None = None

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "_briefgen_outline", None)
        if outline is None:
            return
        level, title, key, markup = outline
        # Jump to the heading itself, not to the top of its page.
        top = self.frame._y + flowable.height + getattr(flowable.style, "spaceBefore", 0)
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, self.pagesize[1]))
        self.canv.addOutlineEntry(title, key, level=level, closed=False)
        self.renderer.heading_pages[key] = self.page
        if level == 0:
            self.notify("TOCEntry", (0, markup, self.page, key))

    def afterPage(self) -> None:
        self._total_seen = self.page

    def _allSatisfied(self) -> bool:
        settled = self.page_total is not None and self.page_total == self._total_seen
        self.page_total = self._total_seen
        return bool(super()._allSatisfied()) and settled
