"""Per-article extractive summaries with sumy, through the offline tokenizer.

Every sumy method is wrapped the same way: the article's sentences (already split, verbatim) go
into sumy's object document model directly, so sumy's plain-text parser never sees the text (it
drops ALL-CAPS lines as headings). Each method rates every sentence; we keep those ratings as
scores so that cross-article selection can compare them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

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
from briefgen.nlp.tokenizer import OfflineTokenizer, split_sentences

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
    if method not in METHODS:
        raise BriefgenError(f"unknown summariser {method!r} (choose from {', '.join(METHODS)})")
    if not sentences:
        return []
    if method == "kl" and len(sentences) > KL_MAX_SENTENCES:
        raise BriefgenError(
            f"the kl summariser is too slow for {len(sentences)} sentences "
            f"(limit {KL_MAX_SENTENCES}); choose another --method"
        )
    candidates = [s for s in sentences[:MAX_SENTENCES] if len(s.text) <= MAX_SENTENCE_CHARS]
    order = _sumy_order(candidates, method)
    rank_of = {text: rank for rank, text in enumerate(order)}
    worst = max(len(order) - 1, 1)
    rated = []
    for sentence in sentences:
        rank = rank_of.get(sentence.text)
        score = 0.0 if rank is None else 1.0 - rank / worst
        rated.append(replace(sentence, score=round(score, 6)))
    return rated


def _sumy_order(sentences: Sequence[Sentence], method: str) -> list[str]:
    """Sentence texts from best to worst according to a sumy method."""
    tokenizer = OfflineTokenizer(LANGUAGE)
    unique_texts = list(dict.fromkeys(s.text for s in sentences))  # sumy hashes sentences by text
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
        ranked = unique_texts
    return ranked


def summarize_article(article: Article, count: int, method: str = DEFAULT_METHOD) -> list[Sentence]:
    """The ``count`` best sentences of one article, in article order, with scores."""
    rated = rate(article_sentences(article), method)
    best = sorted(rated, key=lambda s: -s.score)[:count]
    return sorted(best, key=lambda s: s.position)
