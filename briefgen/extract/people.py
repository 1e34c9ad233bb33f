"""Named people of a story, with the titles and affiliations the text gives them.

A person is found where the text presents one: a title before a name ("Pentagon spokeswoman
Sabrina Singh", "Russian President Vladimir Putin"), an appositive after it ("Hong Min, a
senior research fellow at the Korea Institute for National Unification,"), a possessive
("Pusan National University's Robert Kelly"), or a name that speaks ("Kim Taewoo told ...").
Later short mentions ("Putin", "Yu", "Hyun") and pronouns ("he said") link back to them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.extract.gazetteer import STATE_WORDS, alias_index, alias_pattern
from briefgen.extract.lexicon import wordset
from briefgen.extract.names import first_name_gender, is_common_word, is_first_name
from briefgen.extract.organisations import HEAD_KINDS
from briefgen.extract.topic import MIN_ARTICLES
from briefgen.model import Article

#: A word of a name: capitalised, in any Latin script ("Gocer", "Göçer", "Jong-un", "O'Neill").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
_NAME_WORD = (rf"(?:[{_UPPER}](?:[’'][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
              rf"(?:-[{_UPPER}{_LOWER}]+)?|[{_UPPER}]\.(?:[{_UPPER}]\.){{0,2}})")
# within a paragraph, and never from the tail of an abbreviation ("the US. Yukos")
NAME = re.compile(rf"(?<![\w.]){_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{1,6}}")
#: Words of office that may stand before a name.
OFFICIAL_TITLES = wordset(
    "president prime minister secretary secretary-general spokesman spokeswoman spokesperson "
    "leader dictator chancellor king queen prince chairman chairwoman ambassador senator "
    "gen. general adm. admiral sen. rep. gov. governor mayor commander chief envoy "
    "official lawmaker vice deputy foreign defense defence premier emperor pope"
)
EXPERT_WORDS = wordset(
    "fellow professor research researcher analyst analysts expert experts scholar "
    "think-tank institute university college center centre foundation studies lecturer "
    "defector author columnist commentator editor journalist correspondent"
)
_HONORIFICS = wordset("mr. mrs. ms. dr. prof. sir")
#: Capitalised words that begin sentences or name things, never a person's first name.
_NOT_NAME = wordset(
    "so now then still yet also even just only when once unless until although though "
    "the a an on in at of for to and but or as if by from with this that these those it its "
    "he she they we i his her their our according following during despite after before "
    "while when since under over about several other many some most north south east west "
    "ministry agency service office institute university council committee commission corps "
    "forces force army navy command group party times daily news press journal post house "
    "street department government center centre foundation union war peninsula region "
    "oblast airport station school court bank company corporation inc co ltd january "
    "february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday photo file source sign subscribe "
    "download join get stay top letter storm black special operation"
)
PRONOUNS = wordset("he she him her his")
#: Spanish articles, which open the names of things and places but not of people ("La Nina",
#: "Los Alamos"); French "Le" and "Les" open surnames ("Le Pen"), so they are not here.
_SPANISH_ARTICLES = wordset("el la los las")
#: Words of a title that may stand before a name as part of it ("Justice William Rehnquist",
#: "District Judge Marilyn Patel", "Education Director Sammy Kyungu", "Boy Elian Gonzales").
#: Title words that are occupations, not offices: alone, they head no group.
_OCCUPATIONS = wordset(
    "attorney lawyer agent officer manager director assistant associate executive "
    "administrator coordinator")
_TITLE_NOUNS = wordset(
    "representative justice judge director commissioner attorney general lawyer superintendent "
    "inspector coach manager officer detective sergeant captain lieutenant colonel major "
    "corporal agent trooper sheriff assistant associate executive administrator coordinator "
    "curator pastor reverend rev. father bishop cardinal rabbi imam sheikh ayatollah duke lord "
    "lady dame boy girl dr. professor prof. chief head vice-president vice-chairman "
    "undersecretary under-secretary councilman councilwoman alderman magistrate prosecutor "
    "economist astronaut pilot captain balloonist skipper explorer")
#: Nouns of bodies and places that may stand inside a title ("Judiciary Committee Chairman").
_OFFICE_NOUNS = wordset(
    "north south east west ministry agency service office institute university council "
    "committee commission corps forces force army navy command group party department "
    "government center centre foundation union court bank company corporation house")
#: Words that end the name of a body, never a person's ("Board", "Lab", "Association").
ORGANISATION_HEADS = frozenset(word.rstrip(".") for words in HEAD_KINDS.values()
                               for word in words)


#: Words that tell a person's gender where the text gives them (titles, honorifics, roles).
_MALE_WORDS = wordset(
    "mr. mr sir he his him spokesman chairman congressman businessman king prince father son "
    "husband brother boy man uncle nephew grandfather actor emperor lord duke"
)
_FEMALE_WORDS = wordset(
    "mrs. mrs ms. ms miss she her spokeswoman chairwoman congresswoman businesswoman queen "
    "princess mother daughter wife widow sister girl woman aunt niece grandmother actress "
    "empress lady duchess"
)
#: Pronouns by gender, for resolving "he said" to a man and "she said" to a woman.
GENDER_OF_PRONOUN = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass
class Person:
    """One named person of the story."""

    name: str  # the fullest form seen, e.g. "Kim Jong-un"
    descriptions: list[str] = field(default_factory=list)  # titles and appositives, as written
    articles: set[str] = field(default_factory=set)
    #: The descriptions each article gives (an affiliation is the article's, not the story's).
    described_in: dict[str, list[str]] = field(default_factory=dict)
    gender: str | None = None  # "m", "f", or None when the text does not tell
    #: What the first name suggests ("Mike": "m"), for when the text does not tell: "Kim" of
    #: "Kim Jong-un" or "Yoon" of "Yoon Suk Yeol" is a surname, the text's "he" overrides it.
    name_gender: str | None = None
    #: Titles written right before the name ("Ocean City Mayor"), as often as each was seen.
    titles: Counter[str] = field(default_factory=Counter)

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def tokens(self) -> set[str]:
        return {token.lower() for token in re.split(r"[\s-]+", self.name) if len(token) > 1}

    @property
    def surname(self) -> str:
        """The word the person is called by alone: the last, or the first of a name in East
        Asian order ("Cheung" of "Cheung Tze-keung", "Kim" of "Kim Jong-un")."""
        words = self.name.split()
        return words[0] if surname_first(words) else words[-1]

    @property
    def heading(self) -> str:
        """The person as the story presents them: their usual title before the name
        ("Attorney General Janet Reno"), else the name alone."""
        # "Attorney Wilbur O. Colom" opening a sentence: an occupation, capitalised only there
        titles = [title for title in self.titles if title[:1].isupper()
                  and title.lower() not in _OCCUPATIONS
                  # "Fort Worth lawyer": a trade and its town, in lower case, is no office
                  and title.split()[-1] not in _OCCUPATIONS
                  and not _nationality_only(title)]
        if not titles:
            return self.name
        title = max(titles, key=lambda t: (self.titles[t], len(t)))
        return f"{title} {self.name}"

    def describe(self, article: str, description: str) -> None:
        if description not in self.descriptions:
            self.descriptions.append(description)
        here = self.described_in.setdefault(article, [])
        if description not in here:
            here.append(description)
        if self.gender is None:
            self.gender = gender_of(description)

    @property
    def likely_gender(self) -> str | None:
        """The gender the text tells, else the one the first name suggests."""
        return self.gender or self.name_gender

    def could_be(self, gender: str) -> bool:
        """Whether "he" or "she" can stand for this name: the text says the gender, or it
        shows a person of unknown gender (a title, "Mr.", a first name); "Vail Resorts, the
        nation's largest ski area" is a name the text never shows to be anyone's."""
        if self.likely_gender is not None:
            return self.likely_gender == gender
        return bool(self.titles) or is_first_name(self.name.split()[0])

    def official_description(self, article: str | None = None) -> str | None:
        """A description that gives a current office ("NATO Secretary-General"); one that names
        where the office is ("South Korean President") before a bare one ("President"). The
        article's own descriptions come first."""
        # where the office is, is a fact about the person: "Israeli Prime Minister" from any
        # article beats this article's bare "Prime Minister"
        pool = self.described_in.get(article, []) if article is not None else []
        named = [d for d in self.descriptions if alias_pattern().search(d)]
        return _office(named) or _office(pool) or _office(self.descriptions)

    def expert_description(self) -> str | None:
        for description in self.descriptions:
            words = {_bare(w) for w in description.split()}
            if words & EXPERT_WORDS or "former" in words:
                return description
        return None

    def best_description(self, article: str | None = None) -> str | None:
        """The most telling description: an appositive if there is one, else the longest title.
        With an article, only what that article says of the person."""
        pool = self.described_in.get(article, []) if article is not None else self.descriptions
        appositives = [d for d in pool if d[:1].islower() or d.startswith("a ")]
        pool = appositives or pool
        return max(pool, key=len) if pool else None


