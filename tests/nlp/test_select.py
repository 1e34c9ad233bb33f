"""Cross-article selection: one claim per fact, every source cited, budgets respected."""

import os
import subprocess
import sys
from pathlib import Path

from briefgen.model import Article
from briefgen.nlp.select import Budget, group_claims, rated_sentences, summarize_documents


def _articles():
    return [
        Article("1", "A", ("The spy agency said North Korea sent 12,000 troops to Russia. "
                           "Seoul summoned the Russian ambassador.",)),
        Article("2", "B", ("North Korea sent 12,000 troops to Russia, the spy agency said. "
                           "Markets in Tokyo were calm on Friday.",)),
        Article("3", "C", ("North Korea sent 12,000 troops to Russia, the spy agency said. "
                           "Ukraine asked for more air defence.",)),
    ]


def test_the_same_fact_in_three_outlets_is_one_claim_citing_all_three():
    claims = group_claims(rated_sentences(_articles()), 3)
    troops = [c for c in claims if "12,000" in c.text]
    assert len(troops) == 1
    assert sorted(troops[0].citations) == ["1", "2", "3"]


def test_wire_copy_counts_once_as_text_and_twice_as_sources():
    claims = group_claims(rated_sentences(_articles()), 3)
    texts = [c.text for c in claims]
    assert sum("12,000" in t for t in texts) == 1


def test_word_budget_is_never_exceeded():
    for words in (5, 12, 20, 40):
        summary = summarize_documents(_articles(), Budget(words=words))
        assert sum(len(c.text.split()) for c in summary) <= words


def test_sentence_budget_and_no_repetition():
    summary = summarize_documents(_articles(), Budget(sentences=3))
    assert len(summary) == 3
    assert len({c.text for c in summary}) == 3


def test_a_percentage_budget_is_a_share_of_all_the_input_words():
    articles = _articles()
    total = sum(a.word_count for a in articles)
    assert Budget.of(articles, percent=50) == Budget(words=round(total / 2))
    assert Budget.of(articles, words=10, percent=50) == Budget(words=10)
    assert Budget.of(articles) == Budget(sentences=5)
    assert Budget.of(articles, sentences=2, words=30) == Budget(sentences=2, words=30)


def test_a_sentence_budget_alone_still_bounds_the_words():
    assert Budget(sentences=4).word_limit() == 4 * 30
    assert Budget(words=12).word_limit() == 12


def test_each_method_changes_only_the_ratings_and_always_fits_the_budget():
    for method in ("lexrank", "luhn", "textrank"):
        summary = summarize_documents(_articles(), Budget(words=25), method)
        assert summary and sum(len(c.text.split()) for c in summary) <= 25


def test_the_summary_does_not_depend_on_the_hash_seed():
    # Sets of strings iterate in hash-seed order; the choice must not follow it.
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    outputs = set()
    for hash_seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
        outputs.add(subprocess.run(
            [sys.executable, "-m", "briefgen", "summarize", str(seeds), "--words", "120"],
            capture_output=True, text=True, check=True, env=environment,
        ).stdout)
    assert len(outputs) == 1
