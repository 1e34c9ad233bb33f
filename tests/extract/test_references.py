"""Back references: "the report" and a bare "Miele" need the article's earlier sentences;
what says which one it is, or what the whole story is about, does not."""

from briefgen.extract.people import PeopleIndex
from briefgen.extract.references import bare_surnames, definite_back_references
from briefgen.extract.topic import StoryTerms
from briefgen.model import Article


def test_the_report_after_a_report_points_back():
    found = definite_back_references([
        "A report by the institute said the troops suffered heavy losses.",
        "The report said the troops could suffer more.",
    ])
    assert found == [(), ("the report", "the troops")]


def test_a_description_that_says_which_one_points_nowhere():
    found = definite_back_references([
        "A report by the institute said the plant was bombed.",
        "The report on troop losses was issued Monday; the plant that makes VX burned.",
        "Jane Fordham, the plant manager, said she was safe.",
    ])
    assert found == [(), (), ()]


def test_a_noun_met_first_in_the_same_sentence_is_introduced_there():
    assert definite_back_references([
        "Officials inspected a dam on the river.",
        "A new dam was built upstream, and the dam held.",
    ]) == [(), ()]


def test_times_and_one_of_a_kind_things_point_nowhere():
    assert definite_back_references([
        "The talks lasted a year.",
        "By the end of the year the world had moved on.",
    ]) == [(), ()]


def test_a_number_standing_alone_points_back():
    assert definite_back_references([
        "Smith and Jones met in Paris.", "The two said they agreed.",
    ]) == [(), ("the two",)]


def test_what_the_story_is_about_needs_no_introduction():
    texts = ["The balloon rose.", "A balloon landed.", "The balloon team slept.", "Rain fell."]
    central = StoryTerms(texts).central(0.5, everyday=True)
    assert "balloon" in central
    assert definite_back_references(
        ["A balloon took off from Switzerland.", "The balloon crossed Egypt."], central
    ) == [(), ()]


def _surnames(text, sentence, central=frozenset(), speaker_shown=False):
    article = Article("1", "t", (text,))
    people = PeopleIndex([article])
    start = article.text.index(sentence)
    return bare_surnames(people.mentions["1"], start, start + len(sentence), article.text,
                         central, speaker_shown=speaker_shown)


STORY = ("Parks commissioner Joe Miele said the road would close. "
         "Miele defended the change in an interview.")


def test_a_surname_alone_after_the_full_name_points_back():
    assert _surnames(STORY, "Miele defended the change in an interview.") == ("Miele",)


def test_the_full_name_or_a_title_introduces_the_person_again():
    assert _surnames(STORY, "Parks commissioner Joe Miele said the road would close.") == ()
    text = "Parks commissioner Joe Miele said no. Commissioner Miele defended the change."
    assert _surnames(text, "Commissioner Miele defended the change.") == ()


def test_a_shown_speaker_or_a_protagonist_of_the_story_needs_no_introduction():
    text = STORY + " “We had no choice,” Miele said."
    assert _surnames(text, "“We had no choice,” Miele said.", speaker_shown=True) == ()
    assert _surnames(text, "Miele defended the change in an interview.",
                     central=frozenset({"joemiele"})) == ()
