"""The PDF reads back with pypdf: text, pages, embedded fonts, literal article text."""

import pytest
from pypdf import PdfReader

from briefgen.pipeline import build_brief, write
from tests.conftest import FIXED_DATE, HOSTILE_ARTICLE


@pytest.fixture(scope="module")
def seeds_pdf(seeds_brief, analyst_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    write(seeds_brief, "pdf", path, analyst_template)
    return PdfReader(str(path))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> whether its program is embedded."""
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def test_every_section_title_is_in_the_text(seeds_pdf, seeds_brief):
    text = _text(seeds_pdf)
    for section in seeds_brief.sections:
        assert section.title in text
    assert len(seeds_pdf.pages) >= 2


def test_no_broken_words_or_boilerplate_reach_the_pdf(seeds_pdf):
    text = " ".join(_text(seeds_pdf).split())
    for bad in ("thi s", "Orga nization", "Sign up"):
        assert bad not in text


def test_all_fonts_are_embedded_truetype(seeds_pdf):
    fonts = _fonts(seeds_pdf)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)


def test_metadata_is_the_briefs_not_reportlabs_defaults(seeds_pdf, seeds_brief):
    metadata = seeds_pdf.metadata
    assert metadata.title == seeds_brief.title
    assert metadata.author.startswith("briefgen")


def test_hostile_text_is_printed_literally_and_hangul_embedded(write_article, analyst_template,
                                                                tmp_path):
    path = write_article("hostile.txt", HOSTILE_ARTICLE)
    brief = build_brief([path], analyst_template, brief_date=FIXED_DATE)
    out = tmp_path / "hostile.pdf"
    write(brief, "pdf", out, analyst_template)
    reader = PdfReader(str(out))
    text = " ".join(_text(reader).split())
    assert "AT&T said a<b holds" in text
    assert "<b>bold claims</b>" in text
    assert '<img src="/etc/passwd"/>' in text
    assert "서울" in text
    assert any("NanumGothic" in name for name in _fonts(reader))
    for page in reader.pages:
        assert "/Annots" not in page, "article text must not become a link"
