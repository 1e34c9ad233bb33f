"""Actors of a story, of every kind, and the names that stand for them.

An actor is whoever holds a position or acts in the story: a state ("Seoul", "the Kremlin" ->
its country), an international body or armed group (``gazetteer``), an organisation the text
names (a company, court, party, agency, league, tribe; ``organisations``), or a person who
speaks for no body the text names (``people``). A speaker phrase rolls up to its actor by the
first rule that applies:

1. a pronoun ("he said") stands for the nearest person named before it in the same article who
   can be it (a man for "he", a woman for "she", where the text tells);
2. a named person speaks for the body their office or affiliation names ("Pentagon
   spokeswoman Sabrina Singh" -> United States, "Microsoft spokesman Mark Murray" ->
   Microsoft), as the same article describes them first, then the story; experts, analysts and
   former officials speak for no actor; anyone else speaks for themself;
3. an organisation the phrase names, by name, acronym or as "the company" (the last one the
   article named);
4. a country, capital, demonym, international body or armed group named in the phrase, where
   it stands for that actor (not "New Jersey", "Steve Ireland", "Turkish Daily News");
5. an institution named without its country ("the foreign ministry") belongs to the country
   whose institutions the same article names; without such evidence it stays unresolved.

Actors are ranked by salience across the story: in how many articles they appear, then how
often they are named (a person's mentions count for the body they speak for).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from briefgen.extract.gazetteer import (
    GENERIC_INSTITUTIONS,
    Alias,
    alias_index,
    country_mentions,
)
from briefgen.extract.lexicon import wordset
from briefgen.extract.organisations import Organisation, OrganisationIndex, organisation_key
from briefgen.extract.people import (
    GENDER_OF_PRONOUN,
    OFFICIAL_TITLES,
    PRONOUNS,
    PeopleIndex,
    Person,
)
from briefgen.model import Article

#: Words that make a speaker an analyst or a medium rather than an actor ("experts say").
EXPERT_SPEAKERS = re.compile(
    r"\b(?:experts?|analysts?|observers?|scholars?|researchers?|academics?|think tanks?|"
    r"commentators?|pundits?|critics?|sources?|reports?|study|studies|survey|polls?|"
    r"newspapers?|journal|magazine|daily|agency reported|news agency|television|radio|"
    r"professor|fellow|witnesses|residents?|times|post|herald|tribune|gazette|telegraph|"
    r"chronicle|news|media|press|broadcaster|website|blog|former)\b",
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
    """The actors of a story: the states, bodies and people its articles name, by salience."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.people = PeopleIndex(articles)
        self._person_actors: dict[tuple[str, str | None], tuple[str | None, str]] = {}
        self.organisations = OrganisationIndex(articles)
        self.mentions: Counter[str] = Counter()
        self.articles_of: dict[str, set[str]] = {}
        #: Per article, where it names a state's own institution ("South Korea's spy agency").
        self._institutions: dict[str, list[tuple[int, str]]] = {}
        self._home_votes: Counter[str] = Counter()
        #: How the story names each state ("Palestinians", "Seoul"), for its group's heading.
        self._names_used: dict[str, Counter[str]] = {}
        texts = {article.id: article.text for article in articles}
        self._texts = texts
        found = {article_id: list(country_mentions(text)) for article_id, text in texts.items()}
        #: The countries the story names by name, spelling or capital, not only by a demonym.
        self._named_countries = {alias.actor for mentions in found.values()
                                 for _, alias in mentions if alias.kind != "demonym"}
        for article in articles:
            text = texts[article.id]
            for match, alias in self._for_story(found[article.id], text):
                self._count(alias.actor, article.id)
                self._names_used.setdefault(alias.actor, Counter())[alias.name] += 1
                if alias.kind in {"country", "capital", "demonym"} and \
                        _qualifies_institution(text, match.end()):
                    self._institutions.setdefault(article.id, []).append(
                        (match.start(), alias.actor))
                    self._home_votes[alias.actor] += 1
            for mention in self.organisations.mentions.get(article.id, []):
                self._count(mention.organisation.name, article.id)
        for article_id, mentions in self.people.mentions.items():
            for mention in mentions:
                actor = self._person_actor(mention.person, article=article_id)[0]
                if actor:
                    self._count(actor, article_id)

    def _country_mentions(self, text: str) -> Iterator[tuple[re.Match[str], Alias]]:
        """The gazetteer's names in a text that stand for their actor in this story: a demonym
        ("Indian", "Palestinians") counts for its country only when the story names the
        country itself (not in a story of American Indians); a people named in the plural
        without their country ("the Palestinians") is an actor of its own."""
        return self._for_story(country_mentions(text), text)

    def _for_story(self, mentions: Iterable[tuple[re.Match[str], Alias]], text: str
                   ) -> Iterator[tuple[re.Match[str], Alias]]:
        for match, alias in mentions:
            if alias.kind != "demonym" or alias.actor in self._named_countries or \
                    _STATE_NOUN.match(text, match.end()):
                yield match, alias
            elif alias.name.endswith("s"):
                yield match, Alias(alias.name, alias.name, "people")

    def _count(self, actor: str, article: str) -> None:
        self.mentions[actor] += 1
        self.articles_of.setdefault(actor, set()).add(article)

    @property
    def home(self) -> str | None:
        """The country whose institutions the story names most ("South Korea's spy agency")."""
        if not self._home_votes:
            return None
        return self._home_votes.most_common(1)[0][0]

    def salience(self, actor: str) -> tuple[int, int]:
        """In how many articles the actor appears, then how often it is named."""
        return len(self.articles_of.get(actor, ())), self.mentions[actor]

    def heading(self, actor: str) -> str:
        """The actor's name as the story uses it: "Palestinians" where the story never writes
        "Palestine"; a state the story names by its name keeps it."""
        organisation = self.organisations.organisations.get(organisation_key(actor))
        if organisation is not None and organisation.name == actor:
            return organisation.heading
        used = self._names_used.get(actor)
        if not used or actor in used:
            return actor
        plural = [name for name in used if name.endswith("s") and name[:1].isupper()
                  and alias_index().get(name) is not None
                  and alias_index()[name].kind == "demonym"]
        return max(plural, key=lambda name: used[name]) if plural else actor

    def ranked(self) -> list[str]:
        """Actors by salience, the most salient first."""
        return sorted(self.mentions, key=lambda actor: (
            tuple(-value for value in self.salience(actor)), actor))

    def resolve(self, phrase: str | None, article: str, position: int) -> Resolution:
        """The actor a speaker phrase stands for (see the module docstring for the rules)."""
        if not phrase:
            return Resolution(None, "no speaker")
        words = phrase.lower().split()
        if len(words) == 1 and words[0] in PRONOUNS:
            person = self.people.person_before(article, position, PRONOUN_REACH,
                                               GENDER_OF_PRONOUN.get(words[0]))
            if person is None:
                return Resolution(None, f"'{phrase}' names no one just before in its article")
            actor, via = self._person_actor(person, article=article)
            return Resolution(actor, f"'{phrase}' = {person.name}; {via}", person)
        if words[0] not in {"the", "a", "an"} and phrase[:1].islower() or \
                _CLAUSE_WORD.search(phrase):
            return Resolution(None, f"'{phrase}' is a clause, not a speaker")
        if words[-1] in _CUT_SHORT:
            return Resolution(None, f"'{phrase}' is cut short of whom it names")
        if _ACQUAINTANCE.match(phrase):
            return Resolution(None, f"'{phrase}' speaks about someone, not for them")
        person = self.people.person_in(phrase, article, position) or \
            self.people.titled_before(phrase, article, position, PRONOUN_REACH * 3)
        if EXPERT_SPEAKERS.search(phrase):
            # "Harvard professor John Smith", "The New York Times": a voice, not an actor
            return Resolution(None, f"'{phrase}' is an analyst or a report, not an actor",
                              person)
        if person is not None:
            actor, via = self._person_actor(person, article=article)
            return Resolution(actor, via, person)
        organisation = self.organisations.named_in(phrase) or \
            self.organisations.pointed_at(phrase, article, position)
        state = self._state_named(phrase)
        if state and (organisation is None or state[1] < phrase.find(organisation.name)):
            return Resolution(state[0], f"'{state[2]}' stands for {state[0]}")
        if organisation is not None:
            return Resolution(organisation.name, f"'{phrase}' is {organisation.name}")
        generic = _generic_head(phrase)
        if generic:
            country = self._country_of_sentence(article, position)
            if country:
                return Resolution(country, f"'{generic.group(0)}' in a sentence set in "
                                           f"{country}")
            country = self._institution_country(article, position)
            if country:
                return Resolution(country, f"'{generic.group(0)}' without a country: the "
                                           f"story names {country}'s institutions")
            return Resolution(None, f"'{generic.group(0)}' without a country the article names")
        return Resolution(None, f"'{phrase}' names no known actor")

    def _state_named(self, phrase: str) -> tuple[str, int, str] | None:
        """The state, international body or people a phrase names where it stands for it:
        (actor, offset, the name as written)."""
        for match, alias in self._country_mentions(phrase):
            if _names_other_than_state(phrase, match.end()):
                continue  # "Israel radio", "the Israeli group Peace Now", "Turkish settlers"
            if _only_where(phrase, match.start()):
                continue  # "Businessmen in Khartoum", "the 22 Arab states at the UN"
            return alias.actor, match.start(), match.group(0)
        return None

    def _country_of_sentence(self, article: str, position: int) -> str | None:
        """The state a sentence opens on as where it is set: "In Sudan, the government has
        insisted ..." is Sudan's government, whatever else the article names (a state the
        sentence names otherwise may be what the government speaks of: "Talks with China
        resumed, the government said")."""
        text = self._texts.get(article, "")
        if position > len(text):
            return None  # a phrase asked of the whole article, not of one of its sentences
        window = max(0, position - _SENTENCE_REACH)
        ends = [end.end() for end in _SENTENCE_END.finditer(text, window, position)]
        start = ends[-1] if ends else max(window, text.rfind("\n", 0, position) + 1)
        setting = _SETTING.match(text, start, position)
        if setting is not None:
            for match, alias in self._country_mentions(setting.group("place")):
                if match.start() == 0 and alias.kind in {"country", "capital"}:
                    return alias.actor
            return None
        # "Switzerland is optimistic that China will ..., a foreign ministry spokeswoman
        # said": the state the sentence is about as its subject is the one that speaks
        subject = _STATE_SUBJECT.match(text, start, position)
        if subject is not None:
            for match, alias in self._country_mentions(subject.group("state")):
                if match.start() == 0 and match.end() == len(subject.group("state")) and \
                        alias.kind == "country":
                    return alias.actor
        return None

    def _institution_country(self, article: str, position: int) -> str | None:
        """The country whose institution the article named last before ``position`` (else
        first after it): "the government" in an article about "the Turkish government". An
        article that names none means the story's home country, if the story has one."""
        named = self._institutions.get(article, [])
        if self.home is not None and any(actor == self.home for _, actor in named):
            return self.home  # the article names the home country's institutions too
        if len({actor for _, actor in named}) > 1:
            # "administration officials" in an article about China's and Sudan's ministries:
            # which state's they are, the text does not say
            return None
        return named[0][1] if named else self._home_for(article)

    def _home_for(self, article: str) -> str | None:
        """The story's home country, where this article gives evidence for it (names it):
        "the administration" in an article about Washington's wetlands rules is not China's
        because other articles of the story name China's ministries."""
        home = self.home
        return home if home is not None and article in self.articles_of.get(home, ()) else None

    def _person_actor(self, person: Person, article: str | None = None
                      ) -> tuple[str | None, str]:
        """The actor a person speaks for, the same wherever they are named: the body their
        office names, else themself; an expert or a former official speaks for no one ("a
        former North Korean army officer who now heads a think tank")."""
        key = (person.key, article)  # not id(): a passing Person may reuse a freed id
        if key not in self._person_actors:
            # while deciding, the person speaks for themself: two people each "an adviser to"
            # the other must not ask each other forever
            self._person_actors[key] = (person.heading, f"{person.name} (being decided)")
            self._person_actors[key] = self._decide_person_actor(person, article)
        return self._person_actors[key]

    def _decide_person_actor(self, person: Person, article: str | None
                             ) -> tuple[str | None, str]:
        expert = person.expert_description()
        if expert:
            return None, f"{person.name} is an analyst ('{expert}'), not an actor"
        official = person.official_description(article)
        # the office names its body here, or, for a bare "chairman", where the story says it
        # ("National Transportation Safety Board Chairman Jim Hall"): the same everywhere
        offices = [official] if official else []
        offices += sorted((d for d in person.descriptions if d != official),
                          key=lambda d: -person.titles[d])
        for office in offices:
            if self._only_nationality(office):
                continue  # "a Swiss psychiatrist", "Swiss pilot": where from, not whom for
            body = self._body_named(office, article) or _body_after_of(office) or \
                self._client_body(office) or self._body_pointed_at(office, article)
            if body:
                principal = self._principal(body, person, article)
                if principal:  # "an aide to Prime Minister Benjamin Netanyahu": Israel
                    return principal, f"{person.name}, '{office}': {principal}"
                opened = self.organisations.opened_by(body)
                body = self._body_named(body, article) or (opened.name if opened else body)
                return body, f"{person.name}, '{office}': {body}"
        description = person.best_description(article)
        if description:
            # an appositive places a person in a body it names ("a spokesman for the NTSB"),
            # but a country in it is only where they are from ("a Vietnam veteran")
            organisation = self.organisations.named_in(description)
            body = organisation.name if organisation and not EXPERT_SPEAKERS.search(
                description) else _body_after_of(description)
            if body:
                return body, f"{person.name}, '{description}': {body}"
        if official and (_generic_head(official) or _STATE_OFFICE.search(official)) and article:
            # an office is a fact about the person, not about the article it is named in:
            # "Defense Secretary William Cohen" is the story's home country's, even in an
            # article about Sudan's government
            country = self._person_home(person) or self._institution_country(article, 10**9)
            if country:
                return country, (f"{person.name}, '{official}' without a country: the "
                                 f"story names {country}'s institutions")
        return person.heading, f"{person.name} speaks for no body the text names"

    def _only_nationality(self, description: str) -> bool:
        """Whether a description names a state only as where the person is from: no office
        of it ("a Swiss psychiatrist", "Swiss pilot"; not "Swiss Foreign Minister", "the
        Chinese police chief", "an Iraqi diplomat")."""
        state = self._state_named(description)
        if state is None or self.organisations.named_in(description) is not None:
            return False
        rest = description[:state[1]] + description[state[1] + len(state[2]):]
        words = {form for word in rest.lower().split() for form in (word, word.strip(".,"))}
        return not words & (OFFICIAL_TITLES | _STATE_SERVANTS) and not _STATE_OFFICE.search(rest)

    def _person_home(self, person: Person) -> str | None:
        """The home country for a person whose office names no state, if an article that
        names the person names that country too."""
        home = self.home
        if home is None or not person.articles & self.articles_of.get(home, set()):
            return None
        return home

    def _principal(self, body: str, person: Person, article: str | None) -> str | None:
        """The actor of the person a role serves ("adviser to ... Yasser Arafat": Palestinians),
        if the body named is a person of the story: the body they speak for, else their own
        group ("a spokeswoman for the Bush campaign" is with Bush)."""
        principal = self.people.person_in(body, article or "", 10**9) if article else None
        if principal is None or principal.key == person.key or \
                principal.key not in self.people.people:
            return None
        actor, _ = self._person_actor(principal, article)
        return actor  # "a spokeswoman for the Bush campaign": Bush, whomever he speaks for

    def _body_pointed_at(self, description: str, article: str | None) -> str | None:
        """"the board's chairman": the board the article named last (its first mention of
        the person stands after it, so the article's end is the position)."""
        match = re.match(r"(?:the|its)\s+(\w+)[’']s\s+\w+", description, re.IGNORECASE)
        if match is None or article is None:
            return None
        organisation = self.organisations.pointed_at(f"the {match.group(1)}", article, 10**9)
        return organisation.name if organisation else None

    def _client_body(self, title: str) -> str | None:
        """The body a title names before its role ("Merck spokesman", "Napster lawyer"); a
        lawyer's place of practice is none ("Houston lawyer Graham Hill", "Dallas attorney"):
        before a lawyer, only a body the story knows is one they speak for."""
        body = _body_before_role(title)
        if body is None or not _PRIVATE_PRACTICE.search(title):
            return body
        if self.organisations.named_in(body) is not None or self._state_named(body):
            return body
        return None

    def _body_named(self, description: str, article: str | None) -> str | None:
        state = self._state_named(description)
        organisation: Organisation | None = self.organisations.named_in(description)
        if state and (organisation is None or
                      state[1] <= description.find(organisation.name)):
            return state[0]
        if organisation is not None and not EXPERT_SPEAKERS.search(description):
            return organisation.name
        return None


