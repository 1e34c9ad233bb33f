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
  turn";
- a **pronoun** ("her plan") that no name or person noun before it in the sentence can stand
  for.

Whether the brief has introduced what one names is the brief's to say (``Material``): "the
balloon" is known to a reader of a title about a balloon flight, "Cheung" to one whose bottom
line named Cheung Tze-keung.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefgen.extract.lexicon import IRREGULAR_PAST, wordset
from briefgen.extract.names import is_common_word, is_first_name
from briefgen.extract.people import Mention, is_title_word
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
#: Shell nouns: nouns whose content is a statement, act or event told elsewhere (Schmid's
#: "shell nouns"). Bare ("the remarks", "the move") they point back at what the article said
#: before, whatever words it said it in; with a clause or a complement they say it themselves
#: ("the decision to ...", "the claim that ...").
_SHELL_NOUNS = wordset(
    "remarks comments comment statement statements move step decision announcement claim "
    "claims allegation allegations accusation accusations assertion criticism proposal plan "
    "offer request demand demands warning threat incident episode development developments "
    "idea measure measures initiative effort efforts finding findings outcome results "
    "change changes deal arrangement event affair case dispute controversy standoff scandal")
#: Places and texts named by their kind alone: "the city's murder rate", "the province has
#: 200 plants", "according to the article" (which city, which province, which article?).
_PLACE_NOUNS = wordset("city town village province region county district article")
#: Shell nouns by stem: "the threats" as "the threat" (a place in the plural, "the towns",
#: is any towns, not one named before).
_SHELL_STEMS = frozenset(stem(word) for word in _SHELL_NOUNS)
#: "the two", "the others": a number or a quantifier standing alone points back.
_STANDING_ALONE = wordset(
    "two three four five six seven eight nine ten both others latter former")


def definite_back_references(sentences: Sequence[str], given: frozenset[str] = frozenset()
                              ) -> list[tuple[str, ...]]:
    """For each sentence of an article, the definite descriptions in it that point back at a
    noun of an earlier sentence ("the report" after "a report by the institute"), or, opening
    a sentence after the lead, at what the sentences before told in other words ("The shift
    brought floods" after "La Nina started when temperatures dropped"). ``given``: the stems
    the whole story names so widely that its reader knows which one is meant ("the euro")."""
    seen: set[str] = set()
    found = []
    for index, sentence in enumerate(sentences):
        descriptions = tuple(_leaning_descriptions(sentence, seen))
        subject = _bare_subject(sentence) if index and not descriptions else None
        if subject and stem(subject.split()[-1]) not in given | seen:
            descriptions = (subject,)
        found.append(descriptions)
        seen |= content_terms(sentence)
    return found




def _bare_subject(sentence: str) -> str | None:
    """The description that opens a sentence as its subject with nothing to say which one it
    is ("The shift brought ...", "The talks are ...", "The jury found ..."): "The", common
    nouns and their modifiers, then a verb; None for "The report on ...", "The U.S. ...",
    "The day ..." and anything else."""
    tokens = _TOKEN.findall(sentence)
    if not tokens or tokens[0] != "The":
        return None
    phrase: list[str] = []
    for index, word in enumerate(tokens[1:2 + _MAX_PHRASE], start=1):
        participle = index + 1 < len(tokens) and tokens[index + 1] in ("by", "as")
        # "The torrential rains, according to ...": an aside before the verb says not which
        aside = (word == "," and index + 1 < len(tokens) and tokens[index + 1] == "according"
                 or word in ("“", '"'))  # 'The test "is one of ...,"': quoted from its verb
        if phrase and (aside or _is_verb(word) and not participle):  # not "The research led by"
            nouns = [noun for noun in phrase if noun not in DESCRIPTION_MODIFIERS]
            if not nouns or nouns[-1] in _NO_REFERENT or _GENERIC_SCOPE.intersection(phrase):
                return None
            return "the " + " ".join(phrase)
        if not re.fullmatch(r"[a-z][a-z-]*", word) or word in _RESTRICTIVE or \
                word.endswith("ly") or word in _NOT_NOUN:
            return None  # a name, a number, a possessive, "of ...", a comma: not bare
        phrase.append(word)
    return None


def _is_verb(word: str) -> bool:
    """Whether a word after a noun is the verb that ends the subject: an auxiliary, a
    reporting verb, an "-ed" form, a common irregular past, a negated auxiliary."""
    return word in _SUBJECT_ENDING_VERBS or word in IRREGULAR_PAST or \
        word.endswith("n't") or (len(word) > 4 and word.endswith("ed"))


