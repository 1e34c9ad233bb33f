"""Actors of a story and the names that stand for them ("Seoul", "the NIS" -> South Korea).

A mention rolls up to its actor by the first rule that applies:

1. a pronoun ("he said") stands for the person last named before it;
2. a named person speaks for the actor their office names ("Pentagon spokeswoman Sabrina
   Singh" -> United States, "NATO Secretary-General Mark Rutte" -> NATO), as the text
   describes them anywhere in the story; experts and former officials speak for no actor;
3. a country, capital, demonym, organisation, armed group or institution named in the phrase
   ("South Korea's spy agency", "Moscow", "the Pentagon"; see ``gazetteer``);
4. an institution named without its country ("the presidential office", "the NIS") belongs to
   the story's home country: the country whose institutions the story names most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.gazetteer import alias_index, alias_pattern
from briefgen.extract.people import PRONOUNS, PeopleIndex, Person
from briefgen.model import Article

#: Institutions that news names without their country when it is the home country.
GENERIC_INSTITUTIONS = re.compile(
    r"\b(?:presidential office|president(?:'s|’s)? office|foreign ministry|defen[cs]e ministry|"
    r"ministry(?: of \w+)?|government|administration|spy agency|intelligence agency|"
    r"intelligence service|National Intelligence Service|NIS|National Security Council|"
    r"NSC|cabinet|parliament|lawmakers|legislature|military|armed forces|joint chiefs|"
    r"unification ministry|prime minister(?:'s|’s)? office|the president)\b",
    re.IGNORECASE,
)
#: Words that make a speaker an analyst rather than an actor ("experts say").
EXPERT_SPEAKERS = re.compile(
    r"\b(?:experts?|analysts?|observers?|scholars?|researchers?|academics?|think tanks?|"
    r"commentators?|pundits?|critics?|sources?|report|study|survey|newspaper|journal|"
    r"professor|fellow)\b",
    re.IGNORECASE,
)


#: A pronoun stands for a person named at most this many characters before it.
PRONOUN_REACH = 600


@dataclass(frozen=True)
class Resolution:
    """Who a speaker phrase is: the actor it speaks for, and why we think so."""

    actor: str | None
    via: str  # the name or rule that decided, for the item's reason
    person: Person | None = None

    @property
    def speaker_name(self) -> str | None:
        return self.person.name if self.person else None


class ActorIndex:
    """The actors of a story: aliases found in its articles, its people and its home country."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = {article.id: article for article in articles}
        self.people = PeopleIndex(articles)
        self.mentions: Counter[str] = Counter()
        self._home_votes: Counter[str] = Counter()
        for article in articles:
            text = article.text
            for match in alias_pattern().finditer(text):
                alias = alias_index()[match.group(0)]
                self.mentions[alias.actor] += 1
                if _qualifies_institution(text, match.end()):
                    self._home_votes[alias.actor] += 1
        named = Counter(mention.person.key for mentions in self.people.mentions.values()
                        for mention in mentions)
        for person in self.people.people.values():
            actor = self._person_actor(person)[0]
            if actor:
                self.mentions[actor] += named[person.key]

    @property
    def home(self) -> str | None:
        """The country whose institutions the story names most ("South Korea's spy agency")."""
        if not self._home_votes:
            return None
        return self._home_votes.most_common(1)[0][0]

    def ranked(self) -> list[str]:
        """Actors by prominence: how often the story names them, any way it does."""
        return [actor for actor, _ in sorted(self.mentions.items(), key=lambda e: (-e[1], e[0]))]

    def resolve(self, phrase: str | None, article: str, position: int) -> Resolution:
        """The actor a speaker phrase stands for (see the module docstring for the rules)."""
        if not phrase:
            return Resolution(None, "no speaker")
        words = phrase.lower().split()
        if len(words) == 1 and words[0] in PRONOUNS:
            person = self.people.person_before(article, position, PRONOUN_REACH)
            if person is None:
                return Resolution(None, f"'{phrase}' names no one just before")
            actor, via = self._person_actor(person)
            return Resolution(actor, f"'{phrase}' = {person.name}; {via}", person)
        person = self.people.person_in(phrase, article, position)
        if person is not None:
            actor, via = self._person_actor(person, phrase)
            return Resolution(actor, via, person)
        if EXPERT_SPEAKERS.search(phrase):
            return Resolution(None, f"'{phrase}' is an analyst or a report, not an actor")
        alias = _first_alias(phrase)
        if alias:
            actor = alias_index()[alias].actor
            return Resolution(actor, f"'{alias}' stands for {actor}")
        generic = GENERIC_INSTITUTIONS.search(phrase)
        if generic and self.home:
            return Resolution(self.home, f"'{generic.group(0)}' without a country: the story's "
                                         f"home country, {self.home}")
        return Resolution(None, f"'{phrase}' names no known actor")

    def actors_in(self, text: str) -> list[str]:
        """Actors named in a text, in order of first mention."""
        found: list[str] = []
        for match in alias_pattern().finditer(text):
            actor = alias_index()[match.group(0)].actor
            if actor not in found:
                found.append(actor)
        return found

    def _person_actor(self, person: Person, phrase: str | None = None) -> tuple[str | None, str]:
        official = None
        if phrase:
            title = phrase[: phrase.find(person.name.split()[0])] if person.name else ""
            if _first_alias(title):
                official = title.strip()
        official = official or person.official_description()
        if official:
            alias = _first_alias(official)
            if alias:
                actor = alias_index()[alias].actor
                return actor, f"{person.name}, '{official}': '{alias}' stands for {actor}"
            generic = GENERIC_INSTITUTIONS.search(official) or "president" in official.lower()
            if generic and self.home:
                return self.home, (f"{person.name}, '{official}' without a country: the "
                                   f"story's home country, {self.home}")
        expert = person.expert_description()
        if expert:
            return None, f"{person.name} is an analyst ('{expert}'), not an actor"
        return None, f"{person.name}: no office named"


def _first_alias(phrase: str) -> str | None:
    match = alias_pattern().search(phrase)
    return match.group(0) if match else None


def _qualifies_institution(text: str, end: int) -> bool:
    """'South Korea's spy agency', 'the South Korean government': a country naming its own
    institution (evidence of the story's home country)."""
    following = text[end:end + 40]
    match = re.match(r"(?:[’']s)?\s+((?:\w+\s+){0,2}?)(\w+(?:\s+of\s+\w+)?)", following)
    if not match:
        return False
    return bool(re.fullmatch(
        r"government|ministry|ministry of \w+|agency|service|office|administration|"
        r"parliament|lawmakers|intelligence|cabinet|presidential",
        match.group(2).lower(),
    )) or bool(re.match(r"(?:[’']s)?\s+(?:\w+\s+)?(?:spy|intelligence) (?:agency|service)",
                        following))
