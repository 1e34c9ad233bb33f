"""Positions: what an actor said, did, wants or fears, found in one claim's sentence.

A position is an attribution in the sentence whose speaker rolls up to an actor ("The
presidential office said ..." -> South Korea), or a stated action of an actor ("North Korea
has decided to send ...", "The United States ... condemned ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.actors import ActorIndex, Resolution
from briefgen.extract.attribution import Attribution
from briefgen.extract.lexicon import wordset
from briefgen.model import Claim
from briefgen.sections.material import Material

#: Verbs of stated action: what an actor decided, is doing or condemned.
ACTION = re.compile(
    r"\b(?:has |have |had )?(?:decided to|is considering|are considering|was considering|"
    r"condemned|vowed|pledged|threatened|confirmed|called for|urged|summoned|agreed to|"
    r"refused to|rejected|denied|approved|ratified|voted|imposed|announced|launched|"
    r"plans to|intends to|is planning|sent|deployed|dispatched|provided|signed|warned|"
    r"demanded|responded|signaled|signalled|called)\b"
)
MAX_SUBJECT_WORDS = 10


@dataclass(frozen=True)
class Position:
    claim: Claim
    actor: str
    speaker: str | None  # who, as the text names them ("Pentagon spokeswoman Sabrina Singh")
    reason: str
    attribution: Attribution | None = None
    resolution: Resolution | None = None


def actor_index(material: Material) -> ActorIndex:
    return material.remember("actor_index", lambda: ActorIndex(material.articles))


def position_of(material: Material, claim: Claim) -> Position | None:
    """The actor's position a claim states, if it states one."""
    index = actor_index(material)
    sentence = claim.sentence
    attributions = [a for a in material.attributions_in(sentence) if a.speaker]
    for attribution in attributions:
        resolution = index.resolve(attribution.speaker, sentence.article, attribution.cue_start)
        if resolution.actor:
            return Position(
                claim, resolution.actor, speaker_label(attribution.speaker, resolution),
                f"attribution, cue '{attribution.cue}': {resolution.via}", attribution,
                resolution,
            )
    if not attributions:
        return _stated_action(material, claim, sentence.text, 0, "")
    # an analyst or a report speaks: only an action they report of an actor is a position
    for attribution in attributions:
        start, _ = material.span(sentence)
        offset = attribution.start - max(start, 0)
        reported = f" reported by '{attribution.speaker}'"
        position = _stated_action(material, claim, attribution.content, offset, reported)
        if position is not None:
            return position
    return None


def _stated_action(material: Material, claim: Claim, text: str, offset: int, reported: str
                   ) -> Position | None:
    """'North Korea has decided to send ...': an actor's stated action, opening ``text``."""
    sentence = claim.sentence
    action = ACTION.search(text)
    if not action:
        return None
    subject = _subject_before(text, action.start())
    if not subject:
        return None
    start, _ = material.span(sentence)
    position = max(start, 0) + offset + action.start()
    resolution = actor_index(material).resolve(subject, sentence.article, position)
    if not resolution.actor:
        return None
    label = resolution.person.name if resolution.person else subject
    return Position(
        claim, resolution.actor, speaker_label(label, resolution),
        f"stated action '{action.group(0)}'{reported}: {resolution.via}", None, resolution,
    )


def speaker_label(phrase: str, resolution: Resolution) -> str:
    """The speaker as the text names them; a pronoun becomes the person it stands for."""
    if phrase.lower() in {"he", "she", "him", "her"} and resolution.person:
        return resolution.person.name
    return phrase[0].upper() + phrase[1:] if phrase[:4].lower() != "the " else "T" + phrase[1:]


def _subject_before(text: str, position: int) -> str | None:
    """The noun phrase that opens a sentence and ends at its verb: 'The United States and many
    of its Allies' in 'The United States and many of its Allies ... condemned'."""
    before = text[:position].strip()
    if "," in before:
        head, _, tail = before.rpartition(",")
        if not tail.strip():
            # "The United States and many of its Allies, including Japan, condemned": the
            # subject is the part before the appositive
            before = before.split(",", 1)[0]
        else:
            # "On Friday, South Korea's spy agency confirmed": the subject follows the comma
            before = tail.strip() if len(tail.split()) <= MAX_SUBJECT_WORDS else ""
    before = _SUBJECT_LEAD.sub("", before)
    before = _SUBJECT_TAIL.sub("", before).strip()
    words = before.split()
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    # the subject names its actor first ("The United States and many of its Allies"), not a
    # thing that belongs to it ("The small number of North Korean forces")
    first = words[1] if words[0].lower() in {"the", "a", "an"} and len(words) > 1 else words[0]
    if not first[:1].isupper() or first.lower() in _NOT_A_SUBJECT:
        return None
    return before


_SUBJECT_LEAD = re.compile(r"^(?:(?:and|but|so|yet|then|also|meanwhile|however|still)\b,?\s*)+",
                           re.IGNORECASE)
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|already|repeatedly|now|recently|"
                           r"immediately|reportedly|unanimously|previously|indirectly|then))+$")
_NOT_A_SUBJECT = wordset(
    "this that these those it they he she we i there here what which who"
)
