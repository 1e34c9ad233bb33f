"""Timeline: dated events, in calendar order, each row a verbatim sentence with its date."""

from briefgen.extract.dates import find_dates
from briefgen.model import Article
from briefgen.sections.timeline import build
from tests.sections.conftest import material_for


def test_the_seed_events_are_in_calendar_order(seed_sections):
    rows = seed_sections["timeline"].blocks[0].rows
    assert len(rows) >= 5
    days = [next(m.day for m in find_dates(row.cells[1], None, 2024) if m.written in row.cells[0])
            for row in rows]
    assert days == sorted(days)
    assert any(row.cells[0].startswith("Oct") for row in rows)
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
