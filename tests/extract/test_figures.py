"""A figure is a number with the noun phrase it counts, and when, as the sentence says."""

import pytest

from briefgen.extract.figures import figures_in_text


def _one(text):
    [figure] = figures_in_text(text)
    return figure


def test_a_count_is_counted_by_the_noun_phrase_after_it():
    figure = _one("About 10,000 mountain troops (MTs) were sent north.")
    assert (figure.written, figure.value, figure.counted) == (
        "About 10,000", 10_000, "mountain troops (MTs)")


@pytest.mark.parametrize(("text", "described"), [
    ("As few as 100 people died in winter cold and storms.", "people died"),
    ("In 1992, 127,441 children adopted that year were foreign-born.", "children adopted"),
    ("About 600 people gathered Sunday night for a vigil.", "people gathered"),
    ("Currently, 1.4 million families receive such housing vouchers.", "families"),  # object
    ("By year's end 70 million people were expected to be using it.", "people"),
    ("More than 80 inmates have been freed from death row.", "inmates have been freed"),
    ("Some 2,000 people are living in tents.", "people are living"),
    ("Some 2,000 people including children fled.", "people"),  # the verb is not theirs at once
    ("Some 109 people in the plane were killed.", "people"),
    ("About 10,000 mountain troops were sent north.", "mountain troops"),  # not people counted
])
def test_a_count_of_people_says_what_they_did_or_underwent_when_the_verb_follows(
        text, described):
    figure = _one(text)
    assert figure.described == described
    assert figure.counted == described.split()[0] or figure.counted == "mountain troops"


def test_a_share_counts_what_follows_of_or_what_it_measures_before_it():
    assert _one("About 18 percent of the population still smokes.").counted == "the population"
    figure = _one("The county's jobless rate dropped slightly to 9.2 percent in 1997.")
    assert (figure.unit, figure.counted, figure.when) == (
        "percent", "county's jobless rate", "in 1997")
    assert _one("with Norway taking 49 percent").counted == ""  # a name alone measures nothing


def test_money_counts_what_it_is_for_not_dollars():
    assert _one("The club won a $6.3 million judgment.").counted == "judgment"
    figure = _one("They take in more than $350 million a year in ticket revenues.")
    assert (figure.written, figure.counted) == ("more than $350 million a year",
                                               "ticket revenues")
    assert _one("The league's annual budget is about $8 million.").counted == (
        "league's annual budget")
    assert _one("It caused up to 2.6 billion U.S. dollars in damage.").counted == "damage"
    assert _one("Prices rose by $15.").counted == ""


def test_identifiers_conversions_durations_and_dates_are_not_figures():
    assert figures_in_text("Flight 990 left on Oct. 31, 1999, for Proposition 22.") == []
    assert _one("It fell for 30 minutes.").counted == ""  # how long: no thing counted
    assert [f.written for f in figures_in_text(
        "They smuggled 800 kilograms (1,760 pounds) of explosives.")] == ["800"]
    assert _one("He was sentenced to 10 years in prison.").counted == "years in prison"
    assert _one("They moved 1,500 pounds of explosives.").counted == "pounds of explosives"


def test_a_range_is_one_figure():
    figure = _one("Between them, 30 to 40 percent of the children were infected.")
    assert (figure.written, figure.value) == ("30 to 40 percent", 40)
    assert _one("It gives patients a shot at a $2,000 to $5,000 procedure.").written == (
        "$2,000 to $5,000")


def test_a_time_belongs_to_the_figure_it_is_nearest():
    first, second = figures_in_text(
        "Use had grown from 60 percent of the machines in the 1996 survey to 73 percent in 1997.")
    assert (first.counted, first.when) == ("the machines", "")
    assert second.when == "in 1997"


def test_a_currency_named_after_the_number_is_part_of_the_figure():
    assert _one("They asked for a 4 million Chinese yuan ransom.").written == (
        "4 million Chinese yuan")
    assert _one("Sales fell 14 percent of its value.").counted == ""  # whose value?


def test_a_share_of_an_age_group_keeps_the_ages_and_what_the_share_does():
    assert _one("Only 46 percent of people aged 18 to 29 were saving.").counted == (
        "people aged 18 to 29 were saving")
    assert _one("Up to 40 percent of geologists believe the slope is stable.").counted == (
        "geologists believe the slope is stable")


def test_a_change_keeps_its_verb_so_it_is_not_read_as_a_level():
    assert _one("The agency will cut inspections by 40 percent.").counted == "cut inspections"
    assert _one("Ticket sales rose 12 percent at the zoo.").counted == "Ticket sales rose"
    assert _one("The jobless rate dropped to 9.2 percent.").counted == "jobless rate"


def test_the_size_of_a_known_set_is_no_figure_but_a_subset_the_sentence_defines_is():
    assert [f.written for f in figures_in_text(
        "Eleven of the union's 15 members and 23 of the 38 states agreed.")] == ["23"]
    assert figures_in_text("Envoys of the 12 former Soviet republics met.") == []
    assert _one("The 19 states suing the firm met.").counted == "states"
    assert _one("Speeds reached 1,350 mph over the sea.").counted == ""


def test_the_head_of_what_changed_and_both_plurals_of_a_pair_are_counted():
    assert _one("Thefts against small shops rose 4 percent.").counted == (
        "Thefts against small shops rose")
    assert _one("The number of idle mills dropped by 3 percent.").counted == (
        "number of idle mills dropped")
    assert _one("The study followed 6,193 obese men and women for years.").counted == (
        "obese men and women")
    assert _one("Output will attain 2.5 percent this year.").counted == ""  # a verb, no thing


def test_a_ratio_base_and_a_rate_unit_are_no_counts_of_their_own():
    found = figures_in_text("A rate of 20 for 100,000 residents and one of 38 states.")
    assert [f.written for f in found] == ["20"]
    assert _one("The drug costs $5,000 per patient.").written == "$5,000 per patient"


def test_a_crowd_at_an_event_and_half_of_a_pair_are_no_figures_of_a_thing():
    assert figures_in_text("The forum was attended by more than 500 doctors.") == []
    assert figures_in_text("Some 350 people attended the service.") == []
    assert _one("Obese men and women increased from 12 percent in 1991.").counted == ""
    assert _one("It costs 34 million U.S. Dollars for the new schools.").written == (
        "34 million U.S. Dollars")


def test_who_took_part_in_an_event_is_no_figure_of_the_story():
    assert [f.written for f in figures_in_text(
        "A team of 12 divers from 30 countries searched 400 wrecks.")] == ["400"]
    # a survey's sample is who took part, its finding the figure
    assert [f.written for f in figures_in_text(
        "A recent survey of 9,408 citizens found that 94 percent back the ban.")] == [
        "94 percent"]


def test_a_rate_keeps_its_base_in_what_it_counts():
    assert _one("The jet now has 12.5 fatal incidents per million flights.").counted == (
        "fatal incidents per million flights")