#: Verbs that end a bare subject: the auxiliaries and reporting verbs of ``_NOT_NOUN`` (its
#: words that join a subject, "and", or qualify it, "which", do not end it), and reporting
#: verbs in "-s" that are never nouns ("The lawsuit contends ...").
_SUBJECT_ENDING_VERBS = wordset(
    "is was are were be been being has have had will would could can may might should must "
    "shall did does do said says say told added claimed found showed announced reported "
    "agreed declined refused denied contends alleges argues suggests asserts maintains")


def _leaning_descriptions(sentence: str, seen: set[str]) -> Iterable[str]:
    tokens = _TOKEN.findall(sentence)
    earlier_here: set[str] = set()  # the stems of this sentence before the current word
    quoted = False  # inside a quotation: "the city" is the speaker's, who knows which
    for index, token in enumerate(tokens):
        if index:
            earlier_here.add(stem(tokens[index - 1].lower()))
        if token in ("“", "”", '"'):
            quoted = token == "“" or (token == '"' and not quoted)
        if token in ("that", "That") and not _demonstrative_that(tokens, index):
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
        if head in _STANDING_ALONE and all(word in DESCRIPTION_MODIFIERS for word in phrase[:-1]) \
                and (
                following is None or not following[0].isalpha() or following in _NOT_NOUN):
            yield f"the {' '.join(phrase)}"  # "the two said", "the others,", "the first two,"
            continue
        after = index + 2 + len(phrase)
        if token in ("the", "The") and following is not None and \
                following.lower() in _RESTRICTIVE | {"("} and not (
                    following.lower() in {"in", "on", "at", "during"} and
                    after < len(tokens) and _TIME.fullmatch(tokens[after])):
            # "the report on troop losses", "the agency (EPA)": it says which; "the measure
            # in 1994" says when, not which
            continue
        if _GENERIC_SCOPE.intersection(phrase):
            continue  # "the global security landscape", "the international community": a kind
        nouns = [word for word in phrase if word not in DESCRIPTION_MODIFIERS]
        if not nouns:
            continue
        if nouns[-1] in _NO_REFERENT:
            if token in ("that", "That") and len(nouns) == 1 and \
                    not any(_TIME.fullmatch(word) for word in tokens[:index]):
                yield f"that {nouns[0]}"  # "at about that time": the time told before
            continue
        stems = {stem(word) for word in nouns}
        if stems & earlier_here:
            continue  # introduced earlier in this very sentence
        if token in ("the", "The") and nouns[-1] == phrase[-1] and len(nouns) == 1 and \
                (stem(nouns[0]) in _SHELL_STEMS or nouns[0] in _PLACE_NOUNS and not quoted) \
                and \
                not stems & seen:
            yield f"the {' '.join(phrase)}"  # "dismissed the remarks as lies"
            continue
        if stems & seen:
            # the words up to the last one used before: "the casino" of "the casino shut"
            # (a verb may follow a noun here, which only a tagger would tell)
            last = max(i for i, word in enumerate(phrase) if stem(word) in seen)
            determiner = token.lower() if possessive is None else token
            yield f"{determiner} " + " ".join(phrase[:last + 1])


#: A time after a preposition: "in 1994", "on Monday", "in May".
_TIME = re.compile(r"(?:1[89]|20)\d\d|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|"
                   r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")


# "Friday's ruling", "last week's decision": an event of a day the item does not say, told
# before in its article.
_RELATIVE_DAY_POSSESSIVE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|"
    r"[Tt]onight|week|month|year)[’']s")
def _demonstrative_that(tokens: Sequence[str], index: int) -> bool:
    """Whether "that" at ``index`` points at a thing ("upheld that decision", "at that
    time"): it follows a verb that takes a thing, not a clause ("ruled that ...", "conceded
    that ..."), or a preposition."""
    return index > 0 and (tokens[index - 1] in _THING_VERBS or
                          tokens[index - 1].lower() in _PREPOSITIONS_BEFORE_THAT)


#: "at that time", "since that day", "for that task": after a preposition "that" is a
#: demonstrative (a conjunction never follows one).
_PREPOSITIONS_BEFORE_THAT = wordset(
    "at about by since until from after before during on for of with to under into")


#: Verbs that take a thing as object, so that "that" after them is a demonstrative.
_THING_VERBS = wordset(
    "upheld overturned rejected approved signed vetoed appealed challenged reversed blocked "
    "accepted adopted passed repealed amended endorsed opposed supported backed welcomed "
    "condemned criticized criticised defended enforced ended lifted imposed cancelled canceled "
    "postponed delayed won lost made took gave broke sent brought kept cut put")


