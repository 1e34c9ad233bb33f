"""Back references: "the report" and a bare "Miele" need the article's earlier sentences;
what says which one it is, or what the whole story is about, does not."""

from briefgen.extract.people import PeopleIndex
from briefgen.extract.references import (
    bare_surnames,
    definite_back_references,
    goes_on,
    unanchored_kin,
    unanchored_pronoun,
)
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


def test_a_bare_subject_after_the_lead_points_back_at_what_came_before_in_other_words():
    found = definite_back_references([
        "La Nina started when temperatures dropped in May.",
        "The shift brought heavy rainfall to Indonesia.",
        "The talks are in their earliest stages.",
        "The jury found the group negligent.",
        "The relationship hasn't been stress-free.",
        "The torrential rains, according to one theory, sparked temple building.",
        "The test “is one of the reasons to go ahead,” Cohen said.",
    ])
    assert found == [(), ("the shift",), ("the talks",), ("the jury",), ("the relationship",),
                     ("the torrential rains",), ("the test",)]


def test_a_subject_that_says_which_one_or_that_the_story_names_throughout_points_nowhere():
    assert definite_back_references([
        "The talks began in Geneva on Monday.",  # the lead is written to stand alone
        "The research led by Johns Hopkins suggests more outbreaks.",
        "The report on losses was issued Monday.",
        "The U.S. government said no.",
        "The day ended quietly.",
        "The euro will be adopted by 11 countries.",
    ], given=frozenset({"euro"})) == [(), (), (), (), (), ()]


def test_a_number_standing_alone_points_back():
    assert definite_back_references([
        "Smith and Jones met in Paris.", "The two said they agreed.",
    ]) == [(), ("the two",)]


def _surnames(text, sentence, speaker_shown=False):
    article = Article("1", "t", (text,))
    people = PeopleIndex([article])
    start = article.text.index(sentence)
    return bare_surnames(people.mentions["1"], start, start + len(sentence), article.text,
                         speaker_shown=speaker_shown)


STORY = ("Parks commissioner Joe Miele said the road would close. "
         "Miele defended the change in an interview.")


def test_a_surname_alone_after_the_full_name_points_back():
    assert _surnames(STORY, "Miele defended the change in an interview.") == ("Miele",)


def test_a_possessive_surname_points_back_too():
    text = "Putin advised Anatoly Sobchak, the mayor. Putin led the office on Sobchak's orders."
    assert _surnames(text, "Putin led the office on Sobchak's orders.") == ("Sobchak",)


def test_the_full_name_or_a_title_introduces_the_person_again():
    assert _surnames(STORY, "Parks commissioner Joe Miele said the road would close.") == ()
    text = "Parks commissioner Joe Miele said no. Commissioner Miele defended the change."
    assert _surnames(text, "Commissioner Miele defended the change.") == ()


def test_a_shown_speaker_needs_no_introduction():
    text = STORY + " “We had no choice,” Miele said."
    assert _surnames(text, "“We had no choice,” Miele said.", speaker_shown=True) == ()


def test_a_sentence_that_goes_on_from_the_one_before_says_so():
    assert goes_on("The department also will continue working with Congress.") == "also"
    assert goes_on("Another reason, Cuomo said, was that Congress refused.") == "another"
    assert goes_on("LIMAC, in turn, was affiliated with the support group.") == "in turn"
    assert goes_on("A third new drug for arthritis pain has been approved.") == "a third"
    assert goes_on("A second-hand store opened on Main Street.") is None
    assert goes_on("“We also want peace,” he said.") is None  # the speaker's own list
    assert goes_on("The board approved the plan on Monday, and the governor said he "
                   "would also sign the law.") is None


def test_that_or_a_day_s_thing_told_before_points_back():
    assert definite_back_references([
        "The court issued a decision against the company.",
        "An appeals court upheld that decision on Monday.",
        "He said that decision was wrong.",  # "said that ...": a conjunction
    ]) == [(), ("that decision",), ()]
    assert definite_back_references([
        "Judge Jackson issued a ruling against Microsoft.", "Microsoft appealed Friday's ruling.",
    ]) == [(), ("Friday's ruling",)]
    assert definite_back_references([
        "Errors were made.", "Defense lawyers conceded that errors were made.",
    ]) == [(), ()]  # "conceded that": a conjunction


def test_both_opening_a_sentence_points_back_unless_it_pairs_two_things():
    assert goes_on("Both topics were raised at the hearing.") == "both"
    assert goes_on("Both the House and the Senate passed the bill.") is None
    assert goes_on("Ramzi Yousef, also known as Abdul Basit, was arrested.") is None
    assert goes_on("It not only cuts taxes but also raises spending.") is None
    assert goes_on("The analyst said both factors were at work.") == "both"
    assert goes_on("The analyst said both parties and the unions agreed.") is None
    assert goes_on("Analysts expect both drugs to surpass $2 billion in sales.") == "both"
    assert goes_on("A treaty committed both countries to mutual aid, and Vladimir Putin and "
                   "North Korean leader Kim Jong Un went further.") is None


def test_an_abbreviated_title_before_a_surname_introduces_it():
    text = "Sen. Sam Brownback said no. Later Sen. Brownback defended the bill."
    assert _surnames(text, "Later Sen. Brownback defended the bill.") == ()


