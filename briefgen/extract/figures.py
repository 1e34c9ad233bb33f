"""Figures in a sentence: the number, the noun phrase it counts, and when, as the text says.

"23 million people", "about 18 percent of the population", "the unemployment rate dropped to
49.2 percent in 1997", "a $6.3 million judgment", "$300 million to build six schools": each is
a figure with the thing it counts. A number whose thing the text does not name ("percent"
alone, "$15", "about 8,000 are training") keeps an empty ``counted``: the sections show only
figures that say what they count. Not figures: dates and years, identifiers ("Flight 990",
"Proposition 22"), conversions in parentheses ("(1,760 pounds)"), durations and distances
("for 25 years", "30 kilometers") unless they measure a named thing ("1,500 pounds of
explosives", "10 years in prison").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.lexicon import wordset

_MONTH = (r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|"
          r"April|May|June|July|August|September|October|November|December")
_FIGURE = re.compile(
    r"(?P<approx>\b(?:about|around|approximately|some|nearly|almost|more than|over|at least|"
    r"up to|roughly|an estimated|fewer than|less than|as many as)\s+)?"
    r"(?P<currency>[$€£])?"
    r"(?<![\w.,/-])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s*(?:million|billion|trillion|thousand|percent|per cent|%))?"
    r"(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
_AFTER_MONTH = re.compile(r"(?:" + _MONTH + r")\s*$")
#: "30 to 40 percent", "15-20": the range's first number is part of the figure.
_RANGE_START = re.compile(r"([$€£]?\d[\d,.]*\s*(?:to|-|–|and)\s*)$")
#: A rate is part of the figure: "$350 million a year" is not "$350 million".
_RATE = re.compile(r"^\s*(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|season)\b"
                   r"|^\s*per\s+[a-z]+\b"  # "$5,000 per patient": the rate's unit is the figure's
                   r"|^\s*(?:annually|everyday|daily|monthly|yearly)\b", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(?:(?:in|since|by|during|as of|through|until|from)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:" + _MONTH + r")\s+)?(?:19|20)\d\d"
    r"|(?:last|this|next)\s+(?:year|month|week|spring|summer|fall|autumn|winter|quarter)"
    r"|(?:on|by|since|until|through|as of)\s+(?:" + _MONTH + r")\s+\d{1,2}"
    r"(?:,\s*(?:19|20)\d\d)?"
    r"|(?:in|by)\s+(?:" + _MONTH + r")(?!\w))\b"
)
_WORD = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][\w’'-]*|\([A-Za-z]+\)")
#: Words that end the noun phrase a number counts.
_STOP = wordset(
    "a an the to in on at of for from by with per is are was were be been has have had will "
    "would could may might that which who whom this these those it its their his her than as "
    "being since after before during into over under between against each every and or but "
    "like about among across around along beside behind near outside inside including "
    "nationwide worldwide so because if when while "
    "where there here now then also only already still not no do does did say says said "
    "die died dies live lived living work worked remain remained get got take took make made "
    "more less most least last next first new-york monday tuesday wednesday thursday friday "
    "saturday sunday out up down off ago old each born he she they we i you him them us me "
    "strong higher lower long high wide deep tall sure certain ages aged throughout just "
    "alone only even")
_DETERMINERS = wordset("a an the this that these those its their his her our your some such")
#: Units of measure: what they measure must follow ("pounds of explosives"), or it is no key
#: figure (a distance, an altitude, how long ago).
_UNITS = wordset(
    "year years month months week weeks day days hour hours minute minutes second seconds "
    "foot feet mile miles kilometer kilometers kilometres km meter meters metres yard yards "
    "inch inches pound pounds kilogram kilograms kg ton tons tonnes acre acres hectare "
    "hectares ha degree degrees point points times gallons liters litres mph m.p.h m.p.h. kph "
    "knots sq "
    "kilowatts megawatts watts volts decibels")
_CURRENCY_WORDS = wordset("dollars dlrs yuan euros euro yen rupees pesos rand francs marks "
                          "pounds-sterling won ringgit baht shillings")
#: Verbs and adverbs between a measured noun phrase and its figure ("the rate dropped
#: slightly to 49.2 percent", "the budget is about $8 million").
_LINKS = wordset(
    "to by at of from up down is are was were stood stands reached hit rose rises fell falls "
    "dropped drop increased increase decreased declined grew grow jumped climbed slipped "
    "gained lost raise raised cut boost boosted totaled totalled totals total slightly "
    "sharply only just some nearly about around almost roughly more than less over topped "
    "exceeded surged plunged soared amounted amounts average")


#: Common verbs, base form, that end a noun phrase ("19 states plan to file", "15 studies
#: concludes"); their -s, -es and -ed forms are added below.
_VERB_BASES = wordset(
    "go plan assert say claim have die live work face remain get make take want need use join "
    "carry "
    "attend oppose support expect begin become come hold own pay receive seek serve show "
    "suggest believe conclude manage generate file sue vote agree refuse fear hope try ask "
    "leave return gather march protest demand continue account include involve suffer "
    "lose earn spend cost produce sell buy employ visit stay flee arrive wait speak tell think "
    "know see feel find give keep run win fight kill injure help")
_VERBS = frozenset({form for base in _VERB_BASES for form in (
    base, base + "s", base + "es", base + "ed", base + "d", base[:-1] + "ies", base + "ing",
    base[:-1] + "ing")})
_PAST_VERBS = wordset(
    "paid said made took gave spent won lost got set put sold bought held brought left kept "
    "born grew rose fell hit met sent went began came became ran fought knew saw felt found "
    "thought told spoke fled stayed")


@dataclass(frozen=True)
class FigureMention:
    """One number in a text, with the noun phrase it counts and when, verbatim."""

    written: str  # "about 10,000", "more than $350 million a year"
    value: float
    unit: str  # "percent", "money", "" for a count
    counted: str  # "North Korean troops", "the population", "" when the text does not say
    when: str  # "in 1997", "last year", "" when the clause names no time
    start: int
    end: int
    #: What the counted people did or underwent, verbatim, when the words right after them
    #: say it ("people died", "inmates have been freed"): "100 people" alone could be the dead
    #: or the saved. Else the same as ``counted``.
    described: str = ""


def figures_in_text(text: str) -> list[FigureMention]:
    """Every figure of a sentence, in order (dates, years, identifiers and conversions left out)."""
    found = []
    # where the sentence's numbers are (not its years or days), to give each time its figure
    numbers = [m.start("number") for m in _FIGURE.finditer(text)
               if m.group("scale") or not (re.fullmatch(r"(?:19|20)\d\d", m.group("number"))
                                           or _AFTER_MONTH.search(text[:m.start()].rstrip()))]
    for match in _FIGURE.finditer(text):
        number = match.group("number")
        scale = (match.group("scale") or "").strip().lower()
        before = text[: match.start()]
        if _AFTER_MONTH.search(before.rstrip("( ")) or (
            not scale and re.fullmatch(r"(?:19|20)\d\d", number)
        ):
            continue  # a date or a year, not a count
        if before.rstrip().endswith("(") or _is_identifier(before) or re.search(
                r"\bout of\s*$", before) or _NOT_A_COUNT_BEFORE.search(before) or (
                _NOT_A_COUNT_AFTER.match(text[match.end():])):
            continue  # "(1,760 pounds)", "Flight 990", "14 out of 100", "11:30 a.m.", "top 10"
        if _RATIO.search(before) or re.match(r"[^.;]*\brespectively\b", text[match.end():]):
            continue  # "1 of every 150 people": a ratio's base; "2 and 1 percent,
            # respectively": which figure goes with which thing, the clause alone cannot say
        if _ATTENDANCE.search(before) or _ATTENDANCE_AFTER.match(text, match.end()):
            continue  # "attended by more than 500 physicians": a crowd, no key figure
        if _PARTITIVE.search(before):
            continue  # "23 of the 38 states", "all but two of Israel's 144 settlements": the
            # size of the set a share is taken from, not a finding
        if not scale and "," not in number and "." not in number and len(number) >= 5:
            continue  # "20003": a postal code or a number, a count that large has its commas
        if _followed_by_range(text, match.end()):
            continue  # "30" of "30 to 40 percent": the range is read at its second number
        value = float(number.replace(",", "")) * _SCALES.get(scale, 1.0)
        if value < 10 and not scale:
            continue  # "2 sides", "3 cores": small counts are rarely key figures
        start, end = match.start(), match.end()
        range_start = _RANGE_START.search(before)
        if range_start and not match.group("approx"):
            start = range_start.start()
        rate = _RATE.match(text[end:])
        after = end + (rate.end() if rate else 0)
        unit, counted = _what_it_counts(text, match, scale, after)
        currency = _CURRENCY_AFTER.match(text[after:])
        if currency and not match.group("currency"):
            after += currency.end()  # "4 million Chinese yuan": the unit belongs to the figure
        if _GROUP_OF.search(before) or (_FROM.search(before) and counted.split()[-1:] and
                                        counted.split()[-1].lower() in _SET_NOUNS):
            continue  # "a team of 10 scientists", "delegates from 26 countries": who took
            # part, the background of an event, not a finding of the story
        if _DEFINITE.search(before) and counted.split()[-1:] and (
                counted.split()[-1].lower() in _SET_NOUNS) and not _DEFINING.match(
                text, match.end() + len(counted) + 1):
            continue  # "the 15 member states", "the EU's 15 members": a known set's size
        if _DANGLING_COUNTED.match(counted):
            counted = ""  # "14 percent of its value": whose value, the row cannot say
        if counted and not unit:
            # a rate's base belongs to what it counts: "12.5 fatal incidents per million
            # flights" is no count of incidents
            position = text.find(counted, after)
            base = _PER_BASE.match(text, position + len(counted)) if position >= 0 else None
            if base:
                counted = text[position:base.end()]
        found.append(FigureMention(
            written=text[start:after].strip(),
            value=value,
            unit=unit,
            counted=counted,
            when=_when(text, match.start(), match.end(), numbers),
            start=start,
            end=after,
            described=_with_verb(text, counted, after) if counted and not unit else counted,
        ))
    return found


#: Nouns of people counted: what a count of them means is in its verb ("100 people died").
_PEOPLE_NOUNS = wordset(
    "people persons inmates prisoners children adults patients residents civilians voters "
    "workers students families women men teachers passengers refugees victims members")
#: Words of a verb group before its main verb ("have been freed", "were not killed").
_VERB_GROUP = wordset(
    "are were is was have has had will would could can may might do did does be been being "
    "not also already still")


def _with_verb(text: str, counted: str, after: int) -> str:
    """A count of people with the verb that says what they did or underwent, when it follows
    them at once ("people died", "inmates has been freed", "people gathered"; not "people in
    the plane were killed", whose phrase between would need cutting); else ``counted``."""
    if not counted.split() or counted.split()[-1].lower() not in _PEOPLE_NOUNS:
        return counted
    position = text.find(counted, after)
    if position < 0:
        return counted
    following = _words_after(text, position + len(counted))
    index = 0
    while index < len(following) and following[index].group(0).lower() in _VERB_GROUP:
        index += 1
    if index >= len(following):
        return counted
    verb = following[index].group(0)
    lower = verb.lower()
    # "people gathered", "people are living"; not "people including ...", whose "-ing" form
    # without an auxiliary is no verb of theirs
    gerund = lower.endswith("ing")
    if not verb.islower() or (gerund and not index) or not (
            gerund or lower in _VERBS or lower in _PAST_VERBS or lower.endswith("ed")):
        return counted
    rest = following[index + 1:]
    if rest and not _ends_verb_group(rest[0].group(0), rest[1].group(0) if len(rest) > 1
                                     else ""):
        return counted  # "families receive such vouchers": cut before its object, it misleads
    return text[position:following[index].end()]


#: Words after a verb that say it is whole without more: a preposition but "to" (which
#: wants its verb: "were expected to"), a conjunction, a time.
_AFTER_WHOLE_VERB = wordset(
    "in on at from by during after before for with since over under into across near "
    "and or but while when as because until amid despite within without through last this "
    "yesterday today annually daily each every")
_TIME_WORDS = wordset(
    "year week month day night morning weekend monday tuesday wednesday thursday friday "
    "saturday sunday")


def _ends_verb_group(following: str, after_that: str) -> bool:
    """Whether the verb before ``following`` reads whole without it: "people died in ...",
    "children adopted that year", "people gathered Sunday"; not "families pay more", "people
    have used the drug" (an object would be cut off)."""
    lower = following.lower()
    if lower in _AFTER_WHOLE_VERB or lower.endswith("ly") or lower in _TIME_WORDS:
        return True
    return lower in _DETERMINERS and after_that.lower() in _TIME_WORDS  # "that year"


#: Before a number that is no count: a clock time, a rank, an age ("the first 50 addresses",
#: "top 10", "ages of 40 and 64", "11:30").
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:[:]|\b(?:first|last|top|next|No\.|number|turning|turned)|"
    r"\b(?:ages?|aged|ages? of|between the ages of)(?:\s+\d+\s*(?:and|to|-))?)\s*$",
    re.IGNORECASE)
