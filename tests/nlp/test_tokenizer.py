"""The offline tokenizer splits news English without NLTK data."""

import pytest

from briefgen.nlp.tokenizer import OfflineTokenizer, split_sentences, split_words


@pytest.mark.parametrize(("text", "expected"), [
    ("On Oct. 28, the Pentagon confirmed it. NATO agreed.",
     ["On Oct. 28, the Pentagon confirmed it.", "NATO agreed."]),
    ("The U.S. Army sent 12,000 troops. Mr. Kim left.",
     ["The U.S. Army sent 12,000 troops.", "Mr. Kim left."]),
    ("The raid came on Jan. 21, 1968, at night. It failed.",
     ["The raid came on Jan. 21, 1968, at night.", "It failed."]),
    ("She said it would happen within “the next several weeks.” Then she left.",
     ["She said it would happen within “the next several weeks.”", "Then she left."]),
    ("Growth was 1.5% in Q3. Prices rose 3.2%.", ["Growth was 1.5% in Q3.", "Prices rose 3.2%."]),
    ("The magazine — a tribute to John F. Kennedy Jr. — is out. It sold well.",
     ["The magazine — a tribute to John F. Kennedy Jr. — is out.", "It sold well."]),
])
def test_abbreviations_numbers_and_quotes_do_not_end_sentences(text, expected):
    assert split_sentences(text) == expected


def test_sentences_are_verbatim_slices_of_the_paragraph():
    paragraph = "Seoul said  “all available means.”  Moscow denied it!"
    for sentence in split_sentences(paragraph):
        assert sentence in paragraph


def test_words_keep_abbreviations_and_numbers_whole():
    assert split_words("The U.S. sent 12,000 troops to Mr. Oh.") == (
        "The", "U.S.", "sent", "12,000", "troops", "to", "Mr.", "Oh", ".")


def test_the_adapter_has_the_shape_sumy_calls():
    tokenizer = OfflineTokenizer("english")
    assert tokenizer.language == "english"
    assert tokenizer.to_sentences("One. Two.") == ("One.", "Two.")
    assert "Two" in tokenizer.to_words("Two words")


def test_a_huge_paragraph_is_split_in_windows_without_losing_text():
    paragraph = " ".join(["The talks went on for another day."] * 2000)
    sentences = split_sentences(paragraph)
    assert len(sentences) == 2000


def test_a_quotation_over_several_sentences_stays_with_its_attribution():
    paragraph = ("“When Wagner stayed away, he needed forces. There’s only one country. "
                 "It’s North Korea,” Yu said. Seoul disagreed.")
    assert split_sentences(paragraph) == [
        "“When Wagner stayed away, he needed forces. There’s only one country. "
        "It’s North Korea,” Yu said.",
        "Seoul disagreed.",
    ]


def test_a_clause_ending_in_a_semicolon_is_not_a_sentence():
    assert split_sentences("Losses have been enormous; estimates suggest 1,000 a day. Next.") == [
        "Losses have been enormous; estimates suggest 1,000 a day.", "Next."]


def test_wire_style_quotes_end_a_sentence_where_syntok_does_not():
    text = ("The king wrote: ``Papa will not preside.'' Hun Sen used the anniversary. "
            "``No,'' he said.")
    assert split_sentences(text) == [
        "The king wrote: ``Papa will not preside.''",
        "Hun Sen used the anniversary.",
        "``No,'' he said.",
    ]


def test_a_wire_style_quotation_over_several_sentences_stays_with_its_attribution():
    text = ("David Bonior, the whip, said: ``This is wrong. It is unfair.'' The vote went on. "
            "He added: ``We will fight. ``We will win,'' he said.")
    assert split_sentences(text) == [
        "David Bonior, the whip, said: ``This is wrong. It is unfair.''",
        "The vote went on.",
        # a quotation reopened without being closed (the next paragraph of a long quotation)
        "He added: ``We will fight.",
        "``We will win,'' he said.",
    ]


def test_a_month_before_its_days_does_not_end_the_sentence():
    assert split_sentences("They meet at the forum Nov. 14-18. David said so.") == [
        "They meet at the forum Nov. 14-18.", "David said so."]


def test_a_paragraph_without_a_sentence_end_inside_is_one_sentence():
    assert split_sentences("  Troops crossed the border on Monday  ") == [
        "Troops crossed the border on Monday"]
    assert split_sentences("Troops crossed the border!”") == ["Troops crossed the border!”"]


def test_sumy_sees_words_only_not_punctuation():
    assert OfflineTokenizer().to_words("Seoul, too, said “no.”") == ("Seoul", "too", "said", "no")


def test_a_title_before_a_name_does_not_end_the_sentence():
    assert split_sentences("They backed the challenger, Rep. Charles Schumer. He won.") == [
        "They backed the challenger, Rep. Charles Schumer.", "He won."]


def test_a_plain_word_full_stop_and_capital_always_end_a_sentence():
    # Such points are cut before syntok sees the text (it is slow); they are never abbreviations.
    assert split_sentences("They sang songs, hymns etc. There was more to come. On Oct. 28 "
                           "the U.S. Army left.") == [
        "They sang songs, hymns etc.", "There was more to come.",
        "On Oct. 28 the U.S. Army left."]