def _office(descriptions: list[str]) -> str | None:
    offices = []
    for description in descriptions:
        words = description.lower().replace(",", " ").split()
        office = any(word in OFFICIAL_TITLES for word in words) and "former" not in words
        if office and not any(word.strip(".") in EXPERT_WORDS for word in words):
            offices.append(description)
    # a title ("Acting Russian President") says it better than a clause ("who is now
    # Russia's acting president")
    offices.sort(key=lambda description: description.lower().startswith(("who ", "which ")))
    named = [description for description in offices if alias_pattern().search(description)]
    return (named or offices or [None])[0]


def gender_of(description: str) -> str | None:
    """'spokeswoman', 'Mrs.', 'his wife': the gender a description tells, if any."""
    words = {word.strip(",.;:()").lower() for word in description.split()}
    words |= {word + "." for word in words}
    male, female = bool(words & _MALE_WORDS), bool(words & _FEMALE_WORDS)
    return "m" if male and not female else "f" if female and not male else None


@dataclass(frozen=True)
class Mention:
    person: Person
    article: str
    start: int
    end: int
    speaks: bool = False  # a cue is next to the name ("Pearce said", "said George Mackie")


def name_key(name: str) -> str:
    """"Kim Jong-un" and "Kim Jong Un" are one person."""
    return re.sub(r"[^\w]|_", "", name.lower())


