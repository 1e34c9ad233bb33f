"""Stakeholder positions: who said or did what, grouped by actor, most prominent actor first.

Each position is a verbatim sentence with the speaker named (the item's label). The most
salient actors get a group each; what the rest said is left to the voices (a group called
"Others" mixed what no one reader could trust: people quoted once, bodies named once).
"""

from __future__ import annotations

import math
import re

from briefgen.extract.actors import ActorIndex
from briefgen.extract.people import Person, is_title_word
from briefgen.model import BulletList, Item, Section
from briefgen.sections.material import Material
from briefgen.sections.positions import Position, actor_index, position_of

DEFAULT_ITEMS = 16
PER_ACTOR = 4
#: One speaker's items within an actor's group.
PER_SPEAKER = 2
MAIN_ACTORS = 6
#: What makes an actor salient enough for a group of its own.
MIN_ARTICLES = 2
MIN_MENTIONS = 3
#: A person with no office is a party to the story when this share of its articles name them.
PROTAGONIST_SHARE = 0.15


def build(material: Material, title: str, items: int | None) -> Section | None:
    found: dict[str, list[Position]] = {}
    for claim in material.available(speaker_shown=True):
        position = position_of(material, claim)
        if position is not None:
            found.setdefault(position.actor, []).append(position)
    by_actor: dict[str, list[Position]] = {}
    for actor, positions in found.items():
        if _private_person(actor, positions):
            # what a private person did is the story's narration ("Nicole Brown Simpson was
            # ...", "Seinfeld plans ..."); their position is what they said
            positions = [p for p in positions if p.attribution is not None]
        for position in positions:
            if not _repeats(position, by_actor.get(actor, [])):
                by_actor.setdefault(actor, []).append(position)
    if not by_actor:
        return None
    index = actor_index(material)
    prominence = {actor: rank for rank, actor in enumerate(index.ranked())}
    ranked = sorted(by_actor, key=lambda actor: (prominence.get(actor, len(prominence)),
                                                -len(by_actor[actor]), actor))
    # a group is for a salient actor: one the story names in two articles, or three times;
    # someone quoted once ("Freshman Billy McClure said ...") is a voice, not a stakeholder
    main = [actor for actor in ranked
            if _is_stakeholder(index, actor, by_actor[actor], len(material.articles))]
    budget = items or DEFAULT_ITEMS
    blocks: list[BulletList] = []
    shown: list[Position] = []
    for actor in main[:MAIN_ACTORS]:
        chosen = _varied(by_actor[actor], min(PER_ACTOR, budget))
        if not chosen:
            break
        budget -= len(chosen)
        shown += chosen
        heading = index.heading(actor)
        blocks.append(BulletList(tuple(_item(p, heading) for p in chosen), title=heading))
    if not blocks:
        return None
    material.take(position.claim for position in shown)
    return Section("stakeholders", title, tuple(blocks))


def _varied(positions: list[Position], limit: int) -> list[Position]:
    """The actor's best positions, at most ``PER_SPEAKER`` of one speaker: a senator's line at
    a hearing, told by four articles in four wordings, is one stance, and the group has room
    for its other voices."""
    chosen: list[Position] = []
    spoken: dict[str, int] = {}
    for position in positions:
        if len(chosen) >= limit:
            break
        person = position.resolution.person if position.resolution else None
        if person is not None:
            if spoken.get(person.key, 0) >= PER_SPEAKER:
                continue
            spoken[person.key] = spoken.get(person.key, 0) + 1
        chosen.append(position)
    return chosen


def _private_person(actor: str, positions: list[Position]) -> bool:
    """Whether an actor is a person speaking for no body and holding no office."""
    person = _person_of(actor, positions)
    return person is not None and not _holds_office(person)


def _holds_office(person: Person) -> bool:
    """An office the story describes ("Senator Sam Brownback") or titles the person by
    before the name ("Justice Stephen Breyer", "U.S. District Judge Thomas Hogan")."""
    return person.official_description() is not None or any(
        is_title_word(title.split()[-1]) for title in person.titles if title[:1].isupper())


def _person_of(actor: str, positions: list[Position]) -> Person | None:
    """The person an actor is, when every position of it is that person's."""
    people = [p.resolution.person for p in positions if p.resolution and p.resolution.person]
    return people[0] if people and all(person.heading == actor for person in people) else None


def _is_stakeholder(index: ActorIndex, actor: str, positions: list[Position],
                    article_count: int) -> bool:
    """A state or a body the story names in two articles or three times; a person who speaks
    for no body only if they hold an office ("Senator Sam Brownback") or the story is about
    them (PROTAGONIST_SHARE of its articles name them, two at least: Elian's father, O.J.
    Simpson): a stockbroker or a resident quoted in an article or two is a voice of the
    story, not a party to it."""
    articles, mentions = index.salience(actor)
    if not (articles >= MIN_ARTICLES or mentions >= MIN_MENTIONS):
        return False
    person = _person_of(actor, positions)
    if person is None:
        return True  # a state or a body
    # the person's own articles: "Mendez" of another article may be another Mendez
    protagonist = max(MIN_ARTICLES, math.ceil(PROTAGONIST_SHARE * article_count))
    return len(person.articles) >= protagonist or _holds_office(person)


def _repeats(position: Position, earlier: list[Position]) -> bool:
    """'12,000 troops' again under the same actor: a number already shown there is the same
    fact told by another article."""
    numbers = set(_NUMBER.findall(position.claim.text))
    return bool(numbers) and any(numbers & set(_NUMBER.findall(p.claim.text)) for p in earlier)


_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d{2,}\b")


def _item(position: Position, heading: str) -> Item:
    label = position.speaker
    person = position.resolution.person if position.resolution else None
    article = position.claim.sentence.article
    # the office they hold says why their words are a position ("Acting Russian President"),
    # more than what this article calls them ("a steely enigma to most Russians")
    described = (person.official_description(article) or person.best_description(article)
                 ) if person else None
    bare = re.sub(r"^(?:the|a|an)\s+", "", described or "", flags=re.IGNORECASE).lower()
    if label and person and described and bare not in heading.lower() and \
            bare not in position.claim.text.lower():
        # who the speaker is: their office as the story gives it, else what this article
        # calls them ("Ken Ham, executive director of ...")
        label = f"{person.name}, {described}"
    elif label and label.lower() in heading.lower():
        label = None  # "Hall" under "NTSB Chairman Jim Hall" says nothing new
    claim = position.claim
    return Item(claim.text, claim.citations, label, position.reason)
