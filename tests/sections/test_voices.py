"""Voices: named experts and officials, their affiliation, their most telling line."""


def test_named_experts_speak_with_their_affiliation(seed_sections):
    items = seed_sections["voices"].blocks[0].items
    labels = [item.label for item in items]
    assert any(label.startswith("Miles Yu, director of the China Center") for label in labels)
    assert any(label.startswith("Hong Min, a senior research fellow") for label in labels)
    assert len({label.split(",")[0] for label in labels}) == len(labels)


def test_the_most_telling_line_is_a_direct_quotation_when_there_is_one(seed_sections):
    items = {item.label.split(",")[0]: item for item in seed_sections["voices"].blocks[0].items}
    assert items["Miles Yu"].text.startswith("“When Wagner stayed away from Putin")
    assert "direct quotation" in items["Miles Yu"].reason