def _noun_phrase(words: Sequence[str]) -> list[str]:
    """The words of a description up to its head: lower-case words, stopping at a verb, an
    adverb, a preposition or a conjunction ("the report said" -> ["report"])."""
    phrase = []
    for index, word in enumerate(words):
        if phrase and _ends_description(word, words[index + 1] if index + 1 < len(words)
                                        else None):
            break  # "a representative of the union met with ...": the verb is no noun
        possessive = re.fullmatch(r"([a-z][a-z-]*)[’']s?", word)
        if possessive:  # "the report's authors": the report is what it names
            phrase.append(possessive.group(1))
            break
        if not re.fullmatch(r"[a-z][a-z-]*", word) or word in _NOT_NOUN or \
                word in _RESTRICTIVE or word.endswith("ly") or word in ("a", "an", "the"):
            break
        phrase.append(word)
    return phrase


def _ends_description(word: str, following: str | None) -> bool:
    """Whether a word after a description's first word is the verb of its clause ("the union
    met", "the panel concluded"), not a noun ("the tax cut") or a participle that says which
    one ("the measures adopted by ...")."""
    if word in _VERB_OR_NOUN:
        return False
    if word in IRREGULAR_PAST or word in _SUBJECT_ENDING_VERBS:
        return True
    return len(word) > 4 and word.endswith("ed") and following not in _AFTER_PARTICIPLE


#: Past forms that are nouns too ("the tax cut", "the budget split").
_VERB_OR_NOUN = wordset("cut hit split spread shot left quit")
#: Words after an "-ed" form that make it a participle naming which one ("adopted by").
_AFTER_PARTICIPLE = wordset("by in at on for to from with as under into")


#: Titles that introduce a surname by office ("Defense Secretary Cohen", "Rep. Weldon"); an
#: honorific ("Mr. Miele") says no more than the surname alone.
_HONORIFICS = wordset("mr. mrs. ms. miss dr. mr mrs ms dr")


#: "Sen." or "Gen." before a surname is a title, not the end of a sentence ("... in Iraq."
#: is one).
_ABBREVIATION = re.compile(r"Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|"
                           r"Rev|Hon|Pres|Supt|Insp|Det|St|Sens|Reps")
# ", a tribal member," ", environment minister in ...": an appositive says who a name is.
_APPOSITIVE = re.compile(
    r"[’']?s?,\s+(?:(?:a|an|the)\b|(?!however|though|too|who|which|and|but|meanwhile|also)[a-z]+"
    r"(?:\s+[a-z]+)?\s+(?:of|for|at|in|with|to)\b|\d{2}\b)")


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
        if " " in said or said.lower() != person.surname.lower():
            continue  # a full name, or a first name (part of a name the finder did not join)
        if re.match(r"[’']?s?\s+[A-Z]", text[mention.end:mention.end + 4]):
            continue  # "Madeleine Albright's": the name goes on
        if person.key in named_in_full:
            continue
        if speaker_shown and mention.speaks:
            continue
        before = text[max(0, mention.start - 40):mention.start]
        # the sentence's own words only: "... on Monday. Miele defended" opens on the surname
        ends = re.search(r"(\S*)[.!?][\"”’']?\s*$", before)
        before = [] if ends and not _ABBREVIATION.fullmatch(ends.group(1)) else before.split()
        if before and _names_before(before[-1]):
            continue  # a title or a first name of another form stands before it
        if before and before[-1].lower() == "the":
            continue  # "the Netanyahu government": a name as a modifier
        if _APPOSITIVE.match(text, mention.end):
            continue  # "Lujan, an Arapaho tribal member, said": introduced again here
        found.append(text[mention.start:mention.end])
    return tuple(dict.fromkeys(found))


def _names_before(word: str) -> bool:
    """Whether a capitalised word before a surname is part of how the person is named (a
    title, a first name, an unknown word: "Commissioner Miele", "Gail Thorpe"), not an
    everyday word opening the sentence ("When Cole bought ...", "Last week, Levy ...")."""
    bare = word.lstrip("“\"(")
    if not bare[:1].isupper() or word.lower() in _HONORIFICS or bare.endswith((",", ";", ":")) \
            or bare.lower() in _OPENERS:
        return False  # "In Miele's view", "Even Miele": gender-guesser's "In" is no name here
    return is_first_name(bare) or is_title_word(bare) or not is_common_word(bare)


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
_GOES_ON = re.compile(r"^\W*(?:[\w’'.,-]+\s+){0,6}?(?<!but )(?P<word>also)\b(?! known as)|"
                      r"^\W*(?P<opener>Another|Both|An?\s+(?:second|third|fourth|fifth|"
                      r"sixth|further))\s+(?![^,.;]*\band\b)[a-z]|"
                      r"\b(?P<turn>in turn)\b|"
                      r"\b(?P<both>both)\s+(?:of\s+)?(?:the\s+)?(?!(?:his|its|as)\b)[a-z]+s\b"
                      r"(?![^,.;]*\band\b)|"
                      r"^\W*(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+,\s+(?P<contrast>however|though|"
                      r"instead|nonetheless|nevertheless|moreover|therefore),")


