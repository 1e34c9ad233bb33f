"""Voices: named experts and officials, their affiliation, their most telling line."""

from briefgen.model import Article
from briefgen.sections.voices import build
from tests.sections.conftest import material_for


def test_named_experts_speak_with_their_affiliation(seed_sections):
    items = seed_sections["voices"].blocks[0].items
    labels = [item.label for item in items]
    assert any(label.startswith("Miles Yu, director of the China Center") for label in labels)
    assert any(label.startswith("Hyun Seung-soo, deputy director of the Korea Institute")
               for label in labels)
    assert len({label.split(",")[0] for label in labels}) == len(labels)


def test_a_voice_is_heard_in_a_direct_quotation(seed_sections):
    items = {item.label.split(",")[0]: item for item in seed_sections["voices"].blocks[0].items}
    assert items["Miles Yu"].text.startswith("“When Wagner stayed away from Putin")
    assert "quotation" in items["Miles Yu"].reason


def test_a_paraphrase_or_a_scare_quote_is_no_voice():
    article = Article("1", "t", (
        "Terry Gross, a lawyer for the tenants, said an appeal of the ruling was being "
        "considered by the tenants.",
        "Jane Roe, a city official, said the ruling was “unjust” and the tenants would lose "
        "their homes.",))
    assert build(material_for([article]), "Voices", None) is None


def test_a_nickname_with_its_initial_is_the_same_voice():
    quotes = {1: "“The flight recorders of the crashed jet hold the answers,” said James E. "
                 "Hall, the safety board chairman.",
              2: "“Reports on the crashed jet from unnamed sources are wrong,” said Jim Hall, "
                 "the safety board chairman."}
    story = [Article(str(n), "t", (
        f"The jet crashed into the ocean on Sunday and the safety board began its inquiry, "
        f"report {n} said.",
        f"The safety board recovered the flight recorders of the crashed jet {n}.",
        *((quotes[n],) if n in quotes else ()))) for n in range(1, 5)]
    section = build(material_for(story), "Voices", None)
    [line] = section.blocks[0].items
    assert "2 line(s)" in line.reason


def test_a_voice_carries_the_affiliation_its_own_article_gives():
    first = Article("1", "t", ("Jane Roe, a lawyer for the tenants, said the ruling was unjust "
                               "and would be appealed at once.",))
    second = Article("2", "t", ("“The city must build more homes for families this year,” "
                                "said Jane Roe, a candidate for mayor.",))
    section = build(material_for([first, second]), "Voices", None)
    [line] = section.blocks[0].items  # one line a person: the direct quotation
    assert (line.citations[0], line.label) == ("2", "Jane Roe, a candidate for mayor")


def test_a_line_that_opens_on_a_pronoun_is_no_voice():
    article = Article("1", "t", ("Sen. John Doe, a Democrat from Ohio, spoke at the rally.",
                                 "He said the bill would cost jobs in every county of the state."))
    assert build(material_for([article]), "Voices", None) is None


def test_a_line_about_something_else_than_the_story_is_no_voice():
    story = [Article(str(n), "t", (
        f"The harbour sea wall failed on Monday and the eastern towns flooded, report {n} said.",
        "“The sea wall failed because the towns had not mended it,” said Engineer Jane Roe, "
        "a harbour official." if n == 1 else
        f"The flooded towns asked the harbour for help after sea wall {n} failed.",
        f"Sea water from the failed harbour wall reached the eastern towns by night {n}.",
        *(("“Everybody in the towns is waiting for a good summer,” said Joe Doe, a baker.",)
          if n == 1 else ()),
    )) for n in range(1, 5)]
    section = build(material_for(story), "Voices", None)
    assert [item.label.split(",")[0] for item in section.blocks[0].items] == ["Jane Roe"]