def test_a_pronoun_with_nothing_before_it_to_stand_for_points_back():
    assert unanchored_pronoun("Analysts expect her plan to fail within a year.") == "her"
    assert unanchored_pronoun("The minister said her ministry would act.") is None
    assert unanchored_pronoun("Smith said his team won the vote.") is None
    assert unanchored_pronoun("“We will win,” he said.") is None  # the speaker rule's


def test_a_country_ending_the_sentence_before_is_no_title():
    text = "Parks commissioner Joe Miele served in Iraq. Miele defended the change."
    assert _surnames(text, "Miele defended the change.") == ("Miele",)


def test_an_everyday_word_opening_the_sentence_is_no_part_of_the_name():
    text = "Parks commissioner Joe Miele said no. When Miele spoke, the road closed."
    assert _surnames(text, "When Miele spoke, the road closed.") == ("Miele",)
    text = "Parks commissioner Joe Miele said no. On Monday, Miele spoke."
    assert _surnames(text, "On Monday, Miele spoke.") == ("Miele",)
    text = "Parks commissioner Joe Miele said no. Even Miele conceded the point."
    assert _surnames(text, "Even Miele conceded the point.") == ("Miele",)


def test_a_bare_shell_noun_points_back_at_what_was_said_in_other_words():
    assert definite_back_references([
        "The minister accused Sudan of making nerve gas.",
        "Sudanese officials dismissed the remarks as lies.",
        "The decision to close the plant was taken in May.",  # it says which decision
        "The Clinton plan was dropped.",  # whose plan it is
    ]) == [(), ("the remarks",), (), ()]


def test_a_connective_between_commas_in_the_opening_words_goes_on():
    assert goes_on("Sudanese officials, however, dismissed the claims.") == "however"
    assert goes_on("The company, though, said profits rose.") == "though"
    assert goes_on("China, meanwhile, is reportedly displeased.") is None  # a parallel thread
    assert goes_on("Prices fell sharply in the first quarter of the year, however, as "
                   "demand slowed.") is None  # deep in a long sentence: its own contrast


def test_a_time_after_the_description_says_when_not_which():
    assert definite_back_references([
        "A treaty on adoptions was drafted.", "The United States signed the treaty in 1994.",
        "The report on troop losses was issued.",
    ]) == [(), ("the treaty",), ()]


def test_that_day_points_back_but_the_day_does_not():
    assert definite_back_references([
        "The mill closed in 1998.", "At about that time, the mayor resigned.",
        "The day was cold.",
    ]) == [(), ("that time",), ()]


def test_a_city_named_by_its_kind_points_back_unless_a_speaker_says_it():
    assert definite_back_references([
        "Chicago police counted the dead.", "The city's murder rate rose.",
        "The first two, it said, were older.",
    ]) == [(), ("the city",), ("the first two",)]
    assert definite_back_references([
        "Chicago police counted the dead.", "“The city must build homes,” said the mayor.",
    ]) == [(), ()]
    assert definite_back_references([
        "Yunnan leads China in solar heating.", "At present, the province has some 200 plants.",
    ]) == [(), ("the province",)]


def test_the_others_standing_alone_point_back():
    assert definite_back_references(["Three men were arrested.", "The others said nothing."]) \
        == [(), ("the others",)]


def test_a_time_the_sentence_gives_is_no_back_reference_nor_a_possessive_both():
    assert definite_back_references([
        "Workers protested.", "When the mill closed in 1998, unemployment at that time was high.",
    ]) == [(), ()]
    assert goes_on("He broke both his arms in the fall.") is None
    assert definite_back_references([
        "A report was issued.", "The report of May 12 said prices fell.",
    ]) == [(), ()]  # "of May 12" says which report


def test_a_shell_noun_in_the_plural_points_back_too():
    assert definite_back_references(["Smith spoke.", "The threats were dismissed."]) \
        == [(), ("the threats",)]


def test_a_clause_after_a_surname_is_no_appositive_introducing_it():
    text = ("Mary Johnson urged the board to act. "
            "Some on the board agreed with Johnson, and in August the board voted.")
    assert _surnames(text, "Some on the board agreed with Johnson, and in August the board "
                           "voted.") == ("Johnson",)
    text = "Mary Johnson urged the board to act. Johnson, a retired teacher, spoke."
    assert _surnames(text, "Johnson, a retired teacher, spoke.") == ()


def test_a_surname_in_east_asian_order_alone_points_back():
    text = "Cheung Tze-keung, alias Big Spender, was arrested. Cheung's trial opened today."
    assert _surnames(text, "Cheung's trial opened today.") == ("Cheung",)


def test_a_verb_after_a_noun_ends_the_description():
    assert definite_back_references([
        "The cause has been taken up by the European Union.",
        "A representative of the union met with the pardons board on Monday.",
    ]) == [(), ("the union",)]
    assert definite_back_references([
        "The panel wrote new measures.", "The measures adopted by the council were weak.",
    ]) == [(), ()]  # a participle with "by" says which measures


def test_a_relation_before_a_name_with_no_one_to_be_related_to_points_back():
    assert unanchored_kin("In 1972, daughter Liza Minnelli won best actress.") == "daughter"
    assert unanchored_kin("At the funeral, widow Coretta Scott King spoke.") == "widow"
    assert unanchored_kin("His daughter Liza Minnelli won best actress.") is None
    assert unanchored_kin("Douglas' son Michael won.") is None
    assert unanchored_kin("Kirk Douglas and son Michael Douglas won.") is None
    assert unanchored_kin("Sister Helen Prejean said so.") is None  # a religious title
