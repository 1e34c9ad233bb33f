"""The builders' shared material: articles by id, sentence offsets, taken claims; built once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefgen.model import Article, Claim, Sentence
from briefgen.sections.material import Material
from tests.sections.conftest import material_for


class CountingClaims(list):
    """A list of claims that counts how often it is walked through."""

    walks = 0

    def __iter__(self) -> Iterator[Claim]:
        CountingClaims.walks += 1
        return super().__iter__()


def story(count: int) -> tuple[list[Article], list[Claim]]:
    """``count`` made-up articles of two sentences; each pair of articles shares one claim."""
    articles = [
        Article(id=str(n), title=f"Report {n}",
                paragraphs=(f"Tram {n} left the depot.", f"Tram {n} reached the square."))
        for n in range(1, count + 1)
    ]
    claims: list[Claim] = []
    for n in range(1, count + 1):
        first = Sentence(f"Tram {n} left the depot.", str(n), 0)
        second = Sentence(f"Tram {n} reached the square.", str(n), 1)
        claims.append(Claim(second, (str(n),), (second,)))
        claims.append(Claim(first, (str(n),)))  # no members: the sentence stands for itself
    return articles, claims


def test_a_sentence_span_is_where_it_sits_in_its_articles_cleaned_text() -> None:
    articles, claims = story(3)
    material = Material(articles, claims)
    text = articles[1].text
    for sentence in (claims[2].sentence, claims[3].sentence):
        start, end = material.span(sentence)
        assert text[start:end] == sentence.text
    assert material.span(Sentence("Not in any claim.", "2", 7)) == (-1, -1)


def test_spans_of_every_article_walk_the_claims_once() -> None:
    # The claim members are indexed by article in one pass: locating the sentences of each of
    # many articles must not walk all claims again per article (quadratic in the story).
    articles, claims = story(200)
    counted = CountingClaims(claims)
    material = Material(articles, counted)
    CountingClaims.walks = 0
    for claim in claims:
        material.span(claim.sentence)
    assert CountingClaims.walks == 1


def test_article_finds_the_article_by_its_id() -> None:
    articles, claims = story(5)
    material = Material(articles, claims)
    assert material.article("4") is articles[3]
    with pytest.raises(StopIteration):
        material.article("99")


def test_a_taken_claim_is_no_longer_available() -> None:
    articles, claims = story(2)
    material = Material(articles, claims)
    assert material.take([claims[0], claims[0]]) == [claims[0]]
    assert claims[0] not in material.available()
    assert not material.is_available(claims[0])
    assert material.claim_of(claims[2].sentence) is claims[2]


def test_a_claim_that_leans_on_the_sentence_before_is_no_section_s_to_take():
    paragraphs = ("The ministry said the new rules would take effect in the spring of next year.",
                  "But the opposition said it would fight the rules in every court it could.",
                  "He said the cost would be borne by the poorest families of the country.")
    material = material_for([Article("1", "t", paragraphs)])
    assert [claim.text for claim in material.available()] == [paragraphs[0]]


def _leans(paragraphs, text, speaker_shown=False):
    material = material_for([Article("1", "t", paragraphs)])
    claim = next(claim for claim in material.claims if claim.text == text)
    return material.leans_on(claim.sentence, speaker_shown=speaker_shown)


def test_an_item_leans_on_the_report_and_the_person_its_article_introduced_before():
    paragraphs = ("A report by the Harbour Institute said Joe Miele had closed the road.",
                  "The report said Miele acted alone and without any permit.")
    assert _leans(paragraphs, paragraphs[1]) == ("the report", "Miele")


def test_a_pronoun_that_speaks_before_anyone_is_named_leans_unless_the_speaker_is_shown():
    paragraphs = ("Harbour engineer Joe Miele inspected the river defences on Monday.",
                  "Eastern towns will flood within days if the rain goes on, he said.")
    assert _leans(paragraphs, paragraphs[1]) == ("he said",)
    assert _leans(paragraphs, paragraphs[1], speaker_shown=True) == ()


def test_a_speaker_who_adds_goes_on_from_the_sentence_before_even_when_shown():
    paragraphs = ("Harbour engineer Joe Miele inspected the river defences on Monday.",
                  "The eastern towns must be evacuated within days, Miele added.")
    assert "added" in _leans(paragraphs, paragraphs[1], speaker_shown=True)


def test_a_relation_with_no_one_named_to_be_related_to_leans():
    paragraphs = ("Vincente Minnelli won best director for Gigi in 1959.",
                  "In 1972, daughter Liza Minnelli won best actress for Cabaret.")
    assert _leans(paragraphs, paragraphs[1]) == ("daughter",)


def test_here_leans_on_a_dateline_the_article_does_not_have():
    paragraphs = ("Harbour engineer Joe Miele inspected the river defences on Monday.",
                  "Engineers here said the eastern towns must be evacuated within days.")
    assert _leans(paragraphs, paragraphs[1]) == ("here",)
    datelined = Article("1", "t", paragraphs, dateline="DOVER")  # the item shows "Dover"
    material = material_for([datelined])
    sentence = next(c for c in material.claims if c.text == paragraphs[1]).sentence
    assert "here" not in material.leans_on(sentence)


def test_what_the_bottom_line_introduced_a_later_item_may_name_again():
    paragraphs = ("A report by the Harbour Institute said the eastern sea wall had failed.",
                  "The report said the towns would flood within days unless it was mended.")
    material = material_for([Article("1", "t", paragraphs)])
    lead, later = (next(c for c in material.claims if c.text == text) for text in paragraphs)
    assert later not in material.available()
    material.introduce([lead])
    assert later in material.available()


def test_the_title_introduces_what_it_names():
    paragraphs = ("A storm surge broke the eastern sea wall of the harbour on Monday.",
                  "The surge flooded the towns of the coast within hours, officials said.")
    article = Article("1", "t", paragraphs)
    untitled = material_for([article])
    later = next(c for c in untitled.claims if c.text == paragraphs[1])
    assert later not in untitled.available()
    titled = Material(untitled.articles, untitled.claims, title="Storm surge floods the coast")
    assert later in titled.available()


def test_a_protagonist_the_bottom_line_named_needs_no_introduction_later():
    paragraphs = ("Parks commissioner Joe Miele closed the harbour road on Monday.",
                  "In an interview, Miele defended the closure of the road.")
    material = material_for([Article("1", "t", paragraphs)])
    lead, later = (next(c for c in material.claims if c.text == text) for text in paragraphs)
    assert material.unintroduced(later.sentence) == ("the road", "Miele")
    material.introduce([lead])
    assert material.unintroduced(later.sentence) == ()


def test_a_fact_told_again_in_other_words_is_not_available_twice():
    texts = ("Metallica delivered the names of 335,435 Napster users to the company's offices "
             "in San Mateo on May 3.",
             "On May 3 the band delivered the names of 335,435 users to the San Mateo offices "
             "of the company.",
             "A judge in San Francisco ordered the service shut down in July.")
    others = ("Record labels welcomed the ruling.", "Students said the ban was unfair.",
              "The appeals court heard arguments in October.", "Fans held a protest.")
    articles = [Article(str(n), "t", (text,)) for n, text in enumerate(texts + others, 1)]
    told, again, other = (Claim(Sentence(text, str(n), 0), (str(n),))
                          for n, text in enumerate(texts, 1))
    material = Material(articles, [told, again, other])
    material.take([told])
    assert material.retells(again) and not material.retells(other)
    assert again not in material.available()


def test_the_head_of_a_description_is_what_must_have_been_introduced():
    paragraphs = ("The tribe opened a casino hotel on the coast in May.",
                  "The casino hotel lost money in its first year, officials said.")
    material = material_for([Article("1", "t", paragraphs)])
    later = next(c for c in material.claims if c.text == paragraphs[1])
    casino = Material(material.articles, material.claims, title="Casino opens")
    assert casino.unintroduced(later.sentence) == ("the casino hotel",)
    hotel = Material(material.articles, material.claims, title="Coast hotel opens")
    assert hotel.unintroduced(later.sentence) == ()


def test_without_a_bottom_line_the_lead_rule_ends_with_the_first_section():
    paragraphs = ("The quake struck the coast on Monday, killing 12 people.",
                  "The quake destroyed the harbour wall and the old port.")
    articles = [Article(str(n), "t", paragraphs) for n in range(1, 5)]
    material = material_for(articles)
    later = next(c for c in material.claims if c.text == paragraphs[1])
    assert material.unintroduced(later.sentence) == ()  # the lead may say "the quake"
    material.introduce(())
    assert material.unintroduced(later.sentence) == ("the quake",)


def test_a_line_of_a_chronology_list_is_known_as_one():
    paragraphs = ("*Friday", "The airliner leaves Cairo bound for New York with 217 aboard.",
                  "*Saturday", "8:02 a.m. EDT — The airliner lands at Newark after a storm.",
                  "Investigators said on Monday that the recorders had been found at sea.")
    material = material_for([Article("1", "t", paragraphs, date="1999-10-31")])
    chronology = {claim.text for claim in material.claims if material.in_chronology(claim)}
    assert chronology == {paragraphs[1], paragraphs[3]}
