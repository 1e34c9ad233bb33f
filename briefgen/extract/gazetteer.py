"""Names that stand for actors: countries (from countryinfo), international organisations, armed
groups and well-known national institutions ("the Pentagon", "the Kremlin").

Country names, alternative spellings, capitals ("Seoul") and demonyms ("South Korean") come from
the countryinfo package's data. What no package records is kept here, short and checked by
tests: the international organisations and armed groups news names most, the institutions whose
name is their country's metonym, and the few abbreviations news writes with dots ("U.S.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.lexicon import wordset

#: A capital or demonym counts only for countries at least this populous (the small
#: territories share demonyms with their states and have capitals such as "The Valley").
MIN_POPULATION = 500_000

#: International organisations and alliances: the actor's name and the names that stand for it.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "NATO": ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
             "North Atlantic Alliance"),
    "United Nations": ("United Nations", "UN", "U.N.", "UN Security Council",
                       "U.N. Security Council"),
    "European Union": ("European Union", "EU", "E.U.", "European Commission", "Brussels"),
    "G7": ("G7", "G-7", "Group of Seven"),
    "ASEAN": ("ASEAN", "Association of Southeast Asian Nations"),
    "African Union": ("African Union",),
    "IAEA": ("IAEA", "International Atomic Energy Agency"),
    "OPEC": ("OPEC",),
    "World Health Organization": ("World Health Organization", "WHO"),
    "International Criminal Court": ("International Criminal Court", "ICC"),
}
#: Armed groups that act on their own account.
ARMED_GROUPS: dict[str, tuple[str, ...]] = {
    "Wagner Group": ("Wagner Group", "Wagner", "Wager Group"),
    "Hamas": ("Hamas",),
    "Hezbollah": ("Hezbollah",),
    "Islamic State": ("Islamic State", "ISIS", "ISIL", "Daesh"),
    "Taliban": ("Taliban",),
    "Houthis": ("Houthis", "Houthi"),
    "Al-Qaeda": ("al-Qaeda", "Al-Qaeda", "al Qaeda"),
}
#: Institutions named after their seat, whose name is their country's metonym.
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "United States": ("Pentagon", "White House", "State Department", "Congress", "CIA",
                      "Capitol Hill", "US Forces Korea", "USFK"),
    "Russia": ("Kremlin",),
    "United Kingdom": ("Downing Street", "Whitehall"),
    "North Korea": ("KCNA", "Korean Central News Agency", "Korean People's Army", "Workers' Party"),
    "China": ("Zhongnanhai",),
    "Ukraine": ("Verkhovna Rada",),
}
#: Abbreviations news writes that countryinfo's spellings do not hold.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "United States": ("U.S.", "U.S.A.", "USA", "US", "America"),
    "United Kingdom": ("U.K.", "UK", "Britain"),
    "South Korea": ("ROK", "Republic of Korea"),
    "North Korea": ("DPRK", "the North"),
    "European Union": (),
}


@dataclass(frozen=True)
class Alias:
    """A name in text and the actor it stands for."""

    name: str
    actor: str
    kind: str  # "country", "capital", "demonym", "organisation", "armed group", "institution"


@lru_cache(maxsize=1)
def aliases() -> tuple[Alias, ...]:
    """Every known name, longest first, so that "South Korean" wins over "Korean"."""
    found: dict[str, Alias] = {}

    def add(name: str, actor: str, kind: str) -> None:
        name = name.strip()
        # news sets "People's Republic" with a typographic apostrophe as often as not
        for variant in {name, name.replace("'", "’")}:
            if len(variant) >= 2 and variant not in found:
                found[variant] = Alias(variant, actor, kind)

    countries = _countries()
    for name, _ in countries:
        add(name, name, "country")
    for name, info in countries:
        for spelling in info.get("altSpellings") or ():
            if len(spelling) >= 4 and spelling.isascii() and not spelling.isupper():
                add(spelling, name, "country")
    hand_lists = ((ABBREVIATIONS, "country"), (ORGANISATIONS, "organisation"),
                  (ARMED_GROUPS, "armed group"), (INSTITUTIONS, "institution"))
    for table, kind in hand_lists:
        for actor, names in table.items():
            for alias in names:
                add(alias, actor, kind)
    # capitals and demonyms of the populous countries, the most populous first (shared names)
    for name, info in sorted(countries, key=lambda entry: -(entry[1].get("population") or 0)):
        if (info.get("population") or 0) < MIN_POPULATION:
            continue
        capital = (info.get("capital") or "").strip()
        for variant in {capital, re.sub(r"\s+D\.?C\.?$", "", capital)}:
            if variant and "/" not in variant:
                add(variant, name, "capital")
        demonym = (info.get("demonym") or "").strip()
        if demonym:
            add(demonym, name, "demonym")
            add(demonym + "s", name, "demonym")
    return tuple(sorted(found.values(), key=lambda alias: (-len(alias.name), alias.name)))


def _countries() -> list[tuple[str, dict]]:
    from countryinfo import all_countries

    countries = []
    for country in all_countries():
        info = country.info()
        if (info.get("ISO") or {}).get("alpha2"):
            countries.append((info["name"], info))
    return countries


@lru_cache(maxsize=1)
def alias_pattern() -> re.Pattern[str]:
    """One pattern for every alias, longest first; case-sensitive (names are capitalised)."""
    names = [re.escape(alias.name) for alias in aliases()]
    return re.compile(r"(?<![\w.-])(?:" + "|".join(names) + r")(?![\w-]|\.\w)")


@lru_cache(maxsize=1)
def alias_index() -> dict[str, Alias]:
    return {alias.name: alias for alias in aliases()}


#: Institutions that news names without their country.
GENERIC_INSTITUTIONS = re.compile(
    r"\b(?:presidential office|president(?:'s|’s)? office|foreign ministry|defen[cs]e ministry|"
    r"ministry(?: of \w+)?|government|administration|spy agency|intelligence agency|"
    r"intelligence service|National Intelligence Service|NIS|National Security Council|"
    r"NSC|cabinet|parliament|legislature|military|armed forces|joint chiefs|"
    r"unification ministry|prime minister(?:'s|’s)? office|the president)\b",
    re.IGNORECASE,
)

#: Capitalised words that may follow a country's name inside a longer name and keep it the
#: country's: its offices and bodies ("South Korean President ...", "the Turkish Foreign
#: Ministry", "Russian Defense Ministry"). Any other capitalised word makes the name something
#: else: "Turkish Daily News", "Indian Affairs", "Palestine Liberation Organization".
STATE_WORDS = wordset(
    "president presidential prime premier minister ministry ministers foreign defense defence "
    "interior finance economy trade justice home government cabinet parliament parliamentary "
    "army navy air force forces military embassy ambassador consulate envoy officials official "
    "leader leaders king queen prince emperor chancellor chancellery secretary spokesman "
    "spokeswoman foreign-ministry state troops soldiers police intelligence security council "
    "senate congress legislature authorities authority administration navy coast guard "
    "marines special senator sen rep representative gen general adm admiral gov governor col "
    "colonel maj major lt people's navy's army's supreme top chief deputy vice central "
    "secretary-general director director-general chairman chairwoman head commissioner "
    "representative delegate delegation mission headquarters summit member members allies ally "
    "spokesperson commander commanders energy health education labor labour agriculture "
    "transport transportation environment culture information communications commerce "
    "industry science technology social welfare housing water mines oil petroleum tourism "
    "sports youth planning development infrastructure public civil aviation electricity "
    "railways customs immigration"
)
#: Capitalised words before a country's name that do not make it part of a longer name.
_OPENERS = wordset(
    "the a an former then both all many most some two three several other and but in on at "
    "for from with by of to as while when after before since if that this these those its "
    "their his her our pro anti said says according meanwhile however also yesterday today "
    "now later earlier instead still yet so thus indeed recently last next under unlike like "
    "neither either not only even acting interim outgoing incoming late"
)


def country_mentions(text: str) -> Iterator[tuple[re.Match[str], Alias]]:
    """The names of the gazetteer that stand for their actor where they stand: a whole word that
    is not part of a longer name ("New Jersey", "Steve Ireland", "American Indians", "the
    Bureau of Indian Affairs"), unless what follows is the state's own office ("Turkish Foreign
    Ministry") or the name is a possessive ("Russia's Vladimir Putin")."""
    for match in alias_pattern().finditer(text):
        if _in_longer_name(text, match):
            continue
        yield match, alias_index()[match.group(0)]


def _in_longer_name(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 40):match.start()]
    previous = re.search(r"([\w’'&-]+)(\s+(?:of|for|de)\s+|\s+)$", before)
    if previous and previous.group(1)[:1].isupper() and \
            previous.group(1).lower() not in _OPENERS:
        return True  # "New Jersey", "Steve Ireland", "Bureau of Indian": a name goes on before
    after = text[match.end():match.end() + 40]
    if re.match(r"[’']s\b", after):
        return False  # "Russia's Vladimir Putin": the country owns what follows
    following = re.match(r"\s+(?:(?:of|for|de)\s+)?([A-Z][\w.’'&-]*)", after)
    # "Turkish Daily News", "Indian Affairs", "Mexico City" are other names
    return bool(following and following.group(1).lower().rstrip(".") not in STATE_WORDS)
