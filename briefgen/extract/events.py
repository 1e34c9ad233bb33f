"""Events in news sentences: whether a sentence reports something that happened, and which of
its dates is the date of that happening.

A sentence reports an event when, outside its quotations, it has a verb in the past tense
(or the present perfect) and no future, modal or forecast construction ("will meet on",
"expects to", "is scheduled"); questions and quotations report none. The event's date is a
date of the main clause used as an adverb ("met on Friday", "In 1994, the board voted",
"said Tuesday"), not one that names a thing ("the Aug. 17 quake", "Wednesday's Journal"),
relates to another date ("since 1954", "by 2002", "up from 1995") or stands in a subordinate
clause ("the report, which was issued in June", "after the quake on Aug. 17").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.dates import DateMention
from briefgen.extract.lexicon import IRREGULAR_PAST

_QUOTED = re.compile(r"“[^”]*”?|(?:``|'')(?:(?!'').)*(?:''|$)|\"[^\"]*\"?")
_OPENS_ON_QUOTE = re.compile(r"^\s*(?:[“\"‘]|``|'')")
#: Future, modal and forecast constructions: the sentence tells what is to come, not what came.
#: Case matters: "may" is the modal, "May" the month.
_NOT_YET = re.compile(
    r"\b(?:will|would|could|might|may|should|must|shall|can|cannot|going to|"
    r"expects?|expected|anticipat\w+|forecast\w*|predict\w*|projected|"
    r"plans? to|planned to|hopes? to|hoped to|intends? to|intended to|aims? to|"
    r"scheduled|slated|(?:is|are|was|were) (?:due|set|poised|to)\b)\b|'ll\b"
)
#: Words in -ed that are not past tenses.
_NOT_PAST = frozenset((
    "bed", "breed", "embed", "exceed", "feed", "hundred", "indeed", "need", "proceed", "red",
    "seed", "shed", "sled", "speed", "succeed",
))
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
#: Words that open a subordinate clause or phrase: a date after one of them, in the same
#: clause, dates what that clause says, not what the sentence reports.
_SUBORDINATE = frozenset((
    "which", "who", "whom", "whose", "when", "where", "after", "before", "because", "although",
    "though", "while", "since", "until", "unless", "if", "whether", "than", "according",
    "compared", "including", "following", "as",
))
#: Present tenses of 'be' and 'have': a participle after them is no past event ("are staffed"),
#: and a 'today' in their clause means nowadays.
_PRESENT_BE = frozenset(("is", "are", "am"))
_PRESENT = _PRESENT_BE | frozenset(("has", "have", "does", "do"))
#: Right before a date, these relate it to something else or make it part of a name.
_RELATING = frozenset((
    "since", "until", "till", "by", "before", "after", "from", "through", "than", "between",
    "to", "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose",
    "each", "every",
))
#: A date's own first words that relate it to another time ("since 1954", "by 2002").
_RELATING_LEADS = frozenset(("since", "until", "by"))
#: An amount: a share, a sum or a count in thousands ("49.2 percent", "15th percentile",
#: "$120 million", "16,000 children").
_AMOUNT = re.compile(r"\d\s*(?:%|percent|per cent)|\bpercentile\b|[$€£]\s?\d|"
                     r"\d\s+(?:million|billion|trillion)\b|"
                     # a count in thousands: "16,000 foreign-born children were adopted"
                     r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?!\d|,\d)", re.IGNORECASE)
#: Words that close a span opened by 'from' ("from 1991 to 1997").
_SPAN_ENDS = frozenset(("to", "through", "until", "till"))
#: Where one clause ends and the next begins, for the subordinate-clause test.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-_\u2013\u2014]+\s|--")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in a sentence ("...", “...”, ``...'')."""
    return [match.span() for match in _QUOTED.finditer(text)]


def reports_event(text: str) -> bool:
    """A sentence that tells of something that happened (see module docstring)."""
    if _OPENS_ON_QUOTE.match(text):
        return False  # a quotation, whoever said it after
    spans = quoted_spans(text)
    quoted = sum(end - start for start, end in spans)
    if quoted * 3 > len(text):
        return False  # mostly someone's words
    own = _outside(text, spans)
    if "?" in own or _NOT_YET.search(own):
        return False
    return _has_past(_WORD.findall(own))


def is_a_period_figure(text: str, mention: DateMention) -> bool:
    """'Americans spent $27.2 billion in 1998', 'Last year, the average student scored in the
    15th percentile': an amount for a whole year or month is a statistic (a key figure), not
    an event of the timeline."""
    return mention.precision in ("year", "month") and bool(_AMOUNT.search(text))


#: Verbs that report what a source found or holds; dated, they date the report.
_REPORTING = frozenset((
    "said", "says", "reported", "reports", "announced", "announces", "told", "stated",
    "estimated", "estimates", "showed", "shows", "found", "finds", "added", "noted",
))
#: A share or an amount in words or digits: "eight percent", "70 percent", "$2 billion".
_STATED_AMOUNT = re.compile(
    r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ]\w+)?\s*"
    r"(?:%|percent|per cent)|[$€£]\s?\d|\d\s+(?:million|billion|trillion)\b|"
    r"\b\w+ times the\b", re.IGNORECASE)


