"""People: names with the titles and affiliations the text gives them, and later mentions."""

from briefgen.extract.people import PeopleIndex
from briefgen.model import Article


def _index(*paragraphs):
    return PeopleIndex([Article("1", "t", paragraphs)])


def test_a_title_before_a_name_is_an_office():
    index = _index("NATO Secretary-General Mark Rutte called it a sign of desperation.")
    person = index.person_named("Mark Rutte")
    assert person.official_description() == "NATO Secretary-General"


def test_an_appositive_after_a_name_is_an_affiliation():
    index = _index("Hong Min, a senior research fellow at the Korea Institute for National "
                   "Unification, said the deployment is symbolic.")
    person = index.person_named("Hong Min")
    assert person.expert_description().startswith("a senior research fellow")
    assert person.official_description() is None


def test_short_mentions_and_spellings_link_back_to_the_person():
    index = _index("North Korean leader Kim Jong-un met Putin.",
                   "Kim Taewoo, a professor at Konyang University, said Kim Jong Un gambled.")
    assert index.person_named("Kim Jong Un").name == "Kim Jong-un"
    text = index.mentions["1"]
    assert {m.person.name for m in text} >= {"Kim Jong-un", "Kim Taewoo"}


def test_a_surname_two_people_of_the_article_share_names_neither():
    article = Article("1", "t", ("Harry Holt, a lumber mill owner, said he would adopt.",
                                 "His wife, Bertha Holt, said they would go to Korea.",
                                 "Holt later recalled the trip."))
    index = PeopleIndex([article])
    assert index.person_named("Holt", "1", article.text.index("Holt later")) is None


def test_an_honorific_of_another_gender_is_someone_else():
    article = Article("1", "t", ("Representative Chris Smith said he backed the bill.",
                                 "Ms. Smith, who runs an adoption agency, said the rules hurt."))
    index = PeopleIndex([article])
    position = article.text.index("Ms. Smith")
    assert index.person_in("Ms. Smith", "1", position) is None
    assert index.person_in("Mr. Smith", "1", position).name == "Chris Smith"


def test_a_gender_is_what_most_pronouns_after_the_name_say():
    article = Article("1", "t", (
        "Sandra Babcock, who was one of two people Joseph Faulder asked to witness the "
        "execution, detailed the actions taken to save her client.",
        "Faulder had said his trial was unfair. Faulder never denied that he had killed.",
        "“I don't say that I shouldn't be here,” he told reporters in November."))
    index = PeopleIndex([article])
    assert index.person_named("Joseph Faulder").gender == "m"
    position = article.text.index("he told")
    assert index.person_before("1", position, gender="m").name == "Joseph Faulder"


def test_a_pronoun_finds_the_person_named_before_it():
    article = Article("1", "t", ("Miles Yu, director of the China Center, said it was a swap.",
                                 "\"It is reciprocal,\" he said."))
    index = PeopleIndex([article])
    position = article.text.index("he said")
    assert index.person_before("1", position).name == "Miles Yu"


def test_a_speaker_the_index_does_not_know_stands_between_a_pronoun_and_an_earlier_name():
    article = Article("1", "t", (
        "The auction of O.J. Simpson's trophy raised $430,000, said Ron Silver, the lawyer.",
        "Kriessman, a Philadelphia Eagles fan, said he has never met Simpson. Asked if he "
        "would pose with him, he said: “I'd have to think about it.”"))
    index = PeopleIndex([article])
    position = article.text.index("he said:")
    assert index.person_before("1", position, gender="m") is None


def test_an_everyday_word_or_a_country_speaking_does_not_hide_the_person_before():
    article = Article("1", "t", (
        "Miles Yu, director of the China Center, said it was a swap.",
        "Officials said the talks went on. Egypt said nothing.",
        "\"It is reciprocal,\" he said."))
    index = PeopleIndex([article])
    position = article.text.index("he said")
    assert index.person_before("1", position).name == "Miles Yu"


def test_a_firm_and_its_town_is_no_person():
    index = _index("Hatch said the Senate would watch distributors such as San Mateo-based "
                   "Napster, but would not act.", "Napster said it would appeal.")
    assert index.people == {}


