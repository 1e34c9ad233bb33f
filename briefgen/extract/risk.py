"""Whether a sentence states a forward-looking risk or a warning, and by which construction.

A risk is a possibility of harm that has not happened yet, or a warning of it. The test is
syntactic first: a modal or future construction ("could erode", "is likely to spread", "risk
losing"), a warning verb in a finite form with its subject ("experts warned that ..."), or a
noun such as risk, danger or threat in a present or future clause ("the danger is that ...",
"poses a threat"). Then the harm: the clause that the construction governs must name a harmful
outcome (the harm words below), and the verb after the modal must not be a remedy ("may ease
the pain" is a hope, not a risk).

What is not a risk: "May" the month or a name (the modal is written in lower case), "Time
Warner", a speculation about the past ("may have been caused by"), a past toll, "could not be
reached", a comparison ("more likely to be victims").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.lexicon import wordset

#: Modals that look ahead. "would" counts only after a warning or a fear (below): on its own it
#: is as often a past habit or the future of a past narration ("announced China would cut").
_MODALS = wordset("could might may will shall won't wo can't cannot")
#: Words that may stand between a modal and its verb.
_BETWEEN = wordset(
    "not never also well soon even still eventually further only yet ultimately quickly "
    "easily already again then probably possibly likely certainly seriously badly")
#: Verbs after a modal that name a remedy or a hope, not a harm.
_REMEDY = wordset(
    "help helps ease relieve cure treat fight combat control prevent avert avoid forestall "
    "protect save improve boost benefit solve resolve fix heal mitigate alleviate lessen "
    "eliminate eradicate deter contain reduce lower curb restore strengthen reassure calm "
    "stabilize stabilise succeed win recover rebound survive offer provide "
    # neutral steps, not outcomes: "will monitor the bug war", "will focus on research on HIV"
    "monitor investigate study examine review discuss consider focus research decide need "
    "require receive")
#: The remedy verbs by stem, for their inflected (and misspelt) forms: "controled", "eased".
_REMEDY_STEMS = tuple(word[:-1] if word.endswith("e") else word
                      for word in _REMEDY if len(word) >= 5)
#: Verbs whose subject, when harmful, makes the clause a risk ("unrest could spread").
_GROW = wordset(
    "become spread grow rise increase worsen continue escalate intensify erupt break hit "
    "strike reach come follow happen occur return resume mount deepen widen persist emerge "
    "trigger cause lead")
#: Warning verbs in finite forms. "warning" only before "that" ("a warning label" is no warning).
_WARN = wordset("warn warns warned cautioned cautions cautioning")
_RISK_NOUNS = wordset("risk risks danger dangers threat threats peril perils hazard hazards")
_FEAR_WORDS = wordset(
    "fear fears feared concern concerns concerned worry worries worried warned warn warns "
    "warning cautioned")
#: Before a modal, a hope: "in hope the beetles will eat", "optimistic that it will fail".
_HOPE_WORDS = wordset("hope hopes hoped hoping optimistic confident")
#: Where the clause a modal governs ends: a new clause ("will reveal why ... crashed").
_CLAUSE_WORDS = wordset(
    "why whether who whom which when where if because while since although though than "
    "unless until so that")
#: Endings a short harm stem may take ("war" -> "wars", "warfare"; never "warning").
_STEM_ENDINGS = frozenset(
    ["", "s", "es", "ed", "d", "ing", "ings", "y", "ies", "ly", "ful", "fare", "er", "ers",
     "ure", "e"])
#: A present or future verb that keeps a risk noun forward-looking ("the danger is ...").
_PRESENT = wordset(
    "is are remains remain lies lie poses pose posing looms loom faces face facing grows "
    "grow puts put place places placing increases raise raises")
#: A past verb in the same clause makes a risk noun a past event ("took some risks").
_PAST_AUX = wordset("was were had did took posed faced")

#: Harmful outcomes, by stem: the word in lower case starts with one of these.
_HARM_STEMS = tuple(sorted(wordset(
    "war conflict violen attack unrest riot crisis crises collaps damag destro destruct death "
    "die dying dead deadl kill fatal casualt injur wound harm hurt suffer loss losses lose "
    "losing fail bankrupt recession downturn slump shortage famine hunger starv disease "
    "epidemic pandemic outbreak infect virus flood drought disaster catastroph devastat danger "
    "threat risk peril jeopard undermin erod erosion weaken worsen deteriorat escalat "
    "destabili instabil chaos turmoil upheaval terror bomb explo crash accident fines fined "
    "penalt sanction jail prison prosecut indict evict layoff unemploy poverty inflation "
    "default disrupt crippl paralys paralyz retaliat reprisal backlash invad invasion "
    "sabotag fraud crime criminal abus contaminat pollut toxic poison cancer hazard "
    "unsafe erase extinct endanger vulnerab overturn strife clash unstable insecur "
    "setback recall outage blackout shutdown delay bloodshed massacre genocide refugee "
    "displace starvation malnutrition aids hiv homeless bust violat litigat lawsuit punish burst "
    "tsunami earthquake quake landslide avalanche hurricane typhoon cyclone wildfire "
    "breach"
), key=len))
_HARM_EXCEPT = wordset("aids aide aided aiding dieter diet diets riskless fined-tuned")

#: A past time the sentence is set in: a threat or warning then is an event, not a risk now.
_PAST_ANCHOR = re.compile(
    r"\b(?:[Ii]n (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:19|20)\d\d)|[Ee]arlier|[Ll]ast (?:year|month|week)|ago|"
    r"[Pp]reviously|in the past)\b")
#: "May" in capitals mid-sentence, "Time Warner": a capitalised cue word is a name or a month.
_TOKEN = re.compile(
    r"[A-Za-z](?:[A-Za-z]|['’](?=[A-Za-z]))*(?:-[A-Za-z]+)*|\d[\d,.]*|[,;:()\[\]—–\"“”]|(?<!\w)_(?!\w)")
_CLAUSE_BREAK = frozenset(",;:()[]—–\"“”_")


@dataclass(frozen=True)
class RiskCue:
    """How a sentence states a risk: the construction, its words, where they start."""

    kind: str  # "modal", "future", "warning", "risk noun"
    words: str  # the cue as written: "could erode", "warned", "the danger is"
    start: int  # offset of the cue in the sentence


def is_harm(word: str) -> bool:
    """Whether a word names a harmful outcome (by its stem)."""
    lower = word.lower().strip("'’")
    if lower == "aids":
        return word == "AIDS"  # the disease, not "aids" the verb
    for stem in _HARM_STEMS:
        if lower.startswith(stem) and (len(stem) >= 5 or lower[len(stem):] in _STEM_ENDINGS):
            return True
    return False


@dataclass(frozen=True)
class _Sentence:
    """A sentence as tokens, for the tests below."""

    words: list[str]
    lower: list[str]
    clauses: list[int]  # the clause number of each token
    feared: bool  # a fear or warning word anywhere: "would" may then look ahead
    past: bool  # set in a past time ("In April", "earlier this month")


def risk_in(text: str) -> RiskCue | None:
    """The first construction that makes a sentence a forward-looking risk or a warning."""
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text)]
    words = [t for t, _ in tokens]
    lower = [w.lower() for w in words]
    sentence = _Sentence(words, lower, _clause_numbers(words),
                         any(w in _FEAR_WORDS or w in _RISK_NOUNS for w in lower),
                         _PAST_ANCHOR.search(text) is not None)
    for i in range(len(lower)):
        found = (_modal(sentence, i) or _future(sentence, i) or _warning(sentence, i)
                 or _risk_noun(sentence, i))
        if found and not _capitalised(sentence, i, found[1]) and _looks_ahead(
                sentence, i, found[0]):
            kind, end = found
            return RiskCue(kind, text[tokens[i][1]:tokens[end][1] + len(words[end])],
                           tokens[i][1])
    return None


def _capitalised(s: _Sentence, start: int, end: int) -> bool:
    """A cue written in capitals mid-sentence is a name or a title ("A Nation at Risk", "Will
    Smith", "Time Warner"), not the word."""
    return any(s.words[j][:1].isupper() for j in range(max(start, 1), end + 1)
               if s.lower[j] in _CUE_WORDS)


#: The words a cue is made of, for the capitals test above.
_CUE_WORDS = frozenset(
    {"could", "might", "may", "will", "would", "shall", "can't", "cannot", "likely",
     "expected", "poised", "bound", "threatens", "threaten", "threatened", "warning", "risk",
     "risks", "danger", "dangers", "threat", "threats", "peril", "hazard"})


def _clause_numbers(words: list[str]) -> list[int]:
    numbers, current = [], 0
    for word in words:
        if word in _CLAUSE_BREAK or word.lower() in _CLAUSE_WORDS:
            current += 1
        numbers.append(current)
    return numbers


def _subject_harm(s: _Sentence, i: int) -> bool:
    """A harm as the head of the subject just before a modal ("unrest could soon become",
    "violence in the camps could spread"), not a modifier of another head ("his new attack
    stance will continue")."""
    for j in range(max(0, i - 4), i):
        if s.clauses[j] != s.clauses[i] or not is_harm(s.words[j]):
            continue
        following = s.lower[j + 1]
        if j + 1 == i or following in _PREPOSITIONS or following in _BETWEEN or (
                following in _MODALS or following in {"is", "are", "was", "were", "would"}):
            return True
    return False


def _hoped(s: _Sentence, i: int) -> bool:
    return any(w in _HOPE_WORDS for w in s.lower[max(0, i - 8):i])


def _verb_after(s: _Sentence, i: int) -> tuple[int, bool] | None:
    """The verb after a modal or 'to' (skipping adverbs), and whether it is negated."""
    j, negated = i + 1, False
    while j < len(s.lower) and (s.lower[j] in _BETWEEN or (
            s.lower[j].endswith("ly") and s.words[j].islower() and len(s.lower[j]) > 4)):
        negated = negated or s.lower[j] in {"not", "never"}
        j += 1
    return (j, negated) if j < len(s.lower) else None


def _predicate_is_risk(s: _Sentence, i: int, verb: int) -> bool:
    """Whether what follows a modal (its verb at index verb) states a harm to come."""
    word = s.lower[verb]
    following = s.lower[verb + 1] if verb + 1 < len(s.lower) else ""
    if word == "have" and (following == "been" or _is_participle(following)):
        return False  # "may have been caused": a guess about the past
    if _remedy(word) or word == "be" and (_remedy(following) or following == "effective"):
        return False
    if word in _SEEMING:
        return False  # "might seem threatening": an impression, not an outcome
    if _hoped(s, i):
        return False  # "in hope the beetles will eat ...": a hope, not a risk
    return _harm_outcome(s, i, verb)


def _is_participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in {"had", "done", "made", "lost", "led"}


def _harm_outcome(s: _Sentence, i: int, verb: int, depth: int = 0) -> bool:
    """Whether the predicate a modal (at i) governs names a harm as its head: the verb itself
    ("could erode", "will lose"), the complement of "be" ("be hurt", "be a disaster"), a
    harmful subject of a verb of growth ("unrest could spread"), or the head of the object of
    a causing verb ("may cause the collapse of", "would lead to more violent clashes"). A
    harm word further on, inside a modifier or a prepositional phrase, is not the outcome:
    "will raise stipends to unemployed workers" raises stipends."""
    word = s.lower[verb]
    if word in _COPULAS:
        for j in range(verb + 1, min(len(s.words), verb + 6)):
            lower = s.lower[j]
            if s.clauses[j] != s.clauses[verb] or lower in _PREPOSITIONS:
                break
            if _remedy(lower) or lower in _LOWERING or lower in _NEGATIONS:
                return False  # "be reduced", "be no threat"
            if is_harm(s.words[j]):
                return not _rule_penalty(s, j)
        return word in _GROW and _subject_harm(s, i)  # "unrest could become widespread"
    if is_harm(s.words[verb]):
        return not _rule_penalty(s, verb)
    if word in _GROW and word not in _CAUSING and _subject_harm(s, i):
        return True
    if word in _ATTEMPT and depth == 0 and verb + 2 < len(s.lower) and s.lower[verb + 1] == "to":
        return _harm_outcome(s, i, verb + 2, depth + 1)  # "might try to poison them"
    if word in _CAUSING or word == "have":
        head = _object_phrase(s, verb + 1)
        if word in _CAUSAL and _known_event(s, head):
            return False  # "might cause the tragedy": a guess at a known event's cause
        return any(is_harm(s.words[j]) and not _rule_penalty(s, j) for j in head)
    return False


def _object_phrase(s: _Sentence, start: int) -> list[int]:
    """The indices of the noun phrase after a verb, up to its first preposition or clause
    break ("lead to [more violent confrontations] between ...")."""
    j = start
    if j < len(s.lower) and s.lower[j] in {"to", "in", "about", "into", "on", "up", "down"}:
        j += 1  # "lead to", "result in", "bring about"
    taken: list[int] = []
    while j < len(s.lower) and len(taken) < 6 and s.clauses[j] == s.clauses[start]:
        if s.lower[j] in _PREPOSITIONS or s.lower[j] in _CLAUSE_WORDS:
            break
        taken.append(j)
        j += 1
    return taken


def _known_event(s: _Sentence, phrase: list[int]) -> bool:
    """'the tragedy', 'the crash' with nothing after them: an event the story already told."""
    if len(phrase) != 2 or s.lower[phrase[0]] not in {"the", "this", "that"}:
        return False
    after = phrase[-1] + 1
    return not (after < len(s.lower) and s.lower[after] == "of")


def _rule_penalty(s: _Sentence, j: int) -> bool:
    """A fine or a prison term that a law sets out ("violators will be fined", "could draw
    fines under the ban"): what the rule says, not a harm the story's future holds."""
    if not s.lower[j].startswith(("fine", "penalt", "jail", "prison")):
        return False
    return any(w in _RULE_WORDS or w.startswith(("violat", "offen")) for w in s.lower)


#: Verbs whose complement is the outcome: "could be a disaster", "may become unstable".
_COPULAS = wordset("be become get remain prove")
#: Verbs that cause or bring what their object names.
_CAUSING = wordset(
    "cause bring lead trigger spark provoke fuel foster create pose present mean spell invite "
    "produce result face suffer see raise increase draw generate add unleash ignite hit "
    "develop")
#: Of those, the ones a guess about a past event's cause uses ("might cause the crash").
_CAUSAL = wordset("cause trigger spark lead result bring")
#: Verbs of intent before the verb that names the outcome ("might try to poison").
_ATTEMPT = wordset("try seek attempt want plan begin start continue decide")
_PREPOSITIONS = wordset(
    "of to in for on at with by from into against than as over under between during after "
    "before without within through across among toward towards upon")
#: Words of a rule: its penalties are its content, not a risk.
_RULE_WORDS = wordset(
    "law laws ban bans rule rules regulation regulations bill ordinance statute code act "
    "decree legislation")


def _looks_ahead(s: _Sentence, i: int, kind: str) -> bool:
    """Whether the clause of the cue at i states the story's future, not a past event, a
    denial, a promise or a background fact: the cue stands in the main clause or in what a
    speaker says, warns or fears, and not in a relative or causal clause of a past narration
    ("two that could bring the death penalty"), under a denial ("denies that it could harm"),
    an idea ("the consensus that ... will harm"), a promise ("promised to"), a past time
    ("At that time, the agency concluded that ..."), a past-perfect narration ("The bill had
    been opposed by chiefs who were concerned that ...") or a generic condition ("if a plane
    flies too fast, it will crash")."""
    before = s.lower[:i]
    if _DENIAL.intersection(before) or any(
            a == "no" and b in _EVIDENCE for a, b in zip(before, before[1:], strict=False)):
        return False
    if any(a == "yet" and b == "to" for a, b in zip(before[-6:], before[-5:], strict=False)) \
            or "ruled" in before and "out" in before:
        return False  # "has yet to pose a threat", "ruled out that ..."
    if kind != "warning" and _POSITIONS.intersection(before) and not _WARN.intersection(
            s.lower):
        return False  # "he promised to strengthen ...", "says he favors a law that would ..."
    if _PAST_ANCHOR_BEFORE.search(" ".join(s.words[:i])):
        return False
    if _past_perfect(s):
        return False
    role = _clause_role(s, i)
    if role in {"adverbial", "idea", "relative-past"}:
        return False
    return not _generic_condition(s, i)


def _past_perfect(s: _Sentence) -> bool:
    """The sentence's first clause told in the past perfect: background ("had been championed")."""
    first = [j for j, c in enumerate(s.clauses) if c == 0]
    return any(s.lower[j] == "had" and j + 1 < len(s.lower) and (
        s.lower[j + 1] == "been" or s.lower[j + 1].endswith("ed")) for j in first)


def _clause_role(s: _Sentence, i: int) -> str:
    """What the clause of token i is: 'main', 'complement' (of a verb of saying, warning or
    fearing), 'idea' (of a noun such as consensus or theory), 'adverbial' (a reason, a
    concession, an opening participle), 'relative' (of a noun, after a forward-looking main
    clause) or 'relative-past' (of a noun in a sentence that looks ahead nowhere else)."""
    if s.clauses[i] == 0:
        opening = s.lower[0] if s.lower else ""
        if opening.endswith("ing") and opening not in _CUE_WORDS and s.words[0][:1].isupper():
            return "adverbial"  # "Recognizing the jet might be losing ground, BA announced"
        return "main"
    opener = s.clauses.index(s.clauses[i])
    word = s.lower[opener]
    if word in {"because", "since", "although", "though", "while", "as"}:
        return "adverbial"
    if word in {"if", "whether"} and opener and _INQUIRY.intersection(
            s.lower[max(0, opener - 2):opener]):
        return "idea"  # "a study to see if sexual transmission is a risk": a question asked
    relative = word in {"which", "who", "whom", "where", "when"}
    if word == "that":
        previous = next((s.lower[j] for j in range(opener - 1, -1, -1)
                         if s.lower[j] not in _BETWEEN), "")
        if previous in _IDEA_NOUNS:
            return "idea"
        if previous in _FEAR_WORDS or previous in _RISK_NOUNS or _frames(previous) or \
                _framed_across_phrase(s, opener):
            return "complement"
        relative = True
    if relative:
        looks = any(w in _MODALS or w in {"would", "likely", "expected"}
                    for w in s.lower[:opener])
        return "relative" if looks else "relative-past"
    return "main"


def _framed_across_phrase(s: _Sentence, opener: int) -> bool:
    """'suggests for the first time that', 'warned in a report that': a verb of saying or
    finding, then a prepositional phrase, before the 'that' of its complement."""
    j = opener - 1
    phrase = 0
    while j >= 0 and phrase < _FRAME_PHRASE_WORDS and s.words[j] not in _CLAUSE_BREAK:
        if s.lower[j] in _PREPOSITIONS and j > 0 and _frames(s.lower[j - 1]) and \
                s.words[j - 1][:1].islower():
            return True
        j -= 1
        phrase += 1
    return False


#: The most words a prepositional phrase between a frame verb and its 'that' may have.
_FRAME_PHRASE_WORDS = 6


def _frames(word: str) -> bool:
    """A verb of saying, thinking or finding, in any form ("said", "predicts", "concluded")."""
    return any(word.startswith(stem) for stem in _FRAME_STEMS)


_FRAME_STEMS = tuple(wordset(
    "say said tell told warn caution fear worr concern believ think thought predict expect "
    "estimat suggest indicat show conclud found find argu claim insist add stress "
    "acknowledg admit agree report suspect project forecast know knew feel felt realiz mean "
    "contend assert maintain announc declar confirm reveal explain wrote write testif"))
#: Nouns whose "that" clause is an idea put forward, not a risk the sentence states.
_IDEA_NOUNS = wordset(
    "idea ideas notion theory theories consensus claim claims argument arguments belief view "
    "suggestion speculation speculations assumption assertion allegation allegations "
    "contention hypothesis rumor rumors rumour rumours arguments")
_INQUIRY = wordset("see determine learn know decide test examine ask wonder study find")
_DENIAL = wordset(
    "deny denies denied denying dismiss dismisses dismissed dismissing reject rejects "
    "rejected rejecting refute refutes refuted disputes disputed disputing challenge "
    "challenges challenged downplayed downplays")
_EVIDENCE = wordset("evidence proof sign signs indication indications scientific reason")
_POSITIONS = wordset(
    "promise promises promised pledge pledges pledged vow vows vowed favor favors favored "
    "favour favours favoured propose proposes proposed urge urges urged advocate advocates "
    "advocated")
#: A past time before the cue: "At that time, the agency concluded ...", "In April, ...".
_PAST_ANCHOR_BEFORE = re.compile(
    r"\b(?:[Aa]t (?:that|the) time|[Ii]n (?:January|February|March|April|June|July|August|"
    r"September|October|November|December|(?:19|20)\d\d)\b|[Ee]arlier|[Ll]ast (?:year|month|"
    r"week)|ago\b|[Pp]reviously|in the past)")


def _generic_condition(s: _Sentence, i: int) -> bool:
    """A rule of how things work, not the story's future: the clause before opens a condition
    on anyone ("if a plane flies too fast, it will crash", "when you open the file")."""
    clause = s.clauses[i]
    if clause == 0:
        return False
    start = s.clauses.index(clause - 1) if clause - 1 in s.clauses else 0
    for j in range(start, i):
        if s.lower[j] in {"if", "when", "once", "whenever"} and j + 1 < len(s.lower) and (
                s.lower[j + 1] in {"a", "an", "any", "you", "someone", "anyone", "one"}):
            return True
    return False


def _modal(s: _Sentence, i: int) -> tuple[str, int] | None:
    word = s.lower[i]
    if word == "would":
        if not s.feared:
            return None  # on its own, a past habit or the future of a past narration
    elif word not in _MODALS or s.words[i][0].isupper() and word == "may":
        return None  # "May" is the month or a name; a modal opening a sentence is a question
    found = _verb_after(s, i)
    if found is None:
        return None
    verb, negated = found
    if word in {"can't", "cannot"}:
        return ("modal", verb) if s.lower[verb] == "rule" else None  # "cannot rule out"
    if negated:
        return None  # "could not be reached", "will not fail to": no harm to come
    return ("modal", verb) if _predicate_is_risk(s, i, verb) else None


def _remedy(word: str) -> bool:
    """Whether a word is a remedy verb in any form ("controled", "helps", "eased")."""
    return word in _REMEDY or any(word.startswith(stem) for stem in _REMEDY_STEMS)


#: Future frames: (words, whether a verb with a harmful outcome must follow).
_FUTURE_FRAMES = (
    (("likely", "to"), True), (("expected", "to"), True), (("set", "to"), True),
    (("poised", "to"), True), (("going", "to"), True), (("bound", "to"), True),
    (("threatens", "to"), False), (("threaten", "to"), False), (("threatened", "to"), False),
    (("at", "risk"), False), (("in", "danger", "of"), False), (("risk", "of"), False),
    (("risk", "for"), False),
)
#: Before "likely": a comparison ("more likely to be victims"), not a prospect.
_COMPARATIVES = wordset("more less most least as than far much")
#: Before "risk of" or a harm: a benefit ("reduced the risk of arthritis", "a downturn in
#: violence"), not a risk.
_LOWERING = wordset("reduce reduces reduced reducing lower lowers lowered lowering cut cuts "
                    "halve halved eliminate eliminated little downturn decline drop fewer less "
                    "reduction")
_NEGATIONS = wordset("not no never neither nor without")
_SEEMING = wordset("seem seems appear appears sound sounds look looks")
_PAST_COPULAS = wordset("was were looked seemed appeared had")
#: After "risk" the verb: its object ("risk a small fine"); before "risk" the noun: a determiner.
_RISKED_OBJECT = wordset("a an the their his her its our your")
_NOUN_BEFORE = wordset("the a an this that of high low big some any no little greater")


#: "people who are at high risk of": a description of whom something is for, not a risk.
_WHO_AT_RISK = re.compile(r"\b(?:who|that) (?:are|is) at (?:\w+ )?risk\b")


def _future(s: _Sentence, i: int) -> tuple[str, int] | None:
    lower = s.lower
    for frame, needs_outcome in _FUTURE_FRAMES:
        end = i + len(frame) - 1
        if tuple(lower[i:end + 1]) != frame:
            continue
        before = lower[max(0, i - 3):i]
        if needs_outcome:
            if before[-1:] and before[-1] in _COMPARATIVES:
                return None
            if set(before) & (_NEGATIONS | {"isn't", "aren't", "wasn't", "n't"}):
                return None  # "isn't likely to lose votes": no harm to come
            if before[-1:] and before[-1] in _PAST_COPULAS:
                return None  # "looked set to win", "was expected to": a past prospect
            if frame[0] == "going" and not (set(before) & {"is", "are", "am", "was", "were",
                                                           "'s", "not", "ever"}):
                return None  # "funds going to treatment": a motion, not a future
            found = _verb_after(s, end)
            if found is None or found[1] or not _predicate_is_risk(s, end, found[0]):
                return None
            return "future", end
        if frame[0].startswith("threat"):
            # a threat made in the past ("In April, the EU threatened to") is an event, and
            # "the mayhem threatened to" (no one threatening) narrates what nearly happened
            if frame[0] == "threatened" and (s.past or not _named_before(s, i)):
                return None
            return "future", end
        if set(before) & _LOWERING or _past_clause(s, i) or (
                frame[0] == "risk" and before[-1:] and before[-1] in {"of", "no", "low"}):
            return None  # "markers of risk for heart disease", "no risk of": no risk stated
        if frame[0] == "risk" and (set(before) & _RELATIVE_RISK or "times" in before):
            return None  # "a higher risk of arthritis", "five times the risk": a rate, a figure
        if _WHO_AT_RISK.search(" ".join(lower[max(0, i - 4):end + 1])):
            return None  # "limited the drugs to people who are at high risk": who, not what
        return "future", end
    # "risk" as a verb: "More Kenyans risk contracting AIDS", "can risk a small fine"
    if lower[i] in {"risk", "risks"} and 0 < i < len(lower) - 1:
        before, after = lower[i - 1], lower[i + 1]
        verb_use = after.endswith("ing") or after in _RISKED_OBJECT
        if verb_use and any(_rule_penalty(s, j) for j in range(i + 1, min(len(lower), i + 5))):
            return None  # "can risk a small fine" under a ban: the rule's content
        if verb_use and before not in _NOUN_BEFORE and not _past_clause(s, i):
            return "future", i + 1
    return None


def _named_before(s: _Sentence, i: int) -> bool:
    """A name among the few words before token i (who threatens)."""
    return any(w[:1].isupper() for w in s.words[max(1, i - 4):i])


def _warning(s: _Sentence, i: int) -> tuple[str, int] | None:
    """A warning verb with its subject, warning of a harm ("warned of a crisis") or of what
    a modal says is to come ("warned that the dam might burst"); not a passive ("was not
    warned about the risks"), an infinitive ("tried to warn customers") or a label."""
    word = s.lower[i]
    if word == "warning":
        if i + 1 < len(s.lower) and s.lower[i + 1] == "that" and i > 0 and s.lower[i - 1] not in {
                "a", "an", "the"} and _to_come(s, i + 1):
            return "warning", i + 1
        return None
    if word not in _WARN or s.words[i][0].isupper() and i > 0:
        return None  # "Warner", a title in capitals
    previous = s.lower[i - 1] if i else ""
    if i == 0 or previous in {"a", "an", "the", "no", "of", "to"}:
        return None  # no subject: a noun, not the verb; "to warn": an intent, not a warning
    if previous in _PASSIVE:
        return None  # "she wasn't warned about the risks": a complaint, not a warning
    if word.endswith("ed") and (s.past or previous == "had"):
        return None  # "Earlier, X warned that", "X had warned": a past event
    following = s.lower[i + 1] if i + 1 < len(s.lower) else ""
    if following in {"of", "against", "about"}:
        harm = any(is_harm(s.words[j]) for j in range(i + 2, min(len(s.words), i + 8)))
        return ("warning", i) if harm else None
    if not _to_come(s, i):
        return None  # "professors warn that issues ... exist now": nothing to come
    if not any(is_harm(w) for w in s.words):
        return None  # "he warned, might create a chance to rant": an argument, no harm named
    return "warning", i


#: What before a verb makes it passive.
_PASSIVE = wordset("was were wasn't weren't been be being is are isn't aren't")


def _to_come(s: _Sentence, i: int) -> bool:
    """Whether the sentence says something is to come: a modal or a future frame anywhere
    (the warning's words may come before its verb: "..., an official warned")."""
    return any(w in _MODALS or w in {"would", "must", "likely", "expected"} for w in s.lower)


def _risk_noun(s: _Sentence, i: int) -> tuple[str, int] | None:
    """A risk noun with a present verb in its clause: 'the real danger is', 'poses a threat'."""
    if s.lower[i] not in _RISK_NOUNS or _past_clause(s, i):
        return None
    # the noun's own verb: just before it ("poses a threat") or soon after ("the danger of
    # private suits ... is so severe")
    before = s.lower[max(0, i - 3):i]
    after = [w for j, w in enumerate(s.lower[i + 1:i + 11], i + 1) if s.clauses[j] == s.clauses[i]]
    if set(before) & _LOWERING or _WHO_AT_RISK.search(" ".join(s.lower[max(0, i - 4):i + 1])):
        return None
    if set(s.lower[max(0, i - 2):i]) & _DENIED:
        return None  # "concluding there is no risk to human health": a risk ruled out
    if any(w in _PRESENT for w in before + after):
        return "risk noun", i
    return None


def _past_clause(s: _Sentence, i: int) -> bool:
    """Whether token i's clause is told in the past ("was a threat", "took some risks",
    "theorized a higher risk")."""
    clause = [w for j, w in enumerate(s.lower) if s.clauses[j] == s.clauses[i]]
    if any(w in _PAST_AUX for w in clause):
        return True
    pairs = zip(clause, clause[1:], strict=False)
    if any(a in {"have", "has"} and b == "been" for a, b in pairs):
        return True
    # the verb just before the noun is a past form: "theorized a higher risk"
    return any(s.lower[j].endswith("ed") and s.lower[j] not in _PRESENT_ED
               for j in range(max(0, i - 4), i) if s.clauses[j] == s.clauses[i])


#: Words before "risk of" that compare one group's risk with another's: a measured rate.
_RELATIVE_RISK = wordset("higher greater lower increased elevated double triple twice")
#: Words before a risk noun that rule it out ("no risk", "little danger", "without risk").
_DENIED = wordset("no not without little minimal negligible zero nor never")
#: -ed words before a risk noun that are adjectives, not past verbs ("an increased risk").
_PRESENT_ED = wordset("concerned increased heightened added elevated reduced limited")
