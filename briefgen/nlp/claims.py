"""Claims: sentences from different articles that report the same fact, grouped into one.

Comparing every sentence with every group is quadratic (20,000 sentences from a week of news
would take hours). Two sentences can only reach the similarity threshold if they share one of
their *rarer* terms (prefix filtering, as in all-pairs similarity search): with terms ordered
from rarest to most common, a pair whose overlap reaches ``SAME_FACT_SIMILARITY`` must share a
term among the first ``|a| - ceil(t^2 |a|) + 1`` of each sentence. The candidate pairs come from
one sparse product over those prefixes, so the common words that make a naive product quadratic
("year", "government") are left out of the search but still count in the exact similarity.
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
#: Rows of the candidate product computed at once (bounds the memory of the search).
BLOCK_ROWS = 4096


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
    neighbours = similar_pairs(term_sets, SAME_FACT_SIMILARITY)
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


def similar_pairs(term_sets: Sequence[frozenset[str]], threshold: float) -> dict[int, list[int]]:
    """For each set, the other sets whose ``term_similarity`` with it is at least ``threshold``
    (in increasing index order). Exact: prefix filtering only prunes pairs that cannot qualify."""
    candidates = _candidate_pairs(term_sets, threshold)
    neighbours: dict[int, list[int]] = {}
    for first, second in candidates:
        if term_similarity(term_sets[first], term_sets[second]) >= threshold:
            neighbours.setdefault(first, []).append(second)
            neighbours.setdefault(second, []).append(first)
    for similar in neighbours.values():
        similar.sort()
    return neighbours


def _candidate_pairs(
    term_sets: Sequence[frozenset[str]], threshold: float
) -> list[tuple[int, int]]:
    """Pairs (i < j) that share a term within both their prefixes."""
    vocabulary: dict[str, int] = {}
    for terms in term_sets:
        for term in terms:
            vocabulary.setdefault(term, len(vocabulary))
    frequency = np.zeros(len(vocabulary), dtype=np.int64)
    ids_per_set = []
    for terms in term_sets:
        ids = np.fromiter((vocabulary[term] for term in terms), dtype=np.int64, count=len(terms))
        frequency[ids] += 1
        ids_per_set.append(ids)
    rows: list[np.ndarray] = []
    columns: list[np.ndarray] = []
    for row, ids in enumerate(ids_per_set):
        if not len(ids):
            continue
        # Rarest first; ties broken by term id so that every set uses the same global order.
        ordered = ids[np.lexsort((ids, frequency[ids]))]
        keep = len(ids) - math.ceil(threshold * threshold * len(ids) - 1e-9) + 1
        prefix = ordered[:keep]
        rows.append(np.full(len(prefix), row, dtype=np.int64))
        columns.append(prefix)
    if not rows:
        return []
    row_index = np.concatenate(rows)
    column_index = np.concatenate(columns)
    prefixes = sparse.csr_matrix(
        (np.ones(len(row_index), dtype=np.float32), (row_index, column_index)),
        shape=(len(term_sets), len(vocabulary)),
    )
    transposed = prefixes.T.tocsr()
    pairs: list[tuple[int, int]] = []
    for start in range(0, len(term_sets), BLOCK_ROWS):
        block = (prefixes[start : start + BLOCK_ROWS] @ transposed).tocoo()
        first = block.row + start
        upper = block.col > first
        pairs.extend(zip(first[upper].tolist(), block.col[upper].tolist(), strict=True))
    return pairs
