"""How central a sentence is to the story: how many of the story's common terms it carries.

A story's central terms are the content words that many of its articles use ("concorde",
"crash", "tire" in a story of a Concorde crash), not the words every English text uses
("people", "year"). A sentence about another story that an article mentions in passing (a
different crash, a budget digest) carries few of them; a risk or a figure that carries fewer
than a minimum is not about the story, however well it is phrased.
"""

from __future__ import annotations

from collections import Counter

from wordfreq import zipf_frequency

from briefgen.extract.lexicon import wordset
from briefgen.nlp.terms import is_content_word, stem, tokens
from briefgen.sections.material import Material

#: A term is central when at least this share of the story's articles use it ...
CENTRAL_SHARE = 0.25
#: ... and at least this many (one article's words are that article's, not the story's).
CENTRAL_ARTICLES = 2
#: Words at least this frequent in English at large (Zipf scale: "people" 6.3, "year" 6.0,
#: "workers" 5.0) say nothing about which story a sentence belongs to.
COMMON_ZIPF = 5.5
#: Words of the calendar and of quantity: every story's articles share them.
_GENERIC = frozenset(stem(word) for word in wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december month week today yesterday "
    "percent million billion thousand hundred dozen"))


def central_terms(material: Material) -> dict[str, float]:
    """The stems of the content words that enough of the story's articles use, each with the
    share of the articles that use it."""
    return material.remember("central_terms", lambda: _central_terms(material))


def _central_terms(material: Material) -> dict[str, float]:
    articles = len(material.articles)
    if not articles:
        return {}
    reporting: Counter[str] = Counter()
    forms: dict[str, str] = {}
    for article in material.articles:
        stems = set()
        for token in tokens(article.text):
            if is_content_word(token) and token.isalpha():
                stems.add(stem(token))
                forms.setdefault(stem(token), token)
        reporting.update(stems)
    minimum = max(CENTRAL_ARTICLES, CENTRAL_SHARE * articles) if articles > 1 else 1
    return {term: count / articles for term, count in reporting.items()
            if count >= minimum and term not in _GENERIC
            and zipf_frequency(forms[term], "en") < COMMON_ZIPF}


def centrality(material: Material, text: str) -> float:
    """How central a text is to the story: the shares of the articles that use each of the
    story's central terms it carries, added up ("Concorde" in 25 of 26 articles counts about
    1, "hotel" in 7 of them about a quarter)."""
    central = central_terms(material)
    terms = {stem(token) for token in tokens(text) if is_content_word(token)}
    return sum(central.get(term, 0.0) for term in terms)


#: A sentence below this share of the story's sentences in centrality is off the story.
LOWER_QUANTILE = 0.25


def is_central(material: Material, text: str, minimum: float) -> bool:
    """Whether a text is about the story: it carries at least ``minimum`` of centrality and
    no less than the story's lower quartile of sentences (a story whose every article tells
    the same event asks more of a sentence than a story of many aspects)."""
    return centrality(material, text) >= max(minimum, _lower_quantile(material))


def _lower_quantile(material: Material) -> float:
    def compute() -> float:
        values = sorted(centrality(material, claim.text) for claim in material.claims)
        return values[int(LOWER_QUANTILE * (len(values) - 1))] if values else 0.0

    return material.remember("centrality_lower_quantile", compute)
