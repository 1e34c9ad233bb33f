"""Dates in news text: find them, and resolve them to calendar days where the text allows.

Absolute dates are kept as written ("Oct. 28", "June 2024", "Jan. 21, 1968"). A date without a
year, or a relative one ("on Friday", "last year", "two weeks ago"), is resolved against the
article's own date when the article has one, or against the year a chronology heading gives
("1998:" above "Oct. 20 -- ..."). Nothing else supplies a year: when neither is known the
mention stays unresolved (``day`` is None), never guessed from other years the story names.
A resolved date carries its precision, so "in June" is June 1999, not a made-up first of June.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefgen.model import Article

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
          r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
_YEAR = r"(?:1[89]|20)\d\d"
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
DATE = re.compile(
    r"\b(?:"
    + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>" + _YEAR + r"))?(?!\d)"
    r"|(?P<day2>\d{1,2})\s+" + _MONTH.replace("month", "month2")
    + r"(?:,?\s+(?P<year2>" + _YEAR + r"))?"
    r"|(?P<rel_month>(?:last|this|earlier this|in|since|until|by|(?:in\s+)?(?:early|late))\s+"
    r"|(?:in\s+)?mid-)" + _MONTH.replace("month", "month3")
    + r"(?![\s.]*\d{1,2}(?!\d))(?:,?\s+(?P<year3>" + _YEAR + r"))?\b"
    + r"|" + _MONTH.replace("month", "month4") + r",?\s+(?P<year4>" + _YEAR + r")\b"
    r"|(?P<weekday_lead>(?:on|last|this|late|early)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b"
    r"|(?P<rel_year>last|this|next|earlier this|later this|early this|late this)\s+year\b"
    r"|(?P<rel_unit_lead>last|this|next|earlier this|later this|early this|late this)\s+"
    r"(?P<rel_unit>week|month)\b"
    r"|(?P<ago_number>" + _NUMBER + r")\s+(?P<ago_unit>day|week|month|year|decade)s?\s+ago\b"
    r"|(?:in|since|by|until|during)\s+(?P<year5>" + _YEAR + r")\b"
    r"|(?P<yesterday>yesterday|today|tonight)\b"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A date as written in a sentence, and the calendar period it stands for when known."""

    written: str
    start: int
    end: int
    day: dt.date | None  # the first day of the period (the day, week, month or year) when known
    precision: str  # "day", "week", "month", "year"
    relative: bool  # resolved (or resolvable) only against the article's date
    how: str  # how it was resolved, for the item's reason

    @property
    def has_year(self) -> bool:
        """The written form names its year ("Oct. 28, 1998", "in 1995")."""
        return bool(re.search(r"\b" + _YEAR + r"\b", self.written))


def find_dates(text: str, article_date: dt.date | None, heading_year: int | None = None
               ) -> list[DateMention]:
    """Dates in a sentence, in order, resolved where possible (see module docstring).

    ``heading_year`` is the year a chronology gives the line the text comes from; it stands
    for the year of a date written without one.
    """
    found = []
    for match in DATE.finditer(text):
        mention = _resolve(match, article_date, heading_year)
        if mention is not None:
            found.append(mention)
    return _prefer_explicit(found)


def when(mention: DateMention) -> str | None:
    """The date as a timeline shows it, always with its year: as written when it names the
    year, else the resolved period followed by the words of the text ("1998-10-23 (Friday)",
    "1999-06 (in June)", "1998 (this year)"). None when the year cannot be known."""
    if mention.day is None:
        return None
    if mention.has_year:
        return mention.written
    return f"{period(mention)} ({mention.written})"