def test_a_name_opening_with_a_spanish_article_is_a_thing_or_a_place():
    index = _index("El Nino said to be weakening, La Nina returns, scientists said.",
                   "Jean-Marie Le Pen said he would run again.")
    assert [person.name for person in index.people.values()] == ["Jean-Marie Le Pen"]


def test_capitalised_things_are_not_people():
    index = _index("The Korea Institute for National Unification and the Storm Corps said so.",
                   "The National Security Council met on Friday.")
    assert index.people == {}


def test_he_is_never_a_name_the_text_does_not_show_to_be_a_person():
    article = Article("1", "t", (
        "A dirt road has landed Vail Resorts, the nation's largest ski area, in trouble.",
        "\"It is a violation,\" he said."))
    index = PeopleIndex([article])
    assert index.person_before("1", article.text.index("he said"), gender="m") is None


def test_a_clause_after_a_place_is_no_appositive():
    index = _index("Bowing to an order from Judge William Alsup of San Francisco, the agency "
                   "on Friday proposed that 5.4 million acres be protected.")
    assert index.person_named("San Francisco") is None


def test_a_relative_clause_ends_the_description_it_follows():
    index = _index("Ahn Chan-il, a former army officer who now heads a think tank, said so.")
    assert index.person_named("Ahn Chan-il").descriptions == ["a former army officer"]


def test_a_surname_alone_is_not_a_namesake_of_another_article():
    first = Article("1", "t", ("Alice Thompson, a tribal elder, said the hunt was wrong.",))
    second = Article("2", "t", ("Makah elder Alberta Thompson opposed it. Thompson said no.",))
    index = PeopleIndex([first, second])
    owners = {m.person.name for m in index.mentions["2"]}
    assert "Alice Thompson" not in owners


def test_a_title_before_a_surname_is_no_namesake():
    first = Article("1", "t", ("Judge Lance Ito, a veteran jurist, opened the trial.",))
    second = Article("2", "t", ("Judge Ito ruled on Monday. Ito said the jury would sit.",))
    index = PeopleIndex([first, second])
    assert {m.person.name for m in index.mentions["2"]} == {"Lance Ito"}


def test_a_name_opening_with_a_first_name_whose_surname_later_stands_alone_is_a_person():
    text = ("The growers, such as Michael Benziger, embrace old methods. "
            "Before that, Benziger had weaned his vineyards from chemicals.")
    people = PeopleIndex([Article("1", "t", (text,))])
    assert "Michael Benziger" in {person.name for person in people.people.values()}
    firm = "Morgan Stanley raised its forecast. Morgan Stanley shares fell."
    assert not PeopleIndex([Article("1", "t", (firm,))]).people


def test_an_abbreviated_title_is_a_title():
    text = "In January, Rep. Rick Lazio, R-N.Y., acknowledged that no vouchers were approved."
    people = PeopleIndex([Article("1", "t", (text,))])
    assert "Rep." in next(iter(people.people.values())).titles


def test_initials_open_a_name_and_he_is_not_the_wife_of_the_same_surname():
    text = ("Nicole Brown Simpson was killed in 1994. A judgment against O.J. Simpson was "
            "never paid. “I have paid nothing,” Simpson said, and he laughed.")
    people = PeopleIndex([Article("1", "t", (text,))])
    names = {person.name for person in people.people.values()}
    assert {"Nicole Brown Simpson", "O.J. Simpson"} <= names
    speaking = next(m for m in people.mentions["1"] if text[m.start:m.end] == "Simpson")
    assert speaking.person.name == "O.J. Simpson"


def test_a_title_does_not_run_back_into_the_paragraph_before():
    index = _index("A jury awarded $400 million to plaintiffs with claims against American Home",
                   "Attorney Wilbur O. Colom of Columbus said the lawsuit seeks a larger award.")
    assert index.person_named("Wilbur O. Colom").descriptions == ["Attorney"]


def test_an_honorific_inside_an_appositive_does_not_end_it():
    index = _index("“They made up their mind,” said Kip Petroff, an attorney representing "
                   "Ms. Lovett. He said lawyers were questioning jurors.")
    assert index.person_named("Kip Petroff").descriptions == [
        "an attorney representing Ms. Lovett"]


