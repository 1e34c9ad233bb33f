"""Stakeholder positions: who said or did what, grouped by actor, most prominent actor first.

Each position is a verbatim sentence with the speaker named (the item's label). The main
actors get a group each; the positions of the rest are folded into "Others", labelled with
their actor.
"""

from __future__ import annotations

import re

from briefgen.model import BulletList, Item, Section
from briefgen.sections.material import Material
from briefgen.sections.positions import Position, actor_index, position_of

DEFAULT_ITEMS = 16
PER_ACTOR = 4
MAIN_ACTORS = 6
#: What makes an actor salient enough for a group of its own.
MIN_ARTICLES = 2
MIN_MENTIONS = 3
OTHERS = "Others"


def build(material: Material, title: str, items: int | None) -> Section | None:
    by_actor: dict[str, list[Position]] = {}
    for claim in material.available(speaker_shown=True):
        position = position_of(material, claim)
        if position is not None and not _repeats(position, by_actor.get(position.actor, [])):
            by_actor.setdefault(position.actor, []).append(position)
    if not by_actor:
        return None
    index = actor_index(material)
    prominence = {actor: rank for rank, actor in enumerate(index.ranked())}
    ranked = sorted(by_actor, key=lambda actor: (prominence.get(actor, len(prominence)),
                                                -len(by_actor[actor]), actor))
    # a group of its own is for a salient actor: one the story names in two articles, or
    # three times; someone quoted once ("Freshman Billy McClure said ...") goes under Others
    salient = [actor for actor in ranked if _is_salient(index.salience(actor))]
    main = salient[:MAIN_ACTORS]
    rest = [actor for actor in ranked if actor not in main]
    budget = items or DEFAULT_ITEMS
    blocks: list[BulletList] = []
    shown: list[Position] = []
    for actor in main:
        chosen = by_actor[actor][: min(PER_ACTOR, budget)]
        if not chosen:
            break
        budget -= len(chosen)
        shown += chosen
        heading = index.heading(actor)
        blocks.append(BulletList(tuple(_item(p, heading) for p in chosen), title=heading))
    others = [by_actor[actor][0] for actor in rest][: max(budget, 0)]
    if others:
        shown += others
        blocks.append(BulletList(tuple(_item(p, index.heading(p.actor), with_actor=True)
                                       for p in others), title=OTHERS))
    material.take(position.claim for position in shown)
    return Section("stakeholders", title, tuple(blocks))


def _is_salient(salience: tuple[int, int]) -> bool:
    articles, mentions = salience
    return articles >= MIN_ARTICLES or mentions >= MIN_MENTIONS


def _repeats(position: Position, earlier: list[Position]) -> bool:
    """'12,000 troops' again under the same actor: a number already shown there is the same
    fact told by another article."""
    numbers = set(_NUMBER.findall(position.claim.text))
    return bool(numbers) and any(numbers & set(_NUMBER.findall(p.claim.text)) for p in earlier)


_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d{2,}\b")


def _item(position: Position, heading: str, with_actor: bool = False) -> Item:
    label = position.speaker
    person = position.resolution.person if position.resolution else None
    described = person.best_description(position.claim.sentence.article) if person else None
    bare = re.sub(r"^(?:the|a|an)\s+", "", described or "", flags=re.IGNORECASE).lower()
    if label and person and described and bare not in heading.lower() and \
            bare not in position.claim.text.lower():
        # who the speaker is, as this article says: "Ken Ham, executive director of ..."
        label = f"{person.name}, {described}"
    elif label and label.lower() in heading.lower():
        label = None  # "Hall" under "NTSB Chairman Jim Hall" says nothing new
    if with_actor:
        label = heading if not label or label == heading else \
            label if label.startswith(heading) else f"{heading} ({label})"
    claim = position.claim
    return Item(claim.text, claim.citations, label, position.reason)