#: "a team of", "a jury of": the make-up of a group that did something.
_GROUP_OF = re.compile(r"\b(?:team|group|panel|jury|delegation|crew|committee|party|board|"
                       r"survey|poll|study|sample)\s+of"
                       r"\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:some\s+|about\s+|more than\s+|over\s+)?$", re.IGNORECASE)
_PER_BASE = re.compile(r"\s+(?:per|for every|out of every)\s+(?:[\d,.]+\s+)?(?:million\s+|"
                       r"thousand\s+|billion\s+)?[A-Za-z][\w-]*")
_ATTENDANCE = re.compile(r"\battended by\s+$", re.IGNORECASE)
_ATTENDANCE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:attended|attend)\b")
_RATIO = re.compile(r"\b(?:every|per|each)\s+$|\d\s+(?:of|in|out of|for)\s+$", re.IGNORECASE)
#: "of the", "of its", "of Israel's" right before a number: the whole a part is taken from.
_PARTITIVE = re.compile(r"\bof\s+(?:the|its|their|our|his|her|these|those|all|[A-Z][\w.&-]*"
                        r"['’]s?)\s+$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"some|most|many|all|none|each|either)\s+of\s+$", re.IGNORECASE)
#: "the", "its" or a possessive right before a number: a set the reader is taken to know.
_DEFINITE = re.compile(r"(?:\b(?:the|its|their)|['’]s?)\s+$", re.IGNORECASE)
#: Sets whose size is common knowledge, not news ("the 50 states", "the 12 former Soviet
#: republics", "its 10 board members").
#: What makes "the N states" a subset the sentence defines ("the 19 states suing Microsoft").
_DEFINING = re.compile(r"\s*(?:that|who|which|whose|(?!according)\w+ing)\b")
_SET_NOUNS = wordset(
    "states countries nations republics members provinces counties cantons districts regions "
    "territories emirates prefectures")
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?::\d|[ap]\.m\.|o['’]clock)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"(?:\s+(?:U\.S\.|US|Hong Kong|Chinese|Kenya|Kenyan|Singapore|Australian|Canadian|"
    r"New Taiwan))?\s+(?:[Dd]ollars|dlrs|yuan|euros?|yen|rupees|pesos|rand|francs|marks|won|"
    r"ringgit|baht|shillings|Shillings|Patacas|patacas)\b")
