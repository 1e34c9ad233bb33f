"""The DOCX, read back with python-docx and as XML: Word styles, header and footer fields,
contents field, links and bookmarks, core properties, literal text, reproducible bytes."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefgen.pipeline import build_brief, fit_to_pages, write
from briefgen.templates import load_template
from briefgen.writers import docx_writer
from briefgen.writers.fonts import word_font
from briefgen.writers.style import CELL_PADDING, stylesheet
from tests.conftest import FIXED_DATE, HOSTILE_ARTICLE, ROOT
from tests.writers.conftest import (
    MARKING,
    SAFE_URL,
    dated_brief,
    make_brief,
    make_template,
    with_text,
)


def render(brief=None, template=None, warn=None) -> bytes:  # noqa: ANN001
    return docx_writer.render(brief or make_brief(), template or make_template(),
                              warn=warn if warn is not None else (lambda message: None))


def open_docx(data: bytes):  # noqa: ANN201
    return docx.Document(io.BytesIO(data))


def pairs(document) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(p.style.name, p.text) for p in document.paragraphs]


def part_xml(data: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")


# ----------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds_docx(seeds_brief, analyst_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "brief.docx"
    write(seeds_brief, "docx", path, analyst_template)
    return path


def test_seeds_headings_follow_the_sections_and_the_file_is_attachable(seeds_docx, seeds_brief):
    document = docx.Document(str(seeds_docx))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [section.title for section in seeds_brief.sections]
    assert seeds_docx.stat().st_size < 100_000


# ----------------------------------------------------------------------------- styles


def test_every_part_uses_a_real_word_style():
    document = open_docx(render())
    found = pairs(document)
    brief = make_brief()
    assert found[[style for style, _ in found].index("Title")][1] == brief.title
    assert ("Subtitle", "Geneva talks") in found
    assert [t for s, t in found if s == "Heading 1"] == [s.title for s in brief.sections]
    assert [t for s, t in found if s == "Heading 2"] == ["Spain", "China"]
    bullets = [t for s, t in found if s == "List Bullet"]
    assert bullets[0].startswith("The talks resumed in Geneva")
    # The citation is held to its sentence by a no-break space: a line never starts with [1].
    assert "Foreign Minister Ana Ruiz: We are ready to talk without conditions.\u00a0[1]" in bullets
    assert ("Quote", "“This is a turning point for the region,” she said.") in found
    assert ("Caption", "— Mia Chen, analyst at the Institute\u00a0[2]") in found
    assert any(s == "Bibliography" and t.startswith("[1]\tDaily Planet") for s, t in found)
    assert [table.style.name for table in document.tables] == ["Table Grid"]
    assert document.tables[0].rows[1].cells[0].text == "12,000"


def test_styles_carry_the_template_look_without_theme_fonts():
    document = open_docx(render())
    styles = document.styles
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        fonts = styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == word_font("LiberationSans") == "Arial"
        assert fonts.get(qn("w:asciiTheme")) is None, name
    assert styles["Normal"].font.size.pt == make_template().style.body_size
    assert str(styles["Heading 1"].font.color.rgb) == make_template().style.heading_color[1:]
    assert styles["Heading 1"].paragraph_format.keep_with_next


@pytest.fixture(scope="module")
def styled():
    """The test brief's DOCX and the style sheet it was made from."""
    template = make_template()
    return open_docx(render(template=template)), stylesheet(template)


@pytest.mark.parametrize(("name", "role"), [
    ("Normal", "body"), ("List Bullet", "bullet"), ("Title", "title"), ("Subtitle", "subtitle"),
    ("Kicker", "kicker"), ("Heading 1", "heading1"), ("Heading 2", "heading2"),
    ("Table Text", "table"), ("Quote", "quote"), ("Bibliography", "source"),
    ("TOC Heading", "contents_title"), ("toc 1", "contents"), ("Footer", "margin")])
def test_word_styles_space_lines_exactly_as_the_style_sheet(styled, name, role):
    # The PDF takes the same numbers from the same roles: equal spaces, equal pages.
    document, sheet = styled
    expected, found = sheet.role(role), document.styles[name]
    spacing = found.paragraph_format
    assert found.font.size.pt == expected.size
    assert spacing.line_spacing_rule == WD_LINE_SPACING.AT_LEAST
    assert spacing.line_spacing.pt == pytest.approx(expected.leading, abs=1e-6)
    assert spacing.space_before.pt == pytest.approx(expected.before, abs=1e-6)
    assert spacing.space_after.pt == pytest.approx(expected.after, abs=1e-6)
    assert spacing.left_indent.pt == pytest.approx(expected.indent, abs=1e-6)
    assert spacing.first_line_indent.pt == pytest.approx(-expected.hang, abs=1e-6)


def test_the_rule_under_the_title_block_is_the_sheets(styled):
    document, sheet = styled
    rule = sheet.rule("title")
    meta = document.styles["Metadata"]
    border = meta.element.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert int(border.get(qn("w:space"))) == rule.before
    assert int(border.get(qn("w:sz"))) == round(rule.width * 8)
    assert meta.paragraph_format.space_after.pt == pytest.approx(rule.after, abs=1e-6)


