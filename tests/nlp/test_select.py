"""Cross-article selection: one claim per fact, every source cited, budgets respected."""

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
