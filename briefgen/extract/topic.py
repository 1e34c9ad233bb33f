"""What the story is about: the words most of its articles use.

A reader of a brief knows its subject from the title and the bottom line: "the balloon" needs no
introduction in a story about a balloon flight, and a sentence that shares no word with what
the story's articles keep saying (an astronaut's musing in a story about a hate group's trial,
a digest item about another crash) is not about this story at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from wordfreq import zipf_frequency

from briefgen.extract.lexicon import wordset
from briefgen.nlp.terms import is_content_word, stem, tokens

#: A story needs this many articles before "what most of them use" means anything.
MIN_ARTICLES = 3
#: Words this common in English ("year", "people", "time") say nothing of a story's subject.
EVERYDAY_ZIPF = 5.5
#: Names of days and months say when, not what: every story of a week has "Wednesday".
CALENDAR = wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december")


def central_words(texts: Iterable[str], share: float, *, everyday: bool = False
                  ) -> frozenset[str]:
    """The content-word stems that at least ``share`` of the story's articles use (none for a
    story of fewer than ``MIN_ARTICLES`` articles); everyday words only with ``everyday``."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    articles = 0
    for text in texts:
        stems = set()
        for token in tokens(text):
            if is_content_word(token) and token not in CALENDAR:
                stemmed = stem(token)
                stems.add(stemmed)
                spelling.setdefault(stemmed, token)
        counts.update(stems)
        articles += 1
    if articles < MIN_ARTICLES:
        return frozenset()
    return frozenset(word for word, n in counts.items() if n >= share * articles
                     and (everyday or zipf_frequency(spelling[word], "en") < EVERYDAY_ZIPF))


def is_about(text: str, topic: frozenset[str], core: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence is about the story: it uses a ``core`` word (one most articles use)
    or two ``topic`` words (each of which many use); always, for a story too small to tell."""
    if not topic:
        return True
    used = {stem(token) for token in tokens(text) if is_content_word(token)}
    return bool(used & core) or len(used & topic) >= 2
