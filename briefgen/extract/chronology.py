"""Chronology lists inside articles: "1998:" headings over "Oct. 20 -- ..." lines, or
"-- May 24, 1976: ..." lines, or day headings ("*Friday", "Oct. 30:") over the day's lines
("8:02 a.m. EDT -- Plane lands at Newark."). Each entry's date is the date its line opens with,
its year from the line itself, else from the heading above it, else from the article's date; a
line under a day heading that opens with no date of its own is of the heading's day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefgen.extract.dates import DateMention, find_dates

#: A paragraph that is only a year, as a chronology's heading: "1998:", "1998".
_HEADING = re.compile(r"^\s*(?P<year>(?:1[89]|20)\d\d)\s*:?\s*$")
#: A line that opens with a date and a separator: "-- May 24, 1976: ...", "Nov. 22 -- ...",
#: "Feb. 5 _ ...", "March 1999 - ...". The date must be the line's first words.
_ENTRY = re.compile(r"^\s*(?:(?:--|[-_\u2013\u2014\u2022*])\s*)?"
                    r"(?P<date>[A-Z][^:_\u2013\u2014]{2,24}?)"
                    r"\s*(?::|--|\s_|\s-|\u2013|\u2014)\s*\S")
#: A list needs at least this many dated lines: one "Oct. 5 -- " line is not a chronology.
MIN_ENTRIES = 2
#: Day headings date the lines under them only when there are this many: one paragraph that
#: is only "Friday" is no list of days.
MIN_DAY_HEADINGS = 2
#: A paragraph that may be a day heading: "*Friday", "Saturday:", "-- Oct. 30, 1999".
_DAY_HEADING = re.compile(r"^\s*(?:--|[-_\u2013\u2014\u2022*])?\s*(?P<date>[A-Z][\w.,' ]{2,24}?)"
                          r"\s*:?\s*$")
#: The clock time a line under a day heading opens with: "8:02 a.m. EDT -- ", "Noon: ".
_CLOCK = re.compile(r"^\s*(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.|[Nn]oon|[Mm]idnight)"
                    r"(?:\s+[A-Z]{2,4})?(?=\s*(?::|--|\s_|\s-|\u2013|\u2014))")


def chronology_dates(paragraphs: Sequence[str], article_date: dt.date | None
                     ) -> dict[int, DateMention]:
    """The date of each chronology entry, by the index of its paragraph."""
    entries: dict[int, DateMention] = {}
    heading_year: int | None = None
    day_headings = {index: mention for index, paragraph in enumerate(paragraphs)
                    if (mention := _day_heading(paragraph, article_date, heading_year))}
    if len(day_headings) < MIN_DAY_HEADINGS:
        day_headings = {}
    heading_day: DateMention | None = None
    for index, paragraph in enumerate(paragraphs):
        heading = _HEADING.match(paragraph)
        if heading:
            heading_year, heading_day = int(heading["year"]), None
            continue
        if index in day_headings:
            heading_day = day_headings[index]
            continue
        mention = _entry_date(paragraph, article_date, heading_year)
        if mention is None and heading_day is not None:
            # the day's lines: the one right under the heading, and those that open with a
            # clock time; any other line ends the day's list (the article goes on)
            if index - 1 in day_headings or _CLOCK.match(paragraph):
                mention = _under_heading(paragraph, heading_day)
            else:
                heading_day = None
        if mention is not None:
            entries[index] = mention
    return entries if len(entries) >= MIN_ENTRIES else {}


def _day_heading(paragraph: str, article_date: dt.date | None, heading_year: int | None
                 ) -> DateMention | None:
    """The day a paragraph that is only a date names ("*Friday", "Oct. 30:"), else None."""
    match = _DAY_HEADING.match(paragraph)
    mention = _whole_date(match["date"], article_date, heading_year) if match else None
    return mention if mention is not None and mention.precision == "day" else None


def _whole_date(text: str, article_date: dt.date | None, heading_year: int | None
                ) -> DateMention | None:
    """The date ``text`` is, when it is one date and nothing else, with a known day."""
    mentions = find_dates(text, article_date, heading_year)
    if len(mentions) != 1 or mentions[0].written != text.strip() or mentions[0].day is None:
        return None
    return mentions[0]


def _under_heading(paragraph: str, heading: DateMention) -> DateMention:
    """A line of a day heading's day: its date is the heading's, its opening clock time
    ("8:02 a.m. EDT") the words the date stands for in the line."""
    clock = _CLOCK.match(paragraph)
    start, end = (clock.end() - len(clock.group(0).lstrip()), clock.end()) if clock else (0, 0)
    assert heading.day is not None
    return DateMention(heading.written, start, end, heading.day, heading.precision, False,
                       f"under the chronology's heading '{heading.written}' ({heading.how})")


def _entry_date(paragraph: str, article_date: dt.date | None, heading_year: int | None
                ) -> DateMention | None:
    match = _ENTRY.match(paragraph)
    # the whole opening must be the date: "Nov. 22 --", not "Elian, born on Nov. 22 --"
    mention = _whole_date(match["date"], article_date, heading_year) if match else None
    if mention is None or mention.relative:
        return None
    offset = match.start("date")
    how = mention.how if mention.has_year else f"chronology entry, {mention.how}"
    return DateMention(mention.written, mention.start + offset, mention.end + offset, mention.day,
                       mention.precision, False, how)
