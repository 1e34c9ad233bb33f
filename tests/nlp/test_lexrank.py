"""Vectorised LexRank computes exactly what sumy's LexRank computes, for many articles at once."""

import numpy as np
import pytest
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer

from briefgen.nlp.lexrank import EPSILON, THRESHOLD, lexrank_scores
from briefgen.nlp.summarize import _STOP_WORDS, scoring_words
from briefgen.nlp.terms import tokens
from briefgen.nlp.tokenizer import SUMY_WORD

ARTICLES = [
    [
        "North Korea has sent troops to Russia, the spy agency said.",
        "The troops are elite special forces trained for infiltration.",
        "Russia needs soldiers for its war in Ukraine.",
        "Seoul summoned the Russian ambassador over the troops.",
        "North Korea wants technology and food from Russia in return.",
        "Analysts said the deployment of troops could change the war.",
    ],
    [
        "The central bank raised interest rates by a quarter point.",
        "Markets fell after the central bank decision.",
        "The bank said inflation remained too high.",
        "Shares in banks rose while the currency gained.",
    ],
    ["A single sentence is its own article."],
]


class _SameWords:
    """Gives sumy the words briefgen scores, so both compute on identical input."""

    language = "english"

    def to_sentences(self, paragraph):
        return (paragraph,)

    def to_words(self, sentence):
        return tuple(word for word in tokens(sentence) if SUMY_WORD.match(word))


def _sumy_scores(texts):
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = _STOP_WORDS
    document = ObjectDocumentModel([Paragraph([Sentence(t, _SameWords()) for t in texts])])
    words = [summarizer._to_words_set(s) for s in document.sentences]
    matrix = summarizer._create_matrix(
        words, THRESHOLD, summarizer._compute_tf(words), summarizer._compute_idf(words)
    )
    return summarizer.power_method(matrix, EPSILON)


def test_scores_equal_sumys_for_every_article_computed_together():
    texts = [text for article in ARTICLES for text in article]
    groups = [index for index, article in enumerate(ARTICLES) for _ in article]
    ours = lexrank_scores([scoring_words(t) for t in texts], groups)
    start = 0
    for article in ARTICLES:
        expected = _sumy_scores(article)
        assert np.allclose(ours[start : start + len(article)], expected, atol=1e-12)
        start += len(article)


def test_articles_do_not_influence_each_other():
    alone = lexrank_scores([scoring_words(t) for t in ARTICLES[0]], [0] * len(ARTICLES[0]))
    texts = ARTICLES[1] + ARTICLES[0]
    together = lexrank_scores([scoring_words(t) for t in texts], [0] * 4 + [1] * 6)
    assert np.allclose(together[4:], alone)


@pytest.mark.parametrize("words", [[], [[]], [[], ["troop"]]])
def test_sentences_without_scorable_words_do_not_crash(words):
    scores = lexrank_scores(words, [0] * len(words))
    assert len(scores) == len(words)
