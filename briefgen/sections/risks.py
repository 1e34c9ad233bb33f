"""Risks and implications, in the sources' own hedged words, attributed where the text does.

Only what is a risk and is about the story: no item is chosen because the section has room.

A risk is a forward-looking possibility of harm or a warning (briefgen.extract.risk decides:
a modal or future construction about a harmful outcome, a warning verb with its subject, a
risk noun in a present clause). Not a month, a name or a past event: a past toll is a figure
or an event. Its words are the source's own: a "could" stays a "could", never a probability of
ours. When the sentence attributes the risk ("experts warn", "according to ISW"), the speaker
is the item's label.
"""

from __future__ import annotations

import re

from briefgen.extract.risk import risk_in
from briefgen.model import BulletList, Item, Section
from briefgen.nlp.coverage import stands_alone
from briefgen.sections.cue_section import attributed_speaker
from briefgen.sections.material import Material
from briefgen.sections.relevance import is_central

DEFAULT_ITEMS = 8
#: The least centrality (briefgen.sections.relevance) a risk needs to be about the story: a
#: risk of another story an article mentions in passing is left out, even if the section
#: then has nothing (better no Risks section than a wrong one).
MIN_CENTRALITY = 0.8
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our)\b")
#: A full stop inside the text followed by a lower-case word or after a number ("$2.40.
#: Restaurants"): two sentences the splitter joined.
_JOINED = re.compile(r"(?<![ap]\.m)(?<!etc)(?<!vs)[a-z\d]\.\s+[a-z]|\d\.\s+[A-Z][a-z]")


def _joined(text: str) -> bool:
    return _JOINED.search(text.rstrip(".")) is not None


def build(material: Material, title: str, items: int | None) -> Section | None:
    chosen: list[Item] = []
    taken = []
    for claim in material.available():
        if not stands_alone(claim.text):  # a bullet is read on its own
            continue
        cue = risk_in(claim.text)
        if cue is None or not is_central(material, claim.text, MIN_CENTRALITY):
            continue
        if claim.text.rstrip().endswith(":"):
            continue  # "Overweight people are at risk of illness from:": a list's lead-in
        if _joined(claim.text):
            continue  # two sentences read as one: "... will be fined. said the Bangkok Post."
        label, attributed = attributed_speaker(material, claim.sentence)
        if label is None and _FIRST_PERSON.search(claim.text):
            continue  # "I'm afraid the plants will die": whose fear, the item cannot say
        reason = f"risk: {cue.kind} '{cue.words}'" + (f"; {attributed}" if attributed else "")
        chosen.append(Item(claim.text, claim.citations, label, reason))
        taken.append(claim)
        if len(chosen) >= (items or DEFAULT_ITEMS):
            break
    material.take(taken)
    if not chosen:
        return None
    return Section("risks", title, (BulletList(tuple(chosen)),))
