"""The first sectioner: the template's sections, no sentence twice, citations everywhere."""

from briefgen.model import BulletList, Paragraph, Table


def _texts(section):
    for block in section.blocks:
        if isinstance(block, BulletList):
            yield from ((item.text, item.citations) for item in block.items)
        elif isinstance(block, Paragraph):
            yield block.text, block.citations
        elif isinstance(block, Table):
            yield from ((" ".join(row.cells), row.citations) for row in block.rows)


def test_seeds_brief_has_the_foundation_sections_in_template_order(seeds_brief):
    assert [s.id for s in seeds_brief.sections] == [
        "bottom_line", "context", "stakeholders", "risks", "sources"]


def test_no_sentence_appears_in_two_sections(seeds_brief):
    seen = {}
    for section in seeds_brief.sections:
        for text, _ in _texts(section):
            assert text not in seen, f"{text!r} in {seen.get(text)} and {section.id}"
            seen[text] = section.id
    assert len(seen) >= 15


def test_every_item_is_verbatim_from_a_cited_article(seeds_brief):
    from briefgen.pipeline import read_articles
    from tests.conftest import SEEDS

    articles = {a.id: a for a in read_articles([SEEDS])}
    for section in seeds_brief.sections:
        for text, citations in _texts(section):
            assert citations, f"uncited: {text!r}"
            assert text in articles[citations[0]].text


def test_stakeholder_positions_are_grouped_by_actor(seeds_brief):
    stakeholders = next(s for s in seeds_brief.sections if s.id == "stakeholders")
    actors = [block.title for block in stakeholders.blocks]
    assert "South Korea" in actors and "North Korea" in actors
    assert len(actors) == len(set(actors))


def test_bottom_line_cites_corroborated_facts(seeds_brief):
    bottom = seeds_brief.sections[0]
    items = bottom.blocks[0].items
    assert 3 <= len(items) <= 5
    assert any(len(item.citations) >= 2 for item in items)
