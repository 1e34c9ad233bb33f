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


def _resolve(paragraphs, phrase, before, article_id="1", others=()):
    article = Article(article_id, "t", tuple(paragraphs))
    index = ActorIndex([article, *others])
    return index.resolve(phrase, article_id, article.text.index(before))


def test_a_person_with_no_body_named_speaks_for_themself():
    resolution = _resolve(["Donna Brazile, the campaign manager, said Gore would win."],
                          "Donna Brazile", "said")
    assert resolution.actor == "Donna Brazile"


def test_a_spokesman_speaks_for_the_company_his_title_names():
    resolution = _resolve(["Microsoft Corp. filed its appeal. Microsoft spokesman Mark Murray "
                           "said the ruling was wrong."], "Microsoft spokesman Mark Murray",
                          "said the ruling")
    assert resolution.actor == "Microsoft"


def test_he_is_the_nearest_man_named_before_in_the_same_article():
    paragraphs = ["Prime Minister Bulent Ecevit visited the site on Monday.",
                  "Veli Gocer, a building contractor, was detained. He said he had not "
                  "understood the dangers."]
    resolution = _resolve(paragraphs, "He", "He said")
    assert resolution.person.name == "Veli Gocer"
    assert resolution.actor == "Veli Gocer"


def test_she_skips_a_man_named_in_between():
    paragraphs = ["Sen. Mary Landrieu, a Democrat, met Mr. John Breaux on Friday; she said "
                  "the bill was dead."]
    assert _resolve(paragraphs, "she", "she said").person.name == "Mary Landrieu"


def test_a_pronoun_never_stands_for_a_person_of_another_article():
    other = Article("2", "t", ("Interior Secretary Bruce Babbitt said the plan was sound.",))
    resolution = _resolve(["The money was never spent. He said so on Friday."], "He",
                          "He said", others=[other])
    assert resolution.person is None and resolution.actor is None


def test_the_title_alone_stands_for_the_person_who_holds_it_there():
    paragraphs = ["President Yoon Suk Yeol convened a meeting.",
                  "Measures will be considered, the president said."]
    assert _resolve(paragraphs, "the president", "the president").person.name == \
        "Yoon Suk Yeol"


def test_the_government_is_the_country_the_article_names_not_the_story_s_home():
    home = Article("2", "t", ("The U.S. government and the U.S. administration said so. The "
                              "U.S. government agreed.",))
    resolution = _resolve(["The Turkish government rejected the demand. Later the government "
                           "said talks would go on."], "the government", "said talks",
                          others=[home])
    assert resolution.actor == "Turkey"


def test_a_demonym_is_its_country_only_where_the_story_names_the_country():
    article = Article("1", "t", ("Lynn Cutler, the president's adviser on Indian issues, said "
                                 "the Indian Health Service would get more money.",))
    index = ActorIndex([article])
    assert "India" not in index.ranked()
    assert index.resolve("Lynn Cutler", "1", article.text.index("said")).actor != "India"


def test_a_people_named_without_its_country_is_an_actor_of_its_own():
    article = Article("1", "t", ("The Palestinians have urged Barak to dismantle the "
                                 "settlements.",))
    index = ActorIndex([article])
    assert index.resolve("The Palestinians", "1", 40).actor == "Palestinians"


def test_a_person_heads_their_group_with_the_title_the_story_gives_them():
    article = Article("1", "t", ("Ocean City Mayor Henry Knight said the ban would pass.",))
    index = ActorIndex([article])
    assert index.resolve("Henry Knight", "1", 40).actor == "Ocean City Mayor Henry Knight"


def test_a_state_the_story_names_only_by_its_people_is_headed_by_them():
    article = Article("1", "t", ("The Palestinians met in Ramallah. The Palestinians said the "
                                 "talks had failed.",))
    index = ActorIndex([article])
    assert index.heading("Palestine") == "Palestinians"
    assert index.heading("Russia") == "Russia"


def test_an_office_s_country_is_part_of_the_title_before_the_name():
    article = Article("1", "t", ("U.S. Housing and Urban Development Secretary Andrew Cuomo "
                                 "said rents were rising. Cuomo said so again.",))
    index = ActorIndex([article])
    assert index.resolve("Cuomo", "1", article.text.index("said so")).actor == "United States"


def test_he_is_the_last_man_who_spoke_before_rather_than_the_last_named():
    paragraphs = ["Robert Pearce said the plane was sound. Kennedy had flown it for a year. "
                  "The haze was thick, he said."]
    assert _resolve(paragraphs, "he", "he said").person.name == "Robert Pearce"


