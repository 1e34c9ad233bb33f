"""Stance: a judgement, demand, decision or intention is a position; a reported fact is not."""

import pytest

from briefgen.extract.stance import is_stance


@pytest.mark.parametrize(("cue", "content"), [
    ("said", "Israel will begin to dismantle 12 encampments next week"),
    ("said", "Israel should abide by the interim agreement"),
    ("said", "“We are not going to give up our land”"),
    ("said", "“I think the ruling was wrong”"),
    ("said", "the settlements violate the agreements"),
    ("told", "the government opposes any new construction"),
    ("warned", "the talks had reached a dead end"),
    ("urged", "Israel to halt construction"),
])
def test_a_judgement_demand_or_intention_is_a_stance(cue, content):
    assert is_stance(cue, content)


@pytest.mark.parametrize(("cue", "content"), [
    ("said", "the trailers stood on land belonging to the settlement"),
    ("said", "the construction site is more than a kilometre from the settlement"),
    ("reported", "1,200 homes were approved last month"),
    ("said", "the trailers were installed in May"),
    ("said", "“I was trained in a Christian home by my father”"),
    ("said", "“We had to run around the balloon with our knives”"),
])
def test_a_fact_the_speaker_reports_is_no_stance(cue, content):
    assert not is_stance(cue, content)


@pytest.mark.parametrize(("cue", "content"), [
    ("said", "the figure was expected to reach 53 million within 25 years"),
    ("said", "the towns would flood within days"),
    ("said", "North Korean troops could suffer high casualty rates"),
    ("said", "the stricter rules will mainly affect three counties"),
    ("said", "prices in Europe will rise"),
    ("said", "it will reach 53 million by 2020"),
])
def test_a_forecast_or_a_possibility_is_no_stance(cue, content):
    assert not is_stance(cue, content)


@pytest.mark.parametrize(("cue", "content"), [
    ("said", "“they can't comment on anything touching on the lawsuits”"),
    ("insisted", "the company would not immediately comment on the ruling"),
    ("declined to comment", "on whether the talks should resume"),
])
def test_declining_to_comment_is_no_stance(cue, content):
    assert not is_stance(cue, content)


@pytest.mark.parametrize(("cue", "content"), [
    ("said", "the department will begin increasing payments to landlords"),
    ("said", "“We will not give up”"),
    ("said", "he would veto the bill"),
])
def test_a_future_decided_by_its_subject_is_a_stance(cue, content):
    assert is_stance(cue, content)
