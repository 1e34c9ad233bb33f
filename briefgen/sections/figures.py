"""Key figures: numbers with what they count, when and according to whom, each cited; where
sources disagree on the same quantity for the same time, both shown.

A figure is a number in an article with the noun phrase it counts ("12,000 North Korean
troops", "18 percent of the population", "a $6.3 million judgment"), found by
briefgen.extract.figures; a number whose thing the text does not name ("percent" alone) is no
key figure. The same value counting the same thing in several articles is one row citing them
all; values that merely share a number ("$300 million" for schools and for casinos) are rows of
their own. Two values of the same thing for the same time within a fifth of each other from
different sources (12,000 vs about 10,000 troops) are a disagreement: both rows, side by side.

Cells are verbatim fragments of the articles' sentences, so a figure never repeats a sentence
that another section shows; the rows take no claims.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from briefgen.extract import dates
from briefgen.extract.figures import FigureMention, figures_in_text, identifier_numbers
from briefgen.extract.lexicon import wordset
from briefgen.model import Claim, Row, Section, Sentence, Table
from briefgen.sections.cue_section import attributed_speaker
from briefgen.sections.material import Material
from briefgen.sections.relevance import centrality, is_central

DEFAULT_ITEMS = 6
#: Two values of one kind this close (relative to the larger) are estimates of the same thing.
DISAGREEMENT_TOLERANCE = 0.2
#: Two figures count the same thing only when their clauses share this much of their words.
SAME_THING_OVERLAP = 0.2
#: How many neighbours by value each figure is compared with (keeps the comparison linear).
NEIGHBOURS = 3
COLUMNS = ("Figure", "What it counts", "When", "According to", "In context")

#: Kinds of things counted that are the same for comparing figures (troops = soldiers = forces).
_KINDS = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
    "forces": "troops", "fighters": "troops", "personnel": "troops", "servicemen": "troops",
    "sofs": "troops", "men": "troops",
    "killed": "casualties", "wounded": "casualties", "dead": "casualties",
    "casualties": "casualties", "deaths": "casualties",
    "people": "people", "civilians": "people", "residents": "people", "persons": "people",
}
_FILLER = wordset(
    "a an the of in on at to for from by with and or but is are was were be been has have had "
    "that which who this these those it its their his her than as said says about more some "
    "over nearly almost around up down per")
#: A context cell that opens on a pronoun or a connective leans on a sentence not shown
#: ("He said the government would ensure ...", "It is experimenting with ...").
_LEANING = re.compile(r"(?:He|She|It|They|This|These|Those|His|Her|Its|Their|But|And|Yet)\b")
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass(frozen=True)
class Figure:
    """One number in one sentence, with what it counts, when, and its sentence."""

    mention: FigureMention
    context: str  # the words around the number shown, verbatim
    sentence: Sentence
    claim: Claim
    scope: str = ""  # the number's own clause, for comparing figures

    @property
    def written(self) -> str:
        return self.mention.written

    @property
    def value(self) -> float:
        return self.mention.value

    @property
    def counted(self) -> str:
        return self.mention.counted

    @property
    def when(self) -> str:
        return self.mention.when

    @property
    def kind(self) -> str:
        """What is counted, for grouping: a count by its head noun (troops = soldiers); a share
        or an amount by all its words ('to build six schools' is not 'in gambling revenues')."""
        words = [w.strip("()").lower() for w in self.counted.split()]
        words = [w for w in words if w and w not in _FILLER]
        if not words:
            return ""
        if self.mention.unit:
            return f"{self.mention.unit}:" + " ".join(_singular(w) for w in words)
        for word in reversed(words):
            if word in _KINDS:
                return _KINDS[word]
        return _singular(words[-1])


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def build(material: Material, title: str, items: int | None) -> Section | None:
    groups = [group for group in _group(figures_in(material)) if _salient(material, group)]
    if not groups:
        return None
    budget = items or DEFAULT_ITEMS
    rivals = _disagreements(groups, material)
    rows: list[Row] = []
    shown: set[int] = set()
    values: set[tuple[float, str]] = set()
    contexts: set[str] = set()
    for index in _ranked(groups, rivals):
        if len(rows) >= budget:
            break
        value = (groups[index][0].value, groups[index][0].mention.unit)
        if index in shown or value in values:
            # the same value again, counted in other words ("a $6.3 million judgment", "the
            # $6.3 million in damages"): one row, never two, and never merged citations
            continue
        context = _shown_context(groups[index])
        if context in contexts and index not in rivals:
            # "The 217 people on board, including 15 crew members and 62 Egyptian passengers":
            # the row of its first figure already shows the others in its context
            continue
        values.add(value)
        contexts.add(context)
        rival = rivals.get(index)
        if rival is not None and rival not in shown:
            note = _disagreement_note(groups[index], groups[rival])
            rows.append(_row(material, groups[index], f"sources differ on this figure: {note}"))
            rows.append(_row(material, groups[rival], f"sources differ on this figure: {note}"))
            shown.update((index, rival))
            contexts.add(_shown_context(groups[rival]))
            values.add((groups[rival][0].value, groups[rival][0].mention.unit))
        else:
            rows.append(_row(material, groups[index],
                             _reason(groups[index], len(material.articles))))
            shown.add(index)
    return Section("figures", title, (_table(rows[: budget + 1]),))


#: A figure that several articles report needs this much centrality to be the story's ...
MIN_CENTRALITY = 1.0
#: ... one that a single article reports, this much, and its own clause this much too: a count
#: an article mentions in passing (another plane's record, a church's seats) is no key figure.
SINGLE_SOURCE_CENTRALITY = 1.5
SCOPE_CENTRALITY = 1.0
#: ... and its sentence more central than 40 % of the story's (a study's 151
#: patients, a donation of $1,000 in 1996 are true, but no key figure of the story).
SINGLE_SOURCE_QUANTILE = 0.4


def _salient(material: Material, group: list[Figure]) -> bool:
    """Whether a figure is worth a row: reported by several articles, or stated in a sentence
    and a clause of its own that are about the story (briefgen.sections.relevance)."""
    text = group[0].sentence.text
    if len(_citations(group)) >= 2:
        return is_central(material, text, MIN_CENTRALITY)
    # the sentence is the story's, but is the figure's own clause? ("The Boeing 727, with 46
    # fatal incidents since 1965, ..." in a story of a Concorde's crash is not)
    return is_central(material, text, SINGLE_SOURCE_CENTRALITY, SINGLE_SOURCE_QUANTILE) and \
        centrality(material, group[0].scope) >= SCOPE_CENTRALITY


def _table(rows: list[Row]) -> Table:
    """The figures' table without the columns no row fills ("When" for undated articles)."""
    kept = [i for i, _ in enumerate(COLUMNS) if any(row.cells[i] for row in rows)]
    return Table(tuple(COLUMNS[i] for i in kept),
                 tuple(replace(row, cells=tuple(row.cells[i] for i in kept)) for row in rows))


