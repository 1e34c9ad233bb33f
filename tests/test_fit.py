"""Page fit: shrink type to the template's floor, then drop the lowest-ranked whole items."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest
from click.testing import CliRunner
from docx import Document
from pypdf import PdfReader

from briefgen.cli import main
from briefgen.fit import droppable_units, fit, page_count, section_units
from briefgen.model import (
    Brief,
    BulletList,
    Item,
    Paragraph,
    Row,
    Section,
    Source,
    SourceList,
    Table,
    brief_from_dict,
)
from briefgen.pipeline import build_brief, fit_to_pages
from briefgen.templates import SectionSpec, Style, Template, load_template
from tests.conftest import FIXED_DATE, SEEDS


def bullets(prefix: str, count: int, title: str | None = None) -> BulletList:
    return BulletList(tuple(Item(f"{prefix} {i}.", ("1",)) for i in range(1, count + 1)), title)


def sample_brief() -> Brief:
    """Ten items: bottom line 3, risks 3 (a table of 1 row and 2 paragraphs), stakeholders 4."""
    sections = (
        Section("bottom_line", "Bottom line", (bullets("Point", 3),)),
        Section("risks", "Risks", (Table(("Risk",), (Row(("Risk 1.",), ("1",)),)),
                                   Paragraph("Risk 2.", ("1",)), Paragraph("Risk 3.", ("1",)))),
        Section("stakeholders", "Stakeholders", (bullets("Seoul", 2, "South Korea"),
                                                 bullets("Moscow", 2, "Russia"))),
        Section("sources", "Sources", (SourceList(),)),
    )
    return Brief("T", "T", "2024-10-28", "test", "Testers", sections, (Source("1", "An article"),))


def template(max_pages: int | None = 1, size: float = 10.0, floor: float | None = None) -> Template:
    specs = tuple(SectionSpec(i, i) for i in ("bottom_line", "risks", "stakeholders", "sources"))
    return Template("test", "", "Testers", specs, max_pages=max_pages,
                    style=Style(body_size=size, min_body_size=floor))


def pages_for(capacity: float):
    """A stand-in for the PDF: ``capacity`` ten-point items per page; smaller type holds more."""

    def count(brief: Brief, template: Template) -> int:
        items = sum(len(_texts(section)) for section in brief.sections)
        return max(1, math.ceil(items * template.style.body_size / (capacity * 10)))

    return count


def _texts(section: Section) -> list[str]:
    texts = []
    for block in section.blocks:
        if isinstance(block, BulletList):
            texts += [item.text for item in block.items]
        elif isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts += [row.cells[0] for row in block.rows]
    return texts


def texts(brief: Brief) -> dict[str, list[str]]:
    return {section.id: _texts(section) for section in brief.sections}


def test_without_a_page_limit_or_when_it_fits_nothing_changes():
    brief = sample_brief()
    assert fit(brief, template(max_pages=None), count=pages_for(1)) == (brief, template(None))
    assert fit(brief, template(max_pages=1), count=pages_for(10)) == (brief, template(1))


def test_type_shrinks_to_the_floor_before_anything_is_dropped():
    warned = []
    fitted, sized = fit(sample_brief(), template(size=10.5, floor=9.5), warned.append,
                        count=pages_for(10 * 9.5 / 10))  # ten items fit only at 9.5 pt
    assert sized.style.body_size == 9.5
    assert texts(fitted) == texts(sample_brief())
    assert fitted.notes == ("body type reduced from 10.5 pt to 9.5 pt to fit 1 page",)
    assert warned == list(fitted.notes)


def test_the_lowest_ranked_items_go_first_and_emptied_sections_with_them():
    fitted, sized = fit(sample_brief(), template(), count=pages_for(4))
    assert sized.style.body_size == 10.0  # no floor below the body size: type never shrinks
    assert texts(fitted) == {"bottom_line": ["Point 1.", "Point 2.", "Point 3."],
                             "risks": ["Risk 1."], "sources": []}
    assert fitted.notes[0] == "dropped to fit 1 page: Risks: “Risk 2.”"
    assert fitted.notes[-1] == "dropped to fit 1 page: Stakeholders: “Moscow 2.”"
    assert len(fitted.notes) == 6


def test_type_stops_at_the_floor_and_then_items_are_dropped():
    fitted, sized = fit(sample_brief(), template(size=11, floor=10), count=pages_for(5))
    assert sized.style.body_size == 10
    assert fitted.notes[0] == "body type reduced from 11 pt to 10 pt to fit 1 page"
    assert sum(map(len, texts(fitted).values())) == 5


def test_the_first_bottom_line_point_and_the_sources_are_never_dropped():
    droppable = droppable_units(sample_brief())
    assert "Point 1." not in [unit.text for unit in droppable]
    assert all(sample_brief().sections[unit.section].id != "sources" for unit in droppable)
    fitted, _ = fit(sample_brief(), template(), count=pages_for(1))
    assert texts(fitted) == {"bottom_line": ["Point 1."], "sources": []}


def test_a_brief_that_cannot_fit_is_left_whole_and_says_so():
    warned = []
    fitted, sized = fit(sample_brief(), template(), warned.append, count=pages_for(0.5))
    assert texts(fitted) == texts(sample_brief())
    assert sized == template()
    assert warned == ["does not fit 1 page: 20 pages even without 9 droppable item(s); "
                      "nothing dropped"]


def test_long_items_are_named_by_their_opening_words():
    long_text = "Word " * 40
    brief = replace(sample_brief(), sections=(
        Section("bottom_line", "Bottom line", (bullets("Point", 1),)),
        Section("risks", "Risks", (Paragraph(long_text, ("1",)),))))
    fitted, _ = fit(brief, template(), count=pages_for(1))
    assert fitted.notes[0].startswith("dropped to fit 1 page: Risks: “Word Word")
    assert fitted.notes[0].endswith("…”") and len(fitted.notes[0]) < 120


# ----------------------------------------------------------------------------- real PDFs


@pytest.fixture(scope="module")
def executive_seeds():
    executive = load_template("executive")
    brief = build_brief([SEEDS], executive, brief_date=FIXED_DATE)
    return fit_to_pages(brief, executive)


def test_the_executive_brief_of_the_seeds_fits_one_page(executive_seeds):
    brief, template = executive_seeds
    assert page_count(brief, template) == 1
    assert template.style.body_size >= load_template("executive").style.floor


def test_forcing_the_analyst_brief_to_one_page_drops_items_in_every_format(tmp_path):
    result = CliRunner().invoke(main, [
        "build", str(SEEDS), "-o", str(tmp_path), "--name", "b", "--max-pages", "1",
        "-f", "pdf", "-f", "docx", "-f", "json"])
    assert result.exit_code == 0, result.output
    dropped = [line for line in result.stderr.splitlines() if "dropped to fit 1 page" in line]
    assert dropped
    assert len(PdfReader(tmp_path / "b.pdf").pages) == 1
    data = json.loads((tmp_path / "b.json").read_text())
    assert [f"briefgen: {note}" for note in data["notes"] if "dropped" in note] == dropped
    fitted = brief_from_dict(data)
    full = build_brief([SEEDS], load_template("analyst"))
    assert units(fitted) + len(dropped) == units(full)
    # The DOCX carries what the PDF carries: every kept sentence, none of the dropped ones.
    docx_text = "\n".join(p.text for p in Document(str(tmp_path / "b.docx")).paragraphs)
    docx_text = docx_text[: docx_text.rindex("\nSources\n")]  # titles may quote the text
    kept = [unit.text for section in fitted.sections for unit in section_units(section)
            if fitted_blocks_are_text(section)]
    assert kept and all(text[:60] in docx_text for text in kept)
    gone = [line.split(": ", 3)[-1].strip("“”…") for line in dropped]
    assert not any(opening in docx_text for opening in gone)


def units(brief: Brief) -> int:
    return sum(len(section_units(section)) for section in brief.sections)


def fitted_blocks_are_text(section: Section) -> bool:
    return all(isinstance(block, Paragraph | BulletList) for block in section.blocks)


# ----------------------------------------------------------------------- chosen by value

def ranked_brief() -> Brief:
    """Bottom line 4 points, risks 3, stakeholders 3 (two groups): ten items."""
    def listed(prefix: str, cited: list[tuple[str, ...]], title: str | None = None
               ) -> BulletList:
        return BulletList(tuple(Item(f"{prefix} {i}.", citations)
                                for i, citations in enumerate(cited, start=1)), title)

    sections = (
        Section("bottom_line", "Bottom line", (listed("Point", [("1",)] * 4),)),
        Section("risks", "Risks", (listed("Risk", [("1",), ("1",), ("1",)]),)),
        Section("stakeholders", "Stakeholders", (
            listed("Seoul", [("1",), ("1", "2", "3")], "South Korea"),
            listed("Moscow", [("1",)], "Russia"))),
        Section("sources", "Sources", (SourceList(),)),
    )
    return Brief("T", "T", "2024-10-28", "test", "Testers", sections, (Source("1", "An article"),))


def test_every_section_keeps_its_best_item_and_the_bottom_line_its_best_three():
    # Room for six items: the three best points, the best risk, the best stakeholder, and
    # one more; the old rule (drop from the end) would have emptied the stakeholders.
    fitted, _ = fit(ranked_brief(), template(), count=pages_for(6))
    kept = texts(fitted)
    assert kept["bottom_line"][:3] == ["Point 1.", "Point 2.", "Point 3."]
    assert kept["risks"][0] == "Risk 1." and kept["stakeholders"][0] == "Seoul 1."
    assert sum(map(len, kept.values())) == 6


def test_further_items_join_by_rank_across_sections_then_by_corroboration():
    # Each section's next item in turn: "Seoul 2." (three sources) first, then the bottom
    # line's fourth point and "Risk 2." (one source each) in the order of the sections; then
    # the third ones.
    def kept(capacity: int) -> list[str]:
        fitted, _ = fit(ranked_brief(), template(), count=pages_for(capacity))
        return [text for values in texts(fitted).values() for text in values]

    assert "Seoul 2." in kept(6) and "Point 4." not in kept(6)
    assert "Point 4." in kept(7) and "Risk 2." not in kept(7)
    assert "Risk 2." in kept(8) and "Risk 3." not in kept(8)
    assert "Risk 3." in kept(9) and "Moscow 1." not in kept(9)


def test_a_shorter_item_further_down_fills_room_a_longer_one_could_not():
    brief = ranked_brief()
    risks = Section("risks", "Risks", (BulletList((
        Item("Risk 1.", ("1",)), Item("A long risk " + "word " * 30, ("1",)),
        Item("Risk 3.", ("1",)))),))
    brief = replace(brief, sections=(brief.sections[0], risks, *brief.sections[2:]))

    def words(fitted: Brief, _template: Template) -> int:  # a page holds 40 words
        total = sum(len(text.split()) for section in fitted.sections
                    for text in _texts(section))
        return max(1, math.ceil(total / 40))

    fitted, _ = fit(brief, template(), count=words)
    kept = texts(fitted)
    assert kept["risks"] == ["Risk 1.", "Risk 3."]  # the long second risk is left out, whole
    assert any("A long risk" in note for note in fitted.notes)


def test_what_was_left_out_is_noted_in_the_brief_s_order():
    warned: list[str] = []
    fitted, _ = fit(ranked_brief(), template(), warned.append, count=pages_for(6))
    assert fitted.notes == tuple(warned)
    assert [note.rsplit(": ", 1)[1] for note in fitted.notes] == \
        ["“Point 4.”", "“Risk 2.”", "“Risk 3.”", "“Moscow 1.”"]  # "Seoul 2." is kept


def test_when_even_one_item_per_section_overflows_the_last_of_them_go():
    # Room for two: the bottom line's first two points, nothing of the later sections.
    fitted, _ = fit(ranked_brief(), template(), count=pages_for(2))
    assert texts(fitted) == {"bottom_line": ["Point 1.", "Point 2."], "sources": []}
    assert len(fitted.notes) == 8


def test_a_long_brief_is_fitted_with_a_bounded_number_of_layouts():
    # 400 risks on a page for 10 items: the halving search and the next few one by one, not
    # one layout per item left out
    brief = ranked_brief()
    risks = Section("risks", "Risks", (BulletList(tuple(
        Item(f"Risk {i}.", ("1",)) for i in range(1, 401))),))
    brief = replace(brief, sections=(brief.sections[0], risks, *brief.sections[2:]))
    layouts = 0
    counting = pages_for(10)

    def count(fitted: Brief, sized: Template) -> int:
        nonlocal layouts
        layouts += 1
        return counting(fitted, sized)

    fitted, _ = fit(brief, template(), count=count)
    assert sum(map(len, texts(fitted).values())) == 10
    assert layouts < 60
