"""What every writer sets, in order: headings, bullets with lead-ins, quotes, tables, sources."""

from dataclasses import replace

from briefgen.model import BulletList, Item, Section, SourceList, Table
from briefgen.templates import SectionSpec
from briefgen.writers import layout
from tests.writers.conftest import make_brief, make_template


def test_pieces_follow_the_brief():
    pieces = layout.pieces(make_brief(), make_template())
    kinds = [type(piece).__name__ for piece in pieces]
    assert kinds == ["Heading", "Bullet", "Bullet", "Heading", "Body", "Heading", "Heading",
                     "Bullet", "Heading", "Bullet", "Heading", "Grid", "Heading", "Quote",
                     "Heading", "Sources"]
    headings = [p for p in pieces if isinstance(p, layout.Heading)]
    assert [(h.level, h.text) for h in headings][2:5] == [
        (1, "Stakeholder positions"), (2, "Spain"), (2, "China")]
    assert len({h.key for h in headings}) == len(headings)


def test_a_speaker_label_leads_in_unless_the_sentence_names_the_speaker():
    assert layout.lead(Item("We will talk.", label="Minister Ruiz")) == "Minister Ruiz"
    assert layout.lead(Item("Minister Ruiz said so.", label="Minister Ruiz")) is None
    assert layout.lead(Item("Talks go on, Minister Ruiz said.", label="Minister Ruiz")) is None
    assert layout.lead(Item("Nothing.")) is None


def test_an_actor_label_always_leads_in():
    item = Item("Seoul says North Korea sent troops.", ("1",), label="North Korea")
    assert layout.lead(item, actor=True) == "North Korea"
    section = Section("stakeholders", "Stakeholders", (BulletList((item,)),))
    labelled = make_template(sections=(
        SectionSpec("stakeholders", "Stakeholders", layout="labelled"),))
    brief = replace(make_brief(), sections=(section,))
    assert [p.lead for p in layout.pieces(brief, labelled) if isinstance(p, layout.Bullet)] == [
        "North Korea"]
    assert [p.lead for p in layout.pieces(brief, make_template())
            if isinstance(p, layout.Bullet)] == [None]  # as a speaker, the sentence names it


def test_empty_sections_and_tables_are_left_out():
    brief = replace(make_brief(), sections=(
        Section("risks", "Risks", (BulletList(()),)),
        Section("figures", "Key figures", (Table(("Figure",), ()),)),
        Section("sources", "Sources", (SourceList(),))))
    assert [type(p).__name__ for p in layout.pieces(brief, make_template())] == [
        "Heading", "Sources"]


def test_sources_in_short_form_when_the_template_says():
    template = make_template(sections=(SectionSpec("sources", "Sources", layout="short"),))
    pieces = layout.pieces(make_brief(), template)
    assert pieces[-1] == layout.Sources(short=True)


def test_title_block_names_audience_date_and_marking():
    block = layout.title_block(make_brief(), make_template(date_format="%d %B %Y"))
    assert block.kicker == "Prepared for Analysts"
    assert (block.title, block.subtitle, block.date) == ("Talks resume in Geneva",
                                                        "Geneva talks", "28 October 2024")
    assert layout.meta_line(block) == "28 October 2024 · 3 sources"
    same = layout.title_block(replace(make_brief(), topic="Talks resume in Geneva"),
                              make_template())
    assert same.subtitle is None
