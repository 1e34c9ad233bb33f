"""Timeline: dated events in order, each a verbatim sentence with its date as the text gives it.

A sentence is an event when it names a date that can be placed on the calendar (see
``briefgen.extract.dates``): "on Friday" in an undated article cannot, and stays with the
other sections. The most important dated claims are chosen, then shown in calendar order.
The timeline chooses right after the bottom line, so the dated events it needs are not taken
by sections that could do without them.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract.dates import DateMention, find_dates, parse_iso
from briefgen.model import Claim, Row, Section, Table
from briefgen.sections.material import Material

DEFAULT_ITEMS = 8
COLUMNS = ("When", "What happened")
#: Sentences about what will or may happen are not events of the timeline.
_NOT_AN_EVENT = re.compile(r"\b(?:will|would|could|might|may|should|must)\b", re.IGNORECASE)


def build(material: Material, title: str, items: int | None) -> Section | None:
    story_year = latest_year(material)
    dated: list[tuple[Claim, DateMention]] = []
    for claim in material.available():
        mention = _event_date(claim, material, story_year)
        if mention is not None:
            dated.append((claim, mention))
        if len(dated) >= (items or DEFAULT_ITEMS):
            break
    if not dated:
        return None
    material.take(claim for claim, _ in dated)
    ordered = sorted(enumerate(dated), key=lambda entry: _order(entry[1][1], entry[0]))
    rows = tuple(_row(claim, mention) for _, (claim, mention) in ordered)
    return Section("timeline", title, (Table(COLUMNS, rows),))


def latest_year(material: Material) -> int | None:
    """The latest year any article's date or text names: where undated 'Oct. 28' belongs."""
    years = [date.year for article in material.articles if (date := parse_iso(article.date))]
    for claim in material.claims:
        years += [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", claim.text)]
    return max(years) if years else None


def _event_date(claim: Claim, material: Material, story_year: int | None) -> DateMention | None:
    text = claim.text
    if text.rstrip().endswith("?") or _NOT_AN_EVENT.search(text):
        return None
    article_date = parse_iso(material.article(claim.sentence.article).date)
    mentions = [m for m in find_dates(text, article_date, story_year) if m.day is not None]
    if not mentions:
        return None  # an event the reader cannot place in time belongs elsewhere
    # the most precise date stands for the sentence: a day beats a month beats a year
    rank = {"day": 0, "month": 1, "year": 2}
    return min(mentions, key=lambda m: (m.day is None, rank[m.precision], m.start))


def _order(mention: DateMention, index: int) -> tuple[int, dt.date, int]:
    if mention.day is None:
        return (1, dt.date.max, index)
    return (0, mention.day, index)


def _row(claim: Claim, mention: DateMention) -> Row:
    when = mention.written
    if mention.relative and mention.day is not None:
        when = f"{mention.day.isoformat()} ({mention.written})"
    reason = f"dated event: '{mention.written}' ({mention.how})"
    return Row((when, claim.text), claim.citations, reason)