def is_a_reported_finding(text: str, mention: DateMention) -> bool:
    """'World solar markets are growing at ten times the rate of the oil industry, Worldwatch
    reported on Monday', 'about 70 percent of people in Africa are afflicted, the paper
    reported today': a share or an amount stated in the present, dated only by the day it was
    reported, is a finding (a key figure, background), not an event of the timeline."""
    before = text[:mention.start].split()
    words_before = [word.strip(",").lower() for word in before[-2:]]
    if not words_before or words_before[-1] not in _REPORTING and not (
            words_before[-1] == "on" and len(words_before) > 1 and
            words_before[0] in _REPORTING):
        return False  # the date is not the report's
    content = _outside(text, quoted_spans(text))
    if not _STATED_AMOUNT.search(content):
        return False
    words = [word for word in _WORD.findall(content) if word.lower() not in _REPORTING]
    return not _has_past(words)


def event_mention(text: str, mentions: Sequence[DateMention]) -> DateMention | None:
    """The date of the event a sentence reports: its first date that the main clause uses as
    an adverb of time, next to a verb in the past, or None."""
    spans = quoted_spans(text)
    for mention in mentions:
        if mention.day is None:
            continue
        if any(start <= mention.start < end for start, end in spans):
            continue  # a date someone is quoted as saying
        if _names_a_thing(text, mention) or _in_subordinate_clause(text, mention) or \
                _in_reduced_relative(text, mention):
            continue
        if _in_a_span(text, mention, mentions) or \
                not _dates_a_past_verb(_outside(text, spans), mention):
            continue
        return mention
    return None


def _in_a_span(text: str, mention: DateMention, mentions: Sequence[DateMention]) -> bool:
    """'fell from 70 percent in 1991 to 4 percent in 1997': a 'from' before one date and a
    'to' before the next make a span of time, a trend, not one event's date."""
    start, end = next(((s, e) for s, e in _clauses(text) if s <= mention.start < e),
                      (0, len(text)))
    together = [other for other in mentions if start <= other.start < end]
    for first, second in zip(together, together[1:], strict=False):
        if mention not in (first, second):
            continue
        before = _WORD.findall(text[start:first.start])
        between = _WORD.findall(text[first.end:second.start])
        if "from" in (word.lower() for word in before) and \
                _SPAN_ENDS & {word.lower() for word in between}:
            return True
    return False


def _dates_a_past_verb(text: str, mention: DateMention) -> bool:
    """The clause of the date has a verb in the past ("the court ruled Friday"); a date that
    stands alone before the main clause ("On Friday, the court ruled ...", "Five years ago,
    unemployment was ...") goes with that clause, past any subordinate one. A date of the
    present ("today", "this year") in a clause in the present tense ("are still sung today")
    means nowadays, not a day."""
    if mention.written.lower() == "today" and not text[:mention.start].strip(" “\"'`"):
        return False  # "Today, few doubt ...": an opening 'Today' contrasts now with then
    clauses = _clauses(text)
    index = next((i for i, (start, end) in enumerate(clauses) if start <= mention.start < end),
                 len(clauses) - 1)
    start, end = clauses[index]
    words = _words_around(_main_part(text, start, end, mention), mention.written)
    if not _has_past(words) and len(words) <= 2:
        # the date alone, with a word or two ("Earlier Tuesday", "On Friday"), before its clause
        following = [clause for clause in clauses[index + 1:]
                     if not _opens_subordinate(text[clause[0]:clause[1]])]
        if not following:
            return False
        words = _WORD.findall(text[following[0][0]:following[0][1]])
    if mention.written.lower().split()[0] in ("today", "tonight", "this") and \
            any(word in _PRESENT for word in words):
        return False
    return _has_past(words)


def _has_past(words: Sequence[str]) -> bool:
    return any(_is_past(word, words[i - 1] if i else "") for i, word in enumerate(words))


def _main_part(text: str, start: int, end: int, mention: DateMention) -> str:
    """The clause up to the first subordinate word after the date: in 'investigators on
    Wednesday are continuing the search where the plane crashed', 'crashed' is not the verb
    the date goes with."""
    for word in _WORD.finditer(text, mention.end, end):
        if word.group(0).lower() in _SUBORDINATE:
            return text[start:word.start()]
    return text[start:end]


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [match.end() for match in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(start, end) for start, end in zip(cuts, cuts[1:], strict=False) if end > start]


def _words_around(clause: str, written: str) -> list[str]:
    return _WORD.findall(clause.replace(written, " ", 1))


def _opens_subordinate(clause: str) -> bool:
    words = _WORD.findall(clause)
    return bool(words) and words[0].lower() in _SUBORDINATE


