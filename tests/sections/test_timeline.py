"""Timeline: dated events, in calendar order, each row a verbatim sentence with its date."""

from briefgen.model import Article
from briefgen.sections.timeline import build
from tests.sections.conftest import material_for


def test_events_are_ordered_by_date_and_weekdays_resolve_against_the_article(seed_sections):
    rows = seed_sections["timeline"].blocks[0].rows
    whens = [row.cells[0] for row in rows]
    assert whens.index("Jan. 21, 1968") < whens.index("Oct. 24") < whens.index("Oct. 28")
    assert all(row.reason.startswith("dated event") for row in rows)


def test_a_dated_article_resolves_its_weekdays():
    article = Article("1", "Talks", (
        "Officials met on Monday to discuss the truce.",
        "The treaty was signed in June 2020 after long talks.",
    ), date="2024-10-25")
    section = build(material_for([article]), "Timeline", None)
    rows = section.blocks[0].rows
    assert rows[0].cells == ("in June 2020", "The treaty was signed in June 2020 after long talks.")
    assert rows[1].cells[0] == "2024-10-21 (on Monday)"
    assert rows[1].cells[1] == "Officials met on Monday to discuss the truce."


def test_an_undated_weekday_is_not_placed_on_the_timeline():
    article = Article("1", "Talks", ("Officials met on Monday to discuss the truce.",))
    assert build(material_for([article]), "Timeline", None) is None