#: Who serve a state without an office of ``OFFICIAL_TITLES``.
_STATE_SERVANTS = wordset(
    "diplomat diplomats negotiator delegate delegation representative officer officers police "
    "policeman prosecutor judge justice minister ministry army military government")
#: A state's office held by a person named without the state ("President", "Health Minister"),
#: not an office in a body the text names ("president of Shell Solar", "the group's
#: president").
_STATE_OFFICE = re.compile(
    r"(?<![’']s )\b(?:president|prime minister|premier|minister|secretary|ambassador|"
    r"chancellor)\b(?![\s-]+(?:general\s+)?(?:of|for|at)\s+(?!(?:the\s+)?(?:State|Defen[cs]e|"
    r"Treasury|Interior|Commerce|Labou?r|Energy|Health|Education|Agriculture|Transportation|"
    r"Justice|Foreign Affairs|Homeland Security|Housing|Finance|Trade)\b))", re.IGNORECASE)


#: Words that make a phrase a clause rather than a speaker ("Kennedy could have operated").
_CLAUSE_WORD = re.compile(r"\b(?:could|would|should|might|must|can|will|shall|may|have|has|"
                          r"had|was|were|is|are|did|does)\b")
#: 'a friend of the Kennedy family': someone who speaks about a person, not for them.
_ACQUAINTANCE = re.compile(r"(?i)(?:a|an|the)\s+(?:\w+\s+)?(?:friend|neighbou?r|relative|"
                           r"cousin|classmate|colleague|acquaintance|critic|rival|biographer|"
                           r"admirer|fan)s?\s+of\b")