def period(mention: DateMention) -> str:
    """The resolved period in ISO style at the mention's precision."""
    assert mention.day is not None
    day = mention.day
    if mention.precision == "year":
        return f"{day.year}"
    if mention.precision == "month":
        return f"{day.year}-{day.month:02d}"
    if mention.precision == "week":
        return f"week of {day.isoformat()}"
    return day.isoformat()


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _resolve(match: re.Match[str], article_date: dt.date | None, heading_year: int | None
             ) -> DateMention | None:
    groups = match.groupdict()
    written = match.group(0).strip()
    start, end = match.span()

    def mention(day: dt.date | None, precision: str, relative: bool, how: str) -> DateMention:
        return DateMention(written, start, end, day, precision, relative, how)

    month_name = groups["month"] or groups["month2"] or groups["month3"] or groups["month4"]
    if month_name and not month_name[0].isupper():
        return None  # "march", "may": the verb; news text capitalises its months
    if groups["month"] or groups["month2"]:
        month = _MONTHS[month_name.lower().rstrip(".")]
        day_number = int(groups["day"] or groups["day2"])
        if not 1 <= day_number <= 31:
            return None
        year_text = groups["year"] or groups["year2"]
        if year_text:
            return mention(_safe_date(int(year_text), month, day_number), "day", False,
                           "date as written")
        year, how = _year_for(month, day_number, article_date, heading_year)
        if year is None:
            return mention(None, "day", False, how)
        return mention(_safe_date(year, month, day_number), "day", False, how)
    if groups["month3"] or groups["month4"]:
        month = _MONTHS[month_name.lower().rstrip(".")]
        year_text = groups["year3"] or groups["year4"]
        if year_text:
            return mention(dt.date(int(year_text), month, 1), "month", False, "month as written")
        lead = groups["rel_month"].strip().lower()
        if month_name == "May" and lead in ("this", "by", "until"):
            return None  # "this May be ...", "by May" rarely a date, "May" opens sentences
        year, how = _year_for(month, 1, article_date, heading_year)
        if year is None:
            return mention(None, "month", lead == "last", how)
        if lead == "last" and article_date and year == article_date.year and \
                month >= article_date.month:
            year -= 1  # "last June" in a June article is a year ago
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
    if not article_date:
        if groups["year5"]:
            return mention(dt.date(int(groups["year5"]), 1, 1), "year", False, "year as written")
        return mention(None, "day", True, "article date unknown")
    relative_to = f"relative to the article's date {article_date.isoformat()}"
    if groups["rel_year"]:
        shift = 0 if "this" in groups["rel_year"].lower() else \
            {"last": -1, "next": 1}[groups["rel_year"].lower()]
        return mention(dt.date(article_date.year + shift, 1, 1), "year", True, relative_to)
    if groups["rel_unit"]:
        lead = groups["rel_unit_lead"].lower()
        shift = 0 if "this" in lead else {"last": -1, "next": 1}[lead]
        if groups["rel_unit"].lower() == "week":
            monday = article_date - dt.timedelta(days=article_date.weekday())
            return mention(monday + dt.timedelta(weeks=shift), "week", True, relative_to)
        first = _month_shift(article_date, shift)
        return mention(first, "month", True, relative_to)
    if groups["ago_number"]:
        number = groups["ago_number"].lower()
        count = int(number) if number.isdigit() else _NUMBERS[number]
        unit = groups["ago_unit"].lower()
        if unit in ("month", "year", "decade") and _HEDGE_BEFORE.search(match.string, 0, start):
            # "nearly 15 years ago", "more than a year ago": the writer does not know the
            # period either, and a calendar cell would claim they did
            return mention(None, "month" if unit == "month" else "year", True,
                           "a hedged count back from the article's date")
        if unit == "day":
            return mention(article_date - dt.timedelta(days=count), "day", True, relative_to)
        if unit == "week":
            back = article_date - dt.timedelta(weeks=count)
            return mention(back - dt.timedelta(days=back.weekday()), "week", True, relative_to)
        if unit == "month":
            back = _month_shift(article_date, -count)
            return mention(back, "month", True, relative_to)
        years = count * (10 if unit == "decade" else 1)
        return mention(dt.date(article_date.year - years, 1, 1), "year", True, relative_to)
    if groups["year5"]:
        return mention(dt.date(int(groups["year5"]), 1, 1), "year", False, "year as written")
    if groups["yesterday"]:
        shift = -1 if groups["yesterday"].lower() == "yesterday" else 0
        return mention(article_date + dt.timedelta(days=shift), "day", True, relative_to)
    return None


