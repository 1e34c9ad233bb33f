"""Voices: named experts and officials, with their affiliation and their most telling line.

A voice is a named person who speaks in the story: an attribution whose speaker names a person
the text describes (a line that only says "he said" is left out: who "he" is, is a guess).
Their most telling line is a direct quotation if they have one, else their best-rated
statement, and a line is more central to the story than a quarter of its sentences. People
are ordered by how much they say and how well their best line rates.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.people import PRONOUNS, Person
from briefgen.model import BulletList, Claim, Item, Section
from briefgen.sections.material import Material
from briefgen.sections.positions import actor_index
from briefgen.sections.relevance import is_central

DEFAULT_ITEMS = 6
#: A line must be more central than this share of the story's sentences (else it is about
#: something else).
MIN_QUANTILE = 0.25


@dataclass(frozen=True)
class Line:
    claim: Claim
    person: Person
    direct: bool
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
    """Every available claim in which a described person speaks."""
    index = actor_index(material)
    found = []
    for claim in material.available(speaker_shown=True):
        if not is_central(material, claim.text, 0.0, MIN_QUANTILE):
            continue  # a remark about something else ("Everybody is waiting for change")
        for attribution in material.attributions_in(claim.sentence):
            if (attribution.speaker or "").lower() in PRONOUNS:
                continue  # "..., he said": a voice is named in its line, not guessed at
            resolution = index.resolve(attribution.speaker, claim.sentence.article,
                                       attribution.cue_start)
            person = resolution.person
            if person is not None and person.descriptions:
                found.append(Line(claim, person, attribution.direct, attribution.cue,
                                  claim.sentence.article))
                break
    return found


def _voice_key(person: Person) -> str:
    """"Jonathan B. Tucker" and "Jonathan Tucker" are one voice: first and last name."""
    words = person.name.lower().split()
    return f"{words[0]} {words[-1]}" if words else person.key


def _most_telling(lines: list[Line]) -> Line:
    return max(lines, key=lambda line: (line.direct, line.claim.score))


def _item(line: Line, line_count: int) -> Item:
    person = line.person
    description = person.best_description(line.article)
    label = f"{person.name}, {description}" if description else person.name
    kind = "direct quotation" if line.direct else "best-rated statement"
    reason = (f"named voice ('{line.cue}'); {kind} of {line_count} line(s) by {person.name}")
    return Item(line.claim.text, line.claim.citations, label, reason)
