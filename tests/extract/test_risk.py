"""A risk is a forward-looking possibility of harm or a warning, found by its syntax."""

import pytest

from briefgen.extract.risk import is_harm, risk_in

RISKS = [
    # (sentence, kind of construction)
    ("Unless the council acts, unrest could soon become more widespread.", "modal"),
    ("Officials said the plan will further erode trust between the two towns.", "modal"),
    ("Rangers warned that the dam might burst within days.", "warning"),
    ("Exporters warn that the tariff will mean job losses on the farms.", "warning"),
    ("Hundreds of farmers risk losing their land if the river shifts.", "future"),
    ("The region's herds are in danger of being wiped out by the drought.", "future"),
    ("More such attacks are likely to follow after the election.", "future"),
    ("The real danger is that the virus spreads through e-mail.", "risk noun"),
    ("The storm poses a threat to coastal villages.", "risk noun"),
    ("A study suggests for the first time that warmer winters could foster outbreaks of "
     "cholera in the delta.", "modal"),
]

NOT_RISKS = [
    "Overweight individuals have four to five times the risk of osteoarthritis.",  # a rate
    "Obese women have a higher risk of heart disease than other women.",
    "A federal judge has cleared the way for the incinerator, concluding there is no risk to "
    "human health or the environment.",
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


@pytest.mark.parametrize("sentence", [
    # the harm word sits in a modifier, not in what the verb brings: a measure, not a risk
    "The province will raise stipends to unemployed workers by 20 percent.",
    # a past event or ruling told with a forward word in a clause of its own
    "Once the mayor was sentenced, witnesses came forward with six charges, two that could "
    "bring a prison term.",
    "At that time, the agency concluded that the dye could cause cancer in rats.",
    "The bill had been backed by the growers but was opposed by sheriffs, who were concerned "
    "that the law would lead to more violent clashes.",
    "The port authority looked set to lose its licence on Monday.",
    # a guess at the cause of what already happened
    "The airline has opposed the theories, stressing a technical failure might cause the "
    "tragedy.",
    # a denial, an idea put forward, a promise
    "The company denies that the pesticide could harm bees.",
    "Critics challenge the consensus that the dam will destroy the valley.",
    "On Monday, the governor promised to fight any plan that would cause layoffs.",
    # a reason given for something else, a generic rule, a rule's penalty
    "The firm stopped taking bets, but only because that could jeopardize its licence.",
    "If a truck brakes too hard on ice, it will crash.",
    "Smokers in bars could draw hefty fines under the new ban.",
    # a title or a name with a cue word, a warning with no harm named
    "The report, titled A Nation at Risk, was read by every teacher.",
    "Public hearings, she warned, might give people a chance to shout.",
    "The reservoir is not likely to flood the town this spring.",
    "She claims she wasn't warned about the dangers of the drug.",
])
def test_a_clause_about_the_past_a_denial_a_promise_or_a_rule_is_no_risk(sentence):
    assert risk_in(sentence) is None, risk_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Analysts said the reform could cause the collapse of the state's pension fund.",
    "Reports said the men would be tried in the capital, where they could face the death "
    "penalty.",
    "Doctors warned of a cholera outbreak in the camps.",
    "The settlers said they might retaliate against the workers.",
    "The storm could bring severe flooding to the delta, forecasters said.",
])
def test_a_harm_at_the_head_of_a_forward_clause_is_a_risk(sentence):
    assert risk_in(sentence) is not None, sentence


def test_a_harm_that_only_modifies_the_subject_or_a_question_asked_is_no_risk():
    assert risk_in("His new attack stance will continue through the week.") is None
    assert risk_in("Violence in the camps could spread to the towns.") is not None
    assert risk_in("A study will follow 100 couples to see if contact is a risk.") is None
    assert risk_in("Carriers may eventually develop severe liver damage.") is not None
