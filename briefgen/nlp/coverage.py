"""Which claims to keep for a length budget: the set that covers the most important concepts.

A concept is a content word or a pair of adjacent words ("north korea", "sent troop"). Its
weight grows with the number of articles that report it (corroboration), and more when they
report it early (news puts the facts that matter first). The summary is the set of claims that
maximises the total weight of the concepts it covers, each concept counted once, within the
budget: a fact repeated in two claims earns nothing the second time, so redundancy is avoided
by the objective itself (Gillick and Favre's concept ILP, solved exactly with HiGHS through
``scipy.optimize.milp``). A sentence also earns a little on its own for coming early in its
article (most for the lead, a quarter of that for the second sentence, and so on), for its
summariser rating (``--method``) and for the share of sources reporting its claim.
Sentences that cannot stand alone (quotations, questions, "But ..."/"This ..." openers, a few
words) are left out while others fit. Big inputs are first cut to the most valuable
candidates, so the solver never sees more than ``MAX_CANDIDATES``, whatever the input size.

The constants below were set on the DUC 2004 dev clusters (benchmarks/rouge_duc2004.py).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from briefgen.model import Claim, Sentence
from briefgen.nlp.terms import concepts, word_count

#: A word pair's weight per reporting article: 1, plus this much if the article has it in its
#: first sentence, half as much in its second, and so on.
POSITION_WEIGHT = 3.0
#: Each further sentence of an article that mentions the concept again adds this much.
REPEAT_WEIGHT = 0.2
#: A single content word counts for this share of a word pair.
UNIGRAM_WEIGHT = 0.3
#: A claim that leads its article earns this many average concept values on its own ...
LEAD_BONUS = 3.0
#: ... and the one after it this share of that, the third this share of the second's, and so on:
#: news states the story first, then its detail (on DUC dev a step at the lead alone scored
#: lower; 0.25 was chosen by cross-validation over clusters, see the README).
POSITION_DECAY = 0.25
#: How much the summariser's own rating (--method) adds, in average concept values.
RATING_BONUS = 1.0
#: A claim every other source also reports earns this many average concept values.
CORROBORATION_BONUS = 1.0
#: Claims shorter than this are rarely a whole fact ("He denied it.") and are not candidates
#: unless nothing longer fits.
MIN_WORDS = 8
#: First words that make a sentence lean on the one before it (or on a speaker it does not name).
DANGLING_OPENERS = frozenset((
    "this", "these", "that", "those", "it", "its", "he", "she", "they", "his", "her", "their",
    "him", "them", "but", "and", "or", "so", "yet", "also", "however", "meanwhile", "still",
    "instead", "then", "there", "such", "i", "we", "you", "my", "our", "your", "others", "other",
    "indeed",
    # connectives that draw a conclusion from, or add to, what was just said
    "moreover", "furthermore", "besides", "additionally", "likewise", "similarly", "otherwise",
    "nevertheless", "nonetheless", "thus", "therefore", "hence", "consequently", "accordingly",
))
# "It" that points at nothing: "It remains to be seen whether ...", "It is unclear how ...".
_EXPLETIVE_IT = re.compile(
    r"It (?:remains to be seen|(?:is|was) (?:not )?(?:yet |immediately |entirely )?"
    r"(?:un)?(?:clear|known|likely|possible|certain))\b"
)
# Openings of more than one word that point back: "Despite these dangers, ...", "As a result, ...".
_LEANING_OPENING = re.compile(
    r"(?:(?:Despite|Because of|Given|After|Besides|Beyond|Amid|Like|Unlike) "
    r"(?:this|these|that|those|such)|As a result|In addition|In turn|In response|For example"
    r"|For instance|On the other hand|By contrast|In contrast|In comparison|By comparison"
    r"|Specifically|In particular|At the same time|Even so|On top of that)\b"
    # a time counted from what was just told: "Ten days later, ...", "The next day, ...",
    # "Later that week"; not "Later this month" nor "Earlier Monday", which the item's date
    # anchors
    r"|(?:[A-Z][a-z]*|\d+)(?: [a-z]+)? (?:hours?|days?|weeks?|months?|years?|decades?|minutes?|"
    r"moments?) (?:later|earlier|afterwards?|before)\b(?! this| next| last)"
    r"|(?:Later|Earlier|Afterwards?|Shortly (?:after|before)(?:wards?)?|Soon after(?:wards?)?)"
    r"(?:,| that\b| the same\b)"
    r"|The (?:next|following|previous|same) (?:hour|day|morning|afternoon|evening|night|week|"
    r"month|year)\b|The day (?:after|before)\b"
)
_OPENING_QUOTES = ("``", "“", '"', "‘")
_FIRST_PERSON = frozenset(("i", "we", "my", "our", "you", "your"))
# "such" alone before a plural ("such anomalies") points back; before a mass noun it may
# only intensify ("an issue of such importance")
_DEMONSTRATIVE = re.compile(r"\b(these|those|this|such an?|such(?=\s+[a-z]+s\b))\s+"
                            r"(?!who\b|of\b|which\b|that\b|as\b|"
                            r"is\b|was\b|are\b|were\b|has\b|had\b|will\b|would\b)"
                            r"([A-Za-z][\w-]*)", re.IGNORECASE)
# "for that agreeable task", "of that plan": "that" after a preposition is a demonstrative (as
# a conjunction it follows a verb: "said that ..."; "in that" is "because", except opening a
# sentence before a noun and a comma, "In that case, ..."; "similar to that for oil" points at
# a noun of its own sentence).
_PREPOSITION_THAT = re.compile(
    r"\b(?:for|of|on|with|to|at|from|by|about|after|before|since|despite|over|under|"
    r"(?<![\w,] )[Ii]n(?= that [a-z]+,))\s+that\s+"
    r"(?!is\b|was\b|are\b|were\b|has\b|had\b|will\b|would\b|of\b|for\b|in\b|on\b|at\b|"
    r"with\b|from\b|by\b|to\b)([a-z][\w-]*)")
# "that" before a time is the time the sentence before named ("at that point", "during that
# period"), where "this year" is the article's own
_THAT_TIME = re.compile(
    r"\b(?:at|by|in|during|from|since|after|before|until|till|of|for|over|within|throughout)"
    r"\s+that\s+(?:same\s+)?(?:time|year|month|week|day|period|decade|era|moment|point|stage|"
    r"night|morning|afternoon|evening|season|quarter|date)\b", re.IGNORECASE)
# "this" or "these" standing for something named before: "done all this,", "These are ...".
_DEMONSTRATIVE_ALONE = re.compile(r"\b(?:this|these|those)(?=[,.;:!?”\"’]|\s+(?:is|was|are|"
                                  r"were|has|had|will|would|means|shows)\b)"
                                  # "According to a training video, that's the list": after
                                  # the source, "that" is the clause's subject, told before
                                  r"|^According to [^.;]*?,[”\"’]?\s+that(?:['’]s|\s+(?:is|was))\s",
                                  re.IGNORECASE)
_TIME_NOUNS = frozenset((
    "year", "week", "month", "morning", "afternoon", "evening", "weekend", "spring", "summer",
    "fall", "autumn", "winter", "season", "century", "decade", "time", "day", "days", "weeks",
    "months", "years", "past", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "one", "kind", "sort", "type", "way"))
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|they|them)\b")
_OPENING_QUOTATION = re.compile(r"[“\"‘][^”\"’]*")
_NAMED = re.compile(r"\b[A-Z][\w’'-]*")
_OPENING_WORDS = frozenset((
    "the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "after", "before", "when",
    "while", "if", "as", "although", "though", "because", "since", "until", "during", "despite",
    "according", "whether", "what", "why", "how", "where", "who", "i", "we", "you", "it", "its",
    "some", "many", "most", "all", "both", "one", "two", "three", "several", "few", "no")) | \
    DANGLING_OPENERS
_IT_OPENING = re.compile(r"It (?:said|says|has|had|was|is|will|would)\b")
# "While he may believe ..., the risks ...", "Further stacking the odds against them, ...": a
# pronoun in the opening clause or phrase (a subordinate clause, a participle, a preposition),
# before any name; not "Clinton said he would veto the bill, ..." (Clinton is the name)
_PRONOUN_BEFORE_NAME = re.compile(
    r"(?:(?:While|When|If|Although|Though|Because|As|After|Before|Since|Until|Unless|Once)"
    r"(?:\s+[a-z’'-]+){0,3}?\s+(?:he|she|they|his|her|their)\b"
    r"|(?:[A-Z][a-z]+(?:ing|ed|ly)|Further|Despite|Unlike|Like|Without|With|For|To|Under|"
    r"In|On|At|By|From|Amid|Among|Against|Through|During|Over|Beyond|Within|Upon)"
    r"(?:\s+[a-z’'-]+){0,10}?\s+(?:he|she|they|them|him|his|her|their)"
    r"(?:\s+[a-z’'-]+){0,4},)")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: The solver sees at most this many candidates (the most valuable ones).
MAX_CANDIDATES = 150
#: Seconds the exact solver may take before the greedy answer is used instead.
SOLVER_TIME_LIMIT = 5.0
#: The solver stops once its answer is provably within this fraction of the best.
SOLVER_GAP = 0.005


def concept_weights(claims: Sequence[Claim]) -> dict[str, float]:
    """The weight of every concept reported by at least two articles (every concept when no two
    articles share one): per reporting article 1 plus a bonus for an early first mention, plus
    a little for every further mention."""
    first_position: dict[tuple[str, str], int] = {}
    mentions: dict[str, int] = defaultdict(int)
    for claim in claims:
        for member in claim.members or (claim.sentence,):
            unigrams, bigrams = concepts(member.text)
            for concept in (*bigrams, *(_unigram(u) for u in unigrams)):
                key = (member.article, concept)
                mentions[concept] += 1
                if member.position < first_position.get(key, math.inf):
                    first_position[key] = member.position
    articles = len({article for article, _ in first_position})
    totals: dict[str, float] = defaultdict(float)
    reporting: dict[str, int] = defaultdict(int)
    for (_article, concept), position in first_position.items():
        totals[concept] += 1.0 + POSITION_WEIGHT / (1.0 + position)
        reporting[concept] += 1
    # With several articles, what only one reports is not the story; unless they share nothing.
    minimum = 2 if articles >= 2 and any(n >= 2 for n in reporting.values()) else 1
    weights = {}
    for concept, total in totals.items():
        if reporting[concept] < minimum:
            continue
        total += REPEAT_WEIGHT * (mentions[concept] - reporting[concept])
        if concept.startswith("="):
            total *= UNIGRAM_WEIGHT
        weights[concept] = total
    return weights


def _unigram(stem: str) -> str:
    return "=" + stem  # single words and word pairs share one namespace


def sentence_concepts(sentence: Sentence) -> frozenset[str]:
    unigrams, bigrams = concepts(sentence.text)
    return bigrams | {_unigram(u) for u in unigrams}


def choose(
    claims: Sequence[Claim],
    max_words: int | None,
    max_sentences: int | None,
    *,
    rephrase: bool = False,
    max_candidates: int = MAX_CANDIDATES,
) -> list[Claim]:
    """The claims that cover the most concept weight within the limits, most valuable first.

    With ``rephrase``, any member of a claim may phrase it (the one whose words carry the most
    of the story in the fewest words); otherwise each claim keeps its own sentence and the
    claims returned are the very objects given.
    """
    if not claims:
        return []
    weights = concept_weights(claims)
    phrasings = [_phrasings(claim) for claim in claims]
    options = [
        (index, sentence)
        for index, claim in enumerate(claims)
        for sentence in (phrasings[index] if rephrase else (claim.sentence,))
        if max_words is None or word_count(sentence.text) <= max_words
    ]
    options = [o for o in options if stands_alone(o[1].text)] or options
    if not options:
        return []
    # Sorted tuples and exact sums: iterating a set of strings follows the hash seed, and the
    # summary must not change from one run to the next.
    covered = [tuple(sorted(k for k in sentence_concepts(s) if k in weights)) for _, s in options]
    values = np.array([math.fsum(weights[k] for k in concepts_) for concepts_ in covered])
    sources = len({member.article for members in phrasings for member in members})
    shares = [(len(claims[i].citations) - 1) / max(sources - 1, 1) for i, _ in options]
    unit = math.fsum(weights.values()) / len(options) or 1.0
    bonuses = _bonuses([s for _, s in options], shares, unit)
    order = np.argsort(-(values + bonuses), kind="stable")[:max_candidates]
    options = [options[i] for i in order]
    covered = [covered[i] for i in order]
    bonuses = bonuses[order]
    picked = _solve(options, covered, weights, bonuses, max_words, max_sentences)
    gain = {i: math.fsum(weights[k] for k in covered[i]) + bonuses[i] for i in picked}
    best_first = sorted(picked, key=lambda i: -gain[i])
    chosen = [_phrased(claims[options[i][0]], options[i][1]) for i in best_first]
    return _filled(chosen, claims, max_words, max_sentences)


def reads_alone(text: str) -> bool:
    """Whether an item makes sense on its own in any section: a statement that stands alone,
    or a quotation whose own words and attribution point back at nothing ('"We will sue,"
    Smith said.'; not '"He did," she added.' alone)."""
    if _LIST_ENTRY.match(text):
        return False  # an entry of a list, a column's answer: not a sentence of the story
    if not text.lstrip().startswith(_OPENING_QUOTES):
        # an item, unlike a summary sentence, may not open on "It was ...", even one that
        # points at nothing: a reader scanning a list takes "It" for something named before
        return stands_alone(text) and not _IT_OPENING.match(text.lstrip()) and \
            not _PRONOUN_BEFORE_NAME.match(text.lstrip()) and not points_back(text) and \
            not in_writers_voice(text)
    first = _FIRST_WORD.search(text)
    # the speaker's own "I" and "we" are theirs; "He ...", "But ..." lean on what came before
    return word_count(text) >= MIN_WORDS and not leads_in(text) and not (
        first and first.group(0).lower() in DANGLING_OPENERS - _FIRST_PERSON) and \
        not points_back(text)


# "SUPPORTING ACTRESS, SERIES: Faye Dunaway, “Gia”" (an awards list), "A: Flea beetles are
# ..." (a question-and-answer column's answer): a label of capitals, or a lone Q or A, and
# a colon
_LIST_ENTRY = re.compile(r"\s*(?:[QA]|[A-Z]{2,}(?:[ ,&/-]+[A-Z]{2,})+):\s")


# "we", "my", "I" + a verb: the writer's own person ("US" is a country, "World War I" and
# "Title I" are no one's: a capitalised word before "I" names the thing)
_WRITERS_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Mm]y|me)\b")
_FIRST_PERSON_I = re.compile(r"\bI\b(?= [a-z])")
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\s*$")
_QUOTATION = re.compile(r"[“\"‘][^”\"’]*[”\"’]?")


