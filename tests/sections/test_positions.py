"""Positions: an actor's own statement or action, as the source or the main clause's subject."""

import pytest

from briefgen.model import Article
from briefgen.sections.positions import main_clause_action, position_of
from tests.sections.conftest import material_for


@pytest.mark.parametrize(("text", "subject"), [
    ("North Korea has decided to send troops to Russia.", "North Korea"),
    ("On Friday, South Korea’s spy agency confirmed the report.", "South Korea’s spy agency"),
    ("The People’s Republic of China, meanwhile, is reportedly displeased with it.",
     "The People’s Republic of China"),
    ("To date, North Korea has pledged 12,000 troops to Russia.", "North Korea"),
])
def test_the_main_clause_s_subject_acts(text, subject):
    assert main_clause_action(text)[0] == subject


@pytest.mark.parametrize("text", [
    "South Korea has a large, high-quality defence industrial base, so Putin has repeatedly "
    "threatened to arm the North.",
    "North Korea’s troop deployment signaled that the war is no longer a regional conflict.",
    "The North Korean soldiers dispatched to Russia included the Storm Corps.",
    "Officials who spoke on condition of anonymity confirmed the figure.",
    "The Pentagon's proposed missile defense system could be fooled by simple decoys.",
])
def test_narration_about_an_actor_is_no_action_of_it(text):
    assert main_clause_action(text) is None


def _position(*paragraphs):
    material = material_for([Article("1", "t", paragraphs)])
    claim = next(c for c in material.claims if c.text == paragraphs[-1])
    return position_of(material, claim)


def test_a_fact_sourced_to_a_body_is_not_its_position():
    assert _position("About 10,000 troops have been sent to the border, according to Russia’s "
                     "Defense Ministry.") is None


def test_a_report_of_an_actor_s_stance_is_the_actor_s_position():
    position = _position("China is reportedly displeased with North Korea for sending troops, "
                         "according to The Wall Street Journal newspaper.")
    assert position.actor == "China"


def test_what_someone_unnamed_says_an_actor_did_is_not_its_position():
    assert _position("Diplomats met in Cairo on Monday to discuss the Sudanese factory.",
                     "In return for Iraqi help, Sudan agreed to store the chemicals, they "
                     "said.") is None


def test_a_fact_an_actor_reports_is_not_its_position():
    assert _position("Israel's military government said the trailers stood on land belonging "
                     "to a settlement on the hilltop.") is None


def test_a_stance_an_actor_states_is_its_position():
    position = _position("Israel's military government said it would remove the trailers "
                         "from the hilltop within a week.")
    assert position is not None and position.actor == "Israel"


def test_a_speaker_inside_a_relative_clause_states_no_position():
    assert _position("Mayor John Smith of Hayden met the leaders of the Idaho Human Rights "
                     "Task Force, which he believes should lead the campaign against the "
                     "compound.") is None
