"""The gazetteer: a country's names count where they stand for the country, not inside others."""

import pytest

from briefgen.extract.gazetteer import country_mentions


def _countries(text):
    return [alias.actor for _, alias in country_mentions(text)]


@pytest.mark.parametrize("text", [
    "New Jersey Sen. Bob Smith voted against the bill.",
    "But the EPA's Steve Ireland rejected that defence.",
    "Children of American Indian tribes in New Mexico attend the school.",
    "An official of the Bureau of Indian Affairs said the money was spent.",
    "Turkish Daily News reported the decision on Wednesday.",
    "Yasser Arafat of the Palestine Liberation Organization met them.",
    "Brazile said the campaign had raised more money.",
])
def test_a_name_inside_a_longer_name_is_not_the_country(text):
    assert _countries(text) == []


@pytest.mark.parametrize(("text", "countries"), [
    ("Russia said it would respond.", ["Russia"]),
    ("The Turkish Foreign Ministry summoned the envoy.", ["Turkey"]),
    ("South Korean President Yoon Suk Yeol met them.", ["South Korea"]),
    ("Russia's Vladimir Putin signed the treaty.", ["Russia"]),
    ("China, Romania and Bulgaria prohibit the practice.", ["China", "Romania", "Bulgaria"]),
    ("NATO Secretary-General Mark Rutte spoke.", ["NATO"]),
    ("The People’s Republic of China is displeased.", ["China"]),
    ("Acting Russian President Vladimir Putin spoke.", ["Russia"]),
])
def test_a_whole_name_or_the_state_s_own_office_is_the_country(text, countries):
    assert _countries(text) == countries
