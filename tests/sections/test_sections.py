"""The sectioner: every section kind, in the template's order, no sentence twice, all cited."""

from briefgen.model import BulletList, Paragraph, Table
from tests.sections.conftest import ALL_SECTIONS

#: The sections whose table cells are verbatim fragments rather than whole sentences.
FRAGMENT_TABLES = {"figures"}


def _texts(section):
    """(verbatim text, citations) of every item, paragraph and table row of a section."""
    for block in section.blocks:
        if isinstance(block, BulletList):
            yield from ((item.text, item.citations) for item in block.items)
        elif isinstance(block, Paragraph):
            yield block.text, block.citations
        elif isinstance(block, Table):
            # the last cell holds the article's words; the first ones may be our labels (a date)
            yield from ((row.cells[-1], row.citations) for row in block.rows)


def test_every_section_kind_is_built_from_the_seeds(seed_sections):
    # the seeds name no date of their own (no front matter, dateline or wire header), so no
    # event's year can be known: the timeline is the one section they cannot have
    assert tuple(seed_sections) == tuple(s for s in ALL_SECTIONS if s != "timeline")


def test_the_brief_keeps_the_template_order(seeds_brief, analyst_template):
    wanted = [spec.id for spec in analyst_template.sections]
    built = [section.id for section in seeds_brief.sections]
    assert built == [section_id for section_id in wanted if section_id in built]


def test_no_sentence_appears_in_two_sections(seed_sections):
    seen = {}
    for section in seed_sections.values():
        if section.id in FRAGMENT_TABLES:
            continue
        for text, _ in _texts(section):
            assert text not in seen, f"{text!r} in {seen.get(text)} and {section.id}"
            seen[text] = section.id
    # enough items for the rule to mean something (fewer than before 2026-12: an item must
    # now read alone with only the title and the bottom line before it)
    assert len(seen) >= 30


def test_every_item_is_verbatim_from_its_first_cited_article(seed_sections, seed_articles):
    articles = {a.id: a for a in seed_articles}
    for section in seed_sections.values():
        for text, citations in _texts(section):
            assert citations, f"uncited in {section.id}: {text!r}"
            assert text in articles[citations[0]].text, f"{section.id}: {text!r}"


def test_every_item_and_row_says_why_it_is_there(seed_sections):
    for section in seed_sections.values():
        for block in section.blocks:
            entries = block.items if isinstance(block, BulletList) else (
                block.rows if isinstance(block, Table) else ())
            for entry in entries:
                assert entry.reason, f"{section.id}: no reason for {entry}"


def test_bottom_line_draws_its_few_points_from_several_sources(seed_sections):
    items = seed_sections["bottom_line"].blocks[0].items
    assert 3 <= len(items) <= 5
    assert len({item.citations[0] for item in items}) >= 3


def test_bullets_read_on_their_own_never_lean_on_a_sentence_not_shown(seed_sections):
    # "But ... derailed such a plan." and "This marked ..." were once Context and summary bullets.
    from briefgen.nlp.coverage import stands_alone

    for section_id in ("context", "risks", "summaries"):
        for block in seed_sections[section_id].blocks:
            for bullet in block.items:
                assert stands_alone(bullet.text), (section_id, bullet.text)
