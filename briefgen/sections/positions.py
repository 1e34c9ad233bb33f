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
from briefgen.extract.gazetteer import alias_index
from briefgen.extract.lexicon import wordset
from briefgen.extract.names import is_common_word
from briefgen.extract.stance import is_stance
from briefgen.model import Claim, Sentence
from briefgen.sections.material import Material

#: Verbs of stated action: what an actor decided, is doing or condemned.
ACTION = re.compile(
    r"\b(?:has |have |had )?(?:decided to|is considering|are considering|was considering|"
    r"condemned|vowed|pledged|threatened|confirmed|called for|urged|summoned|agreed to|"
    r"refused to|rejected|denied|approved|ratified|voted|imposed|announced|launched|"
    r"plans to|intends to|is planning|sent|deployed|dispatched|provided|signed|warned|"
    r"demanded|responded|signaled|signalled|called|opposed|opposes|supported|supports|"
    r"backed|backs|welcomed|welcomes|criticized|criticised|accused|protested|objected|"
    r"appealed|sued|filed|ruled|ordered|blocked|vetoed|refused|promised|offered|proposed|"
    r"insisted|(?:is|are|was|were)\s+(?:reportedly\s+|said to be\s+|also\s+)?"
    r"(?:displeased|concerned|opposed|angered|alarmed|worried|determined|ready|willing|"
    r"reluctant|unhappy|pleased|dissatisfied|committed|eager|against|in favou?r of))\b"
)
MAX_SUBJECT_WORDS = 10
#: Cues that source a fact rather than state the speaker's stance: a toll "according to" a
#: crisis centre, troop numbers an agency "confirmed", is not that body's position.
SOURCING_CUES = frozenset(("according to", "reported", "confirmed", "estimated", "estimates"))


@dataclass(frozen=True)
class Position:
    claim: Claim
    actor: str
    speaker: str | None  # who, as the text names them ("Pentagon spokeswoman Sabrina Singh")
    reason: str
    attribution: Attribution | None = None
    resolution: Resolution | None = None


def actor_index(material: Material) -> ActorIndex:
    return material.actors()


def position_of(material: Material, claim: Claim) -> Position | None:
    """The actor's position a claim states, if it states one."""
    index = actor_index(material)
    sentence = claim.sentence
    attributions = [a for a in material.attributions_in(sentence) if a.speaker]
    for attribution in attributions:
        if attribution.cue.lower() in SOURCING_CUES:
            continue  # "... troops, according to the spy agency": a fact it reports
        if _in_relative_clause(material, sentence, attribution):
            continue  # "an ideology ..., through which he believes ...": narration around it
        resolution = index.resolve(attribution.speaker, sentence.article, attribution.cue_start)
        if resolution.actor and not is_stance(attribution.cue, attribution.content):
            continue  # the actor reports a fact ("said the trailers stood on ..."): a source
        if resolution.actor:
            return Position(
                claim, resolution.actor, speaker_label(attribution.speaker, resolution),
                f"attribution, cue '{attribution.cue}': {resolution.via}", attribution,
                resolution,
            )
    if not attributions:
        return _stated_action(material, claim, sentence.text, 0, "")
    # a medium or an analyst reports: an actor's action or stance it reports is a position
    # ("China is reportedly displeased ..., according to The Wall Street Journal"); what
    # another actor reports of it is that actor's claim ("according to the NIS, North Korea
    # decided ..."), not the position of either
    for attribution in attributions:
        if index.resolve(attribution.speaker, sentence.article, attribution.cue_start).actor:
            continue
        if (attribution.speaker or "").lower() in _UNKNOWN_REPORTERS:
            continue  # "..., Sudan agreed to ..., they said": whose claim, the item cannot say
        start, _ = material.span(sentence)
        offset = attribution.start - max(start, 0)
        reported = f" reported by '{attribution.speaker}'"
        position = _stated_action(material, claim, attribution.content, offset, reported)
        if position is not None:
            return position
    return None


def _in_relative_clause(material: Material, sentence: Sentence, attribution: Attribution
                        ) -> bool:
    """Whether an attribution's speaker opens a relative clause ("..., through which he
    believes ...", "..., who said ..."): the sentence is about something else."""
    if attribution.speaker_start is None:
        return False
    start, _ = material.span(sentence)
    if start < 0 or not start <= attribution.speaker_start:
        return False
    before = material.article(sentence.article).text[start:attribution.speaker_start]
    return bool(_RELATIVE_BEFORE.search(before))


