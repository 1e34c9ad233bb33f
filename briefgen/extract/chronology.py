"""Chronology lists inside articles: "1998:" headings over "Oct. 20 -- ..." lines, or
"-- May 24, 1976: ..." lines. Each entry's date is the date its line opens with, its year from
the line itself, else from the heading above it, else from the article's date."""

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


def chronology_dates(paragraphs: Sequence[str], article_date: dt.date | None
                     ) -> dict[int, DateMention]:
    """The date of each chronology entry, by the index of its paragraph."""
    entries: dict[int, DateMention] = {}
    heading_year: int | None = None
    for index, paragraph in enumerate(paragraphs):
        heading = _HEADING.match(paragraph)
        if heading:
            heading_year = int(heading["year"])
            continue
        mention = _entry_date(paragraph, article_date, heading_year)
        if mention is not None:
            entries[index] = mention
    return entries if len(entries) >= MIN_ENTRIES else {}


def _entry_date(paragraph: str, article_date: dt.date | None, heading_year: int | None
                ) -> DateMention | None:
    match = _ENTRY.match(paragraph)
    if not match:
        return None
    mentions = find_dates(match["date"], article_date, heading_year)
    # the whole opening must be the date: "Nov. 22 --", not "Elian, born on Nov. 22 --"
    if len(mentions) != 1 or mentions[0].written != match["date"].strip() or \
            mentions[0].day is None or mentions[0].relative:
        return None
    mention = mentions[0]
    offset = match.start("date")
    how = mention.how if mention.has_year else f"chronology entry, {mention.how}"
    return DateMention(mention.written, mention.start + offset, mention.end + offset, mention.day,
                       mention.precision, False, how)
