"""A risk is a forward-looking possibility of harm or a warning, found by its syntax."""

import pytest

from briefgen.extract.risk import is_harm, risk_in

RISKS = [
    # (sentence, kind of construction)
    ("Unless the council acts, unrest could soon become more widespread.", "modal"),
    ("Officials said the plan will further erode trust between the two towns.", "modal"),
    ("Violators will be fined up to 500 dollars.", "modal"),
    ("Rangers warned that the dam might burst within days.", "warning"),
    ("Exporters warn that the tariff will drive prices up.", "warning"),
    ("Hundreds of farmers risk losing their land if the river shifts.", "future"),
    ("The region's herds are in danger of being wiped out by the drought.", "future"),
    ("More such attacks are likely to follow after the election.", "future"),
    ("The real danger is that the virus spreads through e-mail.", "risk noun"),
    ("The storm poses a threat to coastal villages.", "risk noun"),
]

NOT_RISKS = [
    "In a deposition in May, the manager testified that the firm made an offer.",  # the month
    "A meeting was scheduled for Dec. 30, according to May.",  # a name
    "Time Warner reported higher profits on Tuesday.",  # a company, not a warning
    "The crash killed all 217 people on board.",  # a past toll
    "Investigators doubt that the fire may have been caused by arson.",  # a guess about the past
    "The spokesman could not be reached for comment.",  # a past ability
    "Residents are far more likely to be victims of theft than visitors.",  # a comparison
    "The new drug may help ease the pain of arthritis.",  # a remedy, a hope
    "The supplements may protect tissue from harmful chemicals.",  # a remedy before the harm
    "City officials hope residents will stop using harmful chemicals.",  # a hope
    "Losing weight reduced the risk of knee arthritis by half.",  # a lowered risk
    "Legal experts said he took some risks in his ruling.",  # a past risk taken
    "This may be the first town to ban the group as a terrorist organisation.",  # a record
    "In April, the union threatened to strike over the layoffs.",  # a past threat: an event
    "Inspectors will monitor the outbreak for 30 days.",  # a step, not an outcome
    "Cigarette makers must print warning labels on packages.",  # a noun, not a warning
    "The recorder could provide key insights into the crash.",  # a hope for evidence
]


@pytest.mark.parametrize(("sentence", "kind"), RISKS)
def test_a_forward_looking_harm_or_a_warning_is_a_risk(sentence, kind):
    cue = risk_in(sentence)
    assert cue is not None, sentence
    assert cue.kind == kind
    assert sentence[cue.start:].startswith(cue.words)


@pytest.mark.parametrize("sentence", NOT_RISKS)
def test_months_names_past_events_and_hopes_are_not_risks(sentence):
    assert risk_in(sentence) is None, risk_in(sentence)


def test_harm_words_match_by_stem_but_not_inside_other_words():
    assert all(is_harm(word) for word in ("wars", "killed", "collapse", "AIDS", "fines"))
    assert not any(is_harm(word) for word in ("warning", "warm", "diet", "aids", "fine"))


def test_who_is_at_risk_describes_people_and_a_warning_needs_a_harm_or_a_future():
    assert risk_in("The drug is limited to people who are at high risk of bleeding.") is None
    assert risk_in("Professors warn that the issues exist now.") is None
    assert risk_in("Professors warn that the issues will multiply into a crisis.") is not None


def test_risk_as_the_object_of_a_preposition_states_no_risk():
    assert risk_in("Doctors will study stress as a marker of risk for heart disease.") is None
