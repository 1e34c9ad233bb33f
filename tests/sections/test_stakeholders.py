"""Stakeholder positions on the seeds: the actors, their speakers named, verbatim and cited."""

from briefgen.model import Article, Section
from briefgen.sections.positions import position_of
from briefgen.sections.stakeholders import build
from tests.sections.conftest import material_for


def _groups(section):
    return {block.title: block.items for block in section.blocks}


def test_the_seed_actors_each_have_positions(seed_sections):
    groups = _groups(seed_sections["stakeholders"])
    for actor in ("South Korea", "North Korea", "Russia", "United States", "NATO", "China"):
        assert groups.get(actor), f"no positions for {actor}: {list(groups)}"


def test_people_roll_up_to_the_actor_they_speak_for(seed_sections):
    groups = _groups(seed_sections["stakeholders"])
    [rutte] = groups["NATO"]
    assert "Mark Rutte" in rutte.text and "'NATO Secretary-General'" in rutte.reason
    for items in groups.values():
        for item in items:
            assert item.reason and ("attribution" in item.reason or "action" in item.reason)


def test_a_pronoun_speaker_is_named_and_rolls_up_with_the_person(seed_material):
    claim = next(c for c in seed_material.claims if c.text.startswith("He warned that Seoul"))
    position = position_of(seed_material, claim)
    assert (position.actor, position.speaker) == ("South Korea", "Yoon Suk Yeol")
    assert "South Korean President" in position.reason


def test_analysts_are_not_stakeholders(seed_sections):
    texts = [item.text for items in _groups(seed_sections["stakeholders"]).values()
             for item in items]
    assert not any("analysts say" in text or "experts say" in text for text in texts)


def test_actors_named_once_get_no_group():
    paragraphs = [f"{country} said it would watch events on its border closely." for country in (
        "Brazil", "Kenya", "Chile", "Norway", "Peru", "Ghana", "Nepal")]
    second = ["Brazil said again that it would watch its border closely.",
              "Kenya said it agreed with the ministers who had met in Nairobi."]
    articles = [Article("1", "t", tuple(paragraphs)), Article("2", "t", tuple(second))]
    groups = _groups(build(material_for(articles), "Positions", None))
    assert set(groups) == {"Brazil", "Kenya"}  # named in two articles: salient


def test_a_person_quoted_in_one_article_with_no_office_is_a_voice_not_a_stakeholder():
    paragraphs = ["Harbour resident Joe Miele said the council must close the road at once.",
                  "Miele said the council should have acted years ago, and Miele said so again.",
                  "Senator Mary Landrieu said the state must pay for the repairs.",
                  "Landrieu said the state should pay, and Landrieu said it again on Friday."]
    groups = _groups(build(material_for([Article("1", "t", tuple(paragraphs))]), "P", None))
    assert not any("Miele" in group for group in groups)
    assert any("Landrieu" in group for group in groups)  # an office makes her a party


def test_a_line_that_points_back_at_what_came_before_is_no_position(seed_sections):
    texts = [item.text for items in _groups(seed_sections["stakeholders"]).values()
             for item in items]
    assert not any(" those foreign troops " in text or " these North Korean forces " in text
                   for text in texts)


def test_a_speaker_s_label_says_who_they_are_as_their_article_does():
    article = Article("1", "t", (
        "Joe Miele, the harbour commissioner, said the port must close its eastern docks.",
        "Harbour workers said they would strike if any docks were closed in June.",
        "Miele said a new harbour authority should be set up by the city council next year.",
    ))
    other = Article("2", "t", ("Joe Miele said the docks would be sold to a private operator "
                               "within a year.", "Miele, 58, has run the harbour since 1990."))
    groups = _groups(build(material_for([article, other]), "P", None))
    labels = {item.label for items in groups.values() for item in items}
    assert "Joe Miele, the harbour commissioner" in labels


def test_a_speaker_s_office_is_their_label_before_what_else_an_article_calls_them():
    first = Article("1", "t", (
        "Harbour Board chairman Joe Miele said the port must close its eastern docks.",
        "Harbour workers said they would strike if any docks were closed in June.",
    ))
    second = Article("2", "t", (
        "Joe Miele, a steely enigma to most dockers, said the board must sell the docks.",
        "The dockers of the harbour said they would fight the sale of the docks.",
    ))
    groups = _groups(build(material_for([first, second]), "P", None))
    labels = {item.label for items in groups.values() for item in items}
    assert "Joe Miele, Harbour Board chairman" in labels
    assert all("enigma" not in (label or "") for label in labels)


def test_a_private_person_s_position_is_what_they_said_not_what_they_did():
    story = [
        Article("1", "t", ("Joe Doe, a baker, rejected the rent rise of the city council.",
                           "The council raised the rents of the shops on Main Street in May.")),
        Article("2", "t", ("Joe Doe said bakers must close their doors unless flour gets "
                           "cheaper.", "Shop owners on Main Street met the council in June.")),
    ]
    groups = _groups(build(material_for(story), "P", None))
    texts = [item.text for items in groups.values() for item in items]
    assert texts == ["Joe Doe said bakers must close their doors unless flour gets cheaper."]


def test_a_private_person_named_in_few_of_the_story_s_articles_is_a_voice_not_a_party():
    story = [Article(str(n), "t", (
        f"The harbour board voted {n} to close the eastern docks on Monday.",
        *(("“We must keep the docks open for the fishing fleet,” said Eric Johnson, a "
           "stockbroker.",) if n <= 2 else ()),
    )) for n in range(1, 21)]
    groups = _groups(build(material_for(story), "P", None) or Section("s", "P", ()))
    assert "Eric Johnson" not in groups
