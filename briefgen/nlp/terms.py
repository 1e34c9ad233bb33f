"""Fast word terms for scoring: lower-case tokens, stems, content words and word-pair concepts.

Scoring needs only *which* words a sentence contains, not Treebank tokens, so one regular
expression does the work that ``NLTKWordTokenizer`` does ten times more slowly (it stays the
tokenizer sumy's own methods see, see ``tokenizer.split_words``). Stems are cached per word:
a week of news has a vocabulary of tens of thousands of words, not millions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

#: sumy's English stop words (580), lower-cased.
STOP_WORDS = frozenset(word.lower() for word in get_stop_words("english"))

# A word: letters or digits, joined by inner apostrophes, hyphens or dots ("U.S", "well-known",
# "12,000" as one number). A possessive "'s" is not part of the word.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:[-.'’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_stemmer = Stemmer("english")


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word (the stemmer sumy uses)."""
    return _stemmer(word)


@lru_cache(maxsize=131072)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case word tokens of a text, punctuation dropped."""
    return tuple(_POSSESSIVE.sub("", token) for token in _TOKEN.findall(text.lower()))


def is_content_word(token: str) -> bool:
    """A word that carries content: not a stop word, not a bare number, more than one letter."""
    return len(token) > 1 and token not in STOP_WORDS and not token[0].isdigit()


@lru_cache(maxsize=131072)
def content_terms(text: str) -> frozenset[str]:
    """Stems of the content words of a sentence (stop words, numbers and punctuation removed)."""
    return frozenset(stem(token) for token in tokens(text) if is_content_word(token))


@lru_cache(maxsize=131072)
def concepts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The units of information a sentence carries: its content stems, and its pairs of
    adjacent stems that are not both stop words ("north korea", "sent troop", "of ukrain")."""
    words = tokens(text)
    stems = [stem(word) for word in words]
    unigrams = frozenset(s for word, s in zip(words, stems, strict=True) if is_content_word(word))
    bigrams = frozenset(
        f"{first} {second}"
        for (first, second), (word1, word2) in zip(
            zip(stems, stems[1:], strict=False), zip(words, words[1:], strict=False), strict=True
        )
        if not (word1 in STOP_WORDS and word2 in STOP_WORDS)
    )
    return unigrams, bigrams


def word_count(text: str) -> int:
    """Words as a reader (and ROUGE) counts them: runs of non-space characters."""
    return len(text.split())
