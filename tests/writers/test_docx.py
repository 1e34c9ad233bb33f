"""The DOCX reads back with python-docx: styles, headings and text in order."""

import docx
import pytest

from briefgen.pipeline import build_brief, write
from tests.conftest import FIXED_DATE, HOSTILE_ARTICLE


@pytest.fixture(scope="module")
def seeds_docx(seeds_brief, analyst_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "brief.docx"
    write(seeds_brief, "docx", path, analyst_template)
    return docx.Document(str(path))


def test_headings_follow_the_sections_in_order(seeds_docx, seeds_brief):
    headings = [p.text for p in seeds_docx.paragraphs if p.style.name == "Heading 1"]
    assert headings == [section.title for section in seeds_brief.sections]


def test_title_bullets_and_sources_use_named_styles(seeds_docx, seeds_brief):
    pairs = [(p.style.name, p.text) for p in seeds_docx.paragraphs]
    assert pairs[0] == ("Title", seeds_brief.title)
    bullets = [text for style, text in pairs if style == "List Bullet"]
    first_item = seeds_brief.sections[0].blocks[0].items[0]
    assert bullets[0].startswith(first_item.text)
    assert any(text.startswith("[5] CNA") for _, text in pairs)


def test_marking_is_in_header_and_footer_and_properties_are_set(seeds_docx, seeds_brief):
    section = seeds_docx.sections[0]
    assert section.header.paragraphs[0].text == "UNCLASSIFIED"
    assert section.footer.paragraphs[0].text == "UNCLASSIFIED"
    properties = seeds_docx.core_properties
    assert properties.title == seeds_brief.title
    assert properties.author.startswith("briefgen")
    assert properties.created.date() == FIXED_DATE


def test_hostile_text_survives_literally(write_article, analyst_template, tmp_path):
    path = write_article("hostile.txt", HOSTILE_ARTICLE)
    brief = build_brief([path], analyst_template, brief_date=FIXED_DATE)
    out = tmp_path / "hostile.docx"
    write(brief, "docx", out, analyst_template)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "AT&T said a<b holds and that <b>bold claims</b>" in text
    assert "서울" in text