def test_a_quote_and_its_speaker_stand_under_one_rule_and_a_table_on_the_margin(styled):
    document, _ = styled
    borders = [document.styles[name].element.pPr.find(qn("w:pBdr")).find(qn("w:left"))
               for name in ("Quote", "Caption")]
    assert borders[0].attrib == borders[1].attrib  # equal borders: Word draws one rule
    # Word 2010's layout puts the first cell's text at the indent: the cell margin puts the
    # table's edge on the margin, as in the PDF.
    indent = document.tables[0]._tbl.tblPr.find(qn("w:tblInd"))
    assert int(indent.get(qn("w:w"))) == round(CELL_PADDING * 20)


def test_bullets_are_the_pdfs_in_the_accent_colour(styled):
    document, sheet = styled
    numbering = document.part.numbering_part.element
    num_id = document.styles["List Bullet"].element.pPr.numPr.numId.val
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    level = next(a for a in numbering.findall(qn("w:abstractNum"))
                 if a.get(qn("w:abstractNumId")) == abstract_id).find(qn("w:lvl"))
    assert level.find(qn("w:lvlText")).get(qn("w:val")) == "•"
    assert level.find(qn("w:rPr")).find(qn("w:color")).get(qn("w:val")) == sheet.accent_color[1:]
    assert level.find(qn("w:pPr")) is None  # the style's hanging indent places the text


def test_header_and_footer_carry_the_marking_and_page_fields():
    data = render()
    section = open_docx(data).sections[0]
    assert section.header.paragraphs[0].text == MARKING
    assert MARKING in section.footer.paragraphs[0].text
    footer = part_xml(data, "word/footer1.xml")
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer


def test_no_marking_when_the_template_has_none():
    data = render(make_brief(marking=None), make_template(marking=None))
    document = open_docx(data)
    assert document.sections[0].header.paragraphs[0].text == ""
    assert MARKING not in "\n".join(p.text for p in document.paragraphs)
    assert "NUMPAGES" in part_xml(data, "word/footer1.xml")


def test_contents_field_when_the_template_asks():
    with_toc = part_xml(render(template=make_template(toc=True)), "word/document.xml")
    assert 'TOC \\o "1-1" \\h' in with_toc
    assert with_toc.count('w:fldCharType="begin"') == with_toc.count('w:fldCharType="end"')
    # Each entry's page is a PAGEREF to its heading's bookmark, its cached number the PDF's.
    assert "PAGEREF section_1 \\h" in with_toc
    without = part_xml(render(template=make_template(toc=False)), "word/document.xml")
    assert "TOC \\o" not in without


def test_links_go_to_safe_addresses_and_to_bookmarks_that_exist():
    data = render()
    document = open_docx(data)
    external = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    assert external == [SAFE_URL]
    body = document.element.body
    anchors = {link.get(qn("w:anchor")) for link in body.iter(qn("w:hyperlink"))} - {None}
    bookmarks = {mark.get(qn("w:name")) for mark in body.iter(qn("w:bookmarkStart"))}
    assert {"source_1", "source_2", "source_3", "section_1"} <= anchors <= bookmarks
    ids = [mark.get(qn("w:id")) for mark in body.iter(qn("w:bookmarkStart"))]
    assert len(ids) == len(set(ids))


def test_core_properties_are_the_briefs_in_utc(fixed_epoch):
    data = render()
    properties = open_docx(data).core_properties
    assert properties.title == "Talks resume in Geneva"
    assert properties.subject == "Geneva talks"
    assert properties.author == properties.last_modified_by == "briefgen 9.9"
    assert MARKING in properties.keywords and properties.category == MARKING
    assert properties.created == dt.datetime(2024, 10, 28, tzinfo=dt.UTC)
    assert 'dcterms:created xsi:type="dcterms:W3CDTF">2024-10-28T00:00:00Z' in part_xml(
        data, "docProps/core.xml")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "docProps/thumbnail.jpeg" not in names
    assert "word/stylesWithEffects.xml" not in names  # Word 2010 would show the old look
    package = "".join(part_xml(data, name) for name in names if name.startswith("docProps/"))
    assert "python-docx" not in package and "Macintosh" not in package


# ----------------------------------------------------------------------------- any text


def test_hostile_article_text_survives_literally(write_article, analyst_template, tmp_path):
    path = write_article("hostile.txt", HOSTILE_ARTICLE)
    brief = build_brief([path], analyst_template, brief_date=FIXED_DATE)
    out = tmp_path / "hostile.docx"
    write(brief, "docx", out, analyst_template)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "AT&T said a<b holds and that <b>bold claims</b>" in text
    assert "서울" in text


def test_characters_no_document_can_hold_are_removed_and_counted(warnings):
    brief = with_text(make_brief(title="Title\x0c with\ud800 junk"),
                      "bad\x00 \x1b text\ufffe here end\uffff")
    document = open_docx(render(brief, warn=warnings))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "bad text here end" in " ".join(text.split())
    assert document.core_properties.title == "Title with junk"
    assert "removed 5 character(s)" in warnings.text