def test_he_opening_a_sentence_is_the_person_the_sentence_before_opened_on():
    paragraphs = ["“Elections will not be honest,” Gennady Zyuganov told reporters.",
                  "Vladimir Putin, a longtime KGB agent, has been vague about his platform.",
                  "In a television interview Tuesday, he said, “One has to be tough.”"]
    assert _resolve(paragraphs, "he", "said, “One").person.name == "Vladimir Putin"
    # after the words he reports, "he said" goes on with the last speaker
    paragraphs[2] = "“One has to be tough,” he said."
    assert _resolve(paragraphs, "he", "said.").person.name == "Gennady Zyuganov"


def test_a_friend_of_a_family_speaks_for_no_one_of_it():
    paragraphs = ["John Kennedy flew the plane. A friend of the Kennedy family said hope had "
                  "dimmed."]
    assert _resolve(paragraphs, "A friend of the Kennedy family", "said hope").actor is None


def test_a_role_after_a_body_s_name_speaks_for_that_body():
    paragraphs = ["Merck spokesman John Bloomfield said the drug was safe."]
    assert _resolve(paragraphs, "John Bloomfield", "said the drug").actor == "Merck"


def test_a_country_in_an_appositive_is_where_someone_is_from_not_whom_they_speak_for():
    paragraphs = ["Joseph Boscarino, a Vietnam veteran and epidemiologist, said stress matters."]
    assert _resolve(paragraphs, "Joseph Boscarino", "said stress").actor == "Joseph Boscarino"


def test_a_country_qualifying_someone_else_is_not_the_state():
    """'Israel radio', 'Israeli settlers', 'the Israeli group Peace Now' are not the state;
    'Israeli officials', 'Israeli negotiators' and 'Israel's military government' are."""
    index = ActorIndex([Article("1", "t", ("Israel said it would build homes.",))])
    for phrase in ("Israel radio", "Israeli settlers", "the Israeli group Peace Now"):
        assert index.resolve(phrase, "1", 0).actor is None, phrase
    for phrase in ("Israeli officials", "Israeli negotiators", "Israel's military government"):
        assert index.resolve(phrase, "1", 0).actor == "Israel", phrase


def test_a_country_s_activist_or_newspaper_is_not_the_state_its_minister_is():
    index = ActorIndex([Article("1", "t", ("Turkey said it would join.",))])
    for phrase in ("Turkey's leading human rights activist", "Turkey's biggest newspaper"):
        assert index.resolve(phrase, "1", 0).actor is None, phrase
    for phrase in ("Turkey's foreign minister", "Turkey's spy agency", "Turkey's central bank"):
        assert index.resolve(phrase, "1", 0).actor == "Turkey", phrase


def test_a_state_that_only_says_where_the_speaker_is_is_not_the_speaker():
    index = ActorIndex([Article("1", "t", ("Sudan said it would build homes.",))])
    for phrase in ("Businessmen in Khartoum", "The 22 Arab states at the United Nations"):
        assert index.resolve(phrase, "1", 0).actor is None, phrase
    assert index.resolve("the government in Khartoum", "1", 0).actor == "Sudan"


def test_an_institution_without_its_state_in_an_article_of_two_states_stays_unplaced():
    article = Article("1", "t", ("China's foreign ministry and Sudan's foreign ministry met.",
                                 "Administration officials said the sanctions would stay."))
    index = ActorIndex([article])
    position = article.text.index("Administration")
    assert index.resolve("Administration officials", "1", position).actor is None


def test_an_institution_is_the_state_its_own_sentence_is_set_in():
    article = Article("1", "t", ("The United States attacked a plant, the Pentagon said.",
                                 "In Sudan, the government insisted the factory was benign.",
                                 "Talks with Sudan stalled, the government said."))
    index = ActorIndex([article])
    assert index.resolve("the government", "1", article.text.index("the government")).actor \
        == "Sudan"
    # a state the sentence speaks of is not where it is set
    assert index.resolve("the government", "1", article.text.rindex("the government")).actor \
        != "Sudan"


def test_an_institution_speaks_for_the_state_its_sentence_opens_on():
    article = Article("1", "t", ("Chinese officials have yet to rule on the flight.",
                                 "Switzerland is optimistic that China will soon grant the "
                                 "team permission, a foreign ministry spokeswoman said."))
    index = ActorIndex([article])
    spokeswoman = article.text.index("a foreign ministry")
    assert index.resolve("a foreign ministry spokeswoman", "1", spokeswoman).actor == \
        "Switzerland"


