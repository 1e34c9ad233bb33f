"""Risks and implications, in the sources' own hedged words, attributed where the text does.

A risk is a claim that states a threat, a consequence, escalation or uncertainty ("could",
"risks", "warned", "remains to be seen"). Its words are the source's own: a "could" stays a
"could", never a probability of ours. When the sentence attributes the risk ("experts warn",
"according to ISW"), the speaker is the item's label.
"""

from __future__ import annotations

from briefgen.extract.cues import RISK_CUE
from briefgen.model import BulletList, Item, Section
from briefgen.nlp.coverage import stands_alone
from briefgen.sections.material import Material
from briefgen.sections.positions import actor_index, speaker_label

DEFAULT_ITEMS = 8


def build(material: Material, title: str, items: int | None) -> Section | None:
    chosen: list[Item] = []
    taken = []
    for claim in material.available():
        cue = RISK_CUE.search(claim.text)
        if not cue or not stands_alone(claim.text):  # a bullet is read on its own
            continue
        label, attributed = _speaker(material, claim)
        reason = f"risk cue '{cue.group(0).lower()}'" + (f"; {attributed}" if attributed else "")
        chosen.append(Item(claim.text, claim.citations, label, reason))
        taken.append(claim)
        if len(chosen) >= (items or DEFAULT_ITEMS):
            break
    material.take(taken)
    if not chosen:
        return None
    return Section("risks", title, (BulletList(tuple(chosen)),))


def _speaker(material: Material, claim) -> tuple[str | None, str | None]:  # noqa: ANN001
    """Who the sentence says warns of the risk, if it says."""
    for attribution in material.attributions_in(claim.sentence):
        if not attribution.speaker:
            continue
        resolution = actor_index(material).resolve(
            attribution.speaker, claim.sentence.article, attribution.cue_start)
        label = speaker_label(attribution.speaker, resolution)
        return label, f"attributed to {label} ('{attribution.cue}')"
    return None, None