# ----------------------------------------------------------------------------- reproducible


def test_same_input_gives_the_same_bytes_under_source_date_epoch(fixed_epoch):
    first = render()
    assert render() == first
    for member in zipfile.ZipFile(io.BytesIO(first)).infolist():
        assert member.date_time == (1980, 1, 1, 0, 0, 0)


def test_the_templates_logo_is_in_the_docx(tmp_path):
    from PIL import Image as PilImage

    path = tmp_path / "logo.png"
    PilImage.new("RGB", (60, 20), (31, 58, 95)).save(path)
    names = zipfile.ZipFile(io.BytesIO(render(template=make_template(logo=str(path))))).namelist()
    assert any(name.startswith("word/media/") for name in names)


# ----------------------------------------------------------------------- as LibreOffice sets it


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_sets_the_seeds_docx_on_the_pdfs_pages(seeds_brief, tmp_path):
    # The DOCX's contents show the PDF's page numbers (LibreOffice keeps them as they are):
    # Word's or LibreOffice's pages must be the PDF's, for every built-in template.
    names = ("analyst", "executive", "press")
    markings = {}
    for name in names:
        template = load_template(name)
        with contextlib.chdir(ROOT):  # as the seeds' brief is read: "seeds/..." sources
            brief = seeds_brief if name == "analyst" else build_brief(
                ["seeds"], template, brief_date=FIXED_DATE)
        brief, template = fit_to_pages(brief, template)
        markings[name] = brief.marking
        write(brief, "docx", tmp_path / f"{name}.docx", template)
        write(brief, "pdf", tmp_path / f"{name}.pdf", template)
    # LibreOffice sees the bundled fonts, as `make preview` sets them up: without them it sets
    # "Arial" in whatever sans font the machine has, and the pages are another length
    fonts = tmp_path / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{ROOT / "briefgen" / "fonts"}</dir><cachedir>{tmp_path / "fontcache"}</cachedir>'
        '</fontconfig>', encoding="utf-8")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"),
                    *(str(tmp_path / f"{name}.docx") for name in names)],
                   check=True, capture_output=True, timeout=300,
                   env={**os.environ, "FONTCONFIG_FILE": str(fonts)})
    for name in names:
        ours, theirs = (PdfReader(str(path)) for path in (tmp_path / f"{name}.pdf",
                                                          tmp_path / "lo" / f"{name}.pdf"))
        assert len(theirs.pages) == len(ours.pages), name
        for number, (page, other) in enumerate(zip(ours.pages, theirs.pages, strict=True), 1):
            first, other_first = (_first_words(p, markings[name]) for p in (page, other))
            assert first == other_first, f"{name}, page {number}: {first!r} / {other_first!r}"


def _first_words(page, marking: str | None) -> str:  # noqa: ANN001
    """The first words on the page, without the header and footer (the page number, a one-page
    brief's article count) or the bullets' glyphs."""
    text = re.sub(r"Page \d+ of \d+|Draws on \d+ articles?", " ", page.extract_text())
    if marking:
        text = text.replace(marking, " ")
    return " ".join(text.replace("•", " ").replace("\uf0b7", " ").split()[:4])


def test_an_item_s_anchor_is_set_in_the_citation_style_and_the_number_stays_a_link():
    document = open_docx(render(dated_brief(), make_template(toc=False)))
    [bullet] = [p for p in document.paragraphs if p.text.startswith("Delegates met here")]
    assert bullet.text.replace("\u00a0", " ").endswith(
        "pause. [1, Geneva, 27 October 2024; 2]")
    assert [link.text for link in bullet.hyperlinks] == ["1", "2"]
    dated = [run for run in bullet.runs if "Geneva" in run.text]
    assert [run.style.name for run in dated] == ["Citation"]
    [speaker] = [p for p in document.paragraphs if p.text.startswith("— Mia Chen")]
    assert speaker.text.replace("\u00a0", " ") == "— Mia Chen [1, 27 October 2024]"


def test_compact_sources_in_the_docx_hold_a_bookmark_per_cited_number_and_a_footer_count():
    from briefgen.templates import SectionSpec
    sections = tuple(SectionSpec(s, s.title(), layout="compact" if s == "sources" else
                                 "bullets") for s in ("bottom_line", "figures", "sources"))
    document = open_docx(render(template=make_template(sections=sections, toc=False)))
    texts = [p.text.replace("\u00a0", " ") for p in document.paragraphs
             if p.style.name == "Sources Compact"]
    assert texts == ["3 articles from 2 outlets (Daily Planet 1, Yonhap 1), 27 October 2024.",
                     "Cited: Daily Planet [1] 27 October 2024; Yonhap [2]; [3] “Old talks”."]
    names = {mark.get(docx.oxml.ns.qn("w:name"))
             for mark in document.element.body.iter(docx.oxml.ns.qn("w:bookmarkStart"))}
    assert {"source_1", "source_2", "source_3"} <= names
    assert document.sections[0].footer.paragraphs[0].text.startswith("Draws on 3 articles")
