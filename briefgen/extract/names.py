"""What a word says about a name: a known first name (and its usual gender), or a common word.

First names come from gender-guesser's dictionary of 45,000 first names by country (Jörg
Michael's nam_dict, shipped inside that package), read once per process straight from its data
file: the package's own loader builds per-country tables this needs none of and takes 0.8 s;
the plain read, which weighs each name's entries by their frequencies, takes about 0.6 s.
Common words come from wordfreq, which the cleaner already loads.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from wordfreq import zipf_frequency

#: A word this frequent in English (per billion words, on wordfreq's Zipf scale: 3.5 is about
#: 3 per million) is a common word, as "Air", "Flight", "Energy" and "Security" are.
COMMON_WORD_ZIPF = 3.5
#: nam_dict's gender codes: male, mostly male, female, mostly female, unisex.
_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": None}
#: A name is a man's or a woman's when that gender's share of its use is this many times the
#: other's ("Mike", "Susan"); else the name does not tell ("Robin").
GENDER_MAJORITY = 3


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str | None]:
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    use: dict[str, dict[str | None, float]] = {}
    for line in data.read_bytes().split(b"\n"):
        if len(line) < 30 or line[:1] in b"#=":
            continue
        code = line[:2].strip().decode("ascii", "replace")
        if code not in _GENDER_CODES:
            continue
        # compound names are written with "+" ("Abd+al"); the first part is what text shows
        name = line[3:29].strip().split(b"+")[0].decode("latin-1").lower()
        if name:
            weights = use.setdefault(name, {})
            gender = _GENDER_CODES[code]
            weights[gender] = weights.get(gender, 0.0) + _frequency(line[30:])
    return {name: _majority(weights) for name, weights in use.items()}


def _frequency(columns: bytes) -> float:
    """How much a name is used: its per-country frequency classes (1-9, A-D, a log scale),
    as counts; at least 1 for a name listed without any. (Counted with bytes.count, in C:
    this runs for each of the dictionary's 48,000 lines.)"""
    digits = columns.strip(b" $\r")
    if not digits:
        return 1.0
    return max(sum(digits.count(char) * weight for char, weight in _CLASS_WEIGHTS), 1.0)


#: A frequency class's weight, by its byte: "1"-"9" and "A"-"D" stand for 2**1 ... 2**13.
_CLASS_WEIGHTS = tuple((str(n).encode(), 2.0 ** n) for n in range(1, 10)) + tuple(
    (letter.encode(), 2.0 ** (10 + index)) for index, letter in enumerate("ABCD"))


def _majority(weights: dict[str | None, float]) -> str | None:
    men, women = weights.get("m", 0.0), weights.get("f", 0.0)
    if men >= GENDER_MAJORITY * women and men > 0:
        return "m"
    if women >= GENDER_MAJORITY * men and women > 0:
        return "f"
    return None


def is_first_name(word: str) -> bool:
    """Whether a word is a first name somewhere ("Mark", "Veli", "Sabrina", "Wang")."""
    return word.strip(".,").lower() in _first_names()


def first_name_gender(word: str) -> str | None:
    """'m' or 'f' when the first name is mostly given to men or to women, else None."""
    return _first_names().get(word.strip(".,").lower())


def is_common_word(word: str) -> bool:
    """Whether a capitalised word is also an everyday English word ("Air", "Health")."""
    return zipf_frequency(word.strip(".,’'").lower(), "en") >= COMMON_WORD_ZIPF
