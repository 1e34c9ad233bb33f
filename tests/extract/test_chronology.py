"""Chronology lists: each entry dated by its own line, the heading's year, or the article's."""

import datetime as dt

from briefgen.extract.chronology import chronology_dates

ARTICLE = dt.date(2000, 6, 28)


def test_year_headings_give_the_year_of_the_lines_below():
    paragraphs = ["Here are the milestones:", "1998:", "Jan. 22 _ The court rules.",
                  "Sept. 19 _ The firm appeals.", "1999:", "Oct. 20 -- The judge finds."]
    dates = chronology_dates(paragraphs, ARTICLE)
    assert {index: mention.day for index, mention in dates.items()} == {
        2: dt.date(1998, 1, 22), 3: dt.date(1998, 9, 19), 5: dt.date(1999, 10, 20)}
    assert "heading" in dates[2].how


def test_lines_with_their_own_years():
    paragraphs = ["-- May 24, 1976: Airlines launch service to Washington.",
                  "-- Oct. 8, 1998: A piece of a rudder falls off."]
    dates = chronology_dates(paragraphs, None)
    assert [dates[0].day, dates[1].day] == [dt.date(1976, 5, 24), dt.date(1998, 10, 8)]


def test_without_a_heading_the_article_date_gives_the_year():
    paragraphs = ["Nov. 22 -- They leave Cuba.", "Nov. 25 -- The boy is rescued."]
    assert chronology_dates(paragraphs, dt.date(2000, 1, 8))[1].day == dt.date(1999, 11, 25)


def test_no_year_to_be_known_no_entry():
    paragraphs = ["Nov. 22 -- They leave Cuba.", "Nov. 25 -- The boy is rescued."]
    assert chronology_dates(paragraphs, None) == {}


def test_one_dated_line_is_no_chronology():
    paragraphs = ["Oct. 5 -- The day it began, officials met.", "Nothing else was dated."]
    assert chronology_dates(paragraphs, ARTICLE) == {}


def test_a_line_that_merely_mentions_a_date_is_no_entry():
    paragraphs = ["Elian, rescued on Nov. 25 -- a Thursday -- lives in Miami.",
                  "Nov. 22 -- They leave Cuba.", "Nov. 25 -- The boy is rescued."]
    assert sorted(chronology_dates(paragraphs, ARTICLE)) == [1, 2]


def test_day_headings_date_the_lines_below_them_and_a_clock_time_is_the_lines_date():
    paragraphs = ["Timeline for Flight 990:", "*Friday", "The plane leaves Cairo for New York.",
                  "*Saturday", "8:02 a.m. EDT — Plane lands at Newark.",
                  "10:25 a.m. EDT — Plane leaves Newark."]
    dates = chronology_dates(paragraphs, dt.date(1999, 10, 31))  # a Sunday
    assert {index: mention.day for index, mention in dates.items()} == {
        2: dt.date(1999, 10, 29), 4: dt.date(1999, 10, 30), 5: dt.date(1999, 10, 30)}
    assert paragraphs[4][dates[4].end:] == " — Plane lands at Newark."
    assert dates[2].end == 0 and "heading 'Friday'" in dates[2].how


def test_one_paragraph_that_is_only_a_day_is_no_list_of_days():
    paragraphs = ["Friday", "The plane leaves Cairo for New York.", "It lands at Newark."]
    assert chronology_dates(paragraphs, dt.date(1999, 10, 31)) == {}