class PeopleIndex:
    """The people of a story and every place each is named."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.people: dict[str, Person] = {}
        self.mentions: dict[str, list[Mention]] = {}
        self._articles = [article.id for article in articles]
        texts = {article.id: article.text for article in articles}
        self._texts = texts
        for article in articles:
            self._collect(article.id, texts[article.id])
        self._owners = self._token_owners()
        for article in articles:
            self._link_short_mentions(article.id, texts[article.id])
        self._starts = {article: [m.start for m in mentions]
                        for article, mentions in self.mentions.items()}
        self._learn_genders(articles)

    # -- finding people

    def _collect(self, article: str, text: str) -> None:
        capitalised = _capitalised_words(text)
        for match in NAME.finditer(text):
            name, name_start = _strip_leading(match.group(0), match.start())
            if not _looks_like_person(name) or _after_article(text, name_start):
                continue  # "the Falun Gong", "the Red Sea": people are not "the"
            title = _title_before(text, name_start)
            appositive = _appositive_after(text, name_start + len(name))
            possessor = _possessive_before(text, name_start)
            honorific = _honorific_before(text, name_start)
            end = name_start + len(name)
            if title or appositive or possessor or honorific or _speaks(text, end) or \
                    _spoken_of(text, name_start) or _age_after(text, end) or \
                    _speaks_in_apposition(text, name_start, end) or \
                    _called_by_surname_later(text, name, end, capitalised):
                person = self._person(name)
                for description in (title, appositive, possessor):
                    if description:
                        person.describe(article, description)
                if title:
                    person.titles[title] += 1
                if honorific and person.gender is None:
                    person.gender = gender_of(honorific)
                if person.name_gender is None:
                    person.name_gender = _name_gender(name)
                person.articles.add(article)
                self._mention(person, article, name_start, end,
                              _speaks(text, end) or _spoken_of(text, name_start))

    def _person(self, name: str) -> Person:
        key = name_key(name)
        if key not in self.people:
            self.people[key] = Person(name)
        elif len(name) > len(self.people[key].name):
            self.people[key].name = name
        return self.people[key]

    def _mention(self, person: Person, article: str, start: int, end: int,
                 speaks: bool = False) -> None:
        self.mentions.setdefault(article, []).append(
            Mention(person, article, start, end, speaks))

    def _token_owners(self) -> dict[str, list[Person]]:
        """Each word a person is called by alone ("putin", "yu", "kim") and the people whose
        name it opens or ends, built once; a middle word ("Jong") names no one alone."""
        owners: dict[str, list[Person]] = {}
        for person in self.people.values():
            words = [w.lower() for w in re.split(r"\s+", person.name) if len(w) > 1]
            for token in {words[0], words[-1]} if words else ():
                if token not in _NOT_NAME and len(token) >= 2:
                    owners.setdefault(token, []).append(person)
            for token in person.tokens - {w for w in words}:  # "jong", "un" of "Jong-un"
                if token not in _NOT_NAME and len(token) >= 2:
                    owners.setdefault(token, [])
        return owners

    def _link_short_mentions(self, article: str, text: str) -> None:
        """'Putin', 'Yu', 'Kim Jong Un' after the full name: the same person (the one of that
        name mentioned last, else the one this article or the story describes most). One pass
        over the article's capitalised words, with the story's name words in a dict, so that
        the work grows with the text, not with the number of people in the story."""
        full = sorted(self.mentions.get(article, []), key=lambda mention: mention.start)
        if not self._owners:
            self.mentions[article] = full
            return
        starts = [mention.start for mention in full]
        last_seen: dict[str, int] = {}
        namesakes: dict[str, bool] = {}
        passed = 0
        linked = []
        for match in _CAPITALISED_WORD.finditer(text):
            word = match.group(0)
            end = match.end()
            if word.endswith(("'s", "’s")):
                word, end = word[:-2], end - 2  # "on Sobchak's orders": Sobchak, named
            candidates = self._owners.get(word.lower())
            if not candidates:
                continue
            while passed < len(full) and full[passed].start < match.start():
                last_seen[full[passed].person.key] = full[passed].start
                passed += 1
            inside = bisect.bisect_right(starts, match.start()) - 1
            if inside >= 0 and full[inside].end > match.start():
                continue  # part of a full name already counted
            seen = [person for person in candidates if person.key in last_seen]
            if seen:
                owner = max(seen, key=lambda person: last_seen[person.key])
            else:
                here = [p for p in candidates if article in p.articles]
                if not here and word not in namesakes:
                    namesakes[word] = _names_namesake(text, word, candidates)
                if not here and namesakes[word]:
                    continue  # "Alberta Thompson" here is not the Alice Thompson of another
                owner = max(here or candidates, key=lambda p: (len(p.descriptions), len(p.name)))
            last_seen[owner.key] = match.start()
            linked.append(Mention(owner, article, match.start(), end,
                                  _speaks(text, end) or _spoken_of(text, match.start())))
        self.mentions[article] = sorted(full + linked, key=lambda mention: mention.start)

    def _learn_genders(self, articles: Sequence[Article]) -> None:
        """'Smith said he ...': a person is a man or a woman when the first personal pronoun
        after their name, in the same sentence and with no other person named between, says so
        more often than not over the story ('Babcock, whom Faulder asked to witness, detailed
        ... her client' is Babcock's "her", outvoted by Faulder's many "his"). A title or an
        honorific has told already."""
        votes: dict[int, tuple[Person, Counter[str]]] = {}
        for article in articles:
            text = self._texts[article.id]
            mentions = self.mentions.get(article.id, [])
            for index, mention in enumerate(mentions):
                if mention.person.gender is not None:
                    continue
                limit = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
                stop = re.search(r"[.!?](?:\s|$)", text[mention.end:limit])
                window = text[mention.end:mention.end + stop.start()] if stop else \
                    text[mention.end:limit]
                pronoun = re.search(r"\b(he|she|his|her|him)\b", window, re.IGNORECASE)
                if pronoun:
                    votes.setdefault(id(mention.person), (mention.person, Counter()))[1][
                        GENDER_OF_PRONOUN[pronoun.group(1).lower()]] += 1
        for person, counted in votes.values():
            (gender, most), *others = counted.most_common()
            if not others or most > others[0][1]:
                person.gender = gender

    def _before(self, article: str, position: int) -> list[Mention]:
        """The article's mentions that start before a position, in text order."""
        mentions = self.mentions.get(article, [])
        return mentions[: bisect.bisect_left(self._starts.get(article, []), position)]

    # -- looking people up

    def central(self, share: float) -> frozenset[str]:
        """The keys of the people at least ``share`` of the story's articles name (by any
        form of their name): the story's protagonists, known to every reader of it."""
        named_in: dict[str, set[str]] = {}
        for article, mentions in self.mentions.items():
            for mention in mentions:
                named_in.setdefault(mention.person.key, set()).add(article)
        articles = len(self._articles)
        if articles < MIN_ARTICLES:  # too few articles for "most of them" to mean anything
            return frozenset()
        return frozenset(key for key, found in named_in.items() if len(found) >= share * articles)

    def person_named(self, phrase: str, article: str | None = None, position: int = 0,
                     gender: str | None = None) -> Person | None:
        """The person a phrase names: a full name, or a part of one (the latest such person
        named before ``position`` in the same article wins, then the most described)."""
        key = name_key(phrase)
        if key in self.people:
            return self.people[key]
        words = [w.lower() for w in re.findall(r"[\w’'-]+", phrase) if w[0].isupper()]
        if not words:
            return None
        pool = self._owners.get(words[-1]) or [
            person for person in self._owners.get(words[0], [])]
        candidates = [person for person in pool
                      if set(words) <= person.tokens or len(words) == 1]
        if gender is not None:  # "Ms. Smith" is not Rep. Chris Smith
            candidates = [person for person in candidates
                          if person.likely_gender in (None, gender)]
        if not candidates:
            return None
        if article is not None and len(words) == 1:
            here = {person.key for person in candidates if article in person.articles}
            if len(here) > 1:
                return None  # "Holt" where Harry and Bertha Holt are both named: who?
        if article is not None:
            for mention in reversed(self._before(article, position)):
                if any(mention.person is candidate for candidate in candidates):
                    return mention.person
            here = [p for p in candidates if article in p.articles]
            if here:
                candidates = here
        return max(candidates, key=lambda p: (len(p.descriptions), len(p.name)))

    def person_before(self, article: str, position: int, reach: int | None = None,
                      gender: str | None = None) -> Person | None:
        """The person 'he said' stands for: of the people named before a position in the same
        article, within ``reach`` characters, who can be it (a man for "he"), the last one who
        spoke, else the last one named ("Pearce said ... The plane was flown, he said": Pearce,
        though Kennedy was named in between). No one when a name the index does not know
        spoke after them: that speaker is likelier the "he", and who they are is unknown."""
        subject = self._subject_of_sentence_before(article, position, gender)
        if subject is not None:
            return subject
        nearest: Mention | None = None
        chosen: Mention | None = None
        for mention in reversed(self._before(article, position)):
            if reach is not None and position - mention.end > reach:
                break
            if gender is not None and not mention.person.could_be(gender):
                continue
            if mention.speaks:
                chosen = mention
                break
            nearest = nearest or mention
        chosen = chosen or nearest
        if chosen is None:
            return None
        # "Kriessman, a fan, said he has never met Simpson. Asked ..., he said": a speaker the
        # index does not know as a person (no full name: "Tom “Juice” Kriessman") spoke last,
        # and is likelier the "he" than whoever was named after them
        start = chosen.start if chosen.speaks else max(0, position - (reach or position))
        window = self._texts.get(article, "")[start:position]
        for match in _NAMED_SPEAKER.finditer(window):
            word = match.group(1) or match.group(2)
            if word.lower() not in self._owners and _unknown_speaker(word):
                return None
        return chosen.person

    def _subject_of_sentence_before(self, article: str, position: int, gender: str | None
                                    ) -> Person | None:
        """'Putin, a longtime KGB agent, has been vague ... In a television interview Tuesday,
        he said': a pronoun that opens its sentence's main clause goes on with the person the
        sentence before opened on, its subject, though someone else spoke earlier. A pronoun
        after the words it reports ('The haze was thick, he said') goes on with the speaker."""
        text = self._texts.get(article, "")
        start = _sentence_start(text, position)
        if start == 0 or not _OPENING_PRONOUN.fullmatch(text, start, position):
            return None
        previous = _sentence_start(text, len(text[:start].rstrip()) - 1)
        for mention in self._before(article, start):
            if mention.start < previous:
                continue
            opener = _OPENING_SUBJECT.fullmatch(text, previous, mention.start)
            if opener is None or (gender is not None and not mention.person.could_be(gender)):
                return None
            return mention.person
        return None

    def titled_before(self, phrase: str, article: str, position: int, reach: int
                      ) -> Person | None:
        """'the president', 'the foreign minister': the last person named before a position in
        the same article whose title there holds those words ("President Yoon Suk Yeol")."""
        match = re.fullmatch(r"\s*(?:the|The)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s*", phrase)
        if not match:
            return None
        words = match.group(1).lower().split()
        if words[-1] not in OFFICIAL_TITLES:
            return None
        for mention in reversed(self._before(article, position)):
            if position - mention.end > reach:
                return None
            said = " ".join(mention.person.described_in.get(article, ())).lower()
            if all(word in said.split() for word in words):
                return mention.person
        return None

    def person_in(self, phrase: str, article: str, position: int) -> Person | None:
        """The person a speaker phrase names ('Pentagon spokeswoman Sabrina Singh'), if any.
        A full name the story never presented names someone else than any known namesake."""
        inside_names = []
        honorific = re.search(r"\b(?:Mr|Mrs|Ms|Miss)\b\.?", phrase)
        gender = gender_of(honorific.group(0)) if honorific else None
        for match in NAME.finditer(phrase):
            name, _ = _strip_leading(match.group(0), 0)
            person = self.person_named(name, article, position) if name else None
            if person is not None:
                return person
            if name and _looks_like_person(name):
                # "Mohammad Ali Khan" is not Mohammad Shreim
                return Person(name, articles={article}, name_gender=_name_gender(name))
            inside_names.append(match.span())
        for found in re.finditer(r"[A-Z][\w’'-]+", phrase):
            if any(start <= found.start() < end for start, end in inside_names):
                continue  # "New" of "The New York Times" is nobody's short name
            word = found.group(0)
            if word.lower() in _NOT_NAME or word in alias_index():
                continue
            person = self.person_named(word, article, position, gender)
            if person is not None:
                return person
        return None


_CAPITALISED_WORD = re.compile(rf"(?<![\w-])[{_UPPER}][\w’']*(?![\w-])")


#: A capitalised word speaking: "Kriessman said", "Kriessman, a Philadelphia Eagles fan, said",
#: "said Kriessman".
_NAMED_SPEAKER = re.compile(
    rf"(?<![\w.])([{_UPPER}][\w’'-]+)(?:,[^,.;“”\n]{{1,80}},)?\s+"
    r"(?:said|says|told|added|asked|explained|insisted|recalled)\b"
    rf"|\b(?:said|says)\s+([{_UPPER}][\w’'-]+)(?![\w’'-]*\s+[{_UPPER}])")


#: Where a sentence ends: a stop after a word (not an initial's "J."), or a paragraph's end.
_SENTENCE_END = re.compile(r"(?<=[a-z\d”\"’')]{2})[.!?][”\"’']?\s+|\n")
#: How far back a sentence may begin.
_SENTENCE_REACH = 600
#: A pronoun that opens a sentence's main clause, after an opening phrase at most ("In a
#: television interview Tuesday, he"), with nothing it reports before it.
_OPENING_PRONOUN = re.compile(r"\s*(?:[A-Z][^,;:“”\"]{0,80},\s*)?(?:[Hh]e|[Ss]he)\s+")
#: What may stand before the person a sentence opens on: titles ("Acting President").
_OPENING_SUBJECT = re.compile(r"\s*(?:[“\"]?[A-Z][\w.’'-]*\s+){0,4}")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence that holds ``position`` begins."""
    window = max(0, position - _SENTENCE_REACH)
    start = window
    for end in _SENTENCE_END.finditer(text, window, position):
        start = end.end()
    return start


def _unknown_speaker(word: str) -> bool:
    """Whether a speaking word not of a known person's name may be someone's: not an everyday
    word ("Officials said"), not a country ("Egypt said")."""
    return (word.lower() not in _NOT_NAME and word.lower() not in PRONOUNS
            and not is_common_word(word) and alias_index().get(word) is None)


def _name_gender(name: str) -> str | None:
    """What a name's first word suggests, where it is a given name: "Mike Walsh", "Derek G.
    Evans"; not "Kim Jong-un" or "Yoon Suk Yeol", written family name first."""
    words = name.split()
    western = len(words) == 2 or (len(words) == 3 and re.fullmatch(r"[A-Z]\.?", words[1]))
    if not western or "-" in words[-1]:
        return None
    return first_name_gender(words[0])


def _names_namesake(text: str, surname: str, candidates: Sequence[Person]) -> bool:
    """Whether an article names someone of this surname whose first name none of the story's
    people of that name has ("Alberta Thompson" in an article, "Alice Thompson" in another)."""
    known = {token for person in candidates for token in person.tokens}
    return any(first.lower() not in known and is_first_name(first) and not is_title_word(first)
               for first in re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text))


