"""Whether what someone said is their stance or a fact they report.

"Israel's military government said the trailers stood on settlement land" reports a fact; "the
ministry said Israel will dismantle the camps", "Arafat said Israel should abide by the
agreement" and "“We will not give up,” she said" state what the speaker decides, wants or
judges. An analyst files only the second kind as a stakeholder's position. The evidence is in
closed classes of words: a cue that is itself a judgement ("warned", "urged", "denied"), or
content in a modal or future, or with a verb of wanting, intending, supporting or opposing, or
an adjective of judgement.
"""

from __future__ import annotations

import re

from briefgen.extract.lexicon import wordset

#: Cues that carry a stance whatever follows them ("warned that ...", "insisted ...").
STANCE_CUES = wordset(
    "warned warns warning argued argues arguing insisted insists vowed denied urged cautioned "
    "conceded complained alleged asserted believes believe thinks contended countered "
    "maintained stressed emphasized emphasised declared demanded demands asked")
# A modal or future, or a verb or adjective of stance; the speaker's own "I" or "we" alone is
# not one ("I was trained in a Christian home", "We had to run around the balloon").
_STANCE_CONTENT = re.compile(
    r"\b(?:will|may|can)\s+(?:not\s+|also\s+|soon\s+)?[a-z]+|"  # a modal with its verb, not May
    r"\b(?i:would|shall|should|must|could|cannot|can['’]t|won['’]t|wouldn['’]t|"
    r"shouldn['’]t|might|ought|needs? to|has to|have to|going to|"
    r"wants?|wanted|hopes?|hoped|plans?|planned|intends?|intended|aims?|seeks?|"
    r"supports?|supported|opposes?|opposed|rejects?|rejected|refuses?|refused|"
    r"believes?|thinks?|expects?|expected|fears?|feared|welcomes?|welcomed|"
    r"demands?|demanded|urges?|urged|calls? for|called for|calls? on|called on|"
    r"agrees?|agreed|disagrees?|accepts?|accepted|favou?rs?|favou?red|regrets?|deplores?|"
    r"condemns?|condemned|insists?|committed|determined|ready to|prepared to|willing|"
    r"unwilling|illegal|unacceptable|wrong|unfair|unjust|necessary|essential|vital|"
    r"dangerous|concerned|worried|important|crucial|serious|legitimate|illegitimate|"
    r"violat\w+|threat\w*|deserves?|right to|no choice|ought)\b")


def is_stance(cue: str, content: str) -> bool:
    """Whether an attribution states the speaker's stance (a judgement, demand, decision or
    intention), not only a fact they report or confirm."""
    if cue.lower() in STANCE_CUES:
        return True
    return bool(_STANCE_CONTENT.search(content))
