"""The bodies hold the bottom line with its citations and the sources, in text and HTML."""

from __future__ import annotations

from dataclasses import replace

from briefgen.mail.bodies import html_body, plain_body, summary_lines, summary_section
from briefgen.model import Paragraph, Row, Section, Table


def test_bottom_line_items_carry_labels_and_citations(small_brief):
    assert summary_lines(small_brief) == [
        "Officials said 12,000 troops were pledged. [1, 2]",
        "Analysts: AT&T said a<b holds and <script>alert(1)</script> was found. [2]",
    ]


def test_outlet_citations_when_the_template_asks_for_them(small_brief):
    assert summary_lines(small_brief, "outlets")[0] == (
        "Officials said 12,000 troops were pledged. (Yonhap; CNA)")


def test_without_a_bottom_line_the_first_section_with_text_is_used(small_brief):
    brief = replace(small_brief, sections=small_brief.sections[1:])
    assert summary_section(brief).id == "context"
    assert summary_lines(brief) == ["Earlier, a treaty was signed. [1]"]


def test_tables_and_paragraphs_become_lines(small_brief):
    table = Table(("Figure", "Value"), (Row(("troops", "12,000"), ("1",)),))
    section = Section("bottom_line", "Bottom line", (Paragraph("Said\nthis.", ("2",)), table))
    brief = replace(small_brief, sections=(section,))
    assert summary_lines(brief) == ["Said this. [2]", "troops | 12,000 [1]"]


def test_plain_body_lists_sources_and_attachments(small_brief):
    body = plain_body(small_brief, ["brief.docx", "brief.pdf"])
    assert "[2] CNA. “A <b>bold</b> report”. javascript:alert(1)" in body
    assert "Attached: brief.docx, brief.pdf" in body
    assert "Ministers" not in body and "2024-10-28 · Analysts" in body


def test_html_body_without_marking_or_sources(small_brief):
    brief = replace(small_brief, marking=None, sources=())
    html = html_body(brief, [])
    assert "TLP" not in html and "Sources" not in html
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")


def test_source_with_only_a_file_path_shows_its_file_name(small_brief):
    source = replace(small_brief.sources[0], url=None, path="seeds/a & b.txt")
    html = html_body(replace(small_brief, sources=(source,)), [])
    assert "a &amp; b.txt" in html and "seeds/" not in html and "<a href" not in html


def test_an_item_s_anchor_is_shown_with_its_citation(small_brief):
    [block] = small_brief.sections[0].blocks
    dated = replace(block.items[0], as_of="2024-10-27", place="Seoul")
    brief = replace(small_brief, sections=(
        replace(small_brief.sections[0], blocks=(replace(block, items=(dated,)),)),
        *small_brief.sections[1:]))
    assert summary_lines(brief)[0] == (
        "Officials said 12,000 troops were pledged. [1, Seoul, 27 October 2024; 2]")
    assert "[1, Seoul, 27 October 2024; 2]" in html_body(brief, [])
