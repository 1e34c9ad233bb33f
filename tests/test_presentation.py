"""What a template does to built sections: budgets, layouts, and hiding the reasons."""

from __future__ import annotations

import json

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.model import Article, BulletList, Item, Paragraph, Row, Section, SourceList, Table
from briefgen.presentation import (
    anchor_text,
    anchored,
    filing_place,
    laid_out,
    present,
    says_here,
    within_budget,
    without_reasons,
)
from briefgen.templates import SectionSpec, Template
from tests.conftest import SEEDS


def stakeholders() -> Section:
    return Section("stakeholders", "Stakeholders", (
        BulletList((Item("Seoul protested.", ("1",), "Yoon", "cue 'protested'"),
                    Item("Seoul warned again.", ("2",), None, "cue 'warned'")), "South Korea"),
        BulletList((Item("Moscow denied it.", ("3",), None, "cue 'denied'"),), "Russia"),
    ))


def spec(**budgets) -> SectionSpec:  # noqa: ANN003
    return SectionSpec("stakeholders", "Stakeholders", **budgets)


def item_texts(section: Section | None) -> list[str]:
    if section is None:
        return []
    return [i.text for b in section.blocks if isinstance(b, BulletList) for i in b.items]


def test_per_group_keeps_the_first_items_of_each_group():
    assert item_texts(within_budget(stakeholders(), spec(per_group=1))) == [
        "Seoul protested.", "Moscow denied it."]


def test_a_words_budget_drops_whole_items_from_the_end():
    assert item_texts(within_budget(stakeholders(), spec(words=5))) == [
        "Seoul protested.", "Seoul warned again."]
    assert within_budget(stakeholders(), spec(words=1)) is None  # not even one whole item


def test_a_sentence_budget_keeps_whole_sentences_verbatim():
    text = "The treaty was signed in June. It calls for mutual aid. Analysts doubt it."
    section = Section("context", "Context", (Paragraph(text, ("1",)),))
    budgeted = within_budget(section, SectionSpec("context", "Context", sentences=2))
    assert budgeted.blocks[0].text == "The treaty was signed in June. It calls for mutual aid."


def test_paragraph_layout_makes_one_paragraph_per_item_with_its_citations():
    laid = laid_out(stakeholders(), "paragraphs")
    assert [type(b) for b in laid.blocks] == [Paragraph, Paragraph, Paragraph]
    assert [(b.text, b.citations) for b in laid.blocks][0] == ("Seoul protested.", ("1",))


def test_labelled_layout_flattens_groups_into_one_list_labelled_by_group():
    laid = laid_out(stakeholders(), "labelled")
    assert len(laid.blocks) == 1 and laid.blocks[0].title is None
    assert [(i.label, i.text) for i in laid.blocks[0].items] == [
        ("South Korea", "Seoul protested."), ("South Korea", "Seoul warned again."),
        ("Russia", "Moscow denied it.")]


def test_reasons_can_be_removed_from_every_kind_of_block():
    section = Section("x", "X", (*stakeholders().blocks, Paragraph("P.", ("1",), "why"),
                                 Table(("A",), (Row(("a",), ("1",), "why"),)), SourceList()))
    bare = without_reasons(section)
    reasons = [i.reason for b in bare.blocks if isinstance(b, BulletList) for i in b.items]
    reasons += [b.reason for b in bare.blocks if isinstance(b, Paragraph)]
    reasons += [r.reason for b in bare.blocks if isinstance(b, Table) for r in b.rows]
    assert reasons == [None] * 5


def test_present_applies_the_template_and_leaves_out_emptied_sections():
    template = Template("t", "", "T", (spec(words=1, layout="paragraphs"),
                                       SectionSpec("sources", "Sources")), show_reasons=False)
    sources = Section("sources", "Sources", (SourceList(),))
    assert present((stakeholders(), sources), template) == (sources,)


def test_the_press_json_carries_no_reasons_and_the_analyst_json_does(tmp_path):
    for name, expect_reasons in (("press", False), ("analyst", True)):
        result = CliRunner().invoke(main, ["build", str(SEEDS), "-t", name, "-f", "json",
                                           "-o", str(tmp_path), "--name", name])
        assert result.exit_code == 0, result.output
        text = (tmp_path / f"{name}.json").read_text()
        reasons = [value for value in _values(json.loads(text), "reason") if value]
        assert bool(reasons) is expect_reasons
        data = json.loads(text)
        if name == "press":
            assert data["marking"] is None
            kinds = {b["kind"] for s in data["sections"] for b in s["blocks"]
                     if s["id"] != "voices"}
            assert "bullets" not in kinds and "paragraph" in kinds


def _values(data, key: str) -> list:  # noqa: ANN001
    if isinstance(data, dict):
        found = [data[key]] if key in data else []
        return found + [v for value in data.values() for v in _values(value, key)]
    if isinstance(data, list):
        return [v for value in data for v in _values(value, key)]
    return []


# ----------------------------------------------------------------------------- anchors


def article(id_: str, text: str, date: str | None = "1997-03-11", dateline: str | None = None
            ) -> Article:
    return Article(id=id_, title=f"Article {id_}", paragraphs=tuple(text.split("\n\n")),
                   date=date, dateline=dateline)


def one_item(section_id: str, item: Item) -> Section:
    return Section(section_id, "Any", (BulletList((item,)),))


def first_item(sections: tuple[Section, ...]) -> Item:
    block = sections[0].blocks[0]
    assert isinstance(block, BulletList)
    return block.items[0]


def test_an_item_saying_today_carries_its_article_s_day():
    said = "The minister said today that talks would resume."
    item = first_item(anchored([one_item("context", Item(said, ("1",)))],
                               [article("1", said)]))
    assert (item.as_of, item.place) == ("1997-03-11", None)


