"""Claims: sentences from different articles that report the same fact, grouped into one.

Comparing every sentence with every group is quadratic (20,000 sentences from a week of news
would take hours). Two sentences can only reach the similarity threshold if they share one of
their *rarer* terms (prefix filtering, as in all-pairs similarity search): with terms ordered
from rarest to most common, a pair whose overlap reaches ``SAME_FACT_SIMILARITY`` must share a
term among the first ``|a| - ceil(t^2 |a|) + 1`` of each sentence. The candidate pairs come from
one sparse product over those prefixes, so the common words that make a naive product quadratic
("year", "government") are left out of the search but still count in the exact similarity,
which is then computed for the candidates only (a sparse element-wise product, in blocks).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from briefgen.model import Claim, Sentence
from briefgen.nlp.terms import content_terms

#: Two sentences from different articles with at least this similarity report the same fact.
SAME_FACT_SIMILARITY = 0.5
#: ... and at least this similarity once each term is weighted by how rare it is in the input
#: (inverse sentence frequency). Without it, two short sentences that share only the story's
#: ubiquitous names ("South Korea will not deploy its own forces to Ukraine." / "He defected to
#: South Korea in 2007.") pass as one fact and an article is cited for what it never said.
SAME_FACT_WEIGHTED_SIMILARITY = 0.45
#: Rows of the candidate product, and candidate pairs checked, at once (bound the memory).
BLOCK_ROWS = 4096
BLOCK_PAIRS = 262144


def similarity(first: str, second: str) -> float:
    """Overlap of content terms relative to the sentences' sizes (cosine of their term sets):
    a short sentence wholly contained in a longer one scores high."""
    return term_similarity(content_terms(first), content_terms(second))


def term_similarity(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / math.sqrt(len(first) * len(second))


def group_claims(sentences: Sequence[Sentence], article_count: int) -> list[Claim]:
    """Group sentences from different articles that report the same fact.

    Sentences are taken best-scored first; each joins the earliest group whose first sentence
    reports the same fact (similarity >= ``SAME_FACT_SIMILARITY``) from another article, or is
    the very same text (a wire copy). Each claim is phrased by its best-scored member and cites
    every article among its members; its score adds corroboration (share of sources reporting
    it) and an early-position bonus to the phrasing sentence's own score.
    """
    ordered = sorted(sentences, key=lambda s: -s.score)
    term_sets = [content_terms(sentence.text) for sentence in ordered]
    # Sentences of one article never join each other's claim unless they are the same text,
    # which the exact-text check below catches: only pairs across articles are searched.
    neighbours = similar_pairs(
        term_sets, SAME_FACT_SIMILARITY, [sentence.article for sentence in ordered]
    )
    neighbours = _informative_neighbours(term_sets, neighbours, SAME_FACT_WEIGHTED_SIMILARITY)
    groups: list[list[Sentence]] = []
    group_articles: list[set[str]] = []
    group_of_leader: dict[int, int] = {}
    first_with_text: dict[str, int] = {}
    for index, sentence in enumerate(ordered):
        chosen = _group_to_join(
            index, sentence, ordered, neighbours.get(index, ()), group_of_leader, group_articles
        )
        copy_of = first_with_text.setdefault(_normalised(sentence.text), index)
        if chosen is None and copy_of != index and copy_of in group_of_leader:
            chosen = group_of_leader[copy_of]
        if chosen is None:
            group_of_leader[index] = len(groups)
            groups.append([sentence])
            group_articles.append({sentence.article})
        else:
            groups[chosen].append(sentence)
            group_articles[chosen].add(sentence.article)
    claims = [_claim(group, article_count) for group in groups]
    return sorted(claims, key=lambda claim: -claim.score)


def _informative_neighbours(
    term_sets: Sequence[frozenset[str]], neighbours: dict[int, list[int]], threshold: float
) -> dict[int, list[int]]:
    """Keep the candidate pairs whose rarity-weighted similarity reaches ``threshold``."""
    frequency: dict[str, int] = {}
    for terms in term_sets:
        for term in terms:
            frequency[term] = frequency.get(term, 0) + 1
    total = len(term_sets)
    # Smoothed as in scikit-learn, so that a term in every sentence still weighs something.
    weight = {term: (math.log((1 + total) / (1 + count)) + 1) ** 2
              for term, count in frequency.items()}
    norms = [math.sqrt(sum(weight[term] for term in terms)) for terms in term_sets]

    def close(first: int, second: int) -> bool:
        shared = sum(weight[term] for term in term_sets[first] & term_sets[second])
        denominator = norms[first] * norms[second]
        return denominator > 0 and shared / denominator >= threshold

    kept = {index: [other for other in similar if close(index, other)]
            for index, similar in neighbours.items()}
    return {index: similar for index, similar in kept.items() if similar}


def _group_to_join(
    index: int,
    sentence: Sentence,
    ordered: Sequence[Sentence],
    similar: Sequence[int],
    group_of_leader: dict[int, int],
    group_articles: list[set[str]],
) -> int | None:
    """The earliest group led by a similar sentence that this sentence may join."""
    best = None
    for other in similar:
        group = group_of_leader.get(other)
        if group is None or (best is not None and group >= best):
            continue
        leader = ordered[other]
        if sentence.article in group_articles[group] and not _same_text(sentence, leader):
            continue
        best = group
    return best


def _claim(group: list[Sentence], article_count: int) -> Claim:
    best = group[0]
    citations = tuple(dict.fromkeys(member.article for member in group))
    corroboration = (len(citations) - 1) / max(article_count - 1, 1)
    position_bonus = 1.0 / (1.0 + best.position)
    score = best.score + 0.5 * corroboration + 0.3 * position_bonus
    return Claim(best, citations, tuple(group), round(score, 6))


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _same_text(first: Sentence, second: Sentence) -> bool:
    return _normalised(first.text) == _normalised(second.text)


def similar_pairs(
    term_sets: Sequence[frozenset[str]],
    threshold: float,
    sources: Sequence[str] | None = None,
) -> dict[int, list[int]]:
    """For each set, the other sets whose ``term_similarity`` with it is at least ``threshold``
    (in increasing index order), leaving out pairs from the same source when ``sources`` says
    where each set comes from. Exact: the filters only prune pairs that cannot qualify."""
    index = _TermIndex(term_sets)
    neighbours: dict[int, list[int]] = {}
    for first, second in index.similar(threshold, sources):
        neighbours.setdefault(first, []).append(second)
        neighbours.setdefault(second, []).append(first)
    for similar in neighbours.values():
        similar.sort()
    return neighbours


class _TermIndex:
    """The term sets as a sparse 0/1 matrix, columns ordered from the rarest term to the most
    common, so that each set's prefix is its first columns."""

    def __init__(self, term_sets: Sequence[frozenset[str]]) -> None:
        counts: dict[str, int] = {}
        for terms in term_sets:
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
        # Rarest first; ties broken by the term itself so that the order is reproducible.
        column_of = {
            term: column
            for column, term in enumerate(sorted(counts, key=lambda t: (counts[t], t)))
        }
        self.sizes = np.array([len(terms) for terms in term_sets], dtype=np.int64)
        columns = np.fromiter(
            (column_of[t] for terms in term_sets for t in terms), dtype=np.int64,
            count=int(self.sizes.sum()),
        )
        indptr = np.r_[0, np.cumsum(self.sizes)]
        self.matrix = sparse.csr_matrix(
            (np.ones(len(columns), dtype=np.float32), columns, indptr),
            shape=(len(term_sets), len(column_of)),
        )
        self.matrix.sort_indices()

    def similar(self, threshold: float, sources: Sequence[str] | None) -> list[tuple[int, int]]:
        """Pairs (i < j) whose similarity reaches the threshold."""
        sizes = self.sizes
        keep = sizes - np.ceil(threshold * threshold * sizes - 1e-9).astype(np.int64) + 1
        keep = np.clip(keep, 0, sizes)
        prefixes = self._first_columns(keep)
        transposed = prefixes.T.tocsr()
        source_ids = None
        if sources is not None:
            source_ids = np.unique(np.asarray(sources), return_inverse=True)[1]
        pairs: list[tuple[int, int]] = []
        for start in range(0, len(sizes), BLOCK_ROWS):
            block = (prefixes[start : start + BLOCK_ROWS] @ transposed).tocoo()
            first, second = block.row + start, block.col
            wanted = second > first
            if source_ids is not None:
                wanted &= source_ids[first] != source_ids[second]
            first, second = first[wanted], second[wanted]
            for chunk in range(0, len(first), BLOCK_PAIRS):
                a, b = first[chunk : chunk + BLOCK_PAIRS], second[chunk : chunk + BLOCK_PAIRS]
                overlap = np.asarray(
                    self.matrix[a].multiply(self.matrix[b]).sum(axis=1)
                ).ravel()
                close = overlap >= threshold * np.sqrt(sizes[a] * sizes[b]) - 1e-9
                pairs.extend(zip(a[close].tolist(), b[close].tolist(), strict=True))
        return pairs

    def _first_columns(self, counts: np.ndarray) -> sparse.csr_matrix:
        """Each row cut to its first ``counts`` entries (its rarest terms)."""
        matrix = self.matrix
        starts = matrix.indptr[:-1]
        lengths = np.diff(matrix.indptr)
        offsets = np.arange(matrix.nnz) - np.repeat(starts, lengths)
        within = offsets < np.repeat(counts, lengths)
        rows = np.repeat(np.arange(matrix.shape[0]), lengths)[within]
        return sparse.csr_matrix(
            (matrix.data[within], (rows, matrix.indices[within])), shape=matrix.shape
        )