def _generic_head(phrase: str) -> re.Match[str] | None:
    """'the foreign ministry', 'government officials': a state's institution named without its
    state, as what the phrase is (not 'the government-owned Times of Zambia')."""
    if len(phrase.split()) > 6:
        return None
    match = GENERIC_INSTITUTIONS.search(phrase)
    if match is None or phrase[match.end():match.end() + 1] == "-":
        return None
    return match


#: 'president of Shell Solar', 'a spokesman for the Empire State Restaurant and Tavern
#: Association': a role, then the body it is held in, named in capitals.
_ROLE_OF_BODY = re.compile(
    r"\b(?:president|chairman|chairwoman|chief|head|director|spokesman|spokeswoman|"
    r"spokesperson|secretary|executive|officer|founder|leader|member|lawyer|attorney|"
    r"counsel|manager|owner|partner|governor|commissioner|adviser|advisor|aide|envoy|"
    r"representative)\s+(?:of|for|at|to)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'&.-]*)(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w’'&.-]*)*)")


#: 'Merck spokesman', 'Warner-Lambert chief executive': a capitalised body, then a role in it.
_ROLE_IN_BODY = re.compile(
    r"^(?:the\s+)?((?:[A-Z][\w’'&.-]*\s+){1,4}?)(?i:(?:majority|minority)\s+(?:leader|whip)|"
    r"spokesman|spokeswoman|spokesperson|"
    r"chairman|chairwoman|chief executive|chief|president|lawyer|attorney|counsel|"
    r"executive|official|officials|director|head|leader|secretary[- ]general)\b")


