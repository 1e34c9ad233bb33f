"""Scoring terms: tokens, content words and word-pair concepts, without NLTK's slow tokenizer."""

from briefgen.nlp.terms import concepts, content_terms, tokens, word_count


def test_tokens_are_lower_case_words_with_numbers_and_abbreviations_whole():
    assert tokens("The U.S. sent 12,000 troops to Seoul's mayor, well-known Mr. Oh.") == (
        "the", "u.s", "sent", "12,000", "troops", "to", "seoul", "mayor", "well-known", "mr", "oh")


def test_content_terms_are_stems_without_stop_words_or_numbers():
    assert content_terms("North Korea has deployed 12,000 troops") == {"north", "korea", "deploy",
                                                                     "troop"}


def test_concepts_are_content_stems_and_adjacent_pairs_not_both_stop_words():
    unigrams, bigrams = concepts("Troops of North Korea are in the Kursk region")
    assert unigrams == {"troop", "north", "korea", "kursk", "region"}
    assert {"north korea", "troop of", "kursk region"} <= bigrams
    assert "in the" not in bigrams and "are in" not in bigrams


def test_word_count_counts_what_a_reader_counts():
    assert word_count("  ``Yes,'' he said _ twice.  ") == 5