def figures_in(material: Material) -> list[Figure]:
    """Every figure of every sentence of the story that says what it counts, best claims first."""
    names: set[str] = set()
    for article in material.articles:
        names |= identifier_numbers(article.text)
    found: list[Figure] = []
    for claim in material.claims:
        for sentence in claim.members or (claim.sentence,):
            if not material.reads_alone(sentence):
                continue  # "That represents ...", "the report said": the sentence before says
            found.extend(f for f in figures_of(sentence, claim)
                         if meaningful(f.counted, count=not f.mention.unit)
                         and f.written.split()[-1] not in names
                         and not _LEANING.match(f.context))
    return found


#: Words a "what it counts" cell may not end on: it would stop mid-phrase ("violation of the").
_OPEN_ENDED = wordset(
    "a an the of to in on at for from by with and or but as than that which who its their "
    "his her this these those is are was were be been has have had will would could below "
    "above under over")
#: Words that are a unit, a scale or a currency, not the thing counted ("dollar contract").
_UNIT_WORDS = wordset(
    "percent per cent dollar dollars million billion trillion thousand mph m.p.h kph sq yuan euro "
    "euros yen pounds dlrs")
#: Words that make a cell a comparison or a time, not a thing ("five years earlier").
_NOT_THINGS = wordset("respectively earlier later ago before after since fewer more less today "
                      "yesterday tonight now worth apiece each")
