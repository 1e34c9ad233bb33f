"""Cross-article selection: group sentences that report the same fact into claims, then choose
claims for a length budget, balancing importance against repetition (maximal marginal relevance).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from briefgen.model import Article, Claim, Sentence
from briefgen.nlp.summarize import DEFAULT_METHOD, article_sentences, rate
from briefgen.nlp.tokenizer import split_words

_STOP_WORDS = frozenset(get_stop_words("english"))
_stem = Stemmer("english")
_WORD = re.compile(r"^[^\W_][\w'’.-]*$")

#: Two sentences from different articles with at least this similarity report the same fact.
SAME_FACT_SIMILARITY = 0.5
#: Weight of importance against novelty when choosing claims (1.0 ignores repetition).
MMR_LAMBDA = 0.7


@lru_cache(maxsize=131072)
def content_terms(text: str) -> frozenset[str]:
    """Stems of the content words of a sentence (stop words and punctuation removed)."""
    terms = set()
    for token in split_words(text):
        lowered = token.lower()
        if lowered in _STOP_WORDS or not _WORD.match(token):
            continue
        terms.add(_stem(lowered))
    return frozenset(terms)


def similarity(first: str, second: str) -> float:
    """Overlap of content terms, normalised by the smaller sentence (a short sentence wholly
    contained in a longer one reports the same fact)."""
    a, b = content_terms(first), content_terms(second)
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def rated_sentences(articles: Sequence[Article], method: str = DEFAULT_METHOD) -> list[Sentence]:
    """Every sentence of every article, scored by the summariser within its own article."""
    sentences: list[Sentence] = []
    for article in articles:
        sentences.extend(rate(article_sentences(article), method))
    return sentences


def group_claims(sentences: Sequence[Sentence], article_count: int) -> list[Claim]:
    """Group sentences from different articles that report the same fact.

    Each claim is phrased by its best-scored member and cites every article among its members;
    its score adds corroboration (share of sources reporting it) and an early-position bonus to
    the phrasing sentence's own score.
    """
    groups: list[list[Sentence]] = []
    for sentence in sorted(sentences, key=lambda s: -s.score):
        for group in groups:
            if sentence.article in {member.article for member in group} and not _same_text(
                sentence, group[0]
            ):
                continue
            if similarity(sentence.text, group[0].text) >= SAME_FACT_SIMILARITY:
                group.append(sentence)
                break
        else:
            groups.append([sentence])
    claims = []
    for group in groups:
        best = group[0]
        citations = tuple(dict.fromkeys(member.article for member in group))
        corroboration = (len(citations) - 1) / max(article_count - 1, 1)
        position_bonus = 1.0 / (1.0 + best.position)
        score = best.score + 0.5 * corroboration + 0.3 * position_bonus
        claims.append(Claim(best, citations, tuple(group), round(score, 6)))
    return sorted(claims, key=lambda claim: -claim.score)


def _same_text(first: Sentence, second: Sentence) -> bool:
    return first.text.strip().casefold() == second.text.strip().casefold()


@dataclass(frozen=True)
class Budget:
    """A summary length: a number of sentences, a number of words, or both (whichever binds)."""

    sentences: int | None = None
    words: int | None = None

    def allows(self, chosen: Sequence[Claim], candidate: Claim) -> bool:
        if self.sentences is not None and len(chosen) >= self.sentences:
            return False
        if self.words is not None:
            used = sum(word_count(claim.text) for claim in chosen)
            return used + word_count(candidate.text) <= self.words
        return True

    def full(self, chosen: Sequence[Claim]) -> bool:
        return self.sentences is not None and len(chosen) >= self.sentences


def word_count(text: str) -> int:
    return len(text.split())


def select(claims: Sequence[Claim], budget: Budget, mmr_lambda: float = MMR_LAMBDA) -> list[Claim]:
    """Choose claims for the budget by maximal marginal relevance, then order them to read well:
    by how early their sentence appears in its article, then by score."""
    remaining = list(claims)
    chosen: list[Claim] = []
    top = max((claim.score for claim in remaining), default=1.0) or 1.0
    while remaining and not budget.full(chosen):
        best, best_value = None, -math.inf
        for claim in remaining:
            if not budget.allows(chosen, claim):
                continue
            redundancy = max((similarity(claim.text, c.text) for c in chosen), default=0.0)
            value = mmr_lambda * claim.score / top - (1 - mmr_lambda) * redundancy
            if value > best_value:
                best, best_value = claim, value
        if best is None:
            break
        chosen.append(best)
        remaining.remove(best)
    return chosen


def reading_order(claims: Sequence[Claim]) -> list[Claim]:
    """Lead facts first: order by relative position in the source article, then by score."""
    return sorted(claims, key=lambda claim: (claim.sentence.position, -claim.score))


def summarize_documents(
    articles: Sequence[Article], budget: Budget, method: str = DEFAULT_METHOD
) -> list[Claim]:
    """One multi-document extractive summary: the claims chosen for the budget, in reading order."""
    claims = group_claims(rated_sentences(articles, method), len(articles))
    return reading_order(select(claims, budget))


def term_counts(claims: Sequence[Claim]) -> Counter[str]:
    """How many claims mention each content term (used to find the story's topic)."""
    counts: Counter[str] = Counter()
    for claim in claims:
        counts.update(content_terms(claim.text))
    return counts


def with_score(claim: Claim, score: float) -> Claim:
    return replace(claim, score=score)
