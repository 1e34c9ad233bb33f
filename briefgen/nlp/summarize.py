"""Per-article extractive summaries with sumy, through the offline tokenizer.

Every sumy method is wrapped the same way: the article's sentences (already split, verbatim) go
into sumy's object document model directly, so sumy's plain-text parser never sees the text (it
drops ALL-CAPS lines as headings). Each method rates every sentence; we keep those ratings as
scores so that cross-article selection can compare them.

LexRank is computed by ``briefgen.nlp.lexrank`` (sumy's algorithm in sparse matrices, all
articles in one pass) because sumy's pure-Python loops dominate the run time on many articles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
from sumy.models.dom import ObjectDocumentModel
from sumy.models.dom import Paragraph as SumyParagraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from briefgen.errors import BriefgenError
from briefgen.model import Article, Sentence
from briefgen.nlp.lexrank import lexrank_scores
from briefgen.nlp.terms import STOP_WORDS, stem, tokens
from briefgen.nlp.tokenizer import SUMY_WORD, OfflineTokenizer, split_sentences

LANGUAGE = "english"
#: KL re-rates every sentence per pick (worse than quadratic): only offered on short inputs.
KL_MAX_SENTENCES = 300
#: Quadratic methods are capped: beyond this, only the leading sentences are rated.
MAX_SENTENCES = 2000
#: A sentence longer than this is not a sentence (a table dump, a run-on scrape): not rated.
MAX_SENTENCE_CHARS = 2000

_STOP_WORDS = get_stop_words(LANGUAGE)
# Words that mark a sentence as newsworthy or as filler, for Edmundson's cue method.
_BONUS_WORDS = ("confirmed", "decided", "announced", "said", "warned", "first", "major", "new")
_STIGMA_WORDS = ("reportedly", "perhaps", "meanwhile", "however", "course")


class SortedLsaSummarizer(LsaSummarizer):
    """sumy's LSA builds its dictionary from a frozenset, so results change with the hash seed;
    sorting the words makes the ranking reproducible."""

    def _create_dictionary(self, document):  # noqa: ANN001, ANN202 - sumy's signature
        words = map(self.normalize_word, document.words)
        unique = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
        return {word: index for index, word in enumerate(unique)}


def _with_stop_words(cls: type) -> Callable[[Stemmer], AbstractSummarizer]:
    def factory(stemmer: Stemmer) -> AbstractSummarizer:
        summarizer = cls(stemmer)
        summarizer.stop_words = _STOP_WORDS
        return summarizer

    return factory


def _edmundson(stemmer: Stemmer) -> AbstractSummarizer:
    summarizer = EdmundsonSummarizer(stemmer)
    summarizer.bonus_words = _BONUS_WORDS
    summarizer.stigma_words = _STIGMA_WORDS
    summarizer.null_words = _STOP_WORDS
    return summarizer


#: sumy summarisers by name (``--method``). Random is left out: a brief must be reproducible.
METHODS: dict[str, Callable[[Stemmer], AbstractSummarizer]] = {
    "lexrank": _with_stop_words(LexRankSummarizer),
    "lsa": _with_stop_words(SortedLsaSummarizer),
    "textrank": _with_stop_words(TextRankSummarizer),
    "luhn": _with_stop_words(LuhnSummarizer),
    "edmundson": _edmundson,
    "kl": _with_stop_words(KLSummarizer),
    "sumbasic": _with_stop_words(SumBasicSummarizer),
    "reduction": _with_stop_words(ReductionSummarizer),
}
DEFAULT_METHOD = "lexrank"


def article_sentences(article: Article) -> list[Sentence]:
    """All sentences of an article, in order, verbatim."""
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(article.paragraphs):
        for text in split_sentences(paragraph):
            sentences.append(Sentence(text, article.id, len(sentences), paragraph_index))
    return sentences


def rate(sentences: Sequence[Sentence], method: str = DEFAULT_METHOD) -> list[Sentence]:
    """The same sentences with ``score`` set: 1.0 for the best, falling linearly to 0 for the
    worst. Ranks, not raw ratings, so that scores from different methods are comparable."""
    return rate_articles([sentences], method)[0]


def rate_articles(
    articles: Sequence[Sequence[Sentence]], method: str = DEFAULT_METHOD
) -> list[list[Sentence]]:
    """``rate`` for the sentences of several articles, each rated within its own article
    (LexRank rates them all in one vectorised pass)."""
    if method not in METHODS:
        raise BriefgenError(f"unknown summariser {method!r} (choose from {', '.join(METHODS)})")
    candidates = [_candidates(sentences, method) for sentences in articles]
    if method == "lexrank":
        orders = _lexrank_orders(candidates)
    else:
        orders = [_sumy_order(texts, method) if texts else [] for texts in candidates]
    return [_scored(sentences, order) for sentences, order in zip(articles, orders, strict=True)]


def _candidates(sentences: Sequence[Sentence], method: str) -> list[str]:
    """The distinct sentence texts a method rates (sumy hashes sentences by text)."""
    if method == "kl" and len(sentences) > KL_MAX_SENTENCES:
        raise BriefgenError(
            f"the kl summariser is too slow for {len(sentences)} sentences "
            f"(limit {KL_MAX_SENTENCES}); choose another --method"
        )
    texts = (s.text for s in sentences[:MAX_SENTENCES] if len(s.text) <= MAX_SENTENCE_CHARS)
    return list(dict.fromkeys(texts))


def _scored(sentences: Sequence[Sentence], order: Sequence[str]) -> list[Sentence]:
    rank_of = {text: rank for rank, text in enumerate(order)}
    worst = max(len(order) - 1, 1)
    rated = []
    for sentence in sentences:
        rank = rank_of.get(sentence.text)
        score = 0.0 if rank is None else 1.0 - rank / worst
        rated.append(replace(sentence, score=round(score, 6)))
    return rated


def scoring_words(text: str) -> list[str]:
    """The words sumy's summarisers score: word-like tokens, lower-cased, stop words removed,
    stemmed."""
    return [stem(word) for word in tokens(text) if SUMY_WORD.match(word) and word not in STOP_WORDS]


def _lexrank_orders(articles: Sequence[Sequence[str]]) -> list[list[str]]:
    texts = [text for article in articles for text in article]
    groups = [index for index, article in enumerate(articles) for _ in article]
    scores = np.nan_to_num(lexrank_scores([scoring_words(text) for text in texts], groups))
    # Sentences that tie in exact arithmetic differ in the last bits; rounding makes them tie,
    # so they keep document order instead of an order set by rounding noise.
    scores = np.round(scores, 12)
    orders, start = [], 0
    for article in articles:
        article_scores = scores[start : start + len(article)]
        # Best first; equal ratings keep document order, as in sumy's stable sort.
        ranking = np.argsort(-article_scores, kind="stable")
        orders.append([article[index] for index in ranking])
        start += len(article)
    return orders


def _sumy_order(unique_texts: Sequence[str], method: str) -> list[str]:
    """Sentence texts from best to worst according to a sumy method."""
    tokenizer = OfflineTokenizer(LANGUAGE)
    document = ObjectDocumentModel(
        [SumyParagraph([SumySentence(text, tokenizer) for text in unique_texts])]
    )
    summarizer = METHODS[method](Stemmer(LANGUAGE))
    ranked: list[str] = []

    def keep_all_in_rating_order(infos):  # noqa: ANN001, ANN202 - sumy's ItemsCount protocol
        ranked.extend(str(info.sentence) for info in infos)
        return infos

    summarizer(document, keep_all_in_rating_order)
    if not ranked:  # LSA returns () when no sentence has a scorable word: keep document order
        ranked = list(unique_texts)
    return ranked


def summarize_article(article: Article, count: int, method: str = DEFAULT_METHOD) -> list[Sentence]:
    """The ``count`` best sentences of one article, in article order, with scores."""
    rated = rate(article_sentences(article), method)
    best = sorted(rated, key=lambda s: -s.score)[:count]
    return sorted(best, key=lambda s: s.position)
