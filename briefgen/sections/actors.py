"""Actors of a story and the names that stand for them ("Seoul", "the NIS" -> South Korea)."""

from __future__ import annotations

import re

# Checked in order; longer, more specific names first so "South Korea" wins over "Korea".
ACTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "South Korea": (
        r"South Korea\w*", r"Seoul", r"presidential office", r"National Intelligence Service",
        r"NIS", r"Yoon Suk Yeol", r"President Yoon", r"Yoon", r"Cho Tae-yul",
    ),
    "North Korea": (
        r"North Korea\w*", r"Pyongyang", r"Kim Jong[- ][Uu]n", r"the North\b", r"KCNA",
    ),
    "Russia": (r"Russia\w*", r"Moscow", r"Kremlin", r"Putin"),
    "Ukraine": (r"Ukrain\w*", r"Kyiv", r"Zelensky\w*"),
    "United States": (
        r"United States", r"U\.S\.", r"Washington", r"Pentagon", r"Sabrina Singh", r"White House",
    ),
    "NATO": (r"NATO", r"North Atlantic Treaty Organi[sz]ation", r"Mark Rutte", r"Rutte"),
    "China": (r"China", r"Chinese", r"Beijing"),
    "Japan": (r"Japan\w*", r"Tokyo"),
    "United Kingdom": (r"United Kingdom", r"U\.K\.", r"Britain", r"British"),
}

_PATTERNS = {
    actor: re.compile(r"\b(?:" + "|".join(aliases) + r")", re.UNICODE)
    for actor, aliases in ACTOR_ALIASES.items()
}


def actors_in(text: str) -> list[str]:
    """Actors mentioned in a text, in order of first mention."""
    found = []
    for actor, pattern in _PATTERNS.items():
        match = pattern.search(text)
        if match:
            found.append((match.start(), actor))
    return [actor for _, actor in sorted(found)]


def speaking_actor(text: str, cue_start: int) -> str | None:
    """The actor nearest before an attribution cue (the subject who speaks), else the first."""
    before = actors_in(text[:cue_start])
    if before:
        return _last_mentioned(text[:cue_start])
    after = actors_in(text[cue_start:])
    return after[0] if after else None


def _last_mentioned(text: str) -> str | None:
    best, best_start = None, -1
    for actor, pattern in _PATTERNS.items():
        for match in pattern.finditer(text):
            if match.start() > best_start:
                best, best_start = actor, match.start()
    return best