#: Reporters no one can place: what they say an actor did is their claim, not a position.
_UNKNOWN_REPORTERS = wordset("he she they it we i you")
# "..., through which he", "..., whom officials": a relative pronoun just before the speaker
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|whose)\s+(?:[\w’'-]+\s+){0,2}$")


def _stated_action(material: Material, claim: Claim, text: str, offset: int, reported: str
                   ) -> Position | None:
    """'North Korea has decided to send ...': an actor's stated action or stance, where the
    actor is the subject of the main clause of ``text`` (not of a clause after it: "South
    Korea has a large defence base, so Putin has repeatedly threatened ..." is narration)."""
    sentence = claim.sentence
    found = main_clause_action(text)
    if found is None:
        return None
    subject, action = found
    start, _ = material.span(sentence)
    position = max(start, 0) + offset + action.start()
    resolution = actor_index(material).resolve(subject, sentence.article, position)
    if not resolution.actor or not _names_actor_first(subject):
        return None
    # the actor acting needs no label beyond its group; a person acting for it is named
    label = resolution.person.name if resolution.person else None
    return Position(
        claim, resolution.actor, label,
        f"stated action '{action.group(0)}'{reported}: {resolution.via}", None, resolution,
    )


def speaker_label(phrase: str, resolution: Resolution) -> str:
    """The speaker as the text names them; a pronoun becomes the person it stands for."""
    person = resolution.person
    if person and (phrase.lower() in {"he", "she", "him", "her"} or len(phrase.split()) == 1 or
                   not person.tokens & {word.lower() for word in phrase.split()}):
        return person.name  # "he", "Stasiuk", "the president": the person, by full name
    return phrase[0].upper() + phrase[1:] if phrase[:4].lower() != "the " else "T" + phrase[1:]


def main_clause_action(text: str) -> tuple[str, re.Match[str]] | None:
    """The subject and the action verb of a sentence's main clause, when its verb is an
    action or a stance: ('The United States and many of its Allies', 'condemned')."""
    body = _INTRODUCTION.sub("", text, count=1) if _opens_with_introduction(text) else text
    shift = len(text) - len(body)
    action = ACTION.search(body)
    if not action:
        return None
    subject = _subject_before(body, action.start())
    if subject is None or re.search(r"['’]s?$", subject):
        # "The Pentagon's proposed system": after a possessive the word is an adjective of
        # what the actor owns, not the actor's verb
        return None
    return subject, ACTION.search(text, shift + action.start()) or action  # offsets in text


def _names_actor_first(subject: str) -> bool:
    """'Scientists from the Israeli Energy Ministry' act for themselves: a subject that opens on
    a common noun and a preposition is not the body named after it (officials are its own)."""
    match = re.match(r"(?:[Tt]he\s+|[Aa]n?\s+)?([A-Z][a-z]+)\s+(?:from|in|at|of|with|for)\b",
                     subject)
    return not (match and match.group(1).lower() not in _INSTITUTION_WORDS
                and is_common_word(match.group(1)) and match.group(1) not in alias_index())


def _opens_with_introduction(text: str) -> bool:
    """'On Friday, ...', 'In a statement released on Monday, ...', 'Speaking in Ankara, ...'."""
    match = _INTRODUCTION.match(text)
    return bool(match) and len(match.group(0).split()) <= 14


def _subject_before(text: str, position: int) -> str | None:
    """The noun phrase that opens a clause and ends at its verb: 'The United States and many
    of its Allies' in 'The United States and many of its Allies ... condemned'; a parenthesis
    (', meanwhile,' / ', a former official,') may stand between them, nothing else."""
    before = _PARENTHESIS.sub("", text[:position]).strip()
    before = _SUBJECT_LEAD.sub("", before)
    before = _SUBJECT_TAIL.sub("", before).strip().rstrip(",").strip()
    if "," in before or ";" in before:
        return None  # another clause comes first: the actor is not the main clause's subject
    words = before.split()
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    if any(word.lower() in _CLAUSE_WORDS for word in words):
        return None  # "Officials who ... said", "South Korea has a base, so Putin ..."
    # the subject names its actor first ("The United States and many of its Allies"), not a
    # thing that belongs to it ("The small number of North Korean forces", "North Korea's
    # troop deployment")
    first = words[1] if words[0].lower() in {"the", "a", "an"} and len(words) > 1 else words[0]
    if not first[:1].isupper() or first.lower() in _NOT_A_SUBJECT:
        return None
    possessed = re.search(r"[’']s\s+([a-z][\w\s-]*)$", before)  # not "People's Republic"
    if possessed and not _INSTITUTION_WORDS.intersection(possessed.group(1).split()):
        return None
    # "The North Korean soldiers", "Russian state media": a demonym before a common noun names
    # people or things of the state, not the state, unless the noun is one of its bodies
    common = re.search(r"\b[A-Z][\w-]*\s+([a-z][a-z\s-]*)$", before)
    if common and not _INSTITUTION_WORDS.intersection(common.group(1).split()):
        return None
    return before


_INTRODUCTION = re.compile(
    r"^(?i:(?:On|In|At|After|Before|During|Despite|Following|With|Without|Under|Since|As|"
    r"While|When|Although|Though|If|Because|Earlier|Later|Last|This|Speaking|Asked|"
    r"Responding|Meanwhile|However|Separately|Also|To date|So far|Now|Today|Yesterday|"
    r"Recently|Instead|Still|Already|Then|Thus|Indeed|Again|First|Finally|By|From|For|Amid|"
    r"Against|Over|Within|Until|Unlike|Like|Once|Twice|Shortly)\b[^,;“”\"]*,\s*)"
)
_PARENTHESIS = re.compile(
    r",\s*(?:meanwhile|however|too|also|though|in turn|for (?:its|his|her|their) part|"
    r"(?:a|an|the|who|which|whose|once|now|then|former|currently|including|such as|like|"
    r"along with|together with|as well as)\b[^,]{0,80}?)\s*,")
_CLAUSE_WORDS = wordset(
    "who which that so because although though while when if whose as after before since "
    "until won lost said says was were is are")
_INSTITUTION_WORDS = wordset(
    "government ministry office agency service administration cabinet parliament military "
    "army navy forces leadership council court authorities embassy spokesman spokeswoman "
    "president leader officials lawmakers legislators leaders diplomats negotiators "
    "prosecutors regulators judge lawyers attorneys delegation")
_SUBJECT_LEAD = re.compile(r"^(?:(?:and|but|so|yet|then|also|meanwhile|however|still)\b,?\s*)+",
                           re.IGNORECASE)
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|also|already|repeatedly|now|"
                           r"recently|immediately|reportedly|unanimously|previously|indirectly|"
                           r"then|officially|formally|publicly|strongly|firmly|quickly|again))+$")
_NOT_A_SUBJECT = wordset(
    "this that these those it they he she we i there here what which who"
)
