"""Sections made of the best claims that carry one kind of cue (risks, context), and the
speaker label such an item takes from its sentence's attribution."""

from __future__ import annotations

import re
from typing import Protocol

from briefgen.extract.lexicon import wordset
from briefgen.model import BulletList, Section, Sentence
from briefgen.nlp.coverage import stands_alone
from briefgen.sections.material import Material, item
from briefgen.sections.positions import actor_index, speaker_label

#: Speakers that name nobody unless resolved: "It says", "Some say", "They said".
_VAGUE_SPEAKERS = wordset(
    "he she it they we you i some many others one this that these those")
#: A speaker is a name or a noun phrase: at most this many words ("Cigarette makers are
#: required to include" is an attribution misread, not a speaker).
MAX_SPEAKER_WORDS = 8
#: A US legislator's party and state ("R-Fla.", "D-Mass."): said of a speaker, never one.
_PARTY_TAG = re.compile(r"[A-Z]-[A-Z][A-Za-z]*\.?")


class Cue(Protocol):
    """What finds a section's cue in a sentence: a compiled pattern, or a rule with search()."""

    def search(self, text: str) -> re.Match[str] | None: ...


def build_cued(
    material: Material, section_id: str, title: str, budget: int, cue: Cue, why: str
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


def attributed_speaker(material: Material, sentence: Sentence) -> tuple[str | None, str | None]:
    """Who the sentence says is speaking (label, reason), or (None, None) when it names nobody
    a reader could place: an unresolved pronoun or a phrase that is no name gets no label."""
    for attribution in material.attributions_in(sentence):
        phrase = (attribution.speaker or "").strip()
        if not phrase or not _names_someone(phrase):
            continue
        resolution = actor_index(material).resolve(
            phrase, sentence.article, attribution.cue_start)
        label = speaker_label(phrase, resolution)
        if label.lower() in _VAGUE_SPEAKERS:
            continue  # "he" that stays "He": nobody the reader can place
        return label, f"attributed to {label} ('{attribution.cue}')"
    return None, None


#: A speaker's phrase ends on a noun, not on an adverb or a function word ("Investigators
#: still", "Would cost an").
_OPEN_LAST = wordset(
    "still also then now too again even just only each both a an the of to and or by has "
    "have had is was are were")
#: A phrase opening on a time is a clause misread as a speaker ("Last month the company").
_TIME_FIRST = wordset("last this earlier next later when after before while once")


def _names_someone(phrase: str) -> bool:
    words = phrase.split()
    if len(words) > MAX_SPEAKER_WORDS:
        return False
    if re.search(r"\d|--|\s_\s|\bpercent\b", phrase):
        return False  # "68 percent of women", "Operates seven Concordes --": a misread
    if words[-1].lower() in _OPEN_LAST or words[0].lower() in _TIME_FIRST:
        return False
    # a speaker opens on a name or a determiner ("Hong Kong papers", "the source"), never on a
    # verb or a preposition read as one ("Hopes to get a less stern", "For")
    first = words[0].lower()
    if first in {"for", "legal", "hopes", "in", "on", "at", "by", "with", "to"} or (
            first.endswith("ing")):
        return False  # "Affecting an": a participle read as a speaker
    if len(words) == 1 and (first in {"a", "an", "the"} or _PARTY_TAG.fullmatch(words[0])):
        return False  # "An", "R-Fla.": a misread appositive, not a speaker
    return not any(w.lower() in {"are", "is", "was", "were", "to", "as"} for w in words[1:])