def _bare(word: str) -> str:
    """A word without its punctuation or possessive: "Korea’s," -> "korea"."""
    return re.sub(r"[’']s$", "", word.strip(",.;:()“”\"")).lower()


def _strip_leading(name: str, start: int) -> tuple[str, int]:
    """'President Yoon Suk Yeol' -> 'Yoon Suk Yeol'; 'South Korean President Yoon Suk Yeol' and
    'NATO Secretary-General Mark Rutte' too: the name follows the last title or place word.
    The end of a longer title ('... Minister of Labor and Social Security Wang Jianlun') is cut
    where a first name starts after everyday words."""
    words = list(re.finditer(r"\S+", name))
    cut = 0
    for index, word in enumerate(words):
        token = word.group(0)
        lowered = token.lower()
        if (lowered.rstrip(".") in OFFICIAL_TITLES or lowered in OFFICIAL_TITLES
                or lowered in _HONORIFICS or lowered in _NOT_NAME or lowered in _TITLE_NOUNS
                or (token in alias_index() and index + 1 < len(words)
                    and is_title_word(words[index + 1].group(0)))):
            cut = index + 1
    rest = [word.group(0) for word in words[cut:]]
    if len(rest) >= 3:
        # "Social Security Wang Jianlun", "National Infrastructure Joseph Nowarski"
        for index in range(1, len(rest) - 1):
            if is_first_name(rest[index]) and all(
                    is_common_word(w) and not is_first_name(w) for w in rest[:index]) and \
                    not all(is_common_word(w) for w in rest[index:]):
                cut += index
                break
    if cut >= len(words):
        return "", start + len(name)
    return name[words[cut].start():], start + words[cut].start()


