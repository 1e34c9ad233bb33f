"""Choosing claims: the most important concepts within the budget, each paid for once."""

import pytest

import briefgen.nlp.coverage as coverage
from briefgen.model import Claim, Sentence
from briefgen.nlp.coverage import choose, concept_weights, points_back
from briefgen.nlp.terms import word_count


def _claim(text, *articles, position=3, score=0.5):
    members = tuple(Sentence(text, article, position, 0, score) for article in articles)
    return Claim(members[0], tuple(articles), members, score)


STORY = [
    _claim("North Korea has sent thousands of troops to Russia for the war in Ukraine.", "1", "2",
           "3", position=0),
    _claim("North Korean troops sent to Russia could fight in the Kursk region of Russia.", "2",
           "4"),
    _claim("Seoul summoned the Russian ambassador to protest against the troop deployment.", "1",
           "3"),
    _claim("The weather in Pyongyang was mild and sunny on the day of the parade.", "4"),
    _claim("A local football club in Vladivostok won its third match of the season.", "5"),
    _claim("Russia and North Korea signed a mutual defence treaty in Pyongyang in June.", "2",
           "5"),
]


def test_concepts_reported_by_several_articles_weigh_more_and_lone_ones_do_not_count():
    weights = concept_weights(STORY)
    assert weights["north korea"] > weights["kursk region"]
    assert "football club" not in weights  # only one article mentions it


def test_the_word_budget_is_never_exceeded_and_filled_with_the_story():
    for words in (15, 30, 45, 60):
        chosen = choose(STORY, words, None)
        assert sum(word_count(c.text) for c in chosen) <= words
        assert all("football" not in c.text and "weather" not in c.text for c in chosen)
    assert STORY[0] in choose(STORY, 30, None)


def test_the_chosen_claims_are_the_objects_given():
    chosen = choose(STORY, None, 3)
    assert len(chosen) == 3
    assert all(any(c is claim for claim in STORY) for c in chosen)


def test_a_repeated_fact_is_not_paid_for_twice(monkeypatch):
    for bonus in ("LEAD_BONUS", "RATING_BONUS", "CORROBORATION_BONUS"):  # concepts alone
        monkeypatch.setattr(coverage, bonus, 0.0)
    twice = [_claim("North Korea has sent troops to Russia for the war in Ukraine, officials said.",
                    "1", "2", "3"),
             _claim("North Korea has sent troops to Russia for the war in Ukraine, analysts said.",
                    "4", "5", "6"),
             _claim("Seoul summoned the Russian ambassador to protest against the troops there.",
                    "1", "4")]
    chosen = choose(twice, 30, None)
    assert sum("has sent troops" in c.text for c in chosen) == 1


def test_a_sentence_budget_is_filled_even_when_the_concepts_run_out():
    chosen = choose(STORY, None, 6)
    assert len(chosen) == 6


def test_with_rephrasing_a_claim_may_be_shown_in_another_members_words():
    long_member = Sentence("North Korea has sent thousands of elite troops to Russia for the war "
                           "in Ukraine, the spy agency said on Friday morning in Seoul.", "1", 9)
    short_member = Sentence("North Korea has sent thousands of troops to Russia for the war.", "2",
                            0)
    claim = Claim(long_member, ("1", "2"), (long_member, short_member), 1.0)
    others = [_claim("Russia needs troops for the war in Ukraine after heavy losses this year.",
                     "1", "2")]
    chosen = choose([claim, *others], 14, None, rephrase=True)
    assert [c.text for c in chosen] == [short_member.text]
    assert chosen[0].citations == ("2", "1")


def test_a_rephrased_claim_is_not_shown_again_in_its_own_words_to_fill_a_sentence_budget():
    own = Sentence("The northern army sent eleven thousand troops to the eastern front on Friday "
                   "night.", "1", 3, 0, 0.2)
    other = Sentence("North Korean army sent troops to the eastern front, officials said on "
                     "Friday.", "2", 0, 0, 1.0)
    claim = Claim(own, ("1", "2"), (own, other), 0.9)
    chosen = choose([claim], None, 3, rephrase=True)
    assert [c.text for c in chosen] == [other.text]


