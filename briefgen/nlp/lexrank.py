"""LexRank for many articles at once: sumy's algorithm, with its loops replaced by sparse algebra.

sumy's ``LexRankSummarizer`` fills an n x n similarity matrix with two Python loops (each cell a
Python cosine over word dictionaries) and computes every idf by rescanning all sentences: O(n^2)
Python operations, about 95 s for 4,000 sentences. Here the same quantities come from one sparse
tf-idf matrix: the idf-modified cosines are one sparse product, and the power method runs on
all articles at once. Each article is still its own LexRank graph (sentences are only compared
within their article), so the work grows with the number of articles, not with its square:
every article gets its own copy of each term's column, which makes the product block-diagonal.

The result equals sumy's (same tf, idf, threshold, degree normalisation and stopping rule);
``tests/nlp/test_lexrank.py`` checks the rankings against sumy's own implementation.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

#: sumy's defaults: similarity above this makes an edge; the power method stops at this change.
THRESHOLD = 0.1
EPSILON = 0.1
#: The power method converges in a few steps at sumy's epsilon; this only guards the loop.
MAX_ITERATIONS = 1000


def lexrank_scores(sentence_words: Sequence[Sequence[str]], groups: Sequence[int]) -> np.ndarray:
    """The LexRank score of each sentence within its group (article).

    ``sentence_words`` are the stemmed, stop-word-free words of each sentence; ``groups`` gives
    each sentence's group number, sentences of one group being contiguous.
    """
    count = len(sentence_words)
    if count == 0:
        return np.zeros(0)
    group_of = np.asarray(groups, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, group_of[1:] != group_of[:-1]])
    sizes = np.diff(np.r_[starts, count])
    group_index = np.repeat(np.arange(len(starts)), sizes)

    weights = _tf_idf(sentence_words, group_index, sizes)
    cosine = (weights @ weights.T).tocsr()
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    rows = np.repeat(np.arange(count), np.diff(cosine.indptr))
    denominator = norms[rows] * norms[cosine.indices]
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where(denominator > 0, cosine.data / denominator, 0.0)
    edges = values > THRESHOLD
    adjacency = sparse.csr_matrix(
        (np.ones(int(edges.sum())), (rows[edges], cosine.indices[edges])), shape=(count, count)
    )
    degrees = np.maximum(np.asarray(adjacency.sum(axis=1)).ravel(), 1.0)
    transition = sparse.diags(1.0 / degrees) @ adjacency
    return _power_method(transition.T.tocsr(), starts, sizes, group_index)


def _tf_idf(
    sentence_words: Sequence[Sequence[str]], group_index: np.ndarray, sizes: np.ndarray
) -> sparse.csr_matrix:
    """Rows: sentences; columns: (group, term) pairs; values tf/max_tf * idf as sumy defines
    them (idf = log(sentences in the group / (1 + sentences of the group with the term)))."""
    vocabulary: dict[tuple[int, str], int] = {}
    row_ids: list[int] = []
    column_ids: list[int] = []
    counts: list[int] = []
    for row, words in enumerate(sentence_words):
        group = int(group_index[row])
        tally: dict[str, int] = {}
        for word in words:
            tally[word] = tally.get(word, 0) + 1
        for word, tally_count in tally.items():
            column = vocabulary.setdefault((group, word), len(vocabulary))
            row_ids.append(row)
            column_ids.append(column)
            counts.append(tally_count)
    rows = np.asarray(row_ids, dtype=np.int64)
    columns = np.asarray(column_ids, dtype=np.int64)
    tf = np.asarray(counts, dtype=float)
    if tf.size:
        max_tf = np.zeros(len(sentence_words))
        np.maximum.at(max_tf, rows, tf)
        tf = tf / max_tf[rows]
    document_frequency = np.bincount(columns, minlength=len(vocabulary)).astype(float)
    column_group = np.empty(len(vocabulary), dtype=np.int64)
    for (group, _word), column in vocabulary.items():
        column_group[column] = group
    idf = np.log(sizes[column_group] / (1.0 + document_frequency))
    return sparse.csr_matrix(
        (tf * idf[columns], (rows, columns)), shape=(len(sentence_words), len(vocabulary))
    )


def _power_method(
    transposed: sparse.csr_matrix, starts: np.ndarray, sizes: np.ndarray, group_index: np.ndarray
) -> np.ndarray:
    """sumy's power method, run for every group at once; each group stops on its own."""
    vector = 1.0 / sizes[group_index].astype(float)
    active = np.ones(len(starts), dtype=bool)
    for _ in range(MAX_ITERATIONS):
        following = transposed @ vector
        norms = np.sqrt(np.add.reduceat(following**2, starts))
        with np.errstate(divide="ignore", invalid="ignore"):
            following = following / norms[group_index]
        change = np.sqrt(np.add.reduceat((following - vector) ** 2, starts))
        moving = active[group_index]
        vector = np.where(moving, following, vector)
        active &= change > EPSILON
        if not active.any():
            break
    return vector