def _is_past(word: str, before: str = "") -> bool:
    """A past tense or participle; not one after a present 'is', 'are' ("are staffed")."""
    if not word.islower() or before.lower() in _PRESENT_BE:
        return False  # names ("United", "Mohammed") are no verbs
    if word in IRREGULAR_PAST:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST


def _outside(text: str, spans: Sequence[tuple[int, int]]) -> str:
    pieces, cursor = [], 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        cursor = end
    pieces.append(text[cursor:])
    return " ".join(pieces)


def _names_a_thing(text: str, mention: DateMention) -> bool:
    """'the Aug. 17 quake', "Wednesday's vote", 'since 1954': the date is not the adverb of
    the sentence's verb."""
    after = text[mention.end:mention.end + 3]
    if re.match(r"(?:'s|’s|s'|’)", after):
        return True
    if mention.written.split()[0].lower() in _RELATING_LEADS:
        return True  # the date's own first word: "since 1954", "by 2002"
    before = text[max(0, mention.start - 30):mention.start]
    if re.search(r"\w(?:'s|’s|s'|s’)\s*$", before):
        return True  # "Macau's Dec. 20, 1999, handover": part of a name
    words = _WORD.findall(before)
    return bool(words) and words[-1].lower() in _RELATING


def _in_reduced_relative(text: str, mention: DateMention) -> bool:
    """'samples from a plant destroyed in August', 'the sanctions imposed in 1990', 'a plant it
    bombed last month': the date goes with a participle that describes a noun the sentence has
    already used with a verb of its own, not with what the sentence reports. A complement of
    a cue ("officials said the troops arrived Friday") is what is reported, and keeps it."""
    words = _WORD.findall(text[:mention.start])
    while words and words[-1].lower() in _DATE_LEADS:
        words.pop()  # "in", "last", "earlier": the date's own lead
    if len(words) < 3 or not _is_past(words[-1], words[-2]):
        return False
    before = words[-2].lower()
    if before in _PRONOUN_SUBJECTS and len(words) >= 4:
        before = words[-3].lower()  # "a plant it bombed": the noun before the pronoun
    if not words[-2].islower() or before in _AUXILIARIES or before in _PRONOUN_SUBJECTS:
        return False  # "Smith arrived", "was destroyed", "they met": a clause of its own
    noun_at = len(words) - (3 if words[-2].lower() in _PRONOUN_SUBJECTS else 2)
    phrase_start = noun_at
    while phrase_start > 0 and noun_at - phrase_start < 3 and \
            words[phrase_start - 1].lower() not in _PREPOSITIONS and \
            not _is_past(words[phrase_start - 1]) and \
            words[phrase_start - 1].lower() not in _AUXILIARIES:
        phrase_start -= 1  # "a Sudanese pharmaceutical plant": back to the phrase's start
    if phrase_start > 0 and words[phrase_start - 1].lower() in _PREPOSITIONS:
        # "samples from a plant destroyed in August ... found": the noun of a phrase, if the
        # sentence has a verb of its own ("A committee for Macau's handover met on Friday"
        # has none but "met")
        rest = words[:-1] + _WORD.findall(text[mention.end:])
        return any(word.lower() in _AUXILIARIES or _is_past(word, rest[i - 1] if i else "")
                   for i, word in enumerate(rest))
    # otherwise the noun is a verb's object ("prolong the sanctions imposed in 1990"); the
    # verb of a relative clause before it ("the company that bought the mill closed") is no
    # verb the noun depends on
    verbs, relative = [], False
    for i, word in enumerate(words[:noun_at]):
        if word.lower() in _RELATIVE_WORDS:
            relative = True
        elif not relative and (word.lower() in _AUXILIARIES or
                               _is_past(word, words[i - 1] if i else "")):
            verbs.append(word)
    return bool(verbs) and verbs[-1].lower() not in _CUES  # the verb the noun depends on


_PREPOSITIONS = frozenset(("from", "of", "in", "at", "on", "to", "with", "by", "for",
                           "against", "into", "near", "about"))
_RELATIVE_WORDS = frozenset(("who", "that", "which", "whose", "whom"))
_DATE_LEADS = frozenset(("in", "on", "at", "last", "earlier", "this", "late", "early"))
_AUXILIARIES = frozenset(("is", "are", "was", "were", "has", "have", "had", "be", "been",
                          "being", "does", "did", "do"))
_PRONOUN_SUBJECTS = frozenset(("it", "he", "she", "they", "we", "i", "you"))
_CUES = frozenset(("said", "told", "reported", "announced", "confirmed", "stated", "added",
                   "claimed", "noted", "explained", "testified", "wrote"))


def _in_subordinate_clause(text: str, mention: DateMention) -> bool:
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, 0, mention.start)]
    clause = text[breaks[-1] if breaks else 0:mention.start]
    return any(word.lower() in _SUBORDINATE for word in _WORD.findall(clause))