def in_writers_voice(text: str) -> bool:
    """Whether a sentence's narration speaks in its writer's own person ("The death penalty
    is wrong: we decided that in Britain decades ago", "I rebooted"): a column's view or an
    anecdote, which a brief cannot state in its own voice. Quoted words are the speaker's."""
    narration = _QUOTATION.sub("", text)
    if _WRITERS_PERSON.search(narration):
        return True
    for match in _FIRST_PERSON_I.finditer(narration):
        before = _WORD_BEFORE.search(narration, 0, match.start())
        if before is None or not before.group(1)[:1].isupper():
            return True
    return False


def points_back(text: str) -> bool:
    """Whether a sentence, wherever in it, points at something only the sentences before it
    named: a demonstrative before a noun ("these North Korean forces", "this step", "such a
    plan"; not "this year"), or, in the quotation that opens it, "he", "her", "them" before
    anyone is named ("“I admire her dedication,” said Ken Ham")."""
    for match in _DEMONSTRATIVE.finditer(text):
        if match.group(2).lower() not in _TIME_NOUNS:
            return True
    match = _PREPOSITION_THAT.search(text)
    if match and match.group(1).lower() not in _TIME_NOUNS:
        return True  # "signed up Pfizer for that agreeable task": which task?
    if _THAT_TIME.search(text):
        return True  # "the rate jumped 67 percent in that time frame": which time?
    if _pronoun_before_any_noun(text):
        return True  # "By 1996 it was free for all": "it" is of the sentence before
    if _REPORTED_IT.search(text) and not _REPORTED_EXPLETIVE.search(text):
        return True  # "Officials said it was causing sediment": "it" is what came before
    if _REPORTED_THAT.search(text):
        return True  # "Brownback said that could happen"
    if _DEMONSTRATIVE_ALONE.search(text):
        return True  # "I could have done all this," "Those are the facts"
    if _ELLIPTICAL_END.search(text):
        return True  # "Believe it or not, a federal appeals court agreed.": with what?
    # only inside a quotation that opens the sentence: outside one, "their jobs" and "he
    # said" usually point at a noun of the same sentence
    quoted = _OPENING_QUOTATION.match(text.lstrip())
    pronoun = _THIRD_PERSON.search(quoted.group(0)) if quoted else None
    if pronoun is None:
        return False
    text = text.lstrip()
    # someone or something named before it, in capitals: "Smith said he ...", "“I admire her
    # dedication,” said Ken Ham" names no one before "her"
    # the quotation's first word is capitalised as any sentence's is: it names no one
    first = _FIRST_WORD.search(text)
    after_first = first.end() if first else 0
    return not any(word.group(0).lower() not in _OPENING_WORDS
                   for word in _NAMED.finditer(text, after_first, pronoun.start()))


