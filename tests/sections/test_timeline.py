"""Timeline: dated events in calendar order, each row a verbatim sentence with its date, always
with the year; forecasts, quotations and events of unknown year are no rows; the same event
reported by several articles is one row citing them all."""

import dataclasses
import re

from briefgen.model import Article
from briefgen.sections.timeline import build
from tests.sections.conftest import material_for

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def rows_of(*articles):
    section = build(material_for(list(articles)), "Timeline", None)
    return section.blocks[0].rows if section else ()


def test_undated_seeds_get_no_row_whose_year_is_unknown(seed_articles):
    """The seeds carry no dates: 'Oct. 28' there has no year, so it is no timeline row."""
    for row in rows_of(*seed_articles):
        assert YEAR.search(row.cells[0]), row.cells


def test_dated_seeds_are_in_calendar_order_each_with_its_year(seed_articles):
    dated = [dataclasses.replace(article, date="2024-11-05") for article in seed_articles]
    rows = rows_of(*dated)
    assert len(rows) >= 3
    days = [re.search(r"\d{4}(?:-\d\d){0,2}|\w+\.? \d+, \d{4}", row.cells[0]).group(0)
            for row in rows]
    assert all(YEAR.search(day) for day in days)
    iso = [day for day in days if day[0].isdigit()]
    assert iso == sorted(iso)
    assert any(row.cells[0] == "2024-10-28 (Oct. 28)" for row in rows)
    assert all(row.reason.startswith("dated event") for row in rows)


def test_a_dated_article_resolves_its_weekdays():
    article = Article("1", "Talks", (
        "Officials from Chile and Peru met on Monday to discuss a truce.",
        "A treaty between Chile and Peru was signed in June 2020 after long talks.",
    ), date="2024-10-25")
    rows = rows_of(article)
    assert rows[0].cells == ("in June 2020",
                             "A treaty between Chile and Peru was signed in June 2020 "
                             "after long talks.")
    assert rows[1].cells == ("2024-10-21 (on Monday)",
                             "Officials from Chile and Peru met on Monday to discuss a truce.")


def test_an_undated_weekday_is_not_placed_on_the_timeline():
    article = Article("1", "Talks", ("Officials from both countries met on Monday to discuss "
                                     "the truce.",))
    assert rows_of(article) == ()


def test_forecasts_schedules_and_quotations_are_no_rows():
    article = Article("1", "Talks", (
        "The foreign ministers of both countries will meet on Friday in Geneva.",
        "Analysts expect the two economies to recover by 2026 at the earliest.",
        "“We signed the accord on Monday,” the foreign minister of Chile said.",
        "The parliament of Chile approved a border accord on Tuesday by a wide margin.",
    ), date="2024-10-25")
    assert [row.cells[0] for row in rows_of(article)] == ["2024-10-22 (on Tuesday)"]


def test_a_partial_date_takes_the_article_s_year_and_says_how():
    article = Article("1", "Report", (
        "The commission issued its final report on gambling in June, officials said.",
        "Sales of the company rose sharply this year, the company reported on its website.",
    ), date="1999-09-21")
    whens = sorted(row.cells[0] for row in rows_of(article))
    assert whens == ["1999 (this year)", "1999-06 (in June)"]


def test_a_chronology_list_is_dated_by_its_year_headings():
    article = Article("1", "Key dates", (
        "Here are the milestones in the long case of the boy and his family:",
        "1999:",
        "Nov. 25 -- Elian rescued at sea two or three days after boat capsizes.",
        "2000:",
        "Jan. 5 -- Immigration commissioner decides Elian belongs with his father.",
    ), date="2000-06-28")
    rows = rows_of(article)
    assert [row.cells[0] for row in rows] == ["1999-11-25 (Nov. 25)", "2000-01-05 (Jan. 5)"]
    # the When column gives the date: the row shows the entry's words after it
    assert rows[0].cells[1] == "Elian rescued at sea two or three days after boat capsizes."


def test_the_same_event_from_several_articles_is_one_row_citing_them_all():
    first = Article("1", "Quake", (
        "A powerful earthquake struck western Turkey on Aug. 17, flattening whole towns.",
        "Rescue workers pulled a child from the rubble of a school on Thursday in Golcuk.",
    ), date="1999-08-20")
    second = Article("2", "Quake", (
        "On Aug. 17, a devastating earthquake struck the industrial heartland of western "
        "Turkey near Izmit.",
        "The government in Ankara declared three days of national mourning for the victims.",
    ), date="1999-08-21")
    rows = rows_of(first, second)
    quake = [row for row in rows if row.cells[0] == "1999-08-17 (Aug. 17)"]
    assert len(quake) == 1 and set(quake[0].citations) == {"1", "2"}


def test_an_article_s_sentences_of_one_day_are_one_row():
    article = Article("1", "Quake", (
        "A powerful earthquake struck western Turkey on Tuesday, flattening whole towns.",
        "Rescue workers in Golcuk pulled survivors from collapsed apartment blocks on Tuesday "
        "as the earthquake's aftershocks shook western Turkey.",
    ), date="1999-08-18")
    [row] = rows_of(article)
    assert row.cells[1].startswith("A powerful earthquake")


def test_today_in_a_copy_dated_the_morning_after_is_the_dateline_s_day():
    article = Article("1", "Talks", (
        "The foreign ministers of Kenya and Uganda signed a border accord today in Nairobi.",
    ), date="1996-11-06", dateline="NAIROBI, November 5")
    assert [row.cells[0] for row in rows_of(article)] == ["1996-11-05 (today)"]


def test_a_row_that_says_here_is_no_row_the_timeline_shows_no_place():
    article = Article("1", "Talks", (
        "The foreign ministers of Kenya and Uganda signed a border accord here on Monday.",
    ), date="1996-11-06", dateline="NAIROBI")
    assert rows_of(article) == ()


def test_an_event_of_another_story_told_in_passing_is_no_row():
    story = [Article(str(n), "t", (
        f"The harbour sea wall failed on Monday and the eastern towns flooded, report {n} said.",
        f"Engineers closed the harbour road after sea wall {n} failed on Tuesday.",
        f"Sea water from the failed harbour wall reached the eastern towns on Wednesday {n}.",
        *(("A tornado destroyed a church in the Kansas town of St. Helens in 1980.",)
          if n == 1 else ()),
    ), date="1999-03-05") for n in range(1, 5)]
    texts = [row.cells[1] for row in rows_of(*story)]
    assert texts and not any("St. Helens" in text for text in texts)
