"""The PDF, read back with pypdf: fonts embedded, outline, links, metadata, the marking and page
numbers on every page, hostile text printed literally, reproducible bytes, attachable size."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph as PdfParagraph

from briefgen.model import Brief, Paragraph, Row, Section, SourceList, Table
from briefgen.pipeline import build_brief, write
from briefgen.writers import pdf_writer
from briefgen.writers.fonts import measurer
from briefgen.writers.guard import CHUNK_CHARS
from briefgen.writers.pdf_styles import PdfStyles
from briefgen.writers.style import POINTS_PER_MM, StyleSheet, stylesheet
from tests.conftest import FIXED_DATE, HOSTILE_ARTICLE, ROOT
from tests.writers.conftest import (
    MARKING,
    SAFE_URL,
    dated_brief,
    make_brief,
    make_template,
    with_text,
)


def render(brief=None, template=None, warn=None) -> PdfReader:  # noqa: ANN001
    data = pdf_writer.render(brief or make_brief(), template or make_template(),
                             warn=warn if warn is not None else (lambda message: None))
    return PdfReader(io.BytesIO(data))


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> whether its program is embedded."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def links(reader: PdfReader) -> tuple[list[str], list]:
    """(web addresses, internal destinations) of every link annotation."""
    uris, destinations = [], []
    for page in reader.pages:
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
            elif "/Dest" in annotation:
                destinations.append(annotation["/Dest"])
    return uris, destinations


def outline_titles(entries) -> list:  # noqa: ANN001
    return [outline_titles(e) if isinstance(e, list) else e["/Title"] for e in entries]


# ----------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds_pdf(seeds_brief, analyst_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    write(seeds_brief, "pdf", path, analyst_template)
    return path


def test_seeds_brief_has_every_section_and_is_attachable(seeds_pdf, seeds_brief):
    reader = PdfReader(str(seeds_pdf))
    text = text_of(reader)
    for section in seeds_brief.sections:
        assert section.title in text
    assert len(reader.pages) >= 2
    assert seeds_pdf.stat().st_size < 300_000


def test_no_broken_words_or_boilerplate_reach_the_pdf(seeds_pdf):
    text = flat(text_of(PdfReader(str(seeds_pdf))))
    for bad in ("thi s", "Orga nization", "Sign up"):
        assert bad not in text


# ----------------------------------------------------------------------------- fonts


def test_every_font_is_embedded_and_subset():
    found = fonts(render())
    assert found and all(found.values()), found
    assert all("+" in name for name in found), "subset fonts are named XXXXXX+Name"
    assert any("LiberationSans" in name for name in found)
    assert not any("Helvetica" in name or "Times" in name for name in found)


def test_characters_the_font_lacks_come_from_a_fallback_font():
    brief = with_text(make_brief(), "Το Σεούλ (서울) said: Москва.")
    template = make_template(style=make_template().style.__class__(body_font="Caladea",
                                                                  heading_font="Caladea"))
    reader = render(brief, template)
    names = fonts(reader)
    assert any("Caladea" in name for name in names)
    assert any("DejaVuSans" in name for name in names)  # Greek and Cyrillic
    assert any("NanumGothic" in name for name in names)  # Hangul
    assert "서울" in text_of(reader) and "Москва" in text_of(reader)


def test_characters_no_bundled_font_has_are_named_in_a_warning(warnings):
    render(with_text(make_brief(), "Deal done \U0001F91D, said officials."), warn=warnings)
    assert "U+1F91D" in warnings.text and "no bundled font" in warnings.text


# ----------------------------------------------------------------------------- structure


def test_outline_has_the_sections_and_their_groups():
    reader = render()
    titles = outline_titles(reader.outline)
    brief = make_brief()
    assert [t for t in titles if isinstance(t, str)] == [s.title for s in brief.sections]
    assert ["Spain", "China"] in titles


def test_table_of_contents_when_the_template_asks():
    assert "Contents" in text_of(render(template=make_template(toc=True)))
    assert "Contents" not in text_of(render(template=make_template(toc=False)))


def test_citations_jump_to_the_sources_and_only_safe_addresses_are_links():
    uris, destinations = links(render())
    assert uris == [SAFE_URL]  # javascript: and local paths stay text
    citations = sum(len(item.citations) for section in make_brief().sections
                    for block in section.blocks for item in getattr(block, "items", ()))
    assert len(destinations) >= citations


def test_citations_are_plain_text_when_the_brief_has_no_sources_list():
    brief = make_brief()
    brief = brief.__class__(**{**brief.__dict__, "sections": brief.sections[:-1]})
    reader = render(brief, make_template(toc=False))
    assert links(reader) == ([], [])
    assert "[1, 2]" in flat(text_of(reader))


def test_metadata_is_the_briefs(fixed_epoch):
    reader = render()
    metadata = reader.metadata
    assert metadata.title == "Talks resume in Geneva"
    assert metadata.subject == "Geneva talks"
    assert metadata.author == metadata.creator == metadata.producer == "briefgen 9.9"
    assert MARKING in metadata["/Keywords"]
    assert metadata["/CreationDate"].startswith("D:20241028000000")
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_marking_and_page_x_of_y_are_on_every_page():
    long_text = " ".join(["The delegation said talks would continue next week."] * 400)
    reader = render(with_text(make_brief(), long_text))
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert text.count(MARKING) >= 2, f"page {number}: marking in header and footer"
        assert f"Page {number} of {total}" in text


def test_no_marking_anywhere_when_the_template_has_none():
    reader = render(make_brief(marking=None), make_template(marking=None))
    assert MARKING not in text_of(reader)
    assert MARKING not in reader.metadata["/Keywords"]


def test_letter_paper():
    box = render(template=make_template(page_size="Letter")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_page_count_matches_the_rendered_file():
    brief, template = make_brief(), make_template()
    assert pdf_writer.page_count(brief, template) == len(render(brief, template).pages)


# ----------------------------------------------------------------------------- any text


def test_hostile_article_text_is_printed_literally(write_article, analyst_template, tmp_path):
    path = write_article("hostile.txt", HOSTILE_ARTICLE)
    brief = build_brief([path], analyst_template, brief_date=FIXED_DATE)
    out = tmp_path / "hostile.pdf"
    write(brief, "pdf", out, analyst_template)
    reader = PdfReader(str(out))
    text = flat(text_of(reader))
    assert "AT&T said a<b holds" in text
    assert "<b>bold claims</b>" in text
    assert '<img src="/etc/passwd"/>' in text
    assert "서울" in text
    assert any("NanumGothic" in name for name in fonts(reader))
    assert links(reader)[0] == [], "article text must not become a web link"


def test_markup_in_every_field_prints_as_text():
    hostile = '<a href="javascript:alert(1)">x</a> & <img src="/etc/hosts"/> <font size="500">'
    brief = make_brief(title=f"AT&T {hostile}", topic=f"R&D {hostile}", marking=hostile,
                       audience=hostile)
    reader = render(with_text(brief, f"a<b {hostile}"))
    text = flat(text_of(reader))
    assert f"AT&T {hostile}" in text and f"a<b {hostile}" in text
    assert text.count(hostile) >= 4
    assert links(reader)[0] == [SAFE_URL]
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject", {})
        assert not any(o.get_object()["/Subtype"] == "/Image" for o in objects.values())


def test_characters_no_document_can_hold_are_removed_and_counted(warnings):
    reader = render(with_text(make_brief(), "bad\x00 \x1b text\ufffe here\ud800 end\uffff"),
                    warn=warnings)
    text = text_of(reader)
    assert "bad text here end" in flat(text)
    assert "■" not in text
    assert "removed 5 character(s)" in warnings.text


def test_very_long_words_and_addresses_wrap_without_loss():
    url = "https://example.com/" + "segment/" * 80
    brief = with_text(make_brief(), f"start {'ж' * 4000} end {url}")
    text = "".join(text_of(render(brief)).split())
    assert text.count("ж") == 4000  # the word wraps, even across a page, and nothing is lost
    assert url in text


def test_a_table_cell_longer_than_a_page_splits_across_pages():
    cell = " ".join(["The figure was disputed by every outlet that reported it."] * 900)
    table = Table(("Figure", "What it counts"), (Row(("12,000", cell), ("1",)),))
    brief = make_brief()
    brief = brief.__class__(**{**brief.__dict__, "sections": (
        Section("figures", "Key figures", (table,)),
        Section("sources", "Sources", (SourceList(),)))})
    reader = render(brief)
    assert len(reader.pages) >= 3
    assert flat(text_of(reader)).count("every outlet that reported it") >= 850


def test_a_long_paragraph_is_set_as_pieces_and_keeps_every_word():
    sentence = "Officials said the shipment left the port on Tuesday night."
    text = " ".join([sentence] * (3 * CHUNK_CHARS // len(sentence)))
    reader = render(with_text(make_brief(), text))
    assert text_of(reader).count("shipment") == text.count("shipment")


# ----------------------------------------------------------------------------- reproducible


def test_same_input_gives_the_same_bytes_under_source_date_epoch(fixed_epoch):
    brief, template = make_brief(), make_template()
    first = pdf_writer.render(brief, template)
    assert pdf_writer.render(brief, template) == first


def test_same_bytes_across_processes(tmp_path):
    script = ("import sys; from tests.writers.conftest import make_brief, make_template;"
              "from briefgen.writers import pdf_writer, docx_writer;"
              "sys.stdout.buffer.write(pdf_writer.render(make_brief(), make_template())"
              " + docx_writer.render(make_brief(), make_template()))")
    outputs = []
    for seed in ("1", "2"):
        environment = {**os.environ, "SOURCE_DATE_EPOCH": "1730073600", "PYTHONHASHSEED": seed}
        outputs.append(subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=environment,
                                      capture_output=True, check=True).stdout)
    assert outputs[0] == outputs[1]


def test_right_to_left_text_is_set_and_the_limitation_said(warnings):
    reader = render(with_text(make_brief(), "The sign read سلام in Arabic."), warn=warnings)
    assert "right-to-left" in warnings.text
    assert "in Arabic" in text_of(reader)


# ----------------------------------------------------------------------------- the logo


@pytest.fixture
def logo(tmp_path):
    from PIL import Image as PilImage

    path = tmp_path / "logo.png"
    PilImage.new("RGB", (60, 20), (31, 58, 95)).save(path)
    return str(path)


def test_the_templates_logo_heads_the_first_page(logo):
    reader = render(template=make_template(logo=logo))
    images = [o for o in reader.pages[0]["/Resources"]["/XObject"].values()
              if o.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1


def test_a_broken_logo_is_one_clear_error(tmp_path):
    from briefgen.errors import OutputError

    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really" * 10)
    with pytest.raises(OutputError, match="logo.png: cannot read the logo"):
        render(template=make_template(logo=str(broken)))


# ----------------------------------------------------------------------------- page breaks


def _many_sections(count: int = 40) -> list:
    from briefgen.model import BulletList, Item

    sentence = "The ministry said the talks would continue, officials told reporters on Monday."
    return [Section("context", f"Heading number {n}", (BulletList(tuple(
        Item(" ".join([sentence] * (1 + (n * 7 + i) % 4)), ("1",)) for i in range(1 + n % 4))),))
        for n in range(count)]


def test_no_heading_is_left_alone_at_the_foot_of_a_page():
    brief = make_brief()
    brief = brief.__class__(**{**brief.__dict__, "sections": (*_many_sections(),
                                                               brief.sections[-1])})
    reader = render(brief, make_template(toc=False))
    assert len(reader.pages) >= 5
    for number, page in enumerate(reader.pages[:-1], start=1):
        last = [line for line in page.extract_text().splitlines() if line.strip()][-1]
        assert not last.startswith("Heading number"), f"page {number} ends with {last!r}"


def test_a_long_table_starts_under_its_heading_rather_than_on_a_new_page():
    rows = tuple(Row((f"{n},000", f"troops counted in report {n}"), ("1",)) for n in range(35))
    brief = make_brief()
    brief = brief.__class__(**{**brief.__dict__, "sections": (
        brief.sections[0], Section("figures", "Key figures", (Table(("Figure", "What"), rows),)),
        brief.sections[-1])})
    first_page = render(brief, make_template(toc=False)).pages[0].extract_text()
    assert "Key figures" in first_page and "0,000" in first_page


def _baselines(page) -> list[tuple[float, str]]:  # noqa: ANN001
    """(baseline, text) of each line of a page, the baseline in points from the top."""
    height, runs = float(page.mediabox.height), []

    def visit(text, matrix, text_matrix, font, size):  # noqa: ANN001, ANN202
        if text.strip():
            y = text_matrix[4] * matrix[1] + text_matrix[5] * matrix[3] + matrix[5]
            runs.append((round(height - y, 2), text.strip()))

    page.extract_text(visitor_text=visit)
    lines: dict[float, str] = {}
    for y, text in runs:
        lines[y] = f"{lines[y]} {text}" if y in lines else text
    return sorted(lines.items())


def _two_sections(paragraphs: int, sentences: int) -> Brief:
    """A brief whose second heading falls lower on page 1 the more filler comes before it."""
    filler = " ".join(["The ministry said the talks would continue, officials told reporters "
                       "on Monday."] * sentences)
    following = " ".join(["Analysts expect the second round to last a week at least."] * 9)
    brief = make_brief()
    return brief.__class__(**{**brief.__dict__, "sections": (
        Section("context", "Context", (Paragraph(filler, ("1",)),) * paragraphs),
        Section("risks", "Risks ahead", (Paragraph(following, ("2",)),)),
        Section("sources", "Sources", (SourceList(),)))})


def test_a_heading_near_the_foot_keeps_two_lines_under_it_as_in_word():
    # Word's "keep with next" holds a heading to the first lines of what follows, not to all
    # of it: the heading moves to the next page only when it and two lines do not fit (the
    # space after the paragraph above collapsing into the heading's space before).
    template = make_template(toc=False)
    sheet = stylesheet(template)
    heading, body = sheet.role("heading1"), sheet.role("body")
    needed = heading.before + heading.leading + heading.after + 2 * body.leading
    foot = sheet.page_height_mm * POINTS_PER_MM - sheet.margins_mm[2] * POINTS_PER_MM
    split_under_heading = tight_but_kept = 0
    for paragraphs, sentences in [(1, n) for n in range(40, 48)] + [(27, 1)]:
        pages = render(_two_sections(paragraphs, sentences), template).pages
        lines = [(y, text) for y, text in _baselines(pages[0])
                 if not text.startswith((MARKING, "Page "))]
        at = next((i for i, (_, text) in enumerate(lines) if text.startswith("Risks ahead")), None)
        above = lines[at - 1][0] if at is not None else lines[-1][0]
        free = foot - above - (body.leading - body.size)  # below the line box above
        if at is None:
            assert free < needed, f"{paragraphs} x {sentences}: {free:.1f} pt left behind"
        else:
            split_under_heading += "Analysts expect" in pages[1].extract_text()
            tight_but_kept += free < needed + body.after
    assert split_under_heading, "no case put the heading at the foot of page 1"
    assert tight_but_kept, "no case needed the spaces to collapse"


def test_a_short_table_row_is_never_split_across_pages():
    # The DOCX keeps such a row whole (Word's cantSplit): the PDF must not split it either,
    # even where the header row and a few of its lines would fit at the foot of a page.
    row = "ROWSTART " + " ".join(["the figure was disputed by every outlet"] * 12) + " ROWEND"
    table = Table(("Figure", "What it counts"), (Row(("12,000", row), ("1",)),) * 3)
    filler = "The ministry said the talks would continue, officials told reporters on Monday."
    brief = make_brief()
    for sentences in range(40, 52):
        sections = (Section("context", "Context", (Paragraph(" ".join([filler] * sentences),
                                                             ("1",)),)),
                    Section("figures", "Key figures", (table,)),
                    Section("sources", "Sources", (SourceList(),)))
        pages = render(brief.__class__(**{**brief.__dict__, "sections": sections}),
                       make_template(toc=False)).pages
        for page in pages:
            text = page.extract_text()
            assert text.count("ROWSTART") == text.count("ROWEND"), sentences


def test_contents_entries_are_spaced_as_the_style_sheet_says(monkeypatch):
    # reportlab sets the entries as table rows, where a paragraph's space after is lost: the
    # PDF had its entries closer than the sheet (and the DOCX) by that space each.
    sheet_role = StyleSheet.role

    def spaced(self, name):  # noqa: ANN001, ANN202
        role = sheet_role(self, name)
        return replace(role, after=3.0) if name == "contents" else role

    monkeypatch.setattr(StyleSheet, "role", spaced)
    template = make_template(toc=True)
    lines = _baselines(render(template=template).pages[0])
    entries = {}
    for y, text in lines:
        for title in ("Context", "Stakeholder positions", "Key figures"):
            if title in text:  # the first is the entry (its page number may come first)
                entries.setdefault(title, y)
    pitches = {round(b - a, 2) for a, b in zip(list(entries.values()),
                                                list(entries.values())[1:], strict=False)}
    assert pitches == {stylesheet(template).role("contents").leading + 3.0}


def test_a_table_rows_citation_sits_on_the_rows_first_baseline():
    # In small type, reportlab would hang it from the top of its cell, above the row's text.
    lines = [text for page in render().pages for _, text in _baselines(page)]
    assert any(text.startswith("12,000") and text.endswith("[1]") for text in lines), lines


def test_a_line_is_never_squeezed_to_hold_one_more_word():
    # reportlab would narrow every space by up to 5% to fit a word; Word and LibreOffice never
    # do in ragged-right text, so the DOCX had paragraphs a line longer than the PDF's.
    sheet = stylesheet(make_template())
    style = PdfStyles(sheet).body
    text = "The delegation said the talks would continue next week in Geneva, officials said."
    width = measurer(sheet.body_font, sheet.body_size)(text, False)
    assert PdfParagraph(text, style).wrap(width + 0.01, 1000)[1] == style.leading
    assert PdfParagraph(text, style).wrap(width - 0.3, 1000)[1] == 2 * style.leading


def test_page_count_with_slack_measures_a_shorter_text_area():
    brief, template = make_brief(), make_template()
    assert pdf_writer.page_count(brief, template) == 1
    assert pdf_writer.page_count(brief, template, slack_pt=0.5) == 1
    assert pdf_writer.page_count(brief, template, slack_pt=450) >= 2


def test_a_table_that_cannot_be_laid_out_is_set_as_paragraphs(monkeypatch, warnings):
    from reportlab.platypus import Spacer

    # A flowable taller than any page and impossible to split: what reportlab calls LayoutError.
    monkeypatch.setattr(pdf_writer._Renderer, "_table", lambda self, table: Spacer(1, 5000))
    reader = render(warn=warnings)
    assert "set as paragraphs" in warnings.text
    text = flat(text_of(reader))
    assert "Figure: 12,000; What it counts: troops pledged by the North [1]" in text


def test_an_item_s_anchor_is_set_with_its_citation_and_the_number_stays_a_link():
    reader = render(dated_brief(), make_template(toc=False))
    text = flat(text_of(reader))
    assert "pause. [1, Geneva, 27 October 2024; 2]" in text
    assert "Mia Chen [1, 27 October 2024]" in text
    assert len(links(reader)[1]) >= 3  # 1 and 2 of the bullet, 1 of the quote


def _compact_template():  # noqa: ANN202
    from briefgen.templates import SectionSpec
    sections = tuple(SectionSpec(s, s.title(), layout="compact" if s == "sources" else
                                 "bullets") for s in ("bottom_line", "figures", "sources"))
    return make_template(sections=sections, toc=False)


def test_compact_sources_are_a_summary_and_the_cited_numbers_and_the_footer_counts():
    reader = render(template=_compact_template())
    text = flat(text_of(reader))
    assert "3 articles from 2 outlets (Daily Planet 1, Yonhap 1)" in text
    assert "Cited: Daily Planet [1] 27 October 2024; Yonhap [2]; [3] “Old talks”." in text
    assert "Second round" not in text  # no list of titles
    assert "Draws on 3 articles" in text
    # A citation still jumps to its number.
    links = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    assert any(str(link.get("/Dest", "")).startswith("source_") or "/A" in link
               for link in links)
    assert "Draws on" not in flat(text_of(render()))  # a full list needs no count in the footer