def _pronoun_before_any_noun(text: str) -> bool:
    """Whether a third-person pronoun comes before any word that could name what it stands
    for: only a time, a number or a preposition opens the sentence ("By 1996 it was ...",
    "Last year they ...")."""
    words = _WORDS.findall(text)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _SUBJECT_PRONOUNS or lower in _POSSESSIVE_PRONOUNS:
            return index > 0  # a pronoun first is the opener rule's ("Last year, her doctor")
        if not (lower in _OPENING_WORDS or lower in _TIME_NOUNS or lower in _TIME_ADVERBS
                or lower[:1].isdigit()):
            return False
    return False


_WORDS = re.compile(r"[\w’'-]+")
# "said it was", "“I think it is part of ...": "it" opening the reported or quoted clause
# (a speaker who can be "it" is the "it": "The ministry said it would build ..."); whoever
# speaks, "that" before a verb is no conjunction but a demonstrative ("Brownback said that
# could happen": what could?)
_REPORTED_IT = re.compile(
    r"(?:\b(?:[A-Za-z][a-z]*[^s\W]s|he|she|they|we|I)\s+(?:said|says|say|told \w+|added|"
    r"believed?|believes|think|thought|stated|insisted)(?: that)?"
    r"|\b(?:I|[Ww]e) (?:(?:do not|don[’']t|did not|didn[’']t) )?(?:think|believe|know|said|"
    r"feel|expect|hope))"
    r"\s+it(?:\s+(?:is|was|will|would|could|can|has|had|might|may|should|must)\b|[’']s\s)")
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|say|told \w+|added|believed?|believes|think|thought|stated|insisted)"
    r"\s+that\s+(?:is|was|will|would|could|can|has|had|might|may|should|must)\b")
