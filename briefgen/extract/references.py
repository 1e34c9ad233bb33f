"""What a sentence names that only its article's earlier sentences introduce.

A news sentence is written to be read after the ones before it: "The report said ..." means the
report the article named two sentences up, "Miele defended ..." the Joe Miele it introduced in
its lead. Out of the article, in a brief, the reader cannot tell which report or who Miele is.
The back references found here, from the article's own text:

- a **definite description**, "the report", "the artificial wetlands", "the two": "the" before
  a common noun the article used before, with nothing after it that says which one ("the
  report on casualties", "the plant that makes VX" say it themselves);
- a **bare surname**, "Miele", of a person the article named in full earlier;
- **"here"** in the narration, which means the place of the article's dateline;
- words that **go on** from the sentence before: an early "also", an opening "Another", "in
  turn".

Whether the brief has introduced what one names is the brief's to say (``Material``): "the
balloon" is known to a reader of a title about a balloon flight, "Cheung" to one whose bottom
line named Cheung Tze-keung.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefgen.extract.lexicon import wordset
from briefgen.extract.people import Mention
from briefgen.nlp.terms import content_terms, stem

# A word or a punctuation mark, for reading what follows "the".
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
#: How many words after "the" a description may have before its head.
_MAX_PHRASE = 3
#: Words after the head that say which one is meant ("the report on ...", "the plant that ...").
_RESTRICTIVE = wordset(
    "of for on in at by from with about against over to that which who whom whose between "
    "under into near called named known dubbed where when than behind among within")
#: Words that end a noun phrase: they are not its head (verbs, adverbs, conjunctions).
_NOT_NOUN = wordset(
    "is was are were be been being has have had will would could can may might should must "
    "shall did does do said says say told added also and or but nor not so as if then yet "
    "still already now just only even however which that who whose whom what when where why "
    "how claimed found showed announced reported agreed declined refused denied")
#: Modifiers that open a description without making it specific ("the new report").
DESCRIPTION_MODIFIERS = wordset(
    "new old first last same other former latter current recent proposed original whole "
    "entire full final next previous local federal national international public private top "
    "high low long short main big small large major minor latest earlier later initial "
    "two three four five six seven eight nine ten both few several many")
#: Scopes that make a description name the whole of a kind, not an earlier thing.
_GENERIC_SCOPE = wordset("global worldwide regional international world")
#: Heads that name no earlier thing: times ("the day"), one of a kind ("the world"), amounts.
_NO_REFERENT = wordset(
    "time times day days week weeks month months year years morning afternoon evening night "
    "weekend spring summer fall autumn winter season century decade past future present world "
    "public end beginning start rest number most least way fact moment meantime interim "
    "first last same other latter former majority minority middle top bottom side")
#: "the two", "the others": a number or a quantifier standing alone points back.
_STANDING_ALONE = wordset(
    "two three four five six seven eight nine ten both others latter former")


def definite_back_references(sentences: Sequence[str]) -> list[tuple[str, ...]]:
    """For each sentence of an article, the definite descriptions in it that point back at a
    noun of an earlier sentence ("the report" after "a report by the institute")."""
    seen: set[str] = set()
    found = []
    for sentence in sentences:
        found.append(tuple(_leaning_descriptions(sentence, seen)))
        seen |= content_terms(sentence)
    return found


def _leaning_descriptions(sentence: str, seen: set[str]) -> Iterable[str]:
    tokens = _TOKEN.findall(sentence)
    earlier_here: set[str] = set()  # the stems of this sentence before the current word
    for index, token in enumerate(tokens):
        if index:
            earlier_here.add(stem(tokens[index - 1].lower()))
        if token in ("that", "That") and not _DEMONSTRATIVE_THAT_AFTER(tokens, index):
            continue  # "ruled that the", "said that prices": a conjunction, not "that decision"
        possessive = _RELATIVE_DAY_POSSESSIVE.fullmatch(token)
        if possessive is None and token not in ("the", "The", "that", "That"):
            continue
        if index >= 2 and tokens[index - 1] in {",", "is", "was", "as"} and \
                tokens[index - 2][:1].isupper():
            continue  # "Jane Fordham, the county engineer": an appositive says who she is
        phrase = _noun_phrase(tokens[index + 1:index + 1 + _MAX_PHRASE])
        if not phrase:
            continue
        following = tokens[index + 1 + len(phrase)] if index + 1 + len(phrase) < len(tokens) \
            else None
        head = phrase[-1]
        if len(phrase) == 1 and head in _STANDING_ALONE and (
                following is None or not following[0].isalpha() or following in _NOT_NOUN):
            yield f"the {head}"  # "the two said", "the others,"
            continue
        if token in ("the", "The") and following is not None and \
                following.lower() in _RESTRICTIVE | {"("}:
            continue  # "the report on troop losses", "the agency (EPA)": it says which
        if _GENERIC_SCOPE.intersection(phrase):
            continue  # "the global security landscape", "the international community": a kind
        nouns = [word for word in phrase if word not in DESCRIPTION_MODIFIERS]
        if not nouns or nouns[-1] in _NO_REFERENT:
            continue
        stems = {stem(word) for word in nouns}
        if stems & earlier_here:
            continue  # introduced earlier in this very sentence
        if stems & seen:
            # the words up to the last one used before: "the casino" of "the casino shut"
            # (a verb may follow a noun here, which only a tagger would tell)
            last = max(i for i, word in enumerate(phrase) if stem(word) in seen)
            determiner = token.lower() if possessive is None else token
            yield f"{determiner} " + " ".join(phrase[:last + 1])


# "Friday's ruling", "last week's decision": an event of a day the item does not say, told
# before in its article.
_RELATIVE_DAY_POSSESSIVE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|"
    r"[Tt]onight|week|month|year)[’']s")
#: Verbs after which "that" is a conjunction ("ruled that ...", "said that ...").
_THAT_CLAUSE_VERBS = wordset(
    "said ruled found argued decided agreed announced claimed confirmed concluded noted warned "
    "showed indicated suggested testified insisted ordered believed reported stated added "
    "explained admitted acknowledged denied determined estimated predicted feared hoped "
    "learned realized realised complained alleged charged asserted contended discovered "
    "revealed recalled promised vowed pledged urged demanded recommended proposed required "
    "ensured guaranteed expected thought knew felt heard saw understood told wrote meant "
    "emphasized emphasised stressed maintained")


def _DEMONSTRATIVE_THAT_AFTER(tokens: Sequence[str], index: int) -> bool:  # noqa: N802
    """Whether "that" at ``index`` points at a thing ("upheld that decision"): it follows a
    verb in the past that does not take a clause (not "ruled that ...")."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.islower() and (before.endswith("ed") or before in _PAST_FORMS) and \
        before not in _THAT_CLAUSE_VERBS


