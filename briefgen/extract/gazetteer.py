"""Names that stand for actors: countries (from countryinfo), international organisations, armed
groups and well-known national institutions ("the Pentagon", "the Kremlin").

Country names, alternative spellings, capitals ("Seoul") and demonyms ("South Korean") come from
the countryinfo package's data. What no package records is kept here, short and checked by
tests: the international organisations and armed groups news names most, the institutions whose
name is their country's metonym, and the few abbreviations news writes with dots ("U.S.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
        if len(name) >= 2 and name not in found:
            found[name] = Alias(name, actor, kind)

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