def is_title_word(word: str) -> bool:
    """Whether a word names an office or a rank ("Senator", "Gen.", "Chairman")."""
    lowered = word.lower()
    return lowered in OFFICIAL_TITLES or lowered.rstrip(".") in OFFICIAL_TITLES or \
        lowered in _TITLE_NOUNS


_INITIALS = re.compile(rf"(?:[{_UPPER}]\.){{1,3}}")


def _capitalised_words(text: str) -> dict[str, list[tuple[int, str]]]:
    """Each capitalised word of a text with where it stands and the word before it, found in
    one pass (the surname test asks of every name)."""
    found: dict[str, list[tuple[int, str]]] = {}
    previous = ""
    for match in _WORD_OR_BREAK.finditer(text):
        word = match.group(0)
        if not _INITIALS.fullmatch(word):
            word = word.rstrip(".")  # "Cole." ending its sentence is "Cole"
        if word[:1].isupper():
            found.setdefault(word, []).append((match.start(), previous))
        previous = word
    return found


_WORD_OR_BREAK = re.compile(r"[\w’'.-]+|[^\w\s]")


#: A given name romanised from Chinese or Korean, its syllables joined by a hyphen: "Tze-keung",
#: "Teng-hui", "Jong-un" (a Western double name capitalises both: "Jean-Pierre").
_HYPHENATED_GIVEN_NAME = re.compile(rf"[{_UPPER}][{_LOWER}]+-[{_LOWER}]+")


