"""Risks: forward-looking harms and warnings, labelled with who warns when the text says."""

from briefgen.model import Article
from briefgen.sections import risks
from tests.sections.conftest import material_for


def _risks(*paragraphs):
    article = Article("1", "River report", paragraphs, date="2024-05-02")
    section = risks.build(material_for([article]), "Risks", None)
    return [] if section is None else list(section.blocks[0].items)


def test_a_warning_is_a_risk_labelled_with_its_speaker():
    [item] = _risks(
        "The flood killed 40 people in the valley last week. "
        "In a hearing in May, the engineer described the old dam. "
        "Jane Fordham, the county engineer, warned that the dam on the river could burst "
        "within days.")
    assert item.text.startswith("Jane Fordham")
    assert item.label == "Jane Fordham"
    assert "warning" in item.reason


def test_past_tolls_months_and_names_are_not_risks():
    assert _risks(
        "The flood killed 40 people in the valley last week. "
        "In a hearing in May, the engineer described the old dam. "
        "A meeting is scheduled for Dec. 30, according to May.") == []


def test_a_risk_whose_speaker_is_an_unplaced_pronoun_or_first_person_gets_no_label():
    items = _risks("Farmers could lose their harvest if the levee fails, it said.",
                   "If nothing is done soon, I'm afraid the crops will die.")
    assert [item.label for item in items] == [None]
    assert items[0].text.startswith("Farmers")


def test_a_risk_of_another_story_mentioned_in_passing_is_left_out():
    articles = [
        Article(str(n), f"Dam report {n}", (
            f"Engineers inspected the Carrow dam on the river for the {n}th time this month. "
            "The dam holds back the reservoir above the valley towns. "
            "Repairs to the dam spillway are behind schedule, the river authority said.",),
            date="2024-05-02")
        for n in range(1, 4)]
    articles.append(Article("4", "Dam and more", (
        "Engineers warned that the Carrow dam could burst if the river rises again. "
        "In other news, analysts said a tariff could hurt exporters of textiles abroad.",),
        date="2024-05-03"))
    section = risks.build(material_for(articles), "Risks", None)
    texts = [item.text for item in section.blocks[0].items]
    assert texts == ["Engineers warned that the Carrow dam could burst if the river rises again."]