_DANGLING_COUNTED = re.compile(r"(?:its|their|his|her|this|that|these|those|such)\b",
                               re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_PERCENT = {"percent", "per cent", "%"}
#: After a percentage: a comparison or a certainty, not a share of something.
_RELATIVE = wordset("higher lower more less above below greater fewer larger smaller sure "
                    "certain confident better worse")


#: Capitalised words before a number that quantify it ("Some 500", "Nearly 300").
_QUANTIFIERS = wordset("some nearly almost around roughly only just all another exactly "
                       "precisely total approximately estimated")


def identifier_numbers(text: str) -> set[str]:
    """Numbers a text uses as names ('Flight 990', 'Boeing 767', 'Proposition 22'): the same
    number elsewhere in the story ('trained 767 pilots') is a name too, not a count."""
    found = set()
    for match in re.finditer(r"\b([A-Z][a-z]+)\s+(\d{2,4})\b(?![,.]\d)", text):
        name, number = match.group(1).lower(), match.group(2)
        if name not in _STOP and name not in _QUANTIFIERS and not re.fullmatch(
                r"(?:19|20)\d\d", number):
            found.add(number)
    return found


def _followed_by_range(text: str, end: int) -> bool:
    return re.match(r"\s*(?:to|-|–)\s*[$€£]?\d", text[end:]) is not None


def _is_identifier(before: str) -> bool:
    """'Flight 990', 'Proposition 22': a number right after a capitalised word mid-sentence."""
    words = before.split()
    if not words:
        return False
    previous = words[-1]
    return (previous[:1].isupper() and previous.isalpha() and previous.lower() not in _STOP
            and previous.lower() not in {"about", "around", "nearly", "some", "almost"})


def _what_it_counts(text: str, match: re.Match[str], scale: str, after: int) -> tuple[str, str]:
    if scale in _PERCENT:
        following = _words_after(text, after)
        if following and following[0].group(0).lower() in _RELATIVE:
            return "percent", ""  # "50 percent higher than", "99 percent sure": no share of a thing
        if following and following[0].group(0).lower() == "of":
            thing = _noun_phrase(text, following[1:], keep_determiner=True)
            return "percent", _with_predicate(
                text, _with_relative(text, thing, following[1:]), following[1:])
        return "percent", _measured_before(text, match.start())
    words = _words_after(text, after)
    first = words[0].group(0).lower() if words else ""
    currency_word = any(w.group(0).lower() in _CURRENCY_WORDS for w in words[:3])
    if match.group("currency") or currency_word:
        if not match.group("currency"):
            # "1.6 billion Hong Kong dollars": the currency words are the unit, not the thing
            while words and words[0].group(0).lower() not in _CURRENCY_WORDS:
                words = words[1:]
            words = words[1:]
        return "money", _money_counts(text, words, match.start())
    if first in _UNITS:
        if len(words) > 2 and words[1].group(0).lower() == "of":
            thing = _noun_phrase(text, words[2:], keep_determiner=False)
            return "", f"{words[0].group(0)} of {thing}" if thing else ""
        if first.startswith("year") and len(words) > 2 and words[1].group(0).lower() == "in" \
                and words[2].group(0).lower() in {"prison", "jail"}:
            return "", text[words[0].start():words[2].end()]  # "10 years in prison"
        return "", ""
    thing = _noun_phrase(text, words, keep_determiner=False)
    rest = words[len(thing.split()):]
    if thing and len(rest) > 1 and rest[0].group(0).lower() == "of":
        # "more than 100 leaders of the sect", "150 categories of information"
        what = _noun_phrase(text, rest[1:], keep_determiner=True)
        if what:
            return "", f"{thing} of {what}"
    return "", thing


_AGES = re.compile(r"\s+(?:aged|ages|age|between the ages of)\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?")


def _with_relative(text: str, thing: str, words: list[re.Match[str]]) -> str:
    """'the people who use Celebrex': a share's noun phrase with the clause that defines it."""
    if thing and words:
        # "46 percent of people aged 18 to 29": the ages say which people
        end = words[0].start() + len(thing)
        ages = _AGES.match(text, end)
        if ages:
            return text[words[0].start():ages.end()]
    rest = words[len(thing.split()):]
    if thing and len(rest) > 1 and rest[0].group(0).lower() in {"who", "that"}:
        clause = rest[:5]
        # never stop inside a name: "who passed last year's Kenya Certificate of ... Examination"
        while len(clause) < len(rest) and len(clause) < 12 and (
                rest[len(clause)].group(0)[:1].isupper() or clause[-1].group(0)[:1].isupper()
                and rest[len(clause)].group(0).lower() in {"of", "for", "and"}):
            clause = rest[:len(clause) + 1]
        return text[words[0].start():clause[-1].end()]
    return thing


#: Words that open the predicate of a share's group: "40 percent of scientists believe ...".
_PREDICATE_OPENERS = wordset(
    "are were is was have has had will would could can may might do did does say said")
#: Where a share's predicate is cut: a new clause or a second object.
_PREDICATE_END = wordset("and or but that which who because while although if when as")
#: At most this many words of a predicate are kept.
PREDICATE_WORDS = 6


def _with_predicate(text: str, thing: str, words: list[re.Match[str]]) -> str:
    """A share of a group keeps what the share of it does or holds, or the row misleads:
    '40 percent / scientists' is '40 percent of scientists believe the warming is natural'."""
    if not thing or not words:
        return thing
    end = words[0].start() + len(thing)
    following = _words_after(text, end)
    if not following:
        return thing
    opener = following[0].group(0)
    lower = opener.lower()
    if not (lower in _PREDICATE_OPENERS or lower in _VERBS or lower in _PAST_VERBS or (
            opener.islower() and lower.endswith("ed"))):
        return thing
    taken = []
    for match in following:
        if match.group(0).lower() in _PREDICATE_END or len(taken) >= PREDICATE_WORDS:
            break
        taken.append(match)
    while taken and (taken[-1].group(0).lower() in _STOP or taken[-1].group(0).lower() in
                     _DETERMINERS):
        taken.pop()
    if not taken:
        return thing
    return text[words[0].start():taken[-1].end()]


def _words_after(text: str, position: int) -> list[re.Match[str]]:
    """The words after a position, up to the first punctuation that ends the phrase."""
    words: list[re.Match[str]] = []
    end = position
    for match in _WORD.finditer(text, position):
        if text[end:match.start()].strip():
            break
        words.append(match)
        end = match.end()
        if len(words) >= 10:
            break
    return words


def _noun_phrase(text: str, words: list[re.Match[str]], keep_determiner: bool) -> str:
    """The noun phrase opening a run of words: 'North Korean Special Operation Forces (SOFs)',
    'new housing units'; it ends at a function word, a verb form or after its plural head."""
    taken: list[re.Match[str]] = []
    joined = False
    for index, match in enumerate(words):
        word = match.group(0)
        lower = word.lower()
        following = words[index + 1].group(0) if index + 1 < len(words) else ""
        if index == 0 and keep_determiner and lower in _DETERMINERS:
            taken.append(match)
            continue
        if lower in {"and", "or"} and taken and taken[-1].group(0).lower() in _TOLL and (
                following.lower() in _TOLL):
            taken.append(match)
            continue
        if lower in {"and", "or"} and taken and not joined and _plural(taken[-1].group(0)) and (
                following and _plural(following) and following.lower() not in _STOP
                and len(taken) < 4):
            # "6,193 obese men and women": both plurals are what is counted, not the men alone
            joined = True
            taken.append(match)
            continue
        if lower in {"and", "or"} and taken and not joined and not _plural(
                taken[-1].group(0)) and following and following.lower() not in _STOP:
            # "1,000 high school and college seniors": the head noun comes after the "and"
            joined = True
            taken.append(match)
            continue
        if lower in _TOLL:
            taken.append(match)  # "600,000 killed or wounded": a toll counts people by fate
            continue
        if lower in _STOP or len(taken) >= 6 or lower in _VERBS or lower in _PAST_VERBS:
            break
        if word[:1].islower() and lower.endswith(("ed", "ing")) and (
                not following or following[:1].isupper() or following.lower() in _VERB_OBJECT):
            break  # "computers damaged Monday", "states suing Microsoft": a verb, no adjective
        taken.append(match)
        if _plural(word) and following.lower() in _VERB_AFTER_PLURAL:
            break
    while taken and taken[-1].group(0).lower() in _DETERMINERS:
        taken.pop()
    if not taken or all(m.group(0).lower() in _DETERMINERS for m in taken):
        return ""
    return text[taken[0].start():taken[-1].end()]


#: After an -ed or -ing word, what makes it a verb rather than an adjective ("states suing
#: the company", "people living in"; not "cigarette packaging under a proposal").
_VERB_OBJECT = wordset(
    "a an the this that these those its their his her our your my it them him us me in on at "
    "to for with from into out up down by and or off over as more less about nearly some")
#: Words that follow a plural head noun as its verb: "studies concludes", "drivers went".
_VERB_AFTER_PLURAL = wordset("is are was were has have had will would could may might")
#: The fates a toll counts, right after its number.
_TOLL = wordset("killed wounded injured dead missing displaced arrested detained infected "
                "evacuated homeless")
_IRREGULAR_PLURALS = wordset("people children men women police cattle staff personnel")


def _plural(word: str) -> bool:
    lower = word.lower()
    return lower in _IRREGULAR_PLURALS or (
        lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3)


def _money_counts(text: str, words: list[re.Match[str]], start: int) -> str:
    """What an amount of money is: 'a $6.3 million judgment', '$350 million a year in gambling
    revenues', '$300 million to build six schools', 'membership fees of $125,000'."""
    if words:
        first = words[0].group(0).lower()
        if first in {"in", "for"} and len(words) > 1:
            thing = _noun_phrase(text, words[1:], keep_determiner=True)
            if thing and not thing[:1].isupper() and not _TIME_NOUN.search(thing):
                # not "$9 million in Portland" (a place), "$689 million for this business year"
                return _with_purpose(text, words[1:], thing) if first == "in" else f"for {thing}"
        elif first in {"more", "less", "extra"} and len(words) > 1:
            return _money_counts(text, words[1:], start)  # "$300 million more for the IHS"
        elif first.endswith("ed") and len(words) > 2 and words[1].group(0).lower() in {
                "to", "for"}:
            thing = _noun_phrase(text, words[2:], keep_determiner=True)
            if thing:
                return f"{words[1].group(0)} {thing}"  # "$103 million added to law enforcement"
        elif first == "to" and len(words) > 2 and words[1].group(0).lower() not in _STOP:
            rest = words[1:9]
            cut = next((i for i, m in enumerate(rest[1:], 1)
                        if m.group(0).lower() in {"and", "or", "but", "which", "that"}),
                       len(rest))
            return "to " + text[rest[0].start():rest[cut - 1].end()]
        elif first not in _STOP and first not in _UNITS and not _is_verb_form(first):
            thing = _noun_phrase(text, words, keep_determiner=False)
            if thing:
                return _with_purpose(text, words, thing)
    return _measured_before(text, start)


_TIME_NOUN = re.compile(r"\b(?:year|month|quarter|week|period|season|half)s?\b",
                        re.IGNORECASE)


def _with_purpose(text: str, words: list[re.Match[str]], thing: str) -> str:
    """'a $117 million increase for reservation road repairs': the noun and what it is for."""
    rest = words[len(thing.split()):]
    if len(rest) > 1 and rest[0].group(0).lower() in {"for", "of"}:
        purpose = _noun_phrase(text, rest[1:], keep_determiner=True)
        if purpose:
            return f"{thing} {rest[0].group(0)} {purpose}"
    return thing


def _measured_before(text: str, start: int) -> str:
    """The noun phrase a figure measures when it comes before it: 'The reservation's
    unemployment rate dropped slightly to 49.2 percent', 'membership fees of $125,000'."""
    words = [m for m in _WORD.finditer(text[:start])]
    clause_start = max((m.end() for m in re.finditer(r"[,;:()—–]", text[:start])), default=0)
    words = [m for m in words if m.start() >= clause_start]
    index = len(words) - 1
    links = 0
    while index >= 0 and links < 4 and words[index].group(0).lower() in _LINKS:
        # only a copula or a verb of change links a measure to its figure ("the rate dropped
        # to", "the budget is"); "the group spent $15 million" does not measure the group
        index -= 1
        links += 1
    if links == 0:
        return ""  # the figure opens its clause or follows its own noun: nothing measured here
    linking = [m.group(0).lower() for m in words[index + 1:]]
    # a change, not a level: "receipts rose 2 percent", "cut inspections by 40 percent" (not
    # "the rate dropped to 9 percent"): what it counts keeps its verb, or the row would read
    # as the level ("40 percent / inspections")
    change = linking[-1] == "by" or (linking[-1] in _CHANGE and linking[-1] != "to")
    changed = next((m for m in words[index + 1:] if m.group(0).lower() in _CHANGE), None)
    taken: list[re.Match[str]] = []
    while index >= 0 and len(taken) < 4:
        word = words[index].group(0)
        lower = word.lower()
        if lower in _STOP or lower in _DETERMINERS or lower in _LINKS or lower in _VERBS or (
                word[:1].islower() and lower.endswith(("ed", "ing")) and not taken) or (
                lower in _PAST_VERBS):
            break  # "Microsoft paid membership fees of": the subject is not what is measured
        if taken and text[words[index].end():taken[0].start()].strip():
            break  # "the 1996 survey": a number or a mark between is no noun phrase
        taken.insert(0, words[index])
        index -= 1
    if not taken or (len(taken) == 1 and taken[0].group(0)[:1].isupper()):
        return ""  # "Uganda 45 percent": a name alone is not what a share measures
    if index >= 0 and re.search(r"\d", text[words[index].end():taken[0].start()]):
        return ""  # "in the 1996 survey to 73 percent": the survey is not what is measured
    if index >= 0 and words[index].group(0).lower() in _AUXILIARIES:
        return ""  # "will attain 2.5 percent": the word is a verb, nothing is measured
    if index >= 0 and words[index].group(0).lower() in {"and", "or"}:
        return ""  # "obese men and women increased from 12 percent": "women" alone misleads
    first = taken[0]
    joint = words[index].group(0).lower() if index >= 1 else ""
    if joint in {"to", "for", "against", "among"} or (
            joint == "of" and words[index - 1].group(0).lower() in _QUANTITY_NOUNS):
        # "raise stipends to unemployed workers by 30 percent", "crimes against gay people
        # rose 2 percent", "the number of jobless people dropped": the head is measured (not
        # "benefits" of "benefits of weight loss of 10 percent")
        head = words[index - 1].group(0)
        if head.lower() not in _STOP and not _is_verb_form(head) and head.lower() not in _VERBS:
            first = words[index - 1]
            index -= 1
    if not change:
        return text[first.start():taken[-1].end()]
    if changed is not None:
        return text[first.start():changed.end()]  # "sales tax receipts rose"
    # the verb of change before what changed: "raise stipends ... by 30 percent"
    for back in range(index, max(-1, index - 3), -1):
        if words[back].group(0).lower() in _CHANGE:
            return text[words[back].start():taken[-1].end()]
    return ""  # changed by how much, of what, the sentence does not say here


_AUXILIARIES = wordset("will would could can may might shall must should to")
#: Nouns of quantity whose "of" phrase names what they measure ("the number of jobless").
_QUANTITY_NOUNS = wordset(
    "number share rate price cost value level percentage proportion amount total population "
    "volume size")
#: Verbs of change: a figure after them (or after "by") is how much something changed.
_CHANGE = wordset(
    "rose rise rises risen fell fall falls fallen dropped drop drops increased increase "
    "increases decreased decrease decreases declined decline declines grew grow grows grown "
    "jumped climbed slipped gained lost raise raises raised cut cuts boost boosted surged "
    "plunged soared reduce reduced reduces lowered lower slashed expanded shrank")


def _is_verb_form(word: str) -> bool:
    """A lower-case -ed or -ing word, or a common irregular past: the verb before a figure."""
    return word[:1].islower() and (word.endswith(("ed", "ing")) or word in _PAST_VERBS)


def _when(text: str, start: int, end: int, numbers: list[int]) -> str:
    """The time the clause around a figure names, as written ('in 1997', 'last year')."""
    left = max((m.end() for m in re.finditer(r"[;:()—–]|,(?!\d{3})", text[:start])), default=0)
    right = min((m.start() for m in re.finditer(r"[;:()—–]|,(?!\d{3})", text[end:])),
                default=len(text) - end) + end
    def distance(position: int, when: re.Match[str]) -> int:
        return min(abs(when.start() - position), abs(position - when.end()))

    # a time belongs to the figure it is nearest: "from 60 percent of the machines ... to 73
    # percent in 1997" dates the 73 percent, not the 60
    own = [when for when in _WHEN.finditer(text, left, right)
           if start <= min(numbers, key=lambda n: distance(n, when)) < end]
    if not own:
        return ""
    return min(own, key=lambda when: distance(start, when)).group(0)
