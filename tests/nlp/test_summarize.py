"""Per-article summaries: every sumy method works offline, verbatim and reproducibly."""

import pytest

from briefgen.errors import BriefgenError
from briefgen.model import Article
from briefgen.nlp.summarize import (
    METHODS,
    _sumy_order,
    article_sentences,
    rate,
    rate_articles,
    summarize_article,
)

ARTICLE = Article(
    id="1",
    title="Troops sent",
    paragraphs=(
        "North Korea has sent troops to Russia, the spy agency said. The troops are elite forces.",
        "THE UPSIDE FOR RUSSIA",
        "Russia needs soldiers for its war in Ukraine. North Korea wants technology from Russia.",
        "Analysts said the deployment could change the war. Seoul may send weapons to Ukraine.",
    ),
)


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_returns_verbatim_sentences_in_article_order(method):
    summary = summarize_article(ARTICLE, 2, method)
    assert len(summary) == 2
    assert [s.position for s in summary] == sorted(s.position for s in summary)
    for sentence in summary:
        assert sentence.text in ARTICLE.text


def test_all_caps_lines_are_rated_like_any_sentence():
    # sumy's plain-text parser would have treated this line as a heading and dropped it.
    texts = [s.text for s in article_sentences(ARTICLE)]
    assert "THE UPSIDE FOR RUSSIA" in texts
    # a sentence no method rates scores 0.0; this one is neither the best nor the worst here
    for method in ("lexrank", "textrank", "luhn"):
        rated = {s.text: s.score for s in rate(article_sentences(ARTICLE), method)}
        assert rated["THE UPSIDE FOR RUSSIA"] > 0, method


def test_scores_rank_sentences_from_one_down_to_zero():
    scores = sorted(s.score for s in rate(article_sentences(ARTICLE), "luhn"))
    assert scores[0] == 0.0 and scores[-1] == 1.0


def test_unknown_method_is_refused():
    with pytest.raises(BriefgenError, match="unknown summariser"):
        rate(article_sentences(ARTICLE), "magic")


def test_articles_rated_together_score_as_if_rated_one_by_one():
    other = Article(id="2", title="Rates", paragraphs=(
        "The central bank raised rates. Markets fell after the bank decision. "
        "The bank said inflation remained high.",))
    together = rate_articles([article_sentences(ARTICLE), article_sentences(other)], "lexrank")
    assert together == [rate(article_sentences(ARTICLE)), rate(article_sentences(other))]


def test_lexrank_ranks_like_sumys_own_lexrank():
    sentences = article_sentences(ARTICLE)
    texts = list(dict.fromkeys(s.text for s in sentences))
    ours = sorted(rate(sentences, "lexrank"), key=lambda s: -s.score)
    assert [s.text for s in ours][:3] == _sumy_order(texts, "lexrank")[:3]
