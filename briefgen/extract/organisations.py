"""Organisations a story names: companies, courts, parties, agencies, leagues, tribes, unions.

No list of organisations is needed: news names an organisation by a capitalised name whose
last word (or first, before "of") says what kind of body it is ("Microsoft Corp.", "the
Justice Department", "the Bureau of Indian Affairs", "the Navajo Nation", "the Reform Party").
Later mentions link back to it: the name without its corporate suffix ("Microsoft"), an acronym
the text defines ("the Bureau of Indian Affairs (BIA)") or whose letters are its initials, and
"the company", "the court", "the party" when one such body was named before in the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.extract.gazetteer import GENERIC_INSTITUTIONS, alias_index, alias_pattern
from briefgen.extract.lexicon import wordset
from briefgen.extract.names import is_common_word
from briefgen.model import Article

#: The words that end (or, before "of", open) an organisation's name, by the kind of body.
HEAD_KINDS: dict[str, frozenset[str]] = {
    "company": wordset(
        "corp. corp corporation inc. inc co. co company companies ltd. ltd llc plc ag "
        "group holdings airlines airways motors systems technologies communications "
        "industries networks enterprises partners laboratories labs pharmaceuticals "
        "electronics entertainment studios records lab laboratory"),
    "bank": wordset("bank"),
    "court": wordset("court tribunal"),
    "party": wordset("party"),
    "campaign": wordset("campaign"),
    "league": wordset("league association federation conference"),
    "union": wordset("union"),
    "agency": wordset(
        "agency bureau department ministry administration commission service office authority "
        "board council committee secretariat directorate police"),
    "legislature": wordset("senate congress parliament assembly legislature"),
    "school": wordset("university college institute academy school"),
    "church": wordset("church"),
    "tribe": wordset("tribe tribes nation"),
    "armed group": wordset("army front movement brigade brigades militia"),
    "organisation": wordset(
        "organization organisation foundation society fund coalition alliance network center "
        "centre club trust"),
}
_HEAD_KIND = {word: kind for kind, words in HEAD_KINDS.items() for word in words}
#: "the company", "the court": which kinds of body a definite description can point back to.
ANAPHORS: dict[str, frozenset[str]] = {
    "company": frozenset({"company"}), "firm": frozenset({"company"}),
    "corporation": frozenset({"company"}), "group": frozenset({"company", "organisation"}),
    "bank": frozenset({"bank"}), "court": frozenset({"court"}), "party": frozenset({"party"}),
    "campaign": frozenset({"campaign"}), "league": frozenset({"league"}),
    "association": frozenset({"league"}), "federation": frozenset({"league"}),
    "union": frozenset({"union"}), "agency": frozenset({"agency"}),
    "department": frozenset({"agency"}), "ministry": frozenset({"agency"}),
    "commission": frozenset({"agency"}), "committee": frozenset({"agency"}),
    "council": frozenset({"agency"}), "board": frozenset({"agency"}),
    "bureau": frozenset({"agency"}), "tribe": frozenset({"tribe"}),
    "church": frozenset({"church"}), "university": frozenset({"school"}),
    "foundation": frozenset({"organisation"}), "organization": frozenset({"organisation"}),
}
#: Corporate suffixes left out of the name a story goes on to use ("Microsoft Corp." ->
#: "Microsoft").
_SUFFIXES = wordset("corp. corp corporation inc. inc co. co ltd. ltd llc plc ag")
#: Offices a person may hold besides one in the body named after "and" ("President and
#: Communist Party chief").
_OFFICES_BEFORE_AND = wordset("president vice premier chairman chairwoman secretary governor")
#: Heads that name a company by its trade ("Pharmaceuticals"): an "of" after one gives its town.
_TRADE_HEADS = wordset(
    "pharmaceuticals industries systems technologies laboratories labs airlines airways "
    "communications enterprises electronics motors holdings networks")
#: How often a company's shortened name must stand alone before it is taken for the company.
SHORTENED_MIN_USES = 2
#: Capitalised words that open a sentence or a phrase but name nothing.
_OPENERS = wordset(
    "the a an this that these those its their his her our former new-found in on at by for "
    "from with to of as and but or if when while after before since both all many some most "
    "several other")
_CAPITAL = r"(?:[A-Z][\w’'&.-]*|&)"
#: A capitalised run: "Bureau of Indian Affairs", "U.S. District Court", "Microsoft Corp.".
_RUN = re.compile(rf"{_CAPITAL}(?:\s+(?:(?:of|for|the|de|on|and|in)\s+)*{_CAPITAL})*")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Z&.-]{1,9})\s*\)")
_ANAPHOR = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(ANAPHORS)) + r")\b(?!\s+of\b)")


@dataclass
class Organisation:
    """One organisation of the story and the names the story gives it."""

    name: str  # as the story goes on to call it: "Microsoft", "Bureau of Indian Affairs"
    kind: str  # a key of HEAD_KINDS
    names: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    called: Counter[str] = field(default_factory=Counter)  # each name, as often as used

    @property
    def heading(self) -> str:
        """The name the story calls it by most ("WMO" after one "World Meteorological
        Association (WMO)"); the full name when no other is used more."""
        if not self.called:
            return self.name
        return max(self.called, key=lambda name: (self.called[name], name == self.name,
                                                   len(name)))


@dataclass(frozen=True)
class OrganisationMention:
    organisation: Organisation
    start: int
    end: int


class OrganisationIndex:
    """The organisations of a story, and where each article names them."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.organisations: dict[str, Organisation] = {}
        self._by_name: dict[str, Organisation] = {}
        self.mentions: dict[str, list[OrganisationMention]] = {}
        self.counts: Counter[str] = Counter()
        texts = {article.id: article.text for article in articles}
        for article_id, text in texts.items():
            self._collect(article_id, text)
        story = " ".join(texts.values())
        self._short_forms()
        self._shortened_companies(story)
        self._acronyms_by_initials(set(re.findall(r"\b[A-Z]{3,8}\b", story)))
        if self._by_name:
            names = sorted(self._by_name, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
            for article_id, text in texts.items():
                self._find_mentions(article_id, text)
        self._starts = {article: [m.start for m in found] for article, found in
                        self.mentions.items()}

    # -- finding organisations

    def _collect(self, article: str, text: str) -> None:
        for run in _runs(text):
            found = _organisation_name(run.group(0))
            if found is None:
                continue
            name, kind, short = found
            if name in alias_index() or (short or name) in alias_index() or \
                    _is_generic_institution(name):
                continue  # NATO, the Wagner Group: the gazetteer's; "the NIS": a state's own
            organisation = self._organisation(name, kind)
            organisation.articles.add(article)
            organisation.names.add(name)
            if short:
                organisation.names.add(short)
            acronym = _ACRONYM_AFTER.match(text, run.end())
            if acronym and _initials_match(acronym.group(1), name):
                organisation.names.add(acronym.group(1))
            for alias in organisation.names:
                self._by_name.setdefault(alias, organisation)

    def _organisation(self, name: str, kind: str) -> Organisation:
        short = _without_suffix(name)
        key = organisation_key(short)
        if key not in self.organisations:
            self.organisations[key] = Organisation(short, kind)
        return self.organisations[key]

    def _short_forms(self) -> None:
        """'the Information Center' after 'the Information Center of Human Rights and ...': a
        name that opens a longer one of the story, up to its "of", is that body."""
        for key, organisation in list(self.organisations.items()):
            longer = [other for other in self.organisations.values() if other is not organisation
                      and other.name.startswith(organisation.name + " of ")]
            if len(longer) == 1:
                target = longer[0]
                target.names |= organisation.names
                target.articles |= organisation.articles
                for alias in organisation.names:
                    self._by_name[alias] = target
                del self.organisations[key]

    def _shortened_companies(self, text: str) -> None:
        """'American Home' after 'American Home Products Corp.': a company the story goes on to
        call by its name without the last word, on its own at least twice ("American Home
        officials refused to comment"), is that company, not the country its first word
        names. The words dropped are the name's tail; the ones kept end on an everyday word
        ("Home"), so no place is taken for a company ("New York" of "New York Life")."""
        for organisation in list(self.organisations.values()):
            words = organisation.name.split()
            if organisation.kind != "company" or len(words) < 3:
                continue
            prefix = " ".join(words[:-1])
            if prefix in self._by_name or prefix in alias_index() or \
                    not is_common_word(words[-2].lower()):
                continue
            alone = re.findall(rf"(?<![\w-]){re.escape(prefix)}(?![\w-])(?!\s+[A-Z])", text)
            if len(alone) >= SHORTENED_MIN_USES:
                organisation.names.add(prefix)
                self._by_name[prefix] = organisation

    def _acronyms_by_initials(self, acronyms: set[str]) -> None:
        """'NAACP' for the National Association for the Advancement of Colored People: an
        acronym the story uses is an organisation's when its letters are the name's initials."""
        for organisation in list(self.organisations.values()):
            initials = _initials(organisation.name)
            if initials in acronyms and initials not in self._by_name and \
                    initials not in alias_index():
                organisation.names.add(initials)
                self._by_name[initials] = organisation

    def _find_mentions(self, article: str, text: str) -> None:
        found = []
        for match in self._pattern.finditer(text):
            organisation = self._by_name[match.group(0)]
            found.append(OrganisationMention(organisation, match.start(), match.end()))
            self.counts[organisation.name] += 1
            organisation.articles.add(article)
            organisation.called[match.group(0)] += 1
        if found:
            self.mentions[article] = found

    # -- looking organisations up

    def named_in(self, phrase: str) -> Organisation | None:
        """The organisation a phrase names ('Microsoft spokesman Mark Murray', 'the BIA')."""
        if not self._by_name:
            return None
        match = self._pattern.search(phrase)
        return self._by_name[match.group(0)] if match else None

    def opened_by(self, name: str) -> Organisation | None:
        """The one organisation of the story whose name opens with this one: "Log Cabin" of
        "Log Cabin Executive Director" is the Log Cabin Republicans."""
        found = [organisation for organisation in self.organisations.values()
                 if organisation.name.startswith(name + " ")]
        return found[0] if len(found) == 1 else None

    def pointed_at(self, phrase: str, article: str, position: int) -> Organisation | None:
        """'the company', 'the court': the last body of that kind the article named before
        ``position``, else the story's only one of that kind."""
        match = _ANAPHOR.search(phrase)
        if not match:
            return None
        noun = match.group(1).lower()
        kinds = ANAPHORS[noun]
        mentions = self.mentions.get(article, [])
        before = mentions[: bisect.bisect_left(self._starts.get(article, []), position)]
        # "the board" is the last body whose name says Board; a public body's noun names only
        # such a body ("the board" is not the FBI), a company's may name any company
        def says(organisation: Organisation) -> bool:
            return any(noun in name.lower().split() for name in organisation.names)

        for mention in reversed(before):
            if says(mention.organisation):
                return mention.organisation
        if kinds == {"agency"}:
            named = [o for o in self.organisations.values() if says(o)]
            return named[0] if len(named) == 1 else None
        for mention in reversed(before):
            if mention.organisation.kind in kinds:
                return mention.organisation
        of_kind = [o for o in self.organisations.values() if o.kind in kinds]
        return of_kind[0] if len(of_kind) == 1 else None



def _joined_runs(text: str) -> list[re.Match[str]]:
    """Capitalised runs, where 'and' and 'in' join two parts of one name ("Restaurant and
    Tavern Association", "Human Rights and Democratic Movement in China") but not two names of
    their own ("the Justice Department and Microsoft Corp.")."""
    runs = []
    for run in _RUN.finditer(text):
        start = run.start()
        for joint in re.finditer(r"\s+(?:and|in)\s+", run.group(0)):
            left = text[start:run.start() + joint.start()]
            if _organisation_name(left) is not None or left in alias_index() or \
                    " in " in joint.group(0) and _organisation_name(
                        text[run.start() + joint.end():run.end()]) is not None:
                runs.append(_RUN.match(text, start, run.start() + joint.start()))
                start = run.start() + joint.end()
                if text.startswith("the ", start):  # "the FBI and the NTSB"
                    start += len("the ")
        runs.append(_RUN.match(text, start, run.end()))
    return [run for run in runs if run]


def _runs(text: str) -> list[re.Match[str]]:
    """The capitalised runs of a text, cut after a word that ends a sentence ('Ministry. The')
    but not after an abbreviation ('U.S. District Court'); 'Corp.' ends its run."""
    runs = []
    for run in _joined_runs(text):
        start = run.start()
        for word in re.finditer(r"\S+", run.group(0)):
            token = word.group(0)
            if token.endswith(".") and re.search(r"[a-z]", token) and start < run.start() + \
                    word.end() < run.end():
                runs.append(_RUN.match(text, start, run.start() + word.end()))
                start = run.start() + word.end() + 1
                while start < run.end() and text[start].isspace():
                    start += 1
        if start < run.end():
            runs.append(_RUN.match(text, start, run.end()))
    return [run for run in runs if run]


def _organisation_name(run: str) -> tuple[str, str, str | None] | None:
    """The organisation a capitalised run names, its kind, and its short name: 'Microsoft
    Corp.' -> ('Microsoft Corp.', 'company', 'Microsoft'); 'Bureau of Indian Affairs' ->
    (..., 'agency', None). A run with no head word, or only a head word, names none."""
    words = run.split()
    heads = [index for index, word in enumerate(words) if word.lower().rstrip(".,") in _HEAD_KIND]
    based = [index for index, word in enumerate(words[:heads[0] if heads else len(words)])
             if word.endswith("-based")]
    if based:
        words = words[based[-1] + 1:]  # "New York-based": where it is, not its name
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    for joint, word in enumerate(words):
        if word != "and" or joint == 0:
            continue
        before = [w.lower().rstrip(".,") for w in words[:joint]]
        after = [w.lower().rstrip(".,") for w in words[joint + 1:]]
        if after[:1] == ["the"] and not any(w in _HEAD_KIND for w in before):
            # "ExxonMobil and the Global Climate Coalition": two bodies, and only the second's
            # name says it is one ("Ministry of Agriculture and the Environment" is one name)
            return _organisation_name(" ".join(words[joint + 2:]))
        two_names = (before[-1] in _HEAD_KIND or before[-1].removesuffix("s") in _HEAD_KIND) \
            and any(w in _HEAD_KIND for w in after)
        if two_names or all(w in _OFFICES_BEFORE_AND for w in before):
            # "the Aryan Nations and Saphire Inc.": each name ends on its own head; "President
            # and Communist Party chief Jiang Zemin": one man's two offices
            return _organisation_name(" ".join(words[joint + 1:]))
    if len(words) < 2:
        return None
    # "Officials of the National Transportation Safety Board", "Lawyers for Microsoft Corp.":
    # people of a body, then its name
    if len(words) > 2 and words[1] in ("of", "for") and words[0].lower() not in _HEAD_KIND and \
            is_common_word(words[0]):
        rest = words[3:] if words[2] == "the" else words[2:]
        inner = _organisation_name(" ".join(rest))
        if inner is not None:
            return inner
    lowered = [word.lower().rstrip(",") for word in words]
    head_at = None
    for index, word in enumerate(lowered):
        if word in _HEAD_KIND or word.rstrip(".") in _HEAD_KIND:
            head_at = index
            # "Department of Justice": the head opens the name before "of"
            if index + 1 < len(lowered) and lowered[index + 1] in {"of", "for"}:
                break
    if head_at is None:
        return None
    head = lowered[head_at]
    kind = _HEAD_KIND.get(head) or _HEAD_KIND[head.rstrip(".")]
    # "Department of Justice", "Association for the Advancement of ...": the name goes on
    goes_on = head_at + 1 < len(lowered) and lowered[head_at + 1] in {"of", "for"} and not (
        # "Interneuron Pharmaceuticals of Lexington, Mass.": a trade's "of" says where it is
        head_at > 0 and head in _TRADE_HEADS)
    name_words = words[: len(words) if goes_on else head_at + 1]
    while name_words and name_words[-1].lower() in {"of", "for", "the", "de", "on"}:
        name_words = name_words[:-1]
    if len(name_words) < 2 or all(w.lower().rstrip(".") in _HEAD_KIND for w in name_words):
        return None
    name = " ".join(name_words).rstrip(",")
    if not name.lower().endswith(tuple(_SUFFIXES)):
        name = name.rstrip(".")
    state = alias_pattern().match(name)
    if state and kind in {"agency", "legislature", "armed group"} and \
            alias_index()[state.group(0)].kind in {"country", "demonym", "capital"}:
        return None  # "Turkish Foreign Ministry", "U.S. Senate": the state's own body
    short = _without_suffix(name)
    return name, kind, short if short != name else None


def _is_generic_institution(name: str) -> bool:
    """'National Intelligence Service', 'Foreign Ministry': a state's body named without its
    state, which the actor index places by the article's evidence."""
    match = GENERIC_INSTITUTIONS.fullmatch(re.sub(r"^(?:the|The)\s+", "", name))
    return match is not None


def _without_suffix(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _SUFFIXES:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split()
                   if word[0].isupper() and word.lower() not in {"of", "the", "for", "and"})


def _initials_match(acronym: str, name: str) -> bool:
    letters = acronym.replace(".", "").replace("-", "")
    return letters.upper() == letters and letters[0] == _initials(name)[:1]


def organisation_key(name: str) -> str:
    """The key one organisation is known by, whatever its spacing and punctuation."""
    return re.sub(r"[^\w]", "", name.lower())