# ... unless "it" points at what follows: "said it was unclear whether", "it is time to"
_REPORTED_EXPLETIVE = re.compile(
    r"\bit(?:\s+(?:is|was|will be|would be|could be|may be|might be|has been|had been)|[’']s)\s+"
    r"(?:not\s+)?(?:yet\s+|still\s+|too\s+|very\s+)?(?:un)?(?:clear|known|likely|possible|"
    r"certain|important|necessary|time|too early|hard|difficult|easy|impossible|essential|"
    r"vital|crucial|unacceptable|wrong|right|good|bad|better|best|worth|true|false|"
    r"premature)\b|\bit\s+(?:is|was)\s+\w+(?:ed)?\s+that\b")
# A verb of response that ends its sentence with nothing after it: what was agreed, refused or
# done is in the sentence before ("The court agreed.", "Others followed suit.").
_ELLIPTICAL_END = re.compile(
    r"\b(?:agreed|agrees|disagreed|concurred|refused|did|does|did not|didn't|followed suit|"
    r"complied|obliged|objected)\s*[.!]?[”\"’]?\s*$")
_SUBJECT_PRONOUNS = frozenset(("he", "she", "it", "they"))
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their"))
_TIME_ADVERBS = frozenset((
    "last", "next", "then", "now", "today", "yesterday", "tomorrow", "later", "earlier",
    "end", "beginning", "start", "middle", "late", "early", "soon", "recently", "once",
    "finally", "eventually", "initially", "ago"))