def test_a_nationality_with_a_trade_is_where_someone_is_from_not_an_office():
    article = Article("1", "t", ("Swiss Bertrand Piccard and Briton Brian Jones landed.",
                                 "Swiss pilot Bertrand Piccard, a Swiss psychiatrist, said "
                                 "the flight was over.", "Piccard said Switzerland would rest."))
    assert _resolve(article.paragraphs, "Bertrand Piccard", "said the flight").actor == \
        "Bertrand Piccard"
    officials = ["Swiss Foreign Minister Joseph Deiss said the talks would go on.",
                 "U.S. Rep. Jim Kolbe said the United States and Switzerland would talk."]
    assert _resolve(officials, "Joseph Deiss", "said the talks").actor == "Switzerland"
    assert _resolve(officials, "Jim Kolbe", "said the United").actor == "United States"


def test_a_person_speaks_for_the_body_their_office_names_anywhere_in_the_story():
    first = Article("1", "t", ("National Transportation Safety Board Chairman Jim Hall said "
                               "the recorder was found.",))
    second = Article("2", "t", ("Jim Hall, the chairman, said the search would go on.",))
    index = ActorIndex([first, second])
    assert index.resolve("Jim Hall", "2", 10**6).actor == "National Transportation Safety Board"


def test_the_body_s_own_capitalised_title_and_the_board_s_chairman_name_the_body():
    article = Article("1", "t", (
        "EgyptAir Chairman Mohamed Fahim Rayan said the plane was sound.",
        "The Federal Bureau of Investigation and the National Transportation Safety Board met.",
        "James E. Hall, the board's chairman, said the tapes were clean.",
    ))
    index = ActorIndex([article])
    assert index.resolve("Mohamed Fahim Rayan", "1", 10**6).actor == "EgyptAir"
    assert index.resolve("James E. Hall", "1", 10**6).actor == \
        "National Transportation Safety Board"


def test_a_former_official_speaks_for_no_one():
    index = ActorIndex([Article("1", "t", ("Eastern Airlines said it would help.",))])
    assert index.resolve("Dan Gellert of Sequim, a former pilot with Eastern Airlines", "1",
                         0).actor is None


def test_two_people_each_an_adviser_to_the_other_speak_for_themselves():
    article = Article("1", "t", (
        "Sam Jones, an adviser to Ali Khan, said the talks would fail.",
        "Ali Khan, an adviser to Sam Jones, said the talks would go on.",
    ))
    index = ActorIndex([article])  # no endless look-up of whom each one serves
    assert index.resolve("Sam Jones", "1", 10**6).actor is not None


def test_the_home_country_needs_the_article_to_name_it():
    chinese = [Article(str(n), "t", (f"China's State Forestry Administration said wetlands "
                                     f"matter. China's ministry agreed ({n}).",))
               for n in range(1, 4)]
    american = Article("9", "t", ("The Clinton administration proposed new wetlands rules. "
                                  "The administration said it would act.",))
    index = ActorIndex([*chinese, american])
    assert index.home == "China"
    text = american.text
    resolution = index.resolve("The administration", "9", text.index("said it"))
    assert resolution.actor is None


def test_a_speaker_cut_short_on_and_stands_for_no_one():
    index = ActorIndex([Article("1", "t", ("Sudan and Egypt said no.",))])
    assert index.resolve("Sudan and", "1", 0).actor is None
    assert index.resolve("Sudan", "1", 0).actor == "Sudan"


def test_a_company_called_by_its_shortened_name_is_the_company_not_its_country():
    actors = _actors(
        "Patients sued American Home Products Corp. over the diet drug on Monday.",
        "American Home officials refused to comment on the lawsuit.",
        "American Home withdrew the drug from the market in 1997.")
    assert actors.resolve("American Home officials", "1", 10**6).actor == \
        "American Home Products"


def test_a_lawyer_named_by_the_city_of_their_practice_speaks_for_no_city():
    actors = _actors(
        "Napster Inc. hired a new firm on Monday.",
        "Houston lawyer Graham Hill said the talks were in their earliest stages.",
        "Napster lawyer David Boies said the company would appeal.")
    # he speaks for himself, a private person: no group of "Houston", nor "Houston lawyer"
    assert actors.resolve("Houston lawyer Graham Hill", "1", 10**6).actor == "Graham Hill"
    assert actors.resolve("Napster lawyer David Boies", "1", 10**6).actor == "Napster"


def test_an_aide_speaks_with_the_person_they_serve_and_a_leader_for_the_chamber():
    actors = _actors(
        "Texas Gov. George W. Bush campaigned in Iowa on Monday.",
        "Mindy Tucker, a spokeswoman for the Bush campaign, said Bush would discuss taxes.",
        "Senate Majority Leader Trent Lott said the Senate would vote.")
    bush = actors.resolve("Texas Gov. George W. Bush", "1", 10**6).actor
    assert actors.resolve("Mindy Tucker", "1", 10**6).actor == bush
    assert actors.resolve("Senate Majority Leader Trent Lott", "1", 10**6).actor == "Senate"


def _actors(*paragraphs):
    return ActorIndex([Article("1", "t", paragraphs)])
