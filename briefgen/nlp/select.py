"""Cross-article selection, the public face of ``briefgen.nlp``: rate sentences, group them into
claims (``claims``), choose claims for a length budget (``coverage``), order them to read well.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.model import Article, Claim, Sentence
from briefgen.nlp.claims import group_claims, similarity
from briefgen.nlp.coverage import MAX_CANDIDATES, choose
from briefgen.nlp.summarize import DEFAULT_METHOD, article_sentences, rate_articles

__all__ = [
    "Budget",
    "group_claims",
    "rated_sentences",
    "reading_order",
    "select",
    "similarity",
    "summarize_documents",
]

#: The length of a summary when no budget is given.
DEFAULT_SENTENCES = 5
#: With a budget in sentences only, a sentence may use this many words on average: a budget of
#: "5 points" means five readable points, not the five longest sentences.
WORDS_PER_SENTENCE = 30
#: An item budget looks at this many of the most valuable candidates per item: on 10 dev
#: stories of 25 articles, 7 bottom lines chosen from 50 were those chosen from 150 and 3
#: differed in two or three items (two covering more of the story's concepts, one less), in
#: 40 % of the solver's time (which often ran into its limit with 150).
CANDIDATES_PER_ITEM = 10


def rated_sentences(articles: Sequence[Article], method: str = DEFAULT_METHOD) -> list[Sentence]:
    """Every sentence of every article, scored by the summariser within its own article."""
    rated = rate_articles([article_sentences(article) for article in articles], method)
    return [sentence for article in rated for sentence in article]


@dataclass(frozen=True)
class Budget:
    """A summary length: a number of sentences, a number of words, or both (whichever binds)."""

    sentences: int | None = None
    words: int | None = None

    @classmethod
    def of(
        cls,
        articles: Sequence[Article],
        *,
        sentences: int | None = None,
        words: int | None = None,
        percent: float | None = None,
    ) -> Budget:
        """The budget the user asked for: sentences, words, a percentage of all the input's
        words, or several (whichever binds first); five sentences if nothing was asked."""
        if percent is not None:
            total = sum(article.word_count for article in articles)
            share = max(1, round(total * percent / 100))
            words = share if words is None else min(words, share)
        if sentences is None and words is None:
            sentences = DEFAULT_SENTENCES
        return cls(sentences=sentences, words=words)

    def word_limit(self) -> int | None:
        """The most words the summary may use."""
        if self.words is not None:
            return self.words
        return None if self.sentences is None else self.sentences * WORDS_PER_SENTENCE


def select(claims: Sequence[Claim], budget: Budget) -> list[Claim]:
    """The claims that together cover the most important concepts within the budget (most
    valuable first; see ``briefgen.nlp.coverage``). No fact is paid for twice, so the choice
    balances importance, coverage of the story, and redundancy. A budget of a few items
    (the bottom line's five) looks only at the best ``CANDIDATES_PER_ITEM`` per item: the
    exact solver's time grows fast with the candidates, and the chosen few come from the top."""
    candidates = MAX_CANDIDATES
    if budget.words is None and budget.sentences is not None:
        candidates = min(MAX_CANDIDATES, CANDIDATES_PER_ITEM * budget.sentences)
    return choose(claims, budget.word_limit(), budget.sentences, max_candidates=candidates)


def reading_order(claims: Sequence[Claim]) -> list[Claim]:
    """Lead facts first: order by position in the source article, then by score."""
    return sorted(claims, key=lambda claim: (claim.sentence.position, -claim.score))


def summarize_documents(
    articles: Sequence[Article], budget: Budget, method: str = DEFAULT_METHOD
) -> list[Claim]:
    """One multi-document extractive summary: the claims chosen for the budget, in reading order."""
    claims = group_claims(rated_sentences(articles, method), len(articles))
    chosen = choose(claims, budget.word_limit(), budget.sentences, rephrase=True)
    return reading_order(chosen)