#: Roles held for a client, not in a body: the word before them may be where they work.
_PRIVATE_PRACTICE = re.compile(r"(?i)\b(?:lawyer|attorney|counsel)s?$")


def _body_before_role(title: str) -> str | None:
    """The body a title names before its role ("Merck spokesman" -> "Merck")."""
    match = _ROLE_IN_BODY.match(title)
    if match is None:
        return None
    body = re.sub(r"[’']s$", "", match.group(1).strip())  # "Amnesty International's"
    if body.lower().rstrip(".") in {"vice", "deputy", "assistant", "acting", "former"}:
        return None
    return body


def _body_after_of(description: str) -> str | None:
    """The body a role is held in, as the description names it."""
    match = _ROLE_OF_BODY.search(description)
    if match is None or EXPERT_SPEAKERS.search(match.group(1)):
        return None
    return re.sub(r"[’']s$", "", match.group(1).rstrip(".,"))


#: Words a speaker's phrase cannot end on: the span was cut before whom it names.
_CUT_SHORT = frozenset({"and", "or", "of", "for"})
#: A sentence set in a place: "In Sudan, ...", "Inside Iraq, ...", "In the Philippines, ...".
_SETTING = re.compile(r"\s*(?:In|Inside|Across|Throughout|Within)\s+(?:the\s+)?"
                      r"(?P<place>[A-Z][^,]{1,40}),")