def test_an_item_without_relative_words_carries_nothing():
    said = "The minister said on March 11, 1997 that talks would resume."
    item = first_item(anchored([one_item("context", Item(said, ("1",)))],
                               [article("1", said)]))
    assert (item.as_of, item.place) == (None, None)


def test_the_day_is_the_one_of_the_article_whose_sentence_is_shown():
    said = "Police fired on Tuesday, officials said."
    other = article("1", "Police fired on protesters, a witness said.", date="1997-03-20")
    item = first_item(anchored([one_item("bottom_line", Item(said, ("1", "2")))],
                               [other, article("2", said, date="1997-03-12")]))
    assert item.as_of == "1997-03-12"


def test_an_undated_article_gives_no_anchor():
    said = "The minister said today that talks would resume."
    item = first_item(anchored([one_item("context", Item(said, ("1",)))],
                               [article("1", said, date=None)]))
    assert item.as_of is None


def test_the_timeline_is_left_alone():
    said = "The minister said today that talks would resume."
    item = first_item(anchored([one_item("timeline", Item(said, ("1",)))], [article("1", said)]))
    assert item.as_of is None


def test_here_names_the_dateline_s_place_as_the_text_spells_it():
    said = "The minister said here Wednesday that the Nairobi talks would resume."
    item = first_item(anchored([one_item("stakeholders", Item(said, ("1",)))],
                               [article("1", said, dateline="NAIROBI, March 11")]))
    assert (item.as_of, item.place) == ("1997-03-11", "Nairobi")
    assert anchor_text(item.as_of, item.place) == "Nairobi, 11 March 1997"


def test_here_inside_a_quotation_or_opening_a_sentence_is_no_place():
    assert not says_here("“We farm right here on the reservation,” he said.")
    assert not says_here("Here is a generation that loves songs.")
    assert says_here("Most residents here are descendants of farmers.")


def test_a_place_is_never_guessed_without_a_dateline():
    said = "Officials met here on Tuesday."
    item = first_item(anchored([one_item("context", Item(said, ("1",)))], [article("1", said)]))
    assert (item.as_of, item.place) == ("1997-03-11", None)


def test_a_place_in_capitals_is_respelled_from_the_text_or_title_cased():
    text = "Officials in Beverly Hills said so."
    assert filing_place(article("1", text, dateline="BEVERLY HILLS, Calif.")) == \
        "Beverly Hills, Calif."
    assert filing_place(article("1", "No name.", dateline="ST. LOUIS")) == "St. Louis"


def test_present_anchors_the_text_it_shows_and_paragraph_layouts_keep_the_anchor():
    said = "Police fired today. The crowd left."
    section = one_item("context", Item(said, ("1",)))
    template = Template("t", "d", "Readers", (SectionSpec("context", "Context", sentences=1,
                                                          layout="paragraphs"),))
    [shown] = present([section], template, [article("1", said)])
    assert shown.blocks == (Paragraph("Police fired today.", ("1",), None, "1997-03-11"),)
    later = "Police fired. The crowd left today."
    [cut] = present([one_item("context", Item(later, ("1",)))], template, [article("1", later)])
    assert cut.blocks == (Paragraph("Police fired.", ("1",)),)  # "today" was cut off


# ----------------------------------------------------------------------------- one line each

def quoted_stakeholders() -> Section:
    return Section("stakeholders", "Stakeholders", (
        BulletList((
            Item("“We will not accept any deployment near our border,” said Sergei Lavrov, "
                 "speaking after talks in Geneva.", ("1",), "Sergei Lavrov"),
            Item("Moscow denied it.", ("2",)),
        ), "Russia"),
        BulletList((Item("“The troops will stay until the job is done,” she said.", ("3",)),),
                   "Ana Ruiz"),
        BulletList((Item("Seoul called the deployment a “grave provocation” on Monday.",
                         ("4",)),), "South Korea"),
        BulletList((Item("“It is too early to say,” an analyst said of the deployment by "
                         "Seoul on Monday after the meeting.", ("5",)),), "Analysts"),
    ))


def test_lines_layout_shows_each_actor_in_their_own_quoted_words():
    spec = SectionSpec("stakeholders", "Stakeholders", per_group=1, layout="lines")
    [shown] = present([quoted_stakeholders()], Template("t", "", "", (spec,)))
    items = [(item.label, item.text) for item in shown.blocks[0].items]
    assert items == [
        # The speaker joins the actor; the quotation's closing comma is left off.
        ("Russia (Sergei Lavrov)", "“We will not accept any deployment near our border”"),
        # "she said" names no one else: the group's actor is the speaker.
        ("Ana Ruiz", "“The troops will stay until the job is done”"),
        # A quoted phrase inside a reported sentence is not a position in their own words.
        ("South Korea", "Seoul called the deployment a “grave provocation” on Monday."),
        # Nor are words the sentence gives to someone it does not name as the actor.
        ("Analysts", "“It is too early to say,” an analyst said of the deployment by Seoul on "
                     "Monday after the meeting."),
    ]


def test_lines_layout_keeps_the_builders_order_within_a_group():
    # The first item of the group is shown even when a later one is quoted: the builder ranks
    # them, and a quotation further down may be someone else's words about the actor.
    section = Section("stakeholders", "Stakeholders", (BulletList((
        Item("Moscow denied it.", ("2",)),
        Item("“We will not accept any deployment near our border,” he said.", ("1",)),
    ), "Russia"),))
    spec = SectionSpec("stakeholders", "Stakeholders", per_group=1, layout="lines")
    [shown] = present([section], Template("t", "", "", (spec,)))
    assert [item.text for item in shown.blocks[0].items] == ["Moscow denied it."]