#: Units of measure a cell may not end on: a distance or a speed is no thing counted.
_UNITS = wordset("miles mile feet foot kilometers kilometres km meters metres yards inches "
                 "knots mph hours minutes seconds")
_DEMONSTRATIVES = wordset("that this these those")
#: A cell that opens on one of these names a purpose or a place, not a thing ("for a system").
_LEADING_PREPOSITIONS = wordset("for of in on at by from with")
#: A currency inside a cell is the amount's unit, cut from its thing ("U.S. dollar military").
_CURRENCY = _UNIT_WORDS & wordset("dollar dollars dlrs yuan euro euros yen pounds")
_PERIODS = wordset("year years month months week weeks day days quarter")
#: A verb inside a "what it counts" cell ("characterizes", "oversee", "said"); not a plural
#: noun ("member states", "interest rates", "financial crises").
_VERB_FORM = re.compile(r"[a-z]{4,}izes|oversee|include|includes|say|says|said|"
                        r"make|makes|made|is|are|was|were|has|have|had")
#: Past participles a cell may hold alone, which name no thing ("grown", "risen").
_PARTICIPLES = wordset("grown risen fallen gone done seen shown known taken given been won "
                       "lost paid spent sold held made cut")
_NUMBER_WORDS = wordset("one two three four five six seven eight nine ten eleven twelve "
                        "dozen hundred thousand million billion")
#: Nouns that name a relation, not a group, when they stand alone ("4,000 members" of what?).
_RELATIONAL = wordset(
    "members officials leaders employees supporters followers delegates staff others "
    "participants representatives")


def _plural(word: str) -> bool:
    lower = word.lower().strip("()")
    return lower.endswith("s") and not lower.endswith("ss") or lower in {
        "people", "children", "men", "women", "police", "personnel", "staff", "cattle"}


def meaningful(counted: str, count: bool = False) -> bool:
    """Whether a "what it counts" cell names a thing a reader can take alone: not a unit or
    a scale ("percent", "mph", "dollar contract"), not a name alone ("Theater", "ECU",
    "China's"), not a bare relation ("members": of what?), not a time or a comparison ("five
    years earlier", "respectively"), not a purpose cut short ("to build"), never ending
    mid-phrase ("violation of the"), never a preposition's phrase ("for a system") or a cell
    with the currency cut from its amount ("U.S. dollar military")."""
    words = counted.split()
    if not words:
        return False
    lower = [w.lower().strip("()") for w in words]
    if lower[-1] in _OPEN_ENDED or lower[0] in _UNIT_WORDS or lower[0].endswith("-dollar"):
        return False
    if lower[0] in _LEADING_PREPOSITIONS or _CURRENCY.intersection(lower):
        return False  # "for a system", "U.S. dollar military": the thing is not named
    if _NOT_THINGS.intersection(lower) or lower[-1] in _NUMBER_WORDS or lower[-1] in _UNITS:
        return False  # "people fewer", "aboard and four", "worth", "188 nautical miles"
    if {"percent", "cent"} & set(lower) or lower[0] in _DEMONSTRATIVES:
        return False  # "two percent", "that space": a unit or a pointer, not the thing
    if len(words) > 1 and all(w[:1].isupper() for w in words) and "(" not in counted:
        return False  # "Air France", "United States": a name, not a thing counted
    if len(words) == 1 and (words[0][:1].isupper() or lower[0] in _RELATIONAL
                            or re.search(r"['’]s?$", words[0])):
        return False
    if len(words) == 1 and lower[0] in _PERIODS:
        return False  # "$13 billion | year": a rate's period, not the thing
    if len(words) == 1 and (lower[0].endswith("ed") or lower[0] in _PARTICIPLES):
        return False  # "16 percent | grown": what grew, the cell does not say
    if any(_VERB_FORM.fullmatch(word) for word in lower[1:]):
        return False  # "ad blitz characterizes homosexuals": a clause, not a noun phrase
    if count and len(words) == 1 and not _plural(words[0]):
        return False  # "25,000 federal": a count counts things, in the plural
    return not (lower[0] == "to" and len(words) < 3)