#: A sentence opening on a name as its subject ("Switzerland is optimistic ..."), not on one of
#: two ("Russia and China agreed") or on a possessive ("China's foreign ministry").
_STATE_SUBJECT = re.compile(r"\s*(?:The\s+)?(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
                            r"\s+(?!and\b|or\b|nor\b)(?=[a-z])")
#: The end of a sentence ("... nothing. The", "... Cairo!” The"), not of an abbreviation
#: ("Gen. Omar"): a word of two letters or more before the stop.
_SENTENCE_END = re.compile(r"(?<=[a-z\d]{2})[.!?][”\"’']?\s+(?=[A-Z“\"])|[!?][”\"’']\s+")
#: How far back a speaker's sentence may begin.
_SENTENCE_REACH = 400
#: A demonym before one of these lower-case nouns names the state ("the Turkish government").
_STATE_NOUN = re.compile(r"\s+(?:government|ministry|military|army|authorities|officials|"
                         r"president|prime minister|foreign minister|embassy|troops|forces|"
                         r"leader|leadership|parliament|cabinet|navy|police)\b")


#: Nouns after a country's name that still mean the state or those acting for it.
_ACTING_FOR_STATE = re.compile(
    r"(?:negotiators?|diplomats?|delegation|delegates|envoys?|spokes(?:man|woman|person)|"
    r"representatives?|soldiers|security|intelligence|state|side|administration|"
    r"authority|regime|junta|forces|troops|officers?|ministers?|lawmakers|legislators|"
    r"senators?|people)\b")


