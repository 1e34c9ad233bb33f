"""Claims: the same fact across articles is one claim citing them all, found without comparing
every pair of sentences."""

import itertools
import random

from briefgen.model import Sentence
from briefgen.nlp.claims import group_claims, similar_pairs, term_similarity


def test_similar_pairs_finds_exactly_the_pairs_a_full_comparison_finds():
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(60)]
    # Zipf-like: a few very common terms, many rare ones.
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    term_sets = [frozenset(rng.choices(vocabulary, weights, k=rng.randint(1, 9)))
                 for _ in range(300)]
    for threshold in (0.3, 0.5, 0.8):
        found = similar_pairs(term_sets, threshold)
        expected: dict[int, list[int]] = {}
        for i, j in itertools.combinations(range(len(term_sets)), 2):
            if term_similarity(term_sets[i], term_sets[j]) >= threshold:
                expected.setdefault(i, []).append(j)
                expected.setdefault(j, []).append(i)
        assert found == {k: sorted(v) for k, v in expected.items()}


def test_similar_pairs_can_leave_out_pairs_from_the_same_source():
    sets = [frozenset({"troop", "russia"})] * 3
    found = similar_pairs(sets, 0.5, sources=["1", "1", "2"])
    assert found == {0: [2], 1: [2], 2: [0, 1]}


def _sentence(text, article, position=0, score=0.5):
    return Sentence(text, article, position, 0, score)


def test_wire_copies_are_one_claim_cited_by_every_outlet():
    text = "North Korea sent 12,000 troops to Russia, the spy agency said."
    claims = group_claims([_sentence(text, "1"), _sentence(text, "2"), _sentence(text, "3")], 3)
    assert len(claims) == 1
    assert claims[0].citations == ("1", "2", "3")
    assert len(claims[0].members) == 3


def test_the_best_scored_sentence_phrases_the_claim():
    claims = group_claims([
        _sentence("Spy agency: North Korea sent 12,000 troops to Russia.", "1", score=0.2),
        _sentence("North Korea sent 12,000 troops to Russia, the spy agency said.", "2", score=0.9),
    ], 2)
    assert len(claims) == 1
    assert claims[0].sentence.article == "2" and claims[0].citations == ("2", "1")


def test_similar_sentences_of_one_article_stay_separate_claims():
    claims = group_claims([
        _sentence("North Korea sent troops to Russia.", "1", 0),
        _sentence("North Korea sent more troops to Russia.", "1", 5),
    ], 1)
    assert len(claims) == 2


def test_different_facts_are_different_claims_and_corroboration_raises_the_score():
    fact = "North Korea sent 12,000 troops to Russia, the spy agency said."
    claims = group_claims([
        _sentence(fact, "1"), _sentence(fact, "2"),
        _sentence("Markets in Tokyo were calm on Friday.", "1"),
    ], 2)
    assert [len(c.citations) for c in claims] == [2, 1]
    assert claims[0].score > claims[1].score


def test_sentences_sharing_only_the_storys_common_names_are_different_facts():
    # "South Korea" is in nearly every sentence of this story: sharing it says nothing.
    story = [
        _sentence("South Korea summoned the Russian ambassador over the troops.", "1", 1),
        _sentence("South Korea may send weapons to Ukraine.", "2", 1),
        _sentence("South Korea held an emergency security meeting on Friday.", "3", 1),
        _sentence("Ukraine thanked South Korea for its support.", "3", 2),
    ]
    claims = group_claims([
        *story,
        _sentence("South Korea will not deploy its own forces to Ukraine.", "1", 0),
        _sentence("He defected to South Korea in 2007.", "2", 0),
    ], 3)
    assert all(len(claim.citations) == 1 for claim in claims)
    assert len(claims) == 6
