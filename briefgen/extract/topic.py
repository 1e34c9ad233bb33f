"""What the story is about: the words its articles share, and how much of them a sentence uses.

A reader of a brief knows its subject from the title and the bottom line: "the balloon" needs no
introduction in a story about a balloon flight, and a sentence that carries none of the words
the story's articles keep using (an astronaut's musing in a story about a hate group's trial, a
digest's item on NATO) is not about this story. The evidence is how many of the articles use
each content word: "concorde" in 25 of 26 articles of a story of a Concorde crash counts about
1, "hotel" in 7 of them about a quarter; words every English text uses ("people", "year"), the
calendar and quantities say nothing of which story a sentence belongs to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from wordfreq import zipf_frequency

from briefgen.extract.gazetteer import alias_index
from briefgen.extract.lexicon import wordset
from briefgen.nlp.terms import is_content_word, stem, tokens

#: A story needs this many articles before "what most of them use" means anything.
MIN_ARTICLES = 3
#: Words this common in English ("people" 6.3, "year" 6.0, "workers" 5.0 on the Zipf scale)
#: say nothing of a story's subject.
EVERYDAY_ZIPF = 5.5
#: Words of the calendar and of quantity: every story's articles share them.
CALENDAR = frozenset(stem(word) for word in wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december month week today yesterday "
    "percent million billion thousand hundred dozen"))


#: Distinct names before a noun that make it several things ("Melissa virus", "CIH virus",
#: "Chernobyl virus"); two may name one thing ("SOF deployment", "Russian deployment").
SEVERAL_NAMES = 3
# "Melissa virus": a capitalised word (not opening a sentence, not a function word) before a
# lower-case noun; "another virus": the story says there are more ("other" is too often an
# adjective of kind: "other security threats").
_QUALIFIED = re.compile(r"(?<=[a-z,;] )(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|"
                        r"Our|My|Your|I|We|He|She|It|They|Mr|Mrs|Ms|Dr)\b)([A-Z][\w-]+) "
                        r"([a-z]{3,})\b")
_ANOTHER = re.compile(r"\banother\s+([a-z]{3,})\b", re.IGNORECASE)


class StoryTerms:
    """The share of the story's articles that use each content word (by stem), counted once."""

    def __init__(self, texts: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        spelling: dict[str, str] = {}
        self.articles = 0
        #: For each noun, the names that set one such thing apart ("Melissa virus", "CIH
        #: virus"), and whether the story says "another virus".
        qualifiers: dict[str, set[str]] = {}
        others: set[str] = set()
        for text in texts:
            for match in _QUALIFIED.finditer(text):
                if match.group(1) not in alias_index() and is_content_word(match.group(2)) \
                        and stem(match.group(1).lower()) not in CALENDAR:
                    # not "Russian troops" (may be all of them) nor "February report"
                    qualifiers.setdefault(stem(match.group(2)), set()).add(match.group(1))
            others.update(stem(match.group(1).lower()) for match in _ANOTHER.finditer(text)
                          if is_content_word(match.group(1).lower()))
            stems = set()
            for token in tokens(text):
                if is_content_word(token) and token.isalpha():
                    stemmed = stem(token)
                    stems.add(stemmed)
                    spelling.setdefault(stemmed, token)
            counts.update(stems)
            self.articles += 1
        self.share = {word: n / self.articles for word, n in counts.items()
                      if word not in CALENDAR} if self.articles else {}
        self._central: dict[tuple[float, bool, int], frozenset[str]] = {}
        self._everyday = frozenset(word for word in self.share
                                   if zipf_frequency(spelling[word], "en") >= EVERYDAY_ZIPF)
        #: The nouns the story names more than one of: "the virus" of a story of the Melissa,
        #: the CIH and the Chernobyl viruses, or one that says "another virus", says not which.
        self.several = frozenset(others | {word for word, names in qualifiers.items()
                                           if len(names) >= SEVERAL_NAMES})

    def central(self, share: float, *, everyday: bool = False,
                min_articles: int = MIN_ARTICLES) -> frozenset[str]:
        """The stems that at least ``share`` of the articles (and two of them) use; none for a
        story of fewer than ``min_articles``; everyday words only with ``everyday``."""
        key = (share, everyday, min_articles)
        if key not in self._central:  # asked for each sentence: computed once per question
            least = max(share, 2 / self.articles) if self.articles > 1 else share
            self._central[key] = frozenset() if self.articles < min_articles else frozenset(
                word for word, used in self.share.items()
                if used >= least and (everyday or word not in self._everyday))
        return self._central[key]

    def centrality(self, text: str, share: float) -> float:
        """How central a text is: the shares of the articles that use each central word
        (``central(share)``, any story size) it carries, added up."""
        central = self.central(share, min_articles=1)
        return sum(self.share[word] for word in stems_of(text) if word in central)


def is_about(text: str, topic: frozenset[str], core: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence is about the story: it uses a ``core`` word (one most articles use)
    or two ``topic`` words (each of which many use); always, for a story too small to tell."""
    if not topic:
        return True
    used = stems_of(text)
    return bool(used & core) or len(used & topic) >= 2


def stems_of(text: str) -> set[str]:
    """The stems of a text's content words."""
    return {stem(token) for token in tokens(text) if is_content_word(token)}
