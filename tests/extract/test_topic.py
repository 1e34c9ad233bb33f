"""Topic: the words most of the story's articles use, and whether a sentence uses any."""

from briefgen.extract.topic import StoryTerms, is_about


def central_words(texts, share, everyday=False):
    return StoryTerms(texts).central(share, everyday=everyday)


STORY = [
    "The balloon rose over the Alps on Monday, its crew said.",
    "The balloon crossed Egypt in strong winds, the crew said.",
    "Crew members of the balloon slept in shifts, the team said.",
    "Organizers said the balloon would land in Egypt.",
]


def test_the_words_most_articles_use_are_the_story_s():
    central = central_words(STORY, 0.5)
    assert {"balloon", "crew", "egypt"} <= central
    assert "said" not in central and "alp" not in central


def test_everyday_words_say_nothing_of_the_subject_unless_asked_for():
    story = [text + " It was a long day for the people." for text in STORY]
    assert "day" not in central_words(story, 0.5)
    assert "day" in central_words(story, 0.5, everyday=True)


def test_a_sentence_is_about_the_story_with_a_core_word_or_two_topic_words():
    topic, core = frozenset({"balloon", "egypt", "wind"}), frozenset({"balloon"})
    assert is_about("The balloon landed safely in the desert.", topic, core)
    assert is_about("Strong winds carried them over Egypt.", topic, core)
    assert not is_about("Egypt raised its taxes on Wednesday.", topic, core)
    assert not is_about("Life expectancy in Zimbabwe fell to 39 years.", topic, core)
    assert is_about("Anything at all.", frozenset())  # too few articles to tell


def test_days_and_months_say_when_not_what():
    assert "monday" not in central_words(STORY, 0.25)


def test_a_story_of_two_articles_has_no_central_words():
    assert central_words(STORY[:2], 0.5) == frozenset()


def test_centrality_adds_up_the_shares_of_the_central_words_a_sentence_carries():
    terms = StoryTerms(STORY)
    assert terms.centrality("The balloon crew landed.", 0.25) == 1.0 + 0.75
    assert terms.centrality("Taxes rose.", 0.25) == 0.0


def test_a_noun_the_story_names_several_of_is_not_one_thing():
    terms = StoryTerms([
        "The Melissa virus spread on Friday; experts said the CIH virus was worse.",
        "The Chernobyl virus struck computers in Asia.",
        "Another study found a balloon over the Alps."])
    assert {"virus", "studi"} <= terms.several
    assert "balloon" not in terms.several