def surname_first(words: Sequence[str]) -> bool:
    """Whether a name is in East Asian order, family name first: two words, the second a
    hyphenated romanised given name ("Cheung Tze-keung", "Lee Teng-hui")."""
    return len(words) == 2 and bool(_HYPHENATED_GIVEN_NAME.fullmatch(words[1]))


def _called_by_surname_later(text: str, name: str, end: int,
                             capitalised: dict[str, list[tuple[int, str]]]) -> bool:
    """Whether a name opening with a first name or initials has its last word alone later
    (or, in East Asian order, its first)."""
    # "David Cole, venture capitalist, ..." then "When Cole bought ...": a person (a firm is
    # named again in full, by its first word, or as "the company": "Goldman" of "Goldman
    # Sachs"); a place ("Milton Keynes") is no surname
    words = name.split()
    east_asian = surname_first(words)  # "Cheung Tze-keung", then "Cheung" alone
    if not (east_asian or is_first_name(words[0]) or _INITIALS.fullmatch(words[0])):
        return False
    surname = words[0] if east_asian else words[-1]
    if len(surname) < 3 or surname in alias_index():
        return False
    common = is_common_word(surname)
    later = [*capitalised.get(surname, ()), *capitalised.get(f"{surname}'s", ()),
             *capitalised.get(f"{surname}’s", ())]  # "Cheung's trial": the name alone too
    for start, before in later:
        if start <= end or before.lower() == "the" or (
                text.startswith(f" {words[1]}", start + len(surname)) if east_asian
                else before == words[-2]):
            continue  # the full name again
        # an everyday word ("Cole", "Hall") alone names the person only as a subject: "When
        # Cole bought", "Hall, who ..."; not "Hall of Fame"
        after = text[start + len(surname):start + len(surname) + 12]
        if not common or re.match(r",|\s+(?!of\b|and\b|&)[a-z]", after):
            return True
    return False


