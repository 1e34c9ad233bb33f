"""Sections made of the best claims that carry one kind of cue (risks, context)."""

from __future__ import annotations

import re

from briefgen.model import BulletList, Section
from briefgen.nlp.coverage import stands_alone
from briefgen.sections.material import Material, item


def build_cued(
    material: Material, section_id: str, title: str, budget: int, cue: re.Pattern[str], why: str
) -> Section | None:
    chosen = []
    for claim in material.available():
        # A bullet is read on its own: "But ... derailed such a plan." means nothing there.
        match = cue.search(claim.text) if stands_alone(claim.text) else None
        if match:
            chosen.append((claim, match.group(0).lower()))
        if len(chosen) >= budget:
            break
    material.take(claim for claim, _ in chosen)
    if not chosen:
        return None
    bullets = tuple(item(claim, f"{why} '{word}'") for claim, word in chosen)
    return Section(section_id, title, (BulletList(bullets),))
