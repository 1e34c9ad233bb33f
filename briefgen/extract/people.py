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
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.extract.gazetteer import alias_index, alias_pattern
from briefgen.extract.lexicon import wordset
from briefgen.model import Article

_NAME_WORD = r"(?:[A-Z][a-z]+(?:-[A-Za-z]+)?|[A-Z]\.)"
NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,6}}")
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


@dataclass
class Person:
    """One named person of the story."""

    name: str  # the fullest form seen, e.g. "Kim Jong-un"
    descriptions: list[str] = field(default_factory=list)  # titles and appositives, as written
    articles: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def tokens(self) -> set[str]:
        return {token.lower() for token in re.split(r"[\s-]+", self.name) if len(token) > 1}

    def official_description(self) -> str | None:
        """A description that gives a current office ("NATO Secretary-General"); one that names
        where the office is ("South Korean President") before a bare one ("President")."""
        offices = []
        for description in self.descriptions:
            words = description.lower().replace(",", " ").split()
            office = any(word in OFFICIAL_TITLES for word in words) and "former" not in words
            if office and not any(word.strip(".") in EXPERT_WORDS for word in words):
                offices.append(description)
        named = [description for description in offices if alias_pattern().search(description)]
        return (named or offices or [None])[0]

    def expert_description(self) -> str | None:
        for description in self.descriptions:
            words = {_bare(w) for w in description.split()}
            if words & EXPERT_WORDS or "former" in words:
                return description
        return None

    def best_description(self) -> str | None:
        """The most telling description: an appositive if there is one, else the longest title."""
        appositives = [d for d in self.descriptions if d[:1].islower() or d.startswith("a ")]
        pool = appositives or self.descriptions
        return max(pool, key=len) if pool else None


@dataclass(frozen=True)
class Mention:
    person: Person
    article: str
    start: int
    end: int


def name_key(name: str) -> str:
    """"Kim Jong-un" and "Kim Jong Un" are one person."""
    return re.sub(r"[^a-z]", "", name.lower())


class PeopleIndex:
    """The people of a story and every place each is named."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.people: dict[str, Person] = {}
        self.mentions: dict[str, list[Mention]] = {}
        for article in articles:
            self._collect(article)
        for article in articles:
            self._link_short_mentions(article)
        self._starts = {article: [m.start for m in mentions]
                        for article, mentions in self.mentions.items()}

    # -- finding people

    def _collect(self, article: Article) -> None:
        text = article.text
        for match in NAME.finditer(text):
            name, name_start = _strip_leading(match.group(0), match.start())
            if not _looks_like_person(name):
                continue
            title = _title_before(text, name_start)
            appositive = _appositive_after(text, name_start + len(name))
            possessor = _possessive_before(text, name_start)
            if title or appositive or possessor or _speaks(text, name_start + len(name)):
                person = self._person(name)
                for description in (title, appositive, possessor):
                    if description and description not in person.descriptions:
                        person.descriptions.append(description)
                person.articles.add(article.id)
                self._mention(person, article.id, name_start, name_start + len(name))

    def _person(self, name: str) -> Person:
        key = name_key(name)
        if key not in self.people:
            self.people[key] = Person(name)
        elif len(name) > len(self.people[key].name):
            self.people[key].name = name
        return self.people[key]

    def _mention(self, person: Person, article: str, start: int, end: int) -> None:
        self.mentions.setdefault(article, []).append(Mention(person, article, start, end))

    def _link_short_mentions(self, article: Article) -> None:
        """'Putin', 'Yu', 'Kim Jong Un' after the full name: the same person (the one of that
        name mentioned last, else the one this article or the story describes most). One pass
        over the text, so long articles with many people stay fast."""
        owners: dict[str, list[Person]] = {}
        for person in self.people.values():
            for token in person.tokens:
                if token not in _NOT_NAME and len(token) >= 2:
                    owners.setdefault(token, []).append(person)
        full = sorted(self.mentions.get(article.id, []), key=lambda mention: mention.start)
        if not owners:
            self.mentions[article.id] = full
            return
        tokens = sorted(owners, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, tokens)) + r")(?![\w-])",
                             re.IGNORECASE)
        starts = [mention.start for mention in full]
        last_seen: dict[str, int] = {}
        passed = 0
        linked = []
        for match in pattern.finditer(article.text):
            if not match.group(0)[0].isupper():
                continue
            while passed < len(full) and full[passed].start < match.start():
                last_seen[full[passed].person.key] = full[passed].start
                passed += 1
            inside = bisect.bisect_right(starts, match.start()) - 1
            if inside >= 0 and full[inside].end > match.start():
                continue  # part of a full name already counted
            candidates = owners[match.group(0).lower()]
            seen = [person for person in candidates if person.key in last_seen]
            if seen:
                owner = max(seen, key=lambda person: last_seen[person.key])
            else:
                here = [p for p in candidates if article.id in p.articles] or candidates
                owner = max(here, key=lambda p: (len(p.descriptions), len(p.name)))
            last_seen[owner.key] = match.start()
            linked.append(Mention(owner, article.id, match.start(), match.end()))
        self.mentions[article.id] = sorted(full + linked, key=lambda mention: mention.start)

    def _before(self, article: str, position: int) -> list[Mention]:
        """The article's mentions that start before a position, in text order."""
        mentions = self.mentions.get(article, [])
        return mentions[: bisect.bisect_left(self._starts.get(article, []), position)]

    # -- looking people up

    def person_named(self, phrase: str, article: str | None = None, position: int = 0
                     ) -> Person | None:
        """The person a phrase names: a full name, or a part of one (the latest such person
        named before ``position`` in the same article wins, then the most described)."""
        key = name_key(phrase)
        if key in self.people:
            return self.people[key]
        words = [w.lower() for w in re.findall(r"[A-Za-z’'-]+", phrase) if w[0].isupper()]
        if not words:
            return None
        candidates = [
            person for person in self.people.values()
            if set(words) <= person.tokens or any(w in person.tokens for w in words[-1:])
        ]
        if not candidates:
            return None
        if article is not None:
            for mention in reversed(self._before(article, position)):
                if any(mention.person is candidate for candidate in candidates):
                    return mention.person
            here = [p for p in candidates if article in p.articles]
            if here:
                candidates = here
        return max(candidates, key=lambda p: (len(p.descriptions), len(p.name)))

    def person_before(self, article: str, position: int, reach: int | None = None
                      ) -> Person | None:
        """The person last named before a position (for 'he said'), if named within
        ``reach`` characters of it."""
        earlier = self._before(article, position)
        if not earlier or (reach is not None and position - earlier[-1].end > reach):
            return None
        return earlier[-1].person

    def person_in(self, phrase: str, article: str, position: int) -> Person | None:
        """The person a speaker phrase names ('Pentagon spokeswoman Sabrina Singh'), if any."""
        for match in NAME.finditer(phrase):
            name, _ = _strip_leading(match.group(0), 0)
            person = self.person_named(name, article, position)
            if person is not None:
                return person
        for word in re.findall(r"[A-Z][\w’'-]+", phrase):
            if word.lower() in _NOT_NAME or word in alias_index():
                continue
            person = self.person_named(word, article, position)
            if person is not None:
                return person
        return None