@pytest.mark.parametrize("text", [
    "But the talks collapsed before the deadline on Friday evening.",
    "This would change the balance of the war in the region.",
    "What can Seoul do about the troops that were sent to Russia?",
    "Troops left.",
    "Therefore the talks will resume in Seoul after the holiday next month.",
    "Despite these dangers, Kim appears to have decided that the benefits outweigh the losses.",
    "The New York Times said in an editorial for Thursday, Nov. 4:",
    "Other government officials have suggested privately that the strike was hasty.",
    "— His short tour of the Midwest is a dress rehearsal for a cable TV show.",
    "Specifically, the task force report charges that Iraq helped Sudan build a plant.",
    "In comparison, about $50 billion a year in disability payments goes to heart patients.",
])
def test_sentences_that_lean_on_their_context_are_not_candidates(text):
    standalone = _claim("North Korea has sent thousands of troops to Russia for the war.", "1", "2")
    leaning = _claim(text, "1", "2")
    assert choose([leaning, standalone], None, 1) == [standalone]


def test_the_greedy_answer_is_used_when_the_solver_gives_none(monkeypatch):
    monkeypatch.setattr(coverage, "_solve_exactly", lambda *args: None)
    chosen = choose(STORY, 30, None)
    assert chosen and sum(word_count(c.text) for c in chosen) <= 30
    assert "football" not in " ".join(c.text for c in chosen)


def test_nothing_to_choose_from():
    assert choose([], 100, None) == []
    assert choose(STORY, 3, None) == []


def test_a_lead_in_to_a_list_or_a_quotation_does_not_read_alone():
    assert not coverage.reads_alone("Cutler said other details of Clinton's proposal include:")
    assert not coverage.reads_alone("“We will sue the airline over the crash,” Smith said:")
    assert coverage.reads_alone("Cutler said the proposal includes $1.2 billion for schools.")


def test_a_quotation_is_not_a_candidate_when_a_statement_is():
    statement = _claim("North Korea has sent thousands of troops to Russia for the war.", "1", "2")
    quotation = _claim("“North Korea has sent thousands of troops to Russia,” he said on Friday.",
                       "1", "2")
    assert choose([quotation, statement], None, 1) == [statement]


def test_articles_that_share_nothing_are_still_summarised():
    unrelated = [_claim("The cat sat on the warm mat all afternoon in the garden.", "1"),
                 _claim("The central bank raised interest rates by a quarter point.", "2")]
    assert len(choose(unrelated, 30, None)) == 2


def test_an_earlier_sentence_earns_more_on_its_own_the_lead_most(monkeypatch):
    for bonus in ("RATING_BONUS", "CORROBORATION_BONUS"):  # position alone
        monkeypatch.setattr(coverage, bonus, 0.0)
    sentences = [Sentence("x", "1", position) for position in (0, 1, 2, 7)]
    bonuses = coverage._bonuses(sentences, [0.0] * 4, 1.0)
    assert list(bonuses) == sorted(bonuses, reverse=True)
    assert bonuses[0] == coverage.LEAD_BONUS
    assert bonuses[1] == coverage.LEAD_BONUS * coverage.POSITION_DECAY
    assert bonuses[3] < 0.01 * bonuses[0]


@pytest.mark.parametrize("text", [
    "It remains to be seen whether the troops will change the course of the war.",
    "It is unclear how many of the troops have already reached the front line.",
])
def test_an_it_that_points_at_nothing_does_not_make_a_sentence_lean(text):
    assert coverage.stands_alone(text)
    assert not coverage.stands_alone("It has sent thousands of troops to the front line.")