def _year_for(month: int, day: int, article_date: dt.date | None, heading_year: int | None
              ) -> tuple[int | None, str]:
    """The year of a date written without one: the chronology heading's; else the article's
    (the previous one if that would put the date after the article); else unknown."""
    if heading_year:
        return heading_year, f"year {heading_year} from the chronology's heading"
    if article_date:
        year = article_date.year
        if (month, day) > (article_date.month, article_date.day):
            year -= 1
        return year, f"year from the article's date {article_date.isoformat()}"
    return None, "no year given"


def _month_shift(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (or before) the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


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


#: A hedge before a count of months or years back ("nearly 15 years ago").
_HEDGE_BEFORE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|over|more than|less than|"
    r"under|at least|at most|just over|just under)\s+\Z", re.IGNORECASE)


# Words that point at a day or period only from the day the text was written, and that
# ``DATE`` does not resolve (it leaves out what the timeline cannot place on a calendar).
_UNIT = r"(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter)"
_DAY_PART = r"(?:morning|afternoon|evening|night)"
_LEANING = re.compile(
    r"\b(?:tomorrow|tonight|yesterday|today"
    r"|(?:this|last|next|earlier this|later this|early this|late this|the past|the coming)\s+"
    + _UNIT + r"|(?:this|yesterday|tomorrow|last)\s+" + _DAY_PART
    + r"|(?:a few|a couple of|several|some)\s+(?:days|weeks|months|years|decades)\s+ago)\b",
    re.IGNORECASE,
)


def relative_mentions(text: str) -> list[str]:
    """The expressions of ``text`` that a reader can place in time only by knowing the day it
    was written, as written, in order: relative days and periods ("today", "on Tuesday",
    "last week", "this year", "two days ago", "a few years ago", "tomorrow", "last night") and
    dates written without their year ("Oct. 28", "in June"). A date that names its year ("in
    1995", "Oct. 28, 1998") is not one; nor are vague words ("recently", "now"), which a day
    would not make precise."""
    spans: list[tuple[int, int, str]] = [
        (mention.start, mention.end, mention.written) for mention in find_dates(text, None)
        if mention.relative or not mention.has_year
    ]
    for match in _LEANING.finditer(text):
        if not any(start <= match.start() < end for start, end, _ in spans):
            spans.append((match.start(), match.end(), match.group(0)))
    return [written for start, _, written in sorted(spans) if not _names_a_title(text, start)]


def _names_a_title(text: str, start: int) -> bool:
    """"USA Today", "the Today show": a capital "Today" inside a sentence is a name."""
    if not text.startswith("Today", start):
        return False
    before = text[:start].rstrip(" \"“‘'(")
    return bool(before) and before[-1] not in ".!?:;"


#: A dateline's day is the filing day when it is at most this many days before the article's
#: date (wire copy is dated the next morning); a day further off is not trusted.
DATELINE_LAG_DAYS = 3
#: The day at the end of a dateline: "NAIROBI, November 5".
DATELINE_DAY = re.compile(r",\s*(?P<when>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)$")


def filing_day(article: Article) -> str | None:
    """The ISO day the article was filed: its dateline's day ("NAIROBI, November 5" on a copy
    dated the 6th: "today" is the 5th) when that is a few days before the article's date at
    most, else the article's date; None for an undated article."""
    published = parse_iso(article.date)
    match = DATELINE_DAY.search(article.dateline or "")
    if match:
        mentions = find_dates(match["when"], published)
        day = mentions[0].day if mentions else None
        if day is not None and (published is None or
                                dt.timedelta(0) <= published - day
                                <= dt.timedelta(days=DATELINE_LAG_DAYS)):
            return day.isoformat()
    return published.isoformat() if published else None
