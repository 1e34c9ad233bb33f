"""Key figures: numbers with what they count, each cited; where sources disagree, both shown.

A figure is a number in an article ("12,000", "about 10,000", "23 million", "3.2%") with the
words that say what it counts ("troops", "North Korean soldiers", "killed or wounded"). The same
value counting the same kind of thing in several articles is one row citing them all. Two values
of the same kind within a fifth of each other from different sources (12,000 vs about 10,000
troops) are reported as a disagreement: both rows, side by side, each with its sources.

Cells are verbatim fragments of the articles' sentences, so a figure never repeats a sentence
that another section shows; the rows take no claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.lexicon import wordset
from briefgen.model import Claim, Row, Section, Sentence, Table
from briefgen.sections.material import Material

DEFAULT_ITEMS = 8
#: Two values of one kind this close (relative to the larger) are estimates of the same thing.
DISAGREEMENT_TOLERANCE = 0.2
COLUMNS = ("Figure", "What it counts", "In context")

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
_COUNTED_STOP = wordset(
    "a an the to in on at of for from by with per is are was were be been has have had will "
    "would could may might that which who whom this these those it its their his her than as "
    "are were is was has have had will would being since after before during into over under "
    "between against each every"
)
_COUNTED_WORD = re.compile(r"[A-Za-z][\w’'-]*|\([A-Za-z]+\)")
#: Kinds of things counted that are the same for comparing figures (troops = soldiers = forces).
_KINDS = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
    "forces": "troops", "fighters": "troops", "personnel": "troops", "servicemen": "troops",
    "sofs": "troops", "men": "troops",
    "killed": "casualties", "wounded": "casualties", "dead": "casualties",
    "casualties": "casualties", "deaths": "casualties",
    "people": "people", "civilians": "people", "residents": "people",
}


@dataclass(frozen=True)
class Figure:
    """One number in one sentence, with what it counts."""

    written: str  # "about 10,000" as in the text
    value: float
    counted: str  # "North Korean Special Operation Forces", "" when the text does not say
    context: str  # the clause around the number, verbatim
    sentence: Sentence
    claim: Claim

    @property
    def kind(self) -> str:
        words = [w.strip("()").lower() for w in self.counted.split()]
        for word in reversed(words):
            if word in _KINDS:
                return _KINDS[word]
        return words[-1] if words else ""


def build(material: Material, title: str, items: int | None) -> Section | None:
    groups = _group(figures_in(material))
    if not groups:
        return None
    budget = items or DEFAULT_ITEMS
    rows: list[Row] = []
    shown: set[int] = set()
    for index in _ranked(groups):
        if len(rows) >= budget:
            break
        if index in shown:
            continue
        rival = _disagreeing(groups, index)
        if rival is not None and rival not in shown:
            note = _disagreement_note(groups[index], groups[rival])
            rows.append(_row(groups[index], f"sources differ on this figure: {note}"))
            rows.append(_row(groups[rival], f"sources differ on this figure: {note}"))
            shown.update((index, rival))
        else:
            rows.append(_row(groups[index], _reason(groups[index], len(material.articles))))
            shown.add(index)
    return Section("figures", title, (Table(COLUMNS, tuple(rows[: budget + 1])),))


def figures_in(material: Material) -> list[Figure]:
    """Every figure of every sentence of the story, best claims first."""
    found: list[Figure] = []
    for claim in material.claims:
        for sentence in claim.members or (claim.sentence,):
            found.extend(figures_of(sentence, claim))
    return found


def figures_of(sentence: Sentence, claim: Claim) -> list[Figure]:
    text = sentence.text
    found = []
    for match in _FIGURE.finditer(text):
        number = match.group("number")
        scale = (match.group("scale") or "").strip().lower()
        before = text[: match.start("number")]
        if _AFTER_MONTH.search(before.rstrip("( ")) or (
            not scale and re.fullmatch(r"(?:19|20)\d\d", number)
        ):
            continue  # a date or a year, not a count
        value = float(number.replace(",", "")) * _SCALES.get(scale, 1.0)
        if value < 10 and not scale:
            continue  # "2 sides", "3 cores": small counts are rarely key figures
        counted = "dollars" if match.group("currency") == "$" else _counted(text, match.end())
        if scale in {"percent", "per cent", "%"}:
            counted = counted or "percent"
        found.append(Figure(
            written=text[match.start():match.end()].strip(),
            value=value,
            counted=counted,
            context=_clause(text, match.start(), match.end()),
            sentence=sentence,
            claim=claim,
        ))
    return found


#: Where a clause ends: punctuation, but not the comma inside "12,000".
_CLAUSE_BREAK = re.compile(r"[;:—–()]|,(?!\d{3})")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _counted(text: str, position: int) -> str:
    """The words right after a number that say what it counts, verbatim ('' if none)."""
    words: list[re.Match[str]] = []
    end = position
    for match in _COUNTED_WORD.finditer(text, position):
        gap = text[end:match.start()]
        if gap.strip() or len(words) >= 6 or match.group(0).lower() in _COUNTED_STOP:
            break
        words.append(match)
        end = match.end()
    while words and words[-1].group(0).lower() in {"and", "or"}:
        words.pop()
    if not words or words[0].group(0).lower() in {"and", "or"}:
        return ""
    return text[words[0].start():words[-1].end()]


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a number, verbatim, at most about 25 words."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
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


def _group(figures: list[Figure]) -> list[list[Figure]]:
    """Figures with the same value and kind, across articles, in order of first appearance."""
    groups: dict[tuple[float, str], list[Figure]] = {}
    for figure in figures:
        if not figure.kind:
            key = (figure.value, f"#{figure.sentence.article}:{figure.sentence.position}")
        else:
            key = (figure.value, figure.kind)
        groups.setdefault(key, []).append(figure)
    return list(groups.values())


def _citations(group: list[Figure]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(figure.sentence.article for figure in group))


def _ranked(groups: list[list[Figure]]) -> list[int]:
    """Most sources first, then figures whose counted thing is named, then the best claim."""

    def importance(index: int) -> tuple[float, ...]:
        group = groups[index]
        disputed = _disagreeing(groups, index) is not None
        return (-len(_citations(group)) - (0.5 if disputed else 0.0),
                0 if group[0].counted else 1,
                -max(figure.claim.score for figure in group))

    return sorted(range(len(groups)), key=importance)


def _disagreeing(groups: list[list[Figure]], index: int) -> int | None:
    """Another group counting the same kind of thing with a nearby value, from other sources."""
    group = groups[index]
    kind = group[0].kind
    if not kind or not group[0].counted:
        return None
    best = None
    for other_index, other in enumerate(groups):
        if other_index == index or other[0].kind != kind or not other[0].counted:
            continue
        larger = max(group[0].value, other[0].value)
        gap = abs(group[0].value - other[0].value) / larger
        if gap == 0 or gap >= DISAGREEMENT_TOLERANCE:
            continue
        if set(_citations(group)) & set(_citations(other)):
            continue  # one source giving two numbers is describing two things
        if best is None or gap < best[0]:
            best = (gap, other_index)
    return best[1] if best else None


def _disagreement_note(first: list[Figure], second: list[Figure]) -> str:
    def side(group: list[Figure]) -> str:
        cited = ", ".join(_citations(group))
        return f"{group[0].written} {group[0].counted} [{cited}]".replace("  ", " ")

    return f"{side(first)} vs {side(second)}"


def _row(group: list[Figure], reason: str) -> Row:
    first = group[0]
    return Row((first.written, first.counted, first.context), _citations(group), reason)


def _reason(group: list[Figure], article_count: int) -> str:
    sources = len(_citations(group))
    return f"figure with what it counts; reported by {sources} of {article_count} sources"
