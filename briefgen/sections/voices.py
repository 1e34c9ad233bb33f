"""Voices: named experts and officials, with their affiliation and their most telling line.

A voice is a named person who speaks in the story: an attribution whose speaker names a person
the text describes (a line that only says "he said" is left out: who "he" is, is a guess).
A voice is heard in their own words: their line is a direct quotation of a few words at least
(a paraphrase, "Gross said an appeal was being considered", is a fact the other sections
report, not a voice), the best-rated of theirs, and more central to the story than a quarter
of its sentences. People are ordered by how many lines they have and how well their best
rates.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.attribution import quoted_words
from briefgen.extract.people import PRONOUNS, Person
from briefgen.model import BulletList, Claim, Item, Section
from briefgen.sections.material import Material
from briefgen.sections.positions import actor_index
from briefgen.sections.relevance import is_central

DEFAULT_ITEMS = 6
#: A line must be more central than this share of the story's sentences (else it is about
#: something else).
MIN_QUANTILE = 0.25
#: A voice's line quotes at least this many words (a scare quote, "“secretly”", is no line).
MIN_QUOTED_WORDS = 5


@dataclass(frozen=True)
class Line:
    claim: Claim
    person: Person
    cue: str
    article: str  # the line's article: the affiliation shown is the one it gives


def build(material: Material, title: str, items: int | None) -> Section | None:
    lines = _lines(material)
    if not lines:
        return None
    by_person: dict[str, list[Line]] = {}
    for line in lines:
        by_person.setdefault(_voice_key(line.person), []).append(line)
    ranked = sorted(by_person.values(),
                    key=lambda person_lines: (-len(person_lines),
                                              -max(line.claim.score for line in person_lines)))
    chosen = [_most_telling(person_lines) for person_lines in ranked[: items or DEFAULT_ITEMS]]
    material.take(line.claim for line in chosen)
    bullets = tuple(_item(line, len(by_person[_voice_key(line.person)])) for line in chosen)
    return Section("voices", title, (BulletList(bullets),))


def _lines(material: Material) -> list[Line]:
    """Every available claim in which a described person is quoted."""
    index = actor_index(material)
    found = []
    for claim in material.available(speaker_shown=True):
        if quoted_words(claim.text) < MIN_QUOTED_WORDS:
            continue
        if not is_central(material, claim.text, 0.0, MIN_QUANTILE):
            continue  # a remark about something else ("Everybody is waiting for change")
        for attribution in material.attributions_in(claim.sentence):
            if not attribution.direct:
                continue  # the quotation in the sentence is someone else's
            if (attribution.speaker or "").lower() in PRONOUNS:
                continue  # "..., he said": a voice is named in its line, not guessed at
            resolution = index.resolve(attribution.speaker, claim.sentence.article,
                                       attribution.cue_start)
            person = resolution.person
            if person is not None and person.descriptions:
                found.append(Line(claim, person, attribution.cue,
                                  claim.sentence.article))
                break
    return found


def _voice_key(person: Person) -> str:
    """"Jonathan B. Tucker", "Jonathan Tucker" and "Jim Hall" beside "James E. Hall" are one
    voice each: the surname and the first name's initial (a story rarely quotes two people of
    one surname and initial; a nickname keeps its name's initial far more often than not)."""
    words = person.name.lower().split()
    return f"{words[0][:1]} {words[-1]}" if words else person.key


def _most_telling(lines: list[Line]) -> Line:
    return max(lines, key=lambda line: line.claim.score)


def _item(line: Line, line_count: int) -> Item:
    person = line.person
    description = person.best_description(line.article)
    label = f"{person.name}, {description}" if description else person.name
    reason = (f"named voice ('{line.cue}'); best-rated quotation of {line_count} line(s) by "
              f"{person.name}")
    return Item(line.claim.text, line.claim.citations, label, reason)
