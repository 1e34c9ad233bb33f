"""Risks and implications, in the sources' own hedged words, attributed where the text does.

A risk is a forward-looking possibility of harm or a warning (briefgen.extract.risk decides:
a modal or future construction about a harmful outcome, a warning verb with its subject, a
risk noun in a present clause). Not a month, a name or a past event: a past toll is a figure
or an event. Its words are the source's own: a "could" stays a "could", never a probability of
ours. When the sentence attributes the risk ("experts warn", "according to ISW"), the speaker
is the item's label.
"""

from __future__ import annotations

from briefgen.extract.risk import risk_in
from briefgen.model import BulletList, Item, Section
from briefgen.nlp.coverage import stands_alone
from briefgen.sections.cue_section import attributed_speaker
from briefgen.sections.material import Material

DEFAULT_ITEMS = 8


def build(material: Material, title: str, items: int | None) -> Section | None:
    chosen: list[Item] = []
    taken = []
    for claim in material.available():
        if not stands_alone(claim.text):  # a bullet is read on its own
            continue
        cue = risk_in(claim.text)
        if cue is None:
            continue
        label, attributed = attributed_speaker(material, claim.sentence)
        reason = f"risk: {cue.kind} '{cue.words}'" + (f"; {attributed}" if attributed else "")
        chosen.append(Item(claim.text, claim.citations, label, reason))
        taken.append(claim)
        if len(chosen) >= (items or DEFAULT_ITEMS):
            break
    material.take(taken)
    if not chosen:
        return None
    return Section("risks", title, (BulletList(tuple(chosen)),))