# Two names joined by "and": "Vladimir Putin and North Korean leader Kim".
_NAMED_PAIR = re.compile(r"\b[A-Z][\w’'.-]*\s+and\s+(?:[a-z]+\s+){0,2}[A-Z]")


def goes_on(text: str) -> str | None:
    """The words by which a sentence goes on from the one before it, outside quotations:
    "also" in its opening words, an opening "Another" or "Both", "in turn", "both factors"
    (which two?), a connective set off by commas in its opening words ("Sudanese officials,
    however, dismissed ...")."""
    narration = _QUOTED.sub(" ", text)
    match = _GOES_ON.search(narration)
    if match is None or match.group("both") and _NAMED_PAIR.search(narration):
        return None  # "committed both countries to ..., Putin and Kim took": the pair is here
    # lower case, so that it is never taken for a surname the bottom line introduced
    found = (match.group("word") or match.group("opener") or match.group("turn")
             or match.group("both") or match.group("contrast"))
    return " ".join(found.lower().split())  # "A  third" -> "a third"


#: Nouns that name a person: "the minister said her ministry ..." has her antecedent.
_PERSON_NOUNS = wordset(
    "man woman men women boy girl child mother father wife husband son daughter brother "
    "sister official officials minister president chairman chairwoman spokesman spokeswoman "
    "secretary director leader senator governor mayor judge lawyer attorney chief executive "
    "officer member doctor professor expert analyst author owner founder candidate premier "
    "king queen prince princess actress actor singer player coach driver pilot resident "
    "victim suspect witness worker farmer student teacher manager partner friend aide envoy "
    "ambassador commissioner inspector investigator researcher scientist nominee rep sen "
    "people who")
_THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b")
_SPEAKING = re.compile(r"\s+(?:said|says|told|added|noted|explained|argued|insisted|"
                       r"wrote|stated|warned|recalled|replied|asked)\b")


def unanchored_pronoun(text: str) -> str | None:
    """A "he", "her" or "his" that nothing before it in the sentence can stand for: no name,
    no person noun ("Analysts expect her plan to fail"). A pronoun that speaks ("..., he
    said") is the speaker rule's; one inside a quotation is the speaker's own."""
    narration = _QUOTED.sub(lambda match: " " * len(match.group(0)), text)
    for match in _THIRD_PERSON.finditer(narration):
        if _SPEAKING.match(narration, match.end()):
            continue
        before = narration[:match.start()]
        words = re.findall(r"[\w’'.-]+", before)
        if any(word.lower().strip(".") in _PERSON_NOUNS for word in words):
            return None
        if any(word[:1].isupper() for word in words[1:]) or (
                words and words[0][:1].isupper() and words[0].lower() not in _OPENERS):
            return None  # a name before it
        return match.group(0)
    return None


#: Capitalised first words that are no name ("The", "In", "After").
_OPENERS = wordset(
    "the a an in on at after before during since when while as if although though but and "
    "yet so for with without under over by from to of this that these those there it its "
    "they their some many most few all both each every one two three analysts critics "
    "experts officials even only just still then now")


#: Kin named as a relation ("daughter Liza Minnelli"): whose daughter, the sentence before
#: said. Capitalised, "Father", "Mother", "Sister" and "Brother" are also religious titles
#: ("Sister Helen Prejean"), so only the lower-case forms count for them.
_KIN = wordset(
    "son daughter wife husband widow widower grandson granddaughter grandfather grandmother "
    "nephew niece uncle aunt cousin stepson stepdaughter")
_KIN_OR_TITLE = wordset("father mother sister brother")


def unanchored_kin(text: str) -> str | None:
    """A relation named before a name with nothing before it to say whose ("In 1972,
    daughter Liza Minnelli won ..."); not "his daughter Liza", "Douglas' son Michael", "a
    son, John" or "Kirk Douglas and son Michael"."""
    narration = _QUOTED.sub(lambda match: " " * len(match.group(0)), text)
    words = re.findall(r"[\w’'.-]+", narration)
    for index, word in enumerate(words[:-1]):
        kin = word.lower() in _KIN and (word.islower() or index == 0) or word in _KIN_OR_TITLE
        if not kin or not words[index + 1][:1].isupper():
            continue
        before = words[index - 1] if index else ""
        if before.lower() in _ANCHORING_DETERMINERS or before.endswith(("'s", "’s", "'", "’")):
            continue  # whose it is, or a new one: "his daughter", "Douglas's son", "a son"
        if any(earlier[:1].isupper() for earlier in words[1:index]) or (
                index and words[0][:1].isupper() and words[0].lower() not in _OPENERS):
            continue  # a name before it: "Kirk Douglas and son Michael"
        return word
    return None


#: Words before a relation that say whose it is or make it a new one ("his son", "a son").
_ANCHORING_DETERMINERS = wordset(
    "his her their its whose my our your a an the one another")
