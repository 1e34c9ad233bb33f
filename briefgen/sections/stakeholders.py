"""Stakeholder positions: who said or did what, grouped by actor, most prominent actor first."""

from __future__ import annotations

from collections import defaultdict

from briefgen.model import BulletList, Claim, Section
from briefgen.sections.actors import speaking_actor
from briefgen.sections.cues import ATTRIBUTION_CUE
from briefgen.sections.material import Material, item

DEFAULT_ITEMS = 16
PER_ACTOR = 4


def build(material: Material, title: str, items: int | None) -> Section | None:
    by_actor: dict[str, list[tuple[Claim, str]]] = defaultdict(list)
    for claim in material.available():
        cue = ATTRIBUTION_CUE.search(claim.text)
        if not cue:
            continue
        actor = speaking_actor(claim.text, cue.start())
        if actor:
            by_actor[actor].append((claim, cue.group(0).lower()))
    if not by_actor:
        return None
    ranked = sorted(by_actor.items(), key=lambda entry: (-len(entry[1]), entry[0]))
    budget = items or DEFAULT_ITEMS
    blocks = []
    for actor, positions in ranked:
        chosen = positions[: min(PER_ACTOR, budget)]
        material.take(claim for claim, _ in chosen)
        budget -= len(chosen)
        bullets = tuple(item(claim, f"attribution cue '{cue}'") for claim, cue in chosen)
        blocks.append(BulletList(bullets, title=actor))
        if budget <= 0:
            break
    return Section("stakeholders", title, tuple(blocks))
