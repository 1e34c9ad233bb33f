"""Whether what someone said is their stance or a fact they report.

"Israel's military government said the trailers stood on settlement land" reports a fact; "the
ministry said Israel will dismantle the camps", "Arafat said Israel should abide by the
agreement" and "“We will not give up,” she said" state what the speaker decides, wants or
judges. An analyst files only the second kind as a stakeholder's position. The evidence is in
closed classes of words: a cue that is itself a judgement ("warned", "urged", "denied"), or
content with a duty ("should"), a future whose subject can decide ("Israel will"), a verb of
wanting, intending, supporting or opposing, or an adjective of judgement.
"""

from __future__ import annotations

import re

from briefgen.extract.lexicon import wordset

#: Cues that carry a stance whatever follows them ("warned that ...", "insisted ...").
STANCE_CUES = wordset(
    "warned warns warning argued argues arguing insisted insists vowed denied urged cautioned "
    "conceded complained alleged asserted believes believe thinks contended countered "
    "maintained stressed emphasized emphasised declared demanded demands asked")
# A duty, a verb of stance or an adjective of judgement; the speaker's own "I" or "we" alone is
# not one ("I was trained in a Christian home", "We had to run around the balloon"), nor is a
# possibility ("may", "could": a risk) or a forecast ("the figure was expected to reach ...").
_STANCE_CONTENT = re.compile(
    r"\b(?i:shall|should|must|cannot|can['’]t|shouldn['’]t|ought|needs? to|has to|have to|"
    r"wants?|wanted|hopes?|hoped|plans?|planned|intends?|intended|aims?|seeks?|"
    r"supports?|supported|opposes?|opposed|rejects?|rejected|refuses?|refused|"
    r"believes?|thinks?|fears?|feared|welcomes?|welcomed|"
    r"demands?|demanded|urges?|urged|calls? for|called for|calls? on|called on|"
    r"agrees?|agreed|disagrees?|accepts?|accepted|favou?rs?|favou?red|regrets?|deplores?|"
    r"condemns?|condemned|insists?|committed|determined|ready to|prepared to|willing|"
    r"unwilling|illegal|unacceptable|wrong|unfair|unjust|necessary|essential|vital|"
    r"dangerous|concerned|worried|important|crucial|serious|legitimate|illegitimate|"
    r"violat\w+|threat\w*|deserves?|right to|no choice|ought)\b")
#: A future is a decision when someone who can decide is its subject: "we will", "the
#: ministry said Israel will dismantle ...", "the department will begin ..."; "the figure will
#: reach 53 million" and "the towns would flood" are forecasts.
_FUTURE = re.compile(r"\b(?:will|would|won['’]t|wouldn['’]t|"
                     r"(?:is|are|am|was|were)(?:\s+not)?\s+going to)\s+(?!be\b)[a-z]+")
_DECIDERS = wordset(
    "i we he she they it you government administration department ministry agency company "
    "party board court council committee union authority authorities officials leaders "
    "state states president minister office army military police firm bank league campaign")


def _decides(content: str) -> bool:
    """Whether a future in the content has a decider as its subject and a deed as its verb:
    "Israel will dismantle", "we will not give up"; not "prices in Europe will rise" (the
    head is "prices"), "This will take years" or "it will reach 53 million" (forecasts)."""
    for future in _FUTURE.finditer(content):
        if future.group(0).split()[-1].lower() in _FORECAST_VERBS:
            continue
        words = re.findall(r"[\w’'-]+", content[:future.start()])
        while words and words[-1].lower() in _FUTURE_ADVERBS:
            words.pop()
        # "prices in Europe will": the head is before the phrase's preposition
        if len(words) >= 3 and words[-2].lower() in _PHRASE_PREPOSITIONS:
            words = words[:-2]
        if not words:
            continue
        subject = words[-1]
        if subject in _NO_DECIDER:
            continue
        if subject.lower() in _DECIDERS or subject[:1].isupper():  # "Israel will", "We will"
            return True
    return False


_FUTURE_ADVERBS = wordset("also not soon still now never then only probably certainly "
                          "definitely")
_PHRASE_PREPOSITIONS = wordset("in of for at from on across throughout")
#: Capitalised words that open a sentence without naming anyone who decides.
_NO_DECIDER = frozenset(("This", "That", "There", "These", "Those", "It"))
#: Verbs of a quantity's or a time's course: a future with them is a forecast.
_FORECAST_VERBS = wordset(
    "reach rise fall grow increase decrease decline double triple take cost last exceed "
    "surpass drop climb soar jump shrink total amount remain")


def is_stance(cue: str, content: str) -> bool:
    """Whether an attribution states the speaker's stance (a judgement, demand, decision or
    intention), not only a fact they report or confirm."""
    if _NO_COMMENT.search(content) or _NO_COMMENT.search(cue):
        return False  # "they can't comment on anything touching on the lawsuits"
    if cue.lower() in STANCE_CUES:
        return True
    return bool(_STANCE_CONTENT.search(content)) or _decides(content)


#: Declining to say anything is no stance: "can't comment", "declined to comment", "no
#: comment", "would not discuss".
_NO_COMMENT = re.compile(
    r"\b(?i:(?:can(?:no|['’])t|could(?:n['’]t| not)|would(?:n['’]t| not)|will not|won['’]t|"
    r"did(?:n['’]t| not)|declined? to|refused? to|unable to)\s+(?:\w+\s+){0,2}"
    r"(?:comment|discuss|elaborate|confirm or deny|speculate)|no comment)\b")
