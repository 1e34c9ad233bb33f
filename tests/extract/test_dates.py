"""Dates: absolute ones as written, relative ones resolved against the article's date."""

import datetime as dt

from briefgen.extract.dates import find_dates

FRIDAY_OCT_25 = dt.date(2024, 10, 25)


def test_absolute_dates_are_kept_as_written():
    [mention] = find_dates("An attempt on Jan. 21, 1968 failed.", None)
    assert (mention.written, mention.day, mention.relative) == ("Jan. 21, 1968",
                                                                dt.date(1968, 1, 21), False)
    [month] = find_dates("The invasion in February 2022 changed everything.", None)
    assert (month.day, month.precision) == (dt.date(2022, 2, 1), "month")


def test_a_weekday_resolves_against_the_article_date():
    [mention] = find_dates("The agency confirmed on Wednesday that troops moved.", FRIDAY_OCT_25)
    assert mention.day == dt.date(2024, 10, 23) and mention.relative
    assert "2024-10-25" in mention.how


def test_without_an_article_date_a_weekday_stays_unresolved():
    [mention] = find_dates("The agency confirmed on Friday that troops moved.", None)
    assert mention.day is None and mention.written == "on Friday"


def test_a_written_date_explains_the_weekday_next_to_it():
    [mention] = find_dates("The United States confirmed on Wednesday (Oct 23) the news.", None,
                           story_year=2024)
    assert mention.written == "Oct 23" and mention.day == dt.date(2024, 10, 23)


def test_a_date_without_a_year_takes_the_article_s_year_or_the_one_before():
    [mention] = find_dates("Talks were held on Dec. 30.", dt.date(2025, 1, 5))
    assert mention.day == dt.date(2024, 12, 30)


def test_last_year_is_relative():
    [mention] = find_dates("Last year, the administration provided ammunition.", FRIDAY_OCT_25)
    assert mention.day == dt.date(2023, 1, 1) and mention.precision == "year"