def figures_of(sentence: Sentence, claim: Claim) -> list[Figure]:
    """The figures of one sentence (also those whose counted thing the text does not name)."""
    text = sentence.text
    return [Figure(mention, _clause(text, mention.start, mention.end), sentence, claim,
                   _scope(text, mention.start, mention.end))
            for mention in figures_in_text(text)]


#: Where a clause ends: punctuation (not the comma inside "12,000"), a dash of the wires.
_CLAUSE_BREAK = re.compile(r"[;:—–()]|,(?!\d{3})|\s(?:--|_)\s")
#: A context cell shows the whole sentence up to this many words, else the clauses around
#: the figure within it.
CONTEXT_WORDS = 40
#: Wire codes a sentence may carry at its end ("enditem", "NNNN", "=06171335").
_WIRE_TAIL = re.compile(r"\s*\b(?:enditem|NNNN)\b|\s*=\d{6,}", re.IGNORECASE)
#: List marks and wire dashes a context cell does not open on.
_LEADING_MARKS = re.compile(r"^(?:\s*(?:--|-|_|—|–|•|\*)\s*)+")
_LEADING_JOINS = re.compile(r"^(?:and|but|or|so)\s+", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> str:
    """The words around a number, verbatim: the whole sentence when it is short, else whole
    clauses around the number (cut at a clause's end, never mid-phrase)."""
    furniture = _WIRE_TAIL.search(text, end)
    if furniture:
        text = text[:furniture.start()].rstrip()  # "... enditem =06171335 NNNN": wire codes
    if len(text.split()) <= CONTEXT_WORDS:
        return _LEADING_MARKS.sub("", text.strip()).strip().rstrip(".").strip()
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    lefts = [0] + [b + 1 for b in breaks if b < start]
    # a comma before a capital joins a name to its place or title ("the San Mateo, Calif.-based
    # company", "Patel, the judge"): the clause goes on, so a cell is not cut there
    rights = [b for b in breaks if b >= end and not _COMMA_BEFORE_CAPITAL.match(text, b)] + \
        [len(text)]

    def words(a: int, b: int) -> int:
        return len(text[a:b].split())

    half = CONTEXT_WORDS // 2
    # from the sentence's start when the number comes early enough: a cell that opens
    # mid-sentence ("had been rumored since the police ...") reads as a fragment
    left = 0 if words(0, end) <= CONTEXT_WORDS - 8 else min(
        (a for a in lefts if words(a, start) <= half), default=None)
    if left is None:  # no clause break near: the number's whole clause, however long
        left = max(lefts)
    right = max((b for b in rights if words(left, b) <= CONTEXT_WORDS), default=None)
    if right is None:
        right = min(rights)  # a long clause is shown whole: half a clause misleads
    snippet = text[left:right].strip()
    cut_right = right < len(text.rstrip(" .")) - 1
    # a cut never ends on a word that needs more ("of the", "an"): drop it
    parts = snippet.split()
    while cut_right and len(parts) > 1 and parts[-1].lower().strip(",") in _OPEN_ENDED:
        parts.pop()
    snippet = _LEADING_JOINS.sub("", _LEADING_MARKS.sub("", " ".join(parts))).strip(" ,.")
    return snippet  # verbatim: a cell adds no marks of its own, not even an ellipsis


def _scope(text: str, start: int, end: int) -> str:
    """The clause around a number, at most about 25 words: what two figures are compared by
    (the words of its own clause, not of the whole sentence shown)."""
    breaks = [m.start() for m in _SCOPE_BREAK.finditer(text)]
    left = max((i for i in breaks if i < start), default=-1)
    right = min((i for i in breaks if i >= end), default=len(text))
    clause = text[left + 1:right].strip(" .")
    words = clause.split()
    if len(words) < 5:
        clause = text.strip(" .")
        words = clause.split()
    if len(words) > 25:
        # keep the words nearest the number
        position = len(text[:start].split()) - len(text[: text.find(clause)].split())
        low = max(0, position - 12)
        clause = " ".join(words[low:low + 25])
    return clause


_SCOPE_BREAK = re.compile(r"[;:—–()]|,(?!\d{3})")
_COMMA_BEFORE_CAPITAL = re.compile(r",\s*[A-Z]")


def _group(figures: list[Figure]) -> list[list[Figure]]:
    """Figures with the same value, the same thing counted and the same time, across articles,
    in order of first appearance; a figure whose clause speaks of another thing than the
    group's ("19 states" suing a firm, "19 states" with a death penalty) is a group of its own."""
    groups: dict[tuple[float, str, str], list[list[Figure]]] = {}
    ordered: list[list[Figure]] = []
    for figure in figures:
        key = (figure.value, figure.kind, figure.when.lower())
        for group in groups.setdefault(key, []):
            if group[0].sentence.article == figure.sentence.article or _same_thing(
                    group[:1], [figure]):
                group.append(figure)
                break
        else:
            groups[key].append([figure])
            ordered.append(groups[key][-1])
    return ordered


def _citations(group: list[Figure]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(figure.sentence.article for figure in group))


def _ranked(groups: list[list[Figure]], rivals: dict[int, int]) -> list[int]:
    """Most sources first (a disputed figure a little ahead), then the best claim."""

    def importance(index: int) -> tuple[float, ...]:
        group = groups[index]
        disputed = index in rivals
        return (-len(_citations(group)) - (0.5 if disputed else 0.0),
                -max(figure.claim.score for figure in group))

    return sorted(range(len(groups)), key=importance)


def _disagreements(groups: list[list[Figure]], material: Material) -> dict[int, int]:
    """For each group, the group from other sources that counts the same thing for the same
    time with the nearest different value within the tolerance, if any.

    Groups are bucketed by what they count and when, and sorted by value within a bucket, so
    each is compared with a few neighbours only: linear in the number of figures, not n²."""
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        if group[0].kind:
            buckets[(group[0].kind, _period(group[0], material))].append(index)
    rivals: dict[int, int] = {}
    for members in buckets.values():
        members.sort(key=lambda i: groups[i][0].value)
        for position, index in enumerate(members):
            best: tuple[float, int] | None = None
            low, high = max(0, position - NEIGHBOURS), position + NEIGHBOURS + 1
            for other in members[low:high]:
                gap = _gap(groups[index], groups[other])
                if gap is not None and (best is None or gap < best[0]):
                    best = (gap, other)
            if best is not None:
                rivals[index] = best[1]
    return rivals


def _period(figure: Figure, material: Material) -> str:
    """The time a figure is for: what its clause says, else the month its article was dated."""
    if figure.when:
        return figure.when.lower()
    date = _article_dates(material).get(figure.sentence.article) or ""
    return date[:7]


def _article_dates(material: Material) -> dict[str, str | None]:
    return material.remember(
        "figure_article_dates", lambda: {a.id: a.date for a in material.articles})


def _gap(first: list[Figure], second: list[Figure]) -> float | None:
    """How far apart two estimates of the same thing are, or None when they are no rivals."""
    larger = max(first[0].value, second[0].value)
    gap = abs(first[0].value - second[0].value) / larger if larger else 0.0
    if gap == 0 or gap >= DISAGREEMENT_TOLERANCE:
        return None
    if set(_citations(first)) & set(_citations(second)):
        return None  # one source giving two numbers is describing two things
    if not _same_thing(first, second):
        return None  # same kind of noun, different things ("workers" at two factories)
    return gap


def _same_thing(first: list[Figure], second: list[Figure]) -> bool:
    """Whether two groups' clauses speak of one thing: they share enough of their words
    (beyond the counted noun itself), and they do not name wholly different names ("workers
    at the Luoyang factory" vs "workers from the Min River factory")."""
    words_a, names_a = _words_of(first)
    words_b, names_b = _words_of(second)
    if names_a and names_b and not names_a & names_b:
        return False
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= SAME_THING_OVERLAP


def _words_of(group: list[Figure]) -> tuple[set[str], set[str]]:
    """The content words and the names of a group's clauses, without the counted head."""
    head = group[0].kind
    words: set[str] = set()
    names: set[str] = set()
    for figure in group:
        for position, match in enumerate(_CONTENT_WORD.finditer(figure.scope)):
            word = re.sub(r"['’]s$", "", match.group(0))
            lower = word.lower()
            if lower in _FILLER:
                continue
            stem = _singular(lower)
            if stem != head and _KINDS.get(lower) != head:
                words.add(stem)
            if position and word[:1].isupper():
                names.add(stem)
    return words, names


def _disagreement_note(first: list[Figure], second: list[Figure]) -> str:
    def side(group: list[Figure]) -> str:
        cited = ", ".join(_citations(group))
        return f"{group[0].written} {group[0].counted} [{cited}]".replace("  ", " ")

    return f"{side(first)} vs {side(second)}"


def _plainest(group: list[Figure]) -> Figure:
    """The plainest telling of a figure: the shortest sentence that reports it."""
    return min(group, key=lambda figure: len(figure.sentence.text))


def _shown_context(group: list[Figure]) -> str:
    """The words the row of a group shows around its figure."""
    return _plainest(group).context


def _row(material: Material, group: list[Figure], reason: str) -> Row:
    first = _plainest(group)
    source, _ = attributed_speaker(material, first.sentence)
    counted = first.mention.described or first.counted  # "people died", not "people"
    cells = (first.written, counted, _when(material, first), source or "", first.context)
    # the article whose words the cells quote is cited first
    citations = tuple(dict.fromkeys((first.sentence.article, *_citations(group))))
    return Row(cells, citations, reason)


def _when(material: Material, figure: Figure) -> str:
    """The figure's time as the text says it, a relative year with its year ("1999 (next
    year)"); else the one year its sentence names ("In 1996, the ski area was fined ... for
    destroying 17 acres"); else the day its article reported it ("reported 1998-12-21")."""
    article_date = dates.parse_iso(material.article(figure.sentence.article).date)
    if not figure.when:
        return _year_of_sentence(figure.sentence.text, article_date) or (
            f"reported {article_date.isoformat()}" if article_date else "")
    # a year named relative to the article's ("last year") is resolved, and a month without
    # its year ("in November") where the sentence tells of no future; a day ("by June 5") may
    # look ahead, which the timeline's resolver (of past events) would date a year early
    ahead = bool(_FUTURE.search(figure.sentence.text))
    mentions = [mention for mention in dates.find_dates(figure.when, article_date)
                if mention.precision == "year" and mention.relative or
                mention.precision == "month" and not mention.has_year and not ahead]
    if len(mentions) != 1 or dates.when(mentions[0]) is None:
        return figure.when
    mention = mentions[0]
    return figure.when[:mention.start] + (dates.when(mention) or "") + figure.when[mention.end:]


#: Words that tell of what is to come: a month they name may be next year's.
_FUTURE = re.compile(r"\b(?:will|would|shall|expected|expects|plans?|planned|scheduled|due|"
                     r"forecast|projected|next|until|by)\b", re.IGNORECASE)


def _year_of_sentence(text: str, article_date: dt.date | None) -> str | None:
    """The year a sentence is of, when it names one and only one ("In 1996", "last year"),
    not as a bound ("Since 1993": the figure is of now); a day or a month without its year
    may look back or ahead, and is not resolved here."""
    mentions = [mention for mention in dates.find_dates(text, article_date)
                if mention.precision == "year"]
    written_years = len(_YEAR.findall(text))  # "In 1995 and 1996": two, though one mention
    if len(mentions) != 1 or _BOUND.match(mentions[0].written) or \
            written_years != (0 if mentions[0].relative else 1):
        return None
    return dates.when(mentions[0])


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: Words that make a year the bound of a period, not the period of a figure.
_BOUND = re.compile(r"(?:since|from|until|till|by|before|after|through)\b", re.IGNORECASE)


def _reason(group: list[Figure], article_count: int) -> str:
    sources = len(_citations(group))
    return f"figure with what it counts; reported by {sources} of {article_count} sources"