@pytest.mark.parametrize(("text", "leans"), [
    ("Ukrainian intelligence said on Thursday that these North Korean forces had moved.", True),
    ("Putin has repeatedly threatened South Korea not to take this step.", True),
    ("“I admire her dedication,” said Ken Ham, executive director of the group.", True),
    ("Smith said he would resign within two weeks of the vote.", False),
    ("The company said this year would be its best ever.", False),
    ("Those who oppose the plan said it would cost jobs.", False),
    ("“Without them, I could not have won the seat,” Keenan said.", True),
    ("“We will not accept this,” Smith said on Monday in Seoul.", True),
    ("Officials said this was the largest deployment since the war.", True),
    ("By 1996 it was free for all South Africans.", True),
    ("Last year, her doctor asked her to test an unapproved drug.", True),
    ("In 1998 the government said it would build homes for all.", False),
    ("Forest Service officials said it was causing sediment in the creek.", True),
    ("“I think it is part of the effort to muddle the waters,” Hamdoon said.", True),
    ("Officials said it was unclear whether the plant made weapons.", False),
    ("The ministry said it would build 1,200 homes near the settlement.", False),
    ("Officials said it was causing sediment to build up in the harbor.", True),
    ("“We don't feel it's anywhere near where it should be,” the coach said.", True),
    ("“We do not expect it will reopen before spring,” a spokesman said.", True),
    ("“We think it's time to move on from the dispute,” the mayor said.", False),
    ("In the Southeast, the obesity rate jumped 67.2 percent in that time frame.", True),
    ("At that point, the company had fewer than 30 employees.", True),
    ("The company says it will hire 30 engineers at that plant this year.", True),
    ("The company hired 30 engineers this year and will hire more next year.", False),
    ("Brownback said that could happen because the treaty adds a layer of rules.", True),
    ("Brownback said that treaty rules could slow adoptions from China.", False),
    ("Every year brings its own grab bag of such anomalies, but this year was worse.", True),
    ("Diseases such as malaria kill thousands of children in Kenya every year.", False),
    ("In that case, Sparks noted, five justices agreed the inmate had rights.", True),
    ("Believe it or not, a federal appeals court in San Francisco agreed.", True),
    ("The court agreed to hear the appeal of the ruling in its next term.", False),
    ("The ruling was narrow in that it applied only to one inmate on death row.", False),
    ("According to a training video, “The X Factor,” that's the pet peeve list.", True),
    ("“To say you will strangle it in its infancy — that's a bad idea,” Gilmore said.", False),
])
def test_a_sentence_points_back_when_a_demonstrative_or_pronoun_has_nothing_before_it(
        text, leans):
    assert points_back(text) is leans


@pytest.mark.parametrize(("text", "alone"), [
    ("Ten days later, the board voted to recommend clemency for the first time.", False),
    ("A week later the court ruled against the company in the antitrust case.", False),
    ("Later that day, the court ruled against the company in the antitrust case.", False),
    ("The next day, the court ruled against the company in the antitrust case.", False),
    ("Later this month the court will rule on the company's appeal of the fine.", True),
    ("Earlier Monday, the court ruled against the company in the antitrust case.", True),
    ("Five years after the crash, the airline was sued by the families of victims.", True),
])
def test_a_time_counted_from_what_was_just_told_leans_on_it(text, alone):
    assert coverage.reads_alone(text) is alone


@pytest.mark.parametrize(("text", "alone"), [
    ("The death penalty is wrong: we decided that in Britain decades ago.", False),
    ("Annoyed, I rebooted, started up Windows Explorer and went to the directory.", False),
    ("As far as I can tell, the only thing infecting the computer is Windows.", False),
    ("The U.S. sent troops in World War I to the western front in France.", True),
    ("US officials said the plan would cost billions of dollars over ten years.", True),
    ("Smith said “we will win” the election next month in the state.", True),
])
def test_the_writers_own_voice_is_no_fact_a_brief_can_state(text, alone):
    assert coverage.reads_alone(text) is alone


@pytest.mark.parametrize(("text", "alone"), [
    ("Further stacking the odds against them, the North Korean forces have not trained.", False),
    ("Under their recent defense pact, North Korea has been supplying Russia with arms.", False),
    ("Clinton said he would veto the bill, calling it a gift to polluters and lobbyists.", True),
    ("Jerusalem officials said they will appeal the ruling, which came late on Friday.", True),
])
def test_a_pronoun_in_an_opening_phrase_points_back_but_not_one_after_the_subject(text, alone):
    assert coverage.reads_alone(text) is alone


@pytest.mark.parametrize(("text", "alone"), [
    ("SUPPORTING ACTRESS, SERIES: Faye Dunaway, “Gia”; Camryn Manheim, “The Practice”", False),
    ("MINISERIES OR MOVIE MADE FOR TELEVISION: “From the Earth to the Moon”", False),
    ("A: Flea beetles are minuscule insects that appear in spring and leap among plants.", False),
    ("WASHINGTON: The president said the plan would fail without the votes of the Senate.", True),
    ("NATO and the EU agreed on Friday to act together against the smugglers at sea.", True),
])
def test_a_list_entry_or_a_column_s_answer_is_no_sentence_of_the_story(text, alone):
    assert coverage.reads_alone(text) is alone