def _nationality_only(title: str) -> bool:
    """"Swiss", "Swiss pilot": where a person is from and a trade, no office to head a name
    with (not "Swiss Foreign Minister")."""
    first, *rest = title.split()
    return first in alias_index() and all(word.islower() for word in rest)


def _looks_like_person(name: str) -> bool:
    """Two to four name words, none of them a place, a body ('Board', 'Lab') or a word that
    never names anyone; and not everyday words only ('Air Flight', 'Solar Energy') unless it
    opens with a first name ('Mark Hall', 'Jack Straw')."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if words[0].lower() in _SPANISH_ARTICLES:
        return False  # "El Nino", "La Nina", "Los Alamos": a thing or a place named in Spanish
    if any(word.lower().endswith("-based") for word in words):
        return False  # "San Mateo-based Napster": a firm and its town, no one's name
    if any(w.lower().strip(".") in _NOT_NAME or w.lower().strip(".") in ORGANISATION_HEADS
           for w in words):
        return False
    if name in alias_index() or any(w in alias_index() or w.rstrip("s") in alias_index()
                                    for w in words[1:]):
        return False  # "Hong Kong reverted ...": a place of two words, neither one a place
    if words[0] in alias_index() and (not is_first_name(words[0]) or
                                      alias_index()[words[0]].kind in {"country", "capital"}):
        return False  # "German Gref" is a person; "Russian Vladimir", "France Concorde" not
    return is_first_name(words[0]) or not all(is_common_word(w) for w in words)


_TITLE_WORD = re.compile(r"[\w.’'-]+$")


def _title_before(text: str, start: int) -> str | None:
    """'Pentagon spokeswoman' before 'Sabrina Singh': the run of title-like words before a name,
    with the capitalised words of the office it names ("Vice Minister of Labor and Social
    Security", "Senate Judiciary Committee Chairman", "U.S. District Judge")."""
    before = text[max(0, start - 120):start]
    # a paragraph's end is the end of a title, with or without its stop ("... against American
    # Home" ending one paragraph, "Attorney Wilbur O. Colom" opening the next)
    words = before[before.rfind("\n") + 1:].split()
    title: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = _bare(word)
        if word in {"and", "of", "for"} and title and index > 0 and \
                words[index - 1][:1].isupper() and \
                words[index - 1].lower() in STATE_WORDS | _OFFICE_NOUNS and \
                not alias_pattern().search(" ".join(title)):  # not "Kansas and Representative"
            title.insert(0, word)  # "Housing and Urban Development Secretary"
            continue
        if word == "Under" and title and title[0] == "Secretary":
            title.insert(0, word)  # "Under Secretary of State": a rank, not a preposition
            continue
        if word.lower() in _NOT_NAME - _OFFICE_NOUNS:
            break
        if word in alias_index() and word.endswith(".") and title:
            title.insert(0, word)  # "U.S. Housing and Urban Development Secretary"
            continue
        if not _TITLE_WORD.search(word) or word.endswith((",", ".", ":", ";")) and \
                word.lower() not in _HONORIFICS | {"gen.", "sen.", "rep.", "gov.", "adm."}:
            break
        if title and all(w.lower() in _HONORIFICS for w in title) and \
                not (is_title_word(word) or word in alias_index() or
                     word[:1].isupper() and _office_ahead(words[:index])):
            # "Endocrinologist Dr. Antonio Tataranni": a trade capitalised only because it
            # opens the sentence says who the doctor is; "Visit Dr. Eugene Schiff" opens on
            # a verb, no part of any title
            if _opens_sentence(words, index) and _OCCUPATION_ENDING.search(bare) and \
                    bare.isalpha() and not is_first_name(word):
                return bare
            break
        if bare == "first" and title and title[0].lower() in _FIRST_OF:
            title.insert(0, word)  # "first lady", "First Deputy Prime Minister": a rank
            continue
        if is_title_word(word) or bare in OFFICIAL_TITLES or word.lower() in _HONORIFICS or \
                word in alias_index() or word.rstrip("’'s") in alias_index() or \
                bare in {"former", "then"} or (word[0].isupper() and (title or _office_ahead(
                    words[:index]))):
            title.insert(0, word)
            if len(title) >= 10:
                break
            continue
        break
    while title and title[0] in {"and", "of", "for"}:
        title.pop(0)
    if not title or all(w.lower() in _HONORIFICS for w in title):
        return None
    if len(title) == 1 and title[0] in _RANK_WITHIN:
        return None  # "bureau chief Michael Oreskes" read back to "chief": a rank in what?
    # a title names an office or an affiliation, not just a capitalised word
    lowered = {w.lower().strip(",") for w in title} | {w.lower().strip(",.") for w in title}
    if not (lowered & (OFFICIAL_TITLES | _TITLE_NOUNS) or any(w in alias_index() for w in title)):
        return None
    return " ".join(title)


#: How a trade named by its doer ends: "endocrinologist", "physician", "surgeon", "lawyer".
_OCCUPATION_ENDING = re.compile(r"(?:ist|ian|eon|er|or)$")
#: Offices that "first" ranks ("first lady", "First Deputy Prime Minister").
_FIRST_OF = wordset("lady deputy vice minister secretary")
#: Lower-case ranks that say nothing without the body they rank in ("bureau chief", "first
#: lady", "campaign deputy"): alone, no description of anyone.
_RANK_WITHIN = wordset("chief head lady vice deputy assistant associate executive")


def _opens_sentence(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` opens its sentence (the first of the paragraph, or after
    a word that ends one)."""
    return index == 0 or words[index - 1].endswith((".", "!", "?", "”", '"', "''"))


def _office_ahead(words: list[str]) -> bool:
    """'... Minister of Labor and Social | Security Wang': an office word stands a few
    capitalised words (or "of", "and") further back, so these words belong to its title."""
    for word in reversed(words[-6:]):
        if is_title_word(word):
            return True
        if not (word[:1].isupper() or word in {"of", "and", "for"}):
            return False
    return False


_APPOSITIVE = re.compile(
    r"\s*,\s*(?P<text>(?:a|an|the|who|former|then|now|currently|also|one of|chief|senior|"
    r"deputy|head|director|president|professor|spokesman|spokeswoman|spokesperson|"
    r"[a-z]+-based)\b[^,;]{2,140}?(?:,\s*(?:a|an|the)\s+[^,;]{2,80}?)?)\s*"
    # a stop ends it, not an honorific's or an initial's ("an attorney representing Ms. Lovett")
    r"(?=,|(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])\.|;|\s+(?:said|"
    r"says|told|added|noted|warned|stated))"
)


#: What a clause has and a description of a person does not: a weekday, a number ending the
#: run (a sentence cut at "5.4").
_NOT_A_DESCRIPTION = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d$")
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\b")


def _appositive_after(text: str, end: int) -> str | None:
    """', a senior research fellow at ...,', ', a building contractor,': who the person is."""
    match = _APPOSITIVE.match(text, end)
    if not match:
        return None
    description = match.group("text").strip()
    # "a former army officer who now heads a think tank": the noun phrase is the description
    description = _RELATIVE.split(description, maxsplit=1)[0].strip().rstrip(",")
    if _NOT_A_DESCRIPTION.search(description):
        return None  # "of San Francisco, the agency on Friday proposed that 5.4 ...": a clause
    words = {w.strip(".,").lower() for w in description.split()}
    if words & (OFFICIAL_TITLES | EXPERT_WORDS | {"member", "head", "heads", "former"}):
        return description
    # any other role names the person by a noun after its article: "a building contractor",
    # "the company's lawyer", "an Izmit resident"; a clause ("who ...") says less
    if re.match(r"(?:a|an|the)\s+(?:[\w.’'-]+\s+){0,5}[\w-]+$", description):
        return description
    return None


def _honorific_before(text: str, start: int) -> str | None:
    match = re.search(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+$", text[max(0, start - 6):start])
    return match.group(1) if match else None


def _age_after(text: str, end: int) -> bool:
    """'Veli Gocer, 45, ...': an age after a name makes it a person's."""
    return bool(re.match(r",\s+\d{1,3},", text[end:end + 8]))


def _possessive_before(text: str, start: int) -> str | None:
    """'Pusan National University’s Robert Kelly': the possessor is the affiliation."""
    # the owner's words stand on the name's line ("... said Wednesday.\n\nNew England
    # University's Barrie McKelvey": the weekday ends the paragraph before)
    match = re.search(r"((?:[A-Z][\w.-]*[^\S\n]+){0,4}[A-Z][\w.-]*)[’']s\s+$",
                      text[max(0, start - 80):start])
    if not match:
        return None
    owner_words = match.group(1).split()
    for index in range(len(owner_words) - 2, -1, -1):
        word = owner_words[index]
        if word.endswith(".") and not _INITIALS.fullmatch(word) and word not in alias_index():
            owner_words = owner_words[index + 1:]  # "Wednesday. New England University"
            break
    owner = " ".join(owner_words)
    words = {w.lower() for w in owner.split()}
    if words & EXPERT_WORDS or owner in alias_index() or words & OFFICIAL_TITLES:
        return owner
    return None


def _after_article(text: str, start: int) -> bool:
    return bool(re.search(r"\b[Tt]he\s+$", text[max(0, start - 5):start]))


def _spoken_of(text: str, start: int) -> bool:
    """'said Pantelis Vekios', 'according to John Smith': a name right after a cue speaks."""
    return bool(re.search(r"\b(?:said|says|told|added|according to)\s+$",
                          text[max(0, start - 16):start]))


def _speaks_in_apposition(text: str, start: int, end: int) -> bool:
    """'His wife, Bertha Holt, said ...': a name set off by commas after a noun, speaking."""
    return bool(re.search(r"\b[a-z]+,\s*$", text[max(0, start - 30):start])) and \
        bool(re.match(r",\s+(?:said|says|told|added|noted|warned|stated|wrote)\b", text[end:]))


def _speaks(text: str, end: int) -> bool:
    return bool(re.match(r"\s+(?:said|says|told|added|noted|warned|stated|wrote)\b", text[end:]))