def leads_in(text: str) -> bool:
    """Whether a sentence only leads in to what follows it ("The New York Times said in an
    editorial for Thursday, Nov. 4:", "Other details of the proposal include:"): said alone,
    it says nothing."""
    return text.rstrip().endswith(":")


def stands_alone(text: str) -> bool:
    """Whether a sentence makes sense out of its article: long enough to state a fact, not a
    question, not a quotation, not opening with words that point back at what came before
    ("This", "But", "Despite these ..."; an "It remains to be seen" points nowhere)."""
    if word_count(text) < MIN_WORDS or text.rstrip("\"'”’) ").endswith("?"):
        return False
    if leads_in(text):
        return False
    if text.lstrip().startswith(_OPENING_QUOTES):  # a quotation: someone's words, not a fact
        return False
    if _EXPLETIVE_IT.match(text.lstrip()):
        return True
    if _LEANING_OPENING.match(text.lstrip()):
        return False
    first = _FIRST_WORD.search(text)  # past a list's dash: "— His short tour ..."
    return not (first and first.group(0).lower() in DANGLING_OPENERS)


def _phrasings(claim: Claim) -> list[Sentence]:
    texts: dict[str, Sentence] = {}
    for member in (claim.sentence, *claim.members):
        texts.setdefault(member.text, member)
    return list(texts.values())