def _bare(word: str) -> str:
    """A word without its punctuation or possessive: "Korea’s," -> "korea"."""
    return re.sub(r"[’']s$", "", word.strip(",.;:()“”\"")).lower()


def _strip_leading(name: str, start: int) -> tuple[str, int]:
    """'President Yoon Suk Yeol' -> 'Yoon Suk Yeol'; 'South Korean President Yoon Suk Yeol' and
    'NATO Secretary-General Mark Rutte' too: the name follows the last title or place word."""
    words = list(re.finditer(r"\S+", name))
    cut = 0
    for index, word in enumerate(words):
        token = word.group(0)
        lowered = token.lower()
        if (lowered.rstrip(".") in OFFICIAL_TITLES or lowered in OFFICIAL_TITLES
                or lowered in _HONORIFICS or lowered in _NOT_NAME or token in alias_index()):
            cut = index + 1
    if cut >= len(words):
        return "", start + len(name)
    return name[words[cut].start():], start + words[cut].start()


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".") in _NOT_NAME for w in words):
        return False
    return not any(w in alias_index() or w.rstrip("s") in alias_index() for w in words)


_TITLE_WORD = re.compile(r"[\w.’'-]+$")


def _title_before(text: str, start: int) -> str | None:
    """'Pentagon spokeswoman' before 'Sabrina Singh': the run of title-like words before a name."""
    before = text[max(0, start - 80):start]
    words = before.split()
    title: list[str] = []
    for word in reversed(words):
        bare = _bare(word)
        if word.lower() in _NOT_NAME - {"north", "south", "east", "west"}:
            break
        if not _TITLE_WORD.search(word) or word.endswith((",", ".", ":", ";")) and \
                word.lower() not in _HONORIFICS | {"gen.", "sen.", "rep.", "gov.", "adm."}:
            break
        if bare in OFFICIAL_TITLES or word.lower() in _HONORIFICS or word in alias_index() or \
                word.rstrip("’'s") in alias_index() or bare in {"former", "then"} or (
                    word[0].isupper() and title):
            title.insert(0, word)
            if len(title) >= 5:
                break
            continue
        break
    if not title or all(w.lower() in _HONORIFICS for w in title):
        return None
    # a title names an office or an affiliation, not just a capitalised word
    lowered = {w.lower().strip(",.") for w in title}
    if not (lowered & OFFICIAL_TITLES or any(w in alias_index() for w in title)):
        return None
    return " ".join(title)


_APPOSITIVE = re.compile(
    r"\s*,\s*(?P<text>(?:a|an|the|who|former|then|now|currently|also|one of|chief|senior|"
    r"deputy|head|director|president|professor|spokesman|spokeswoman|spokesperson|"
    r"[a-z]+-based)\b[^,;]{2,140}?(?:,\s*(?:a|an|the)\s+[^,;]{2,80}?)?)\s*(?=,|\.|;|\s+(?:said|"
    r"says|told|added|noted|warned|stated))"
)


def _appositive_after(text: str, end: int) -> str | None:
    match = _APPOSITIVE.match(text, end)
    if not match:
        return None
    words = {w.strip(".,").lower() for w in match.group("text").split()}
    if not words & (OFFICIAL_TITLES | EXPERT_WORDS | {"member", "head", "heads", "former"}):
        return None
    return match.group("text").strip()


def _possessive_before(text: str, start: int) -> str | None:
    """'Pusan National University’s Robert Kelly': the possessor is the affiliation."""
    match = re.search(r"((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*)[’']s\s+$",
                      text[max(0, start - 80):start])
    if not match:
        return None
    owner = match.group(1)
    words = {w.lower() for w in owner.split()}
    if words & EXPERT_WORDS or owner in alias_index() or words & OFFICIAL_TITLES:
        return owner
    return None


def _speaks(text: str, end: int) -> bool:
    return bool(re.match(r"\s+(?:said|says|told|added|noted|warned|stated|wrote)\b", text[end:]))
