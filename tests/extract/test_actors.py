"""Actors: mentions roll up to the actor they stand for, on the seeds and on made-up text."""

import pytest

from briefgen.extract.actors import ActorIndex
from briefgen.extract.gazetteer import alias_index
from briefgen.model import Article


@pytest.fixture(scope="module")
def seed_actors(seed_articles):
    return ActorIndex(seed_articles)


@pytest.mark.parametrize(("phrase", "article", "actor"), [
    ("Seoul", "1", "South Korea"),
    ("the presidential office", "1", "South Korea"),
    ("the NIS", "2", "South Korea"),
    ("President Yoon Suk Yeol", "2", "South Korea"),
    ("Pyongyang", "2", "North Korea"),
    ("Kim Jong-un", "1", "North Korea"),
    ("Kim Jong Un", "3", "North Korea"),
    ("the Kremlin", "5", "Russia"),
    ("Moscow", "3", "Russia"),
    ("Putin", "5", "Russia"),
    ("the Pentagon", "3", "United States"),
    ("Washington", "1", "United States"),
    ("Mark Rutte", "4", "NATO"),
    ("Pentagon spokeswoman Sabrina Singh", "3", "United States"),
    ("South Korean Foreign Minister Cho Tae-yul", "4", "South Korea"),
])
def test_seed_mentions_roll_up_to_their_actor(seed_actors, phrase, article, actor):
    assert seed_actors.resolve(phrase, article, 10**6).actor == actor


def test_experts_speak_for_no_actor(seed_actors):
    for phrase, article in (("Hong Min", "2"), ("Miles Yu", "3"), ("experts", "4")):
        resolution = seed_actors.resolve(phrase, article, 10**6)
        assert resolution.actor is None, resolution.via


def test_a_pronoun_stands_for_the_person_named_before_it(seed_articles, seed_actors):
    text = seed_articles[1].text
    position = text.index('" he said') + 2
    resolution = seed_actors.resolve("he", "2", position)
    assert resolution.person is not None and resolution.person.name == "Hong Min"


def test_the_home_country_is_the_one_whose_institutions_the_story_names(seed_actors):
    assert seed_actors.home == "South Korea"


def test_the_story_s_main_actors_are_ranked_by_prominence(seed_actors):
    ranked = seed_actors.ranked()
    assert set(ranked[:4]) == {"North Korea", "Russia", "South Korea", "Ukraine"}
    assert {"United States", "NATO", "China", "Japan"} <= set(ranked)


def test_capitals_and_demonyms_come_from_country_data():
    index = alias_index()
    assert index["Seoul"].actor == "South Korea" and index["Seoul"].kind == "capital"
    assert index["Pyongyang"].actor == "North Korea"
    assert index["South Korean"].actor == "South Korea"
    assert index["Nairobi"].actor == "Kenya"  # not a story word: the data is general
    assert index["Brazilian"].actor == "Brazil"


def test_generic_institutions_without_a_home_country_stay_unresolved():
    article = Article("1", "t", ("The foreign ministry said talks would resume.",))
    resolution = ActorIndex([article]).resolve("The foreign ministry", "1", 0)
    assert resolution.actor is None