def _phrased(claim: Claim, sentence: Sentence) -> Claim:
    if sentence is claim.sentence or sentence.text == claim.sentence.text:
        return claim
    citations = (sentence.article, *(c for c in claim.citations if c != sentence.article))
    return replace(claim, sentence=sentence, citations=citations)


def _filled(
    chosen: list[Claim], claims: Sequence[Claim], max_words: int | None, max_sentences: int | None
) -> list[Claim]:
    """A budget in sentences is filled: when the concepts are all covered, the best-scored
    remaining claims that fit come next."""
    if max_sentences is None or len(chosen) >= max_sentences:
        return chosen
    used = sum(word_count(c.text) for c in chosen)
    # A chosen claim may be phrased by another member (a copy, not the object given): its
    # members' texts, not its identity, say that the claim is already shown.
    taken = {member.text for c in chosen for member in (c.sentence, *c.members)}
    for claim in sorted(claims, key=lambda c: -c.score):
        if len(chosen) >= max_sentences:
            break
        words = word_count(claim.text)
        if claim.text in taken:
            continue
        if max_words is not None and used + words > max_words:
            continue
        chosen.append(claim)
        used += words
    return chosen


def _bonuses(sentences: Sequence[Sentence], shares: Sequence[float], average: float) -> np.ndarray:
    """What a sentence earns on its own: coming early in its article, its summariser rating,
    and the share of the other sources that report its claim, in units of the concept weight
    there is per candidate."""
    lead = POSITION_DECAY ** np.array([s.position for s in sentences], dtype=float)
    rating = np.array([s.score for s in sentences], dtype=float)
    corroboration = np.asarray(shares, dtype=float)
    return average * (
        LEAD_BONUS * lead + RATING_BONUS * rating + CORROBORATION_BONUS * corroboration
    )


def _solve(
    options: Sequence[tuple[int, Sentence]],
    covered: Sequence[tuple[str, ...]],
    weights: dict[str, float],
    bonuses: np.ndarray,
    max_words: int | None,
    max_sentences: int | None,
) -> list[int]:
    """Maximise covered concept weight plus bonuses, at most one phrasing per claim: exactly,
    or greedily if the solver fails."""
    lengths = np.array([word_count(s.text) for _, s in options], dtype=float)
    groups = np.array([claim for claim, _ in options])
    limits = Limits(max_words, max_sentences)
    exact = _solve_exactly(covered, weights, bonuses, lengths, groups, limits)
    if exact is not None:
        return exact
    return _solve_greedily(covered, weights, bonuses, lengths, groups, limits)


