"""Timeline: dated events in order, each a verbatim sentence with its date, always with the year.

A row is a sentence that reports an event (``briefgen.extract.events``: something that
happened, not a forecast, a schedule, a question or a quotation), dated by the date its main
clause gives that event, resolved against the article's date or the chronology heading above
it (``briefgen.extract.dates``, ``briefgen.extract.chronology``). A line of a chronology list
("Nov. 22 -- Elian ... leave Cuba") is an event by its place in the list. An event whose year
cannot be known is no row, and a row is more central to the story than 40 % of its sentences
(a 1980 eruption an article recalls in passing is not). Rows that report the same event on the same
date, from several articles, are one row citing them all (an article's sentences of one day
are one event); an event the bottom line already
shows is left out.
The timeline chooses right after the bottom line, so the dated events it needs are not taken
by sections that could do without them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefgen.extract.dates import DateMention, filing_day, find_dates, parse_iso, when
from briefgen.extract.events import (
    event_mention,
    is_a_period_figure,
    is_a_reported_finding,
    reports_event,
)
from briefgen.extract.references import says_here
from briefgen.model import Claim, Row, Section, Table
from briefgen.nlp.claims import term_similarity
from briefgen.nlp.coverage import DANGLING_OPENERS, stands_alone
from briefgen.nlp.terms import content_terms
from briefgen.sections.material import Material
from briefgen.sections.relevance import is_central

DEFAULT_ITEMS = 8
#: An event must be more central than this share of the story's sentences (else it is
#: another story's, recalled in passing).
MIN_QUANTILE = 0.4
COLUMNS = ("When", "What happened")
#: Two dated sentences on the same date that share this much of their content (cosine of
#: content terms, the dates' own words left out) report the same event. Lower than the claim
#: grouper's 0.5: the shared date is evidence of its own.
SAME_EVENT_SIMILARITY = 0.35
#: A sentence this close to one the bottom line shows says the same thing (the defect
#: counter's duplicate test).
SAME_WORDING = 0.8
#: The separator between a chronology entry's date and its event ("Nov. 22 -- ", ": ").
_ENTRY_REST = re.compile(r"^\s*(?::|--|_|-|\u2013|\u2014)?\s*")


@dataclass
class _Event:
    claim: Claim
    mention: DateMention
    terms: frozenset[str]
    merged: list[Claim] = field(default_factory=list)
    #: The words the row shows: the sentence, or a chronology entry's words after its date
    #: ("Jan. 7 — Lazaro Gonzalez files ..." shows "Lazaro Gonzalez files ...": the When
    #: column gives the date).
    text: str = ""

    @property
    def citations(self) -> tuple[str, ...]:
        cited = list(self.claim.citations)
        for claim in self.merged:
            cited += [source for source in claim.citations if source not in cited]
        return tuple(cited)


def build(material: Material, title: str, items: int | None) -> Section | None:
    limit = items or DEFAULT_ITEMS
    shown = [claim for claim in material.claims if not material.is_available(claim)]
    shown_events = [event for claim in shown if (event := _event(claim, material)) is not None]
    shown_terms = [content_terms(claim.text) for claim in shown]
    events: list[_Event] = []
    for claim in material.available():
        event = _event(claim, material)
        if event is None or not is_central(material, claim.text, 0.0, MIN_QUANTILE):
            continue  # no event, or one of another story told in passing
        if any(_same_event(event, other) for other in shown_events) or any(
                term_similarity(content_terms(claim.text), terms) >= SAME_WORDING
                for terms in shown_terms):
            continue  # the bottom line already reports it
        same = next((other for other in events if _same_event(event, other)), None)
        if same is not None:
            same.merged.append(claim)  # merged even past the limit: its citations count
        elif len(events) < limit:
            events.append(event)
    if not events:
        return None
    material.take(claim for event in events for claim in (event.claim, *event.merged))
    ordered = sorted(enumerate(events), key=lambda entry: _order(entry[1].mention, entry[0]))
    rows = tuple(_row(event) for _, event in ordered)
    return Section("timeline", title, (Table(COLUMNS, rows),))


def event_date(claim: Claim, material: Material) -> DateMention | None:
    """The date of the event a claim reports, when it reports one and its year can be known."""
    event = _event(claim, material)
    return event.mention if event else None


def _event(claim: Claim, material: Material) -> _Event | None:
    sentence = claim.sentence
    article = material.article(sentence.article)
    # "today" in a wire copy dated the morning after is the dateline's day
    article_date = parse_iso(filing_day(article))
    entry = material.chronology(article).get(sentence.paragraph)
    if entry is not None and article.paragraphs[sentence.paragraph].lstrip().startswith(
            claim.text.lstrip()[:40]):
        # the entry's opening line, dated by the list; its words after the date are read alone
        paragraph = article.paragraphs[sentence.paragraph]
        lead = len(paragraph) - len(paragraph.lstrip())  # the claim's text is stripped
        rest = _ENTRY_REST.sub("", claim.text.lstrip()[max(0, entry.end - lead):])
        first = rest.split()[0].lower() if rest.split() else ""
        if not rest or first in DANGLING_OPENERS:
            return None
        mention: DateMention | None = entry
        shown = rest
    elif not stands_alone(claim.text) or not reports_event(claim.text) or \
            says_here(claim.text):
        # a row is read on its own (its "here" would need the dateline, which a row does not
        # show), and it tells of something that happened
        return None
    else:
        shown = claim.text
        mention = event_mention(claim.text, find_dates(claim.text, article_date))
        if mention is not None and (is_a_period_figure(claim.text, mention) or
                                    is_a_reported_finding(claim.text, mention)):
            return None  # a year's amount, a finding in the present: key figures, background
    if mention is None or when(mention) is None:
        return None  # an event the reader cannot place in time belongs elsewhere
    return _Event(claim, mention, _terms_without_date(claim.text, mention), text=shown)


def _terms_without_date(text: str, mention: DateMention) -> frozenset[str]:
    return content_terms(text) - content_terms(mention.written)


def _same_event(first: _Event, second: _Event) -> bool:
    """Two sentences that share the date and most of their words report one event; so do two
    sentences of one article dated the same day (its lead and a detail of that day's news: a
    timeline row is a day of the story, and the article tells it once)."""
    a, b = first.mention, second.mention
    if (a.day, a.precision) != (b.day, b.precision):
        return False
    if a.precision == "day" and first.claim.sentence.article == second.claim.sentence.article:
        return True
    return term_similarity(first.terms, second.terms) >= SAME_EVENT_SIMILARITY


def _order(mention: DateMention, index: int) -> tuple[dt.date, int]:
    """By the period's first day; within a day, the ranking's order."""
    assert mention.day is not None
    return (mention.day, index)


def _row(event: _Event) -> Row:
    mention = event.mention
    reason = f"dated event: '{mention.written}' ({mention.how})"
    if event.merged:
        reason += f"; the same event reported by {len(event.merged)} more sentence(s)"
    return Row((when(mention) or mention.written, event.text or event.claim.text),
               event.citations, reason)