_PAST_FORMS = wordset("upheld overturned held made took gave won lost signed struck broke "
                      "sent brought left kept set cut put")


def _noun_phrase(words: Sequence[str]) -> list[str]:
    """The words of a description up to its head: lower-case words, stopping at a verb, an
    adverb, a preposition or a conjunction ("the report said" -> ["report"])."""
    phrase = []
    for word in words:
        possessive = re.fullmatch(r"([a-z][a-z-]*)[’']s?", word)
        if possessive:  # "the report's authors": the report is what it names
            phrase.append(possessive.group(1))
            break
        if not re.fullmatch(r"[a-z][a-z-]*", word) or word in _NOT_NOUN or \
                word in _RESTRICTIVE or word.endswith("ly") or word in ("a", "an", "the"):
            break
        phrase.append(word)
    return phrase


#: Titles that introduce a surname by office ("Defense Secretary Cohen", "Rep. Weldon"); an
#: honorific ("Mr. Miele") says no more than the surname alone.
_HONORIFICS = wordset("mr. mrs. ms. miss dr. mr mrs ms dr")


# ", a tribal member," ", environment minister in ...": an appositive says who a name is.
_APPOSITIVE = re.compile(
    r"[’']?s?,\s+(?:a|an|the|(?!however|though|too|who|which|and|but|meanwhile|also)[a-z]+"
    r"(?:\s+[a-z]+)?\s+(?:of|for|at|in|with|to)|\d{2}\b)")


def bare_surnames(mentions: Sequence[Mention], start: int, end: int, text: str,
                  *, speaker_shown: bool = False) -> tuple[str, ...]:
    """The people a span of an article names by one word only ("Miele said ...") whose full
    name the article gave before; not one a title introduces again ("Commissioner Miele"),
    and, where the item shows its speaker (``speaker_shown``), not the one who speaks."""
    inside = [mention for mention in mentions if start <= mention.start < end]
    named_in_full = {mention.person.key for mention in inside
                     if " " in text[mention.start:mention.end]}
    found = []
    for mention in inside:
        person = mention.person
        said = text[mention.start:mention.end]
        if " " in said or said.lower() != person.name.split()[-1].lower():
            continue  # a full name, or a first name (part of a name the finder did not join)
        if re.match(r"[’']?s?\s+[A-Z]", text[mention.end:mention.end + 4]):
            continue  # "Madeleine Albright's": the name goes on
        if person.key in named_in_full:
            continue
        if speaker_shown and mention.speaks:
            continue
        before = text[max(0, mention.start - 40):mention.start]
        # the sentence's own words only: "... on Monday. Miele defended" opens on the surname
        before = [] if re.search(r"[.!?][\"”’']?\s*$", before) else before.split()
        if before and before[-1][:1].isupper() and before[-1].lower() not in _HONORIFICS:
            continue  # a title or a first name of another form stands before it
        if before and before[-1].lower() == "the":
            continue  # "the Netanyahu government": a name as a modifier
        if _APPOSITIVE.match(text, mention.end):
            continue  # "Lujan, an Arapaho tribal member, said": introduced again here
        found.append(text[mention.start:mention.end])
    return tuple(dict.fromkeys(found))


# Quoted words are the speaker's: their "here" is where the speaker is, not the dateline.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|``.*?(?:''|$)", re.DOTALL)
_HERE = re.compile(r"\bhere\b(?!\s+and\s+there\b|\s+nor\s+there\b)")


def says_here(text: str) -> bool:
    """Whether the narration (outside quotations) says "here" of a place: "said here", "met
    here on Tuesday", "residents here"; not "Here is ..." opening a sentence, "here and
    there"."""
    return bool(_HERE.search(_QUOTED.sub(" ", text)))


# "The department also will continue ...", "Another reason ... was", "LIMAC, in turn, ...": the
# sentence goes on from one before it (an "also" deep in a long sentence is its own list's).
_GOES_ON = re.compile(r"^\W*(?:[\w’'.,-]+\s+){0,6}?(?P<word>also)\b|"
                      r"^\W*(?P<opener>Another|Both)\s+[a-z]|\b(?P<turn>in turn)\b")


def goes_on(text: str) -> str | None:
    """The words by which a sentence goes on from the one before it, outside quotations:
    "also" in its opening words, an opening "Another" or "Both", "in turn"."""
    match = _GOES_ON.search(_QUOTED.sub(" ", text))
    if match is None:
        return None
    return match.group("word") or match.group("opener") or match.group("turn")