def test_an_occupation_opening_a_sentence_is_no_heading_title():
    index = _index("Attorney Wilbur O. Colom of Columbus said the lawsuit seeks a larger award.",
                   "Gov. Gary Locke said the state would act.")
    assert index.person_named("Wilbur O. Colom").heading == "Wilbur O. Colom"
    assert index.person_named("Gary Locke").heading == "Gov. Gary Locke"


def test_under_before_secretary_is_part_of_the_rank():
    index = _index("Under Secretary of State Thomas Pickering said the evidence was clear.",
                   "Under the plan, Secretary of State Madeleine Albright will travel.")
    assert index.person_named("Thomas Pickering").heading == (
        "Under Secretary of State Thomas Pickering")
    assert index.person_named("Madeleine Albright").heading == (
        "Secretary of State Madeleine Albright")


def test_a_trade_and_its_town_is_no_heading_title_but_an_office_is():
    index = _index("Fort Worth lawyer Richard Alley said the motion came late.",
                   "U.S. Attorney Helen Fahey said the case would go on.")
    assert index.person_named("Richard Alley").heading == "Richard Alley"
    assert index.person_named("Helen Fahey").heading == "U.S. Attorney Helen Fahey"


def test_a_place_of_two_words_is_no_person():
    index = _index("The first such case since Hong Kong reverted to China went to trial.",
                   "Hong Kong said it would watch the trial.")
    assert index.people == {}


def test_a_name_in_east_asian_order_is_called_by_its_first_word():
    index = _index("Cheung Tze-keung, alias Big Spender, was arrested in January.",
                   "Cheung's trial opened in Guangzhou.")
    person = index.person_named("Cheung Tze-keung")
    assert person is not None and person.surname == "Cheung"
    assert index.person_named("Jean-Pierre Raffarin") is None
    assert _index("Jean-Pierre Raffarin said so. Raffarin left.").person_named(
        "Jean-Pierre Raffarin").surname == "Raffarin"


def test_a_nationality_before_a_name_is_no_title_to_head_it_with():
    index = _index("Swiss Bertrand Piccard and Briton Brian Jones landed. Swiss pilot Bertrand "
                   "Piccard said so.", "Swiss Foreign Minister Joseph Deiss said so too.")
    assert index.person_named("Bertrand Piccard").heading == "Bertrand Piccard"
    assert index.person_named("Joseph Deiss").heading == "Swiss Foreign Minister Joseph Deiss"


def test_a_trade_opening_a_sentence_before_an_honorific_says_who_the_doctor_is():
    index = _index("Endocrinologist Dr. Antonio Tataranni worked with Ravussin in Phoenix.",
                   "Ethiopian Minister of Health Dr. Adem Ibrahim said so.",
                   "Visit Dr. Eugene Schiff in his office, and he lays out the facts.",
                   "“It is a disease,” says Schiff.")
    assert index.person_named("Antonio Tataranni").descriptions == ["endocrinologist"]
    assert index.person_named("Adem Ibrahim").descriptions == [
        "Ethiopian Minister of Health Dr."]
    schiff = index.person_named("Eugene Schiff")
    assert schiff is not None and schiff.descriptions == []


def test_first_before_an_office_is_part_of_the_rank_and_a_lone_rank_is_no_description():
    index = _index("President Clinton and first lady Hillary Rodham Clinton hosted the evening.",
                   "On ``This Week,'' Times Washington bureau chief Michael Oreskes said so.")
    assert index.person_named("Hillary Rodham Clinton").descriptions == ["first lady"]
    oreskes = index.person_named("Michael Oreskes")
    assert oreskes is not None and "chief" not in oreskes.descriptions


def test_a_possessor_does_not_run_back_into_the_paragraph_before():
    index = _index("Sea levels would rise, Australian geologists said Wednesday.",
                   "New England University's Barrie McKelvey said the ice sheet was smaller.")
    assert index.person_named("Barrie McKelvey").descriptions == ["New England University"]
