"""Dates in news text: find them, and resolve them to calendar days where the text allows.

Absolute dates are kept as written ("Oct. 28", "June 2024", "Jan. 21, 1968"). A date without a
year, or a relative one ("on Friday", "last year"), is resolved against the article's own date
when the article has one; otherwise the relative ones stay as written, unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
          r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
DATE = re.compile(
    r"\b(?:"
    + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?(?!\d)"
    r"|(?P<day2>\d{1,2})\s+" + _MONTH.replace("month", "month2")
    + r"(?:\s+(?P<year2>(?:19|20)\d\d))?"
    r"|(?P<rel_month>(?:last|this|earlier this|in|since|until|by)\s+)" + _MONTH.replace(
        "month", "month3") + r"(?:\s+(?P<year3>(?:19|20)\d\d))?\b"
    + r"|" + _MONTH.replace("month", "month4") + r"\s+(?P<year4>(?:19|20)\d\d)\b"
    r"|(?P<weekday_lead>(?:on|last|this|late|early)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b"
    r"|(?P<rel_year>last|this|next)\s+year\b"
    r"|(?:in|since|by|until|during)\s+(?P<year5>(?:19|20)\d\d)\b"
    r"|(?P<yesterday>yesterday|today)\b"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A date as written in a sentence, and the calendar day it stands for when known."""

    written: str
    start: int
    end: int
    day: dt.date | None  # resolved (first day of the month or year when that is all we know)
    precision: str  # "day", "month", "year"
    relative: bool  # resolved (or resolvable) only against the article's date
    how: str  # how it was resolved, for the item's reason


def find_dates(text: str, article_date: dt.date | None, story_year: int | None = None
               ) -> list[DateMention]:
    """Dates in a sentence, in order, resolved where possible (see module docstring)."""
    found = []
    for match in DATE.finditer(text):
        mention = _resolve(match, article_date, story_year)
        if mention is not None:
            found.append(mention)
    return _prefer_explicit(found)


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _resolve(match: re.Match[str], article_date: dt.date | None, story_year: int | None
             ) -> DateMention | None:
    groups = match.groupdict()
    written = match.group(0).strip()
    start, end = match.span()

    def mention(day: dt.date | None, precision: str, relative: bool, how: str) -> DateMention:
        return DateMention(written, start, end, day, precision, relative, how)

    month_name = groups["month"] or groups["month2"]
    if month_name:
        month = _MONTHS[month_name.lower().rstrip(".")]
        day_number = int(groups["day"] or groups["day2"])
        if not 1 <= day_number <= 31:
            return None
        year_text = groups["year"] or groups["year2"]
        if year_text:
            return mention(_safe_date(int(year_text), month, day_number), "day", False,
                           "date as written")
        year, how = _year_for(month, day_number, article_date, story_year)
        if year is None:
            return mention(None, "day", False, "no year given")
        return mention(_safe_date(year, month, day_number), "day", False, how)
    if groups["month3"] or groups["month4"]:
        name = groups["month3"] or groups["month4"]
        month = _MONTHS[name.lower().rstrip(".")]
        year_text = groups["year3"] or groups["year4"]
        if year_text:
            return mention(dt.date(int(year_text), month, 1), "month", False, "month as written")
        if name.lower() == "may" and not groups["rel_month"].strip().lower().startswith("last"):
            return None  # "in May" is rare; "may" is mostly the verb
        lead = groups["rel_month"].strip().lower()
        if lead == "last" and not article_date:
            return mention(None, "month", True, "article date unknown")
        year, how = _year_for(month, 1, article_date, story_year)
        if year is None:
            return mention(None, "month", False, "no year given")
        if lead == "last" and article_date and year == article_date.year and \
                month >= article_date.month:
            year -= 1
        return mention(dt.date(year, month, 1), "month", False, how)
    if groups["weekday"]:
        if not article_date:
            return mention(None, "day", True, "article date unknown")
        weekday = _WEEKDAYS[groups["weekday"].lower()]
        back = (article_date.weekday() - weekday) % 7
        lead = (groups["weekday_lead"] or "").strip().lower()
        if lead == "last" and back == 0:
            back = 7
        return mention(article_date - dt.timedelta(days=back), "day", True,
                       f"the {groups['weekday']} on or before the article's date "
                       f"{article_date.isoformat()}")
    if groups["rel_year"]:
        if not article_date:
            return mention(None, "year", True, "article date unknown")
        shift = {"last": -1, "this": 0, "next": 1}[groups["rel_year"].lower()]
        return mention(dt.date(article_date.year + shift, 1, 1), "year", True,
                       f"relative to the article's date {article_date.isoformat()}")
    if groups["year5"]:
        return mention(dt.date(int(groups["year5"]), 1, 1), "year", False, "year as written")
    if groups["yesterday"]:
        if not article_date:
            return mention(None, "day", True, "article date unknown")
        shift = -1 if groups["yesterday"].lower() == "yesterday" else 0
        return mention(article_date + dt.timedelta(days=shift), "day", True,
                       f"relative to the article's date {article_date.isoformat()}")
    return None


def _year_for(month: int, day: int, article_date: dt.date | None, story_year: int | None
              ) -> tuple[int | None, str]:
    """The year of a date written without one: the article's (the previous one if that would
    put the date after the article), else the latest year the story names."""
    if article_date:
        year = article_date.year
        if (month, day) > (article_date.month, article_date.day):
            year -= 1
        return year, f"year from the article's date {article_date.isoformat()}"
    if story_year:
        return story_year, f"year {story_year} assumed: the latest year the story names"
    return None, "no year given"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _prefer_explicit(mentions: list[DateMention]) -> list[DateMention]:
    """'Wednesday (Oct 23)': the written date explains the weekday; keep the explicit one."""
    kept: list[DateMention] = []
    for mention in mentions:
        if kept and mention.start - kept[-1].end <= 3 and kept[-1].relative and \
                not mention.relative:
            kept[-1] = mention
            continue
        kept.append(mention)
    return kept