@dataclass(frozen=True)
class Limits:
    words: int | None
    sentences: int | None


def _solve_exactly(
    covered: Sequence[tuple[str, ...]],
    weights: dict[str, float],
    bonuses: np.ndarray,
    lengths: np.ndarray,
    groups: np.ndarray,
    limits: Limits,
) -> list[int] | None:
    """The concept ILP: one variable per option, then one per concept that several options
    share; a shared concept counts only if a chosen option contains it. A concept only one
    option has is simply part of that option's value (fewer variables, same optimum)."""
    holders: dict[str, list[int]] = {}
    for option, concepts_ in enumerate(covered):
        for concept in concepts_:
            holders.setdefault(concept, []).append(option)
    own_value = bonuses.astype(float).copy()
    index: dict[str, int] = {}
    rows, columns = [], []
    for concept, having in holders.items():
        if len(having) == 1:
            own_value[having[0]] += weights[concept]
            continue
        position = index.setdefault(concept, len(index))
        rows.extend([position] * len(having))
        columns.extend(having)
    options, concept_count = len(covered), len(index)
    if not own_value.any() and concept_count == 0:
        return None
    concept_weight = np.zeros(concept_count)
    for concept, position in index.items():
        concept_weight[position] = weights[concept]
    objective = -np.concatenate([own_value, concept_weight])
    # concept_j - sum(options containing j) <= 0
    occurs = sparse.csr_matrix(
        (np.full(len(rows), -1.0), (rows, columns)), shape=(concept_count, options)
    )
    links = sparse.hstack([occurs, sparse.identity(concept_count)]).tocsr()
    constraints = [LinearConstraint(links, -np.inf, 0.0)]
    _, group_index = np.unique(groups, return_inverse=True)
    if group_index.max() + 1 < options:  # some claim has several phrasings: use one at most
        one_each = sparse.csr_matrix(
            (np.ones(options), (group_index, np.arange(options))),
            shape=(group_index.max() + 1, options + concept_count),
        )
        constraints.append(LinearConstraint(one_each, 0.0, 1.0))
    if limits.words is not None:
        row = np.concatenate([lengths, np.zeros(concept_count)])
        constraints.append(LinearConstraint(row[np.newaxis, :], 0.0, limits.words))
    if limits.sentences is not None:
        row = np.concatenate([np.ones(options), np.zeros(concept_count)])
        constraints.append(LinearConstraint(row[np.newaxis, :], 0.0, limits.sentences))
    result = milp(
        objective,
        constraints=constraints,
        integrality=np.ones(options + concept_count),
        bounds=Bounds(0, 1),
        options={"time_limit": SOLVER_TIME_LIMIT, "mip_rel_gap": SOLVER_GAP},
    )
    if result.x is None:
        return None
    return [i for i in range(options) if result.x[i] > 0.5]


def _solve_greedily(
    covered: Sequence[tuple[str, ...]],
    weights: dict[str, float],
    bonuses: np.ndarray,
    lengths: np.ndarray,
    groups: np.ndarray,
    limits: Limits,
) -> list[int]:
    """Add the claim with the best new weight per word until nothing fits (Lin and Bilmes's
    cost-scaled greedy for a budgeted coverage function)."""
    chosen: list[int] = []
    seen: set[str] = set()
    used = 0.0
    remaining = set(range(len(covered)))
    while remaining and (limits.sentences is None or len(chosen) < limits.sentences):
        best, best_ratio = None, 0.0
        for i in sorted(remaining):
            if limits.words is not None and used + lengths[i] > limits.words:
                continue
            gain = math.fsum(weights[k] for k in covered[i] if k not in seen) + bonuses[i]
            ratio = gain / max(lengths[i], 1.0) ** 0.3
            if gain > 0 and ratio > best_ratio:
                best, best_ratio = i, ratio
        if best is None:
            break
        chosen.append(best)
        seen.update(covered[best])
        used += lengths[best]
        remaining -= {i for i in remaining if groups[i] == groups[best]}
    return chosen
