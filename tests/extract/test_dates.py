"""Dates: absolute ones as written, relative and partial ones resolved against the article's date
or a chronology's heading, at the precision the text gives, and never with a guessed year."""

import datetime as dt

from briefgen.extract.dates import filing_day, find_dates, relative_mentions, when
from briefgen.model import Article

FRIDAY_OCT_25 = dt.date(2024, 10, 25)


def test_absolute_dates_are_kept_as_written():
    [mention] = find_dates("An attempt on Jan. 21, 1968 failed.", None)
    assert (mention.written, mention.day, mention.relative) == ("Jan. 21, 1968",
                                                                dt.date(1968, 1, 21), False)
    assert when(mention) == "Jan. 21, 1968"
    [month] = find_dates("The invasion in February 2022 changed everything.", None)
    assert (month.day, month.precision) == (dt.date(2022, 2, 1), "month")


def test_a_weekday_resolves_against_the_article_date():
    [mention] = find_dates("The agency confirmed on Wednesday that troops moved.", FRIDAY_OCT_25)
    assert mention.day == dt.date(2024, 10, 23) and mention.relative
    assert "2024-10-25" in mention.how
    assert when(mention) == "2024-10-23 (on Wednesday)"


def test_the_article_s_own_weekday_is_the_article_s_day():
    [mention] = find_dates("The agency said Friday that troops moved.", FRIDAY_OCT_25)
    assert mention.day == FRIDAY_OCT_25
    [last] = find_dates("The agency said last Friday that troops moved.", FRIDAY_OCT_25)
    assert last.day == dt.date(2024, 10, 18)


def test_without_an_article_date_a_weekday_stays_unresolved():
    [mention] = find_dates("The agency confirmed on Friday that troops moved.", None)
    assert mention.day is None and mention.written == "on Friday"
    assert when(mention) is None


def test_a_date_without_a_year_takes_no_year_from_elsewhere():
    """Without the article's date there is no year to give 'Oct. 28': none is guessed."""
    [mention] = find_dates("On Oct. 28, the Pentagon confirmed it.", None)
    assert mention.day is None and when(mention) is None


def test_a_written_date_explains_the_weekday_next_to_it():
    [mention] = find_dates("The United States confirmed on Wednesday (Oct 23) the news.",
                           FRIDAY_OCT_25)
    assert mention.written == "Oct 23" and mention.day == dt.date(2024, 10, 23)
    assert when(mention) == "2024-10-23 (Oct 23)"


def test_a_date_without_a_year_takes_the_article_s_year_or_the_one_before():
    [mention] = find_dates("Talks were held on Dec. 30.", dt.date(2025, 1, 5))
    assert mention.day == dt.date(2024, 12, 30)


def test_a_chronology_heading_gives_the_year():
    [mention] = find_dates("Sept. 19", dt.date(2000, 6, 28), heading_year=1998)
    assert mention.day == dt.date(1998, 9, 19)


def test_a_month_alone_is_a_month_not_its_first_day():
    [mention] = find_dates("The report was issued in June.", dt.date(1999, 9, 21))
    assert (mention.day, mention.precision) == (dt.date(1999, 6, 1), "month")
    assert when(mention) == "1999-06 (in June)"
    [december] = find_dates("The report was issued in December.", dt.date(1999, 9, 21))
    assert december.day == dt.date(1998, 12, 1)  # the last December before the article
    [last] = find_dates("They met last June.", dt.date(1999, 6, 20))
    assert last.day == dt.date(1998, 6, 1)


def test_this_year_is_the_article_s_year_shown_as_a_year():
    [mention] = find_dates("Sales rose this year.", dt.date(1998, 10, 28))
    assert (mention.day.year, mention.precision) == (1998, "year")
    assert when(mention) == "1998 (this year)"
    [last] = find_dates("Last year, the administration provided ammunition.", FRIDAY_OCT_25)
    assert last.day == dt.date(2023, 1, 1) and when(last) == "2023 (Last year)"


def test_periods_counted_back_from_the_article_date():
    article = dt.date(1998, 10, 23)  # a Friday
    found = {m.written: when(m) for m in find_dates(
        "It began two weeks ago, three days ago, 20 years ago, last week and earlier this month.",
        article)}
    assert found == {
        "two weeks ago": "week of 1998-10-05 (two weeks ago)",
        "three days ago": "1998-10-20 (three days ago)",
        "20 years ago": "1978 (20 years ago)",
        "last week": "week of 1998-10-12 (last week)",
        "earlier this month": "1998-10 (earlier this month)",
    }


def test_a_hedged_count_of_years_back_has_no_calendar_period():
    article = dt.date(1999, 9, 11)
    found = {m.written: when(m) for m in find_dates(
        "Nearly 15 years ago the school opened; more than a year ago it grew; "
        "about two days ago it closed.", article)}
    assert found == {"15 years ago": None, "a year ago": None,
                     "two days ago": "1999-09-09 (two days ago)"}


def test_months_as_verbs_are_no_dates():
    assert find_dates("Protesters march 5 miles; they may leave.", FRIDAY_OCT_25) == []


def test_last_before_a_full_date_keeps_the_day():
    [mention] = find_dates("Elian was found last Nov. 25 off Florida.", dt.date(2000, 1, 8))
    assert (mention.written, mention.day) == ("Nov. 25", dt.date(1999, 11, 25))


# ----------------------------------------------------------------------------- relative_mentions


def test_words_read_against_the_day_of_writing_are_found_in_order():
    text = "The minister said today that the vote set for Tuesday follows last week's talks."
    assert relative_mentions(text) == ["today", "Tuesday", "last week"]


def test_days_parts_of_days_and_counted_periods_are_relative():
    assert relative_mentions("It opens tomorrow; police fired last night.") == [
        "tomorrow", "last night"]
    assert relative_mentions("Two years ago it fell; a few years ago it rose.") == [
        "Two years ago", "a few years ago"]
    assert relative_mentions("Sales rose this year and earlier this month.") == [
        "this year", "earlier this month"]


def test_a_date_without_its_year_leans_on_the_day_of_writing():
    assert relative_mentions("The plane crashed on Oct. 31 off the coast.") == ["Oct. 31"]
    assert relative_mentions("The treaty signed in June binds both.") == ["in June"]


def test_dates_that_name_their_year_and_vague_words_do_not():
    assert relative_mentions("The plane crashed on Oct. 31, 1999 off the coast.") == []
    assert relative_mentions("Since 1995 prices have recently risen and are now high.") == []
    assert relative_mentions("Monday, Oct. 26, 1998 was the day.") == []


def test_a_newspaper_named_today_is_no_date():
    assert relative_mentions("USA Today reported the figure.") == []
    assert relative_mentions("Today, the talks resume.") == ["Today"]


def test_the_dateline_s_day_is_the_day_of_writing_when_the_copy_is_dated_later():
    text = ("The minister said today that talks would resume.",)
    late = Article("1", "t", text, date="1996-11-06", dateline="NAIROBI, November 5")
    assert filing_day(late) == "1996-11-05"
    far = Article("1", "t", text, date="1996-11-06", dateline="NAIROBI, October 5")
    assert filing_day(far) == "1996-11-06"  # a month off: not the filing day
    assert filing_day(Article("1", "t", text)) is None
