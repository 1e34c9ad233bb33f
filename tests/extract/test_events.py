"""Events: which sentences report something that happened, and which date is that event's."""

import datetime as dt

import pytest

from briefgen.extract.dates import find_dates
from briefgen.extract.events import (
    event_mention,
    is_a_period_figure,
    is_a_reported_finding,
    reports_event,
)

ARTICLE = dt.date(1999, 8, 20)  # a Friday


def dated(text: str) -> str | None:
    mention = event_mention(text, find_dates(text, ARTICLE))
    return mention.written if mention else None


@pytest.mark.parametrize("text", [
    "The court ruled Friday that the law was void.",
    "O.J. Simpson memorabilia went up in flames on Wednesday to cheers and boos.",
    "On Aug. 17, an earthquake struck western Turkey.",
    "Microsoft quit the trade association Tuesday after a dispute.",
    "The FDA said Friday it has approved the drug.",
])
def test_reports_of_what_happened_are_events(text):
    assert reports_event(text)


@pytest.mark.parametrize("text", [
    "The two leaders will meet on Monday in Geneva.",
    "Analysts expect sales to surpass $2 billion by 2002.",
    "The vote is scheduled for Oct. 10.",
    "Who ordered the raid on Friday?",
    "“We won on Friday,” the coach said after the game.",
    "The company hopes to win approval next year.",
    "Rescue teams are staffed Monday through Friday.",
])
def test_forecasts_schedules_questions_and_quotations_are_not(text):
    assert not reports_event(text)


def test_the_date_of_the_main_clause_is_the_event_s():
    assert dated("The court ruled Friday that the law was void.") == "Friday"
    assert dated("On Aug. 17, an earthquake struck western Turkey.") == "Aug. 17"
    assert dated("Five years ago, the tribe opened a casino.") == "Five years ago"


@pytest.mark.parametrize("text", [
    "The death toll from the Aug. 17 quake rose to 15,000.",  # names the quake
    "Results appeared in Wednesday's Journal of Medicine, researchers reported.",
    "Topics were aired at the meeting, along with the report, which was issued in June.",
    "The toll rose after the quake on Aug. 17 destroyed the town.",
    "The rate fell from 70 percent in 1991 to 4 percent in 1997.",
    "More teenagers died than in any year since 1954, officials reported.",
    "Five years ago, before the tribe opened a casino, unemployment was 65 percent.",
    "Songs were passed down and are still sung today.",
])
def test_dates_of_other_things_do_not_date_the_sentence(text):
    assert dated(text) is None


def test_a_date_in_a_quotation_is_not_the_event_s():
    assert dated("He repeated “we met on Monday” when the panel asked him.") is None


def test_a_date_owned_by_a_name_is_not_the_event_s():
    assert dated("A committee to prepare for Macau's Dec. 20, 1999, handover met on Friday.") \
        == "on Friday"


def test_an_opening_today_means_nowadays():
    assert dated("Today, Wallace said, few appear to doubt that the surface has warmed.") is None
    assert dated("The senate approved the budget today after a long debate.") == "today"


def test_a_from_that_opens_no_span_of_dates_does_not_matter():
    assert dated("The administration moved Monday to take the boy from his relatives as early "
                 "as Thursday.") == "Monday"


def test_a_past_verb_of_a_subordinate_clause_does_not_make_the_date_an_event_s():
    assert dated("Investigators on Wednesday are continuing the search in the depths where "
                 "the plane crashed.") is None


@pytest.mark.parametrize(("text", "figure"), [
    ("Americans spent $27.2 billion in 1998 on alternative health care.", True),
    # a count in thousands for a year is a statistic too
    ("In all, 16,000 foreign-born children were adopted in the United States last year.", True),
    ("The auction Tuesday raised $430,000 for the victims' families.", False),
    ("In 1998, 154 Palestinians were killed in clashes over the settlements.", False),
])
def test_an_amount_for_a_year_is_a_figure_not_an_event(text, figure):
    [mention] = find_dates(text, ARTICLE)
    assert is_a_period_figure(text, mention) is figure


@pytest.mark.parametrize("text", [
    "Chemists who examined samples from a plant destroyed in August found no trace of VX.",
    "The United States has no reason to oppose a mission to a plant it bombed last month.",
    "Al-Saadi said inspectors were using the issue to prolong the sanctions imposed in 1990.",
])
def test_a_date_of_a_participle_describing_a_noun_is_not_the_event_s(text):
    assert event_mention(text, find_dates(text, dt.date(1999, 2, 8))) is None


@pytest.mark.parametrize("text", [
    "The United States destroyed the Khartoum factory in August after the bombings.",
    "Officials said the troops arrived in August.",
    "The company that bought the mill closed in August.",  # a relative clause's verb
])
def test_a_main_clause_or_a_reported_clause_keeps_its_date(text):
    assert event_mention(text, find_dates(text, dt.date(1999, 2, 8))) is not None


@pytest.mark.parametrize(("text", "finding"), [
    ("World solar markets are growing at ten times the rate of the oil industry, the "
     "Worldwatch Institute reported on Monday.", True),
    ("The official said that about 70 percent of people in Africa are afflicted by the "
     "diseases, the Kenya Times reported today.", True),
    ("Officials said Monday the FHA generates about $2 billion annually from guarantees.", True),
    ("The company said Friday it had cut 20 percent of its staff.", False),  # an event
    ("Turkey said Wednesday it wants the European Union to make it a candidate.", False),
])
def test_a_finding_in_the_present_dated_by_its_report_is_no_event(text, finding):
    mention = [m for m in find_dates(text, dt.date(1998, 7, 8)) if m.day][-1]
    assert is_a_reported_finding(text, mention) is finding