def _names_other_than_state(phrase: str, end: int) -> bool:
    """Whether a country's name in a phrase only qualifies someone else: a lower-case noun
    follows that is no state body ("Israel radio", "Turkish settlers", "the Israeli group Peace
    Now"; not "Israeli officials", "the Turkish government", "Israel said")."""
    if phrase[end:end + 2] in ("’s", "'s"):
        return _possesses_other_than_state(phrase[end + 2:])
    following = re.match(r"\s+([a-z][a-z-]*)", phrase[end:])
    if following is None:
        return False
    word = following.group(1)
    if word in _NOT_A_NOUN:
        return False
    return not (_STATE_NOUN.match(phrase, end) or _ACTING_FOR_STATE.match(word))


def _possesses_other_than_state(rest: str) -> bool:
    """Whether what follows a country's "'s" is someone other than the state: "Turkey's leading
    human rights activist" (not "Turkey's foreign minister", "South Korea's spy agency", "the
    country's Foreign Minister Ismail Cem", whose office a capitalised title names)."""
    words = []
    for word in re.findall(r"[\w-]+", rest):
        if not word[:1].islower():
            break
        words.append(word.lower())
    if not words:
        return False
    head = words[-1]
    return not (_STATE_NOUN.match(" " + head) or _ACTING_FOR_STATE.fullmatch(head)
                or head in _STATE_BODIES)


#: Bodies and offices of a state that a possessive names ("Turkey's central bank").
_STATE_BODIES = frozenset((
    "agency", "agencies", "office", "service", "services", "council", "court", "courts",
    "bank", "commission", "committee", "department", "bureau", "guard", "ambassador",
    "general", "generals", "premier", "chief", "head", "ruler", "rulers", "king", "queen",
    "monarch", "minister", "ministers", "ministries", "governments", "legislature", "congress",
    "senate", "assembly", "prosecutor", "prosecutors", "judiciary", "regulator", "regulators",
    "diplomacy", "mission", "consulate", "leaders", "spokesperson",
))


# "Businessmen in", "The 22 Arab states at the": someone, then where they are.
_SOMEONE_THEN_WHERE = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?([a-z][a-z-]+)\s+(?:in|at|from|near|"
    r"outside|inside|across|around|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def _only_where(phrase: str, start: int) -> bool:
    """Whether a state named in a speaker phrase only says where the speaker is: a common noun
    and a preposition come first ("Businessmen in Khartoum"), unless the noun is one of the
    state's own people ("officials in Khartoum")."""
    match = _SOMEONE_THEN_WHERE.match(phrase[:start])
    if match is None:
        return False
    return not (_STATE_NOUN.match(" " + match.group(1)) or _ACTING_FOR_STATE.match(
        match.group(1).lower()) or match.group(1).lower() in {"officials", "government"})


#: Words after a country's name that begin the rest of a clause, not a noun it qualifies.
_NOT_A_NOUN = frozenset((
    "and", "or", "but", "has", "have", "had", "is", "was", "are", "were", "will", "would",
    "said", "says", "also", "itself", "to", "of", "in", "on", "at", "for", "with", "which",
    "who", "that", "could", "can", "may", "should", "must", "did", "does", "denied", "and"))


def _qualifies_institution(text: str, end: int) -> bool:
    """'South Korea's spy agency', 'the South Korean government': a country naming its own
    institution (evidence of whose "government" an article means)."""
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
