"""The bottom line: the few most central facts of the story, no point the detail of another."""

from briefgen.model import Article, Claim, Sentence
from briefgen.sections import bottom_line
from briefgen.sections.material import Material
from tests.sections.conftest import material_for

TOWNS = ("Arden", "Bexley", "Corran", "Dunmore", "Elgin", "Fenwick", "Garth", "Hollis", "Ilkley",
         "Jarrow", "Kelso", "Lydd", "Marlow", "Nairn", "Oban", "Penrith", "Quorn", "Ripon",
         "Selby", "Thirsk", "Ulverston", "Ventnor", "Whitby", "Yarm")
PASTIMES = ("choir sang hymns", "brass band played marches", "bakery sold fresh loaves",
            "library lent old maps", "ferry carried day trippers", "garden club showed roses")


def _story(articles: int) -> list[Article]:
    stories = []
    for n, town in enumerate(TOWNS[:articles]):
        stories.append(Article(str(n), f"Report {n}", (
            f"In {town}, the central bank's decision to raise interest rates against inflation "
            f"worried savers, borrowers and the bank's own economists.",
            *(f"The {town} {PASTIMES[(n + k) % len(PASTIMES)]} on day {k + 1} of the fair."
              for k in range(4)))))
    return stories


def _ungrouped(articles: list[Article]) -> Material:
    """The story's material with one claim per sentence (no two articles tell the same)."""
    claims = [Claim(Sentence(text, article.id, position), (article.id,))
              for article in articles for position, text in enumerate(article.paragraphs)]
    return Material(articles, claims, "")


def test_a_large_story_s_points_come_from_its_most_central_sentences():
    material = _ungrouped(_story(24))
    candidates = bottom_line._most_central(material.claims, material, 1)
    assert len(candidates) < len(material.claims)
    assert all("central bank" in claim.text for claim in candidates)


def test_a_small_story_s_points_may_come_from_any_sentence():
    material = material_for(_story(3))
    assert bottom_line._most_central(material.claims, material, 5) == material.claims


def test_a_point_names_what_the_story_is_about():
    articles = [Article(str(n), f"Report {n}", (
        f"The central bank raised interest rates against inflation in {town}.",
        f"The {town} {PASTIMES[n % len(PASTIMES)]}.")) for n, town in enumerate(TOWNS[:10])]
    material = _ungrouped(articles)
    candidates = bottom_line._most_central(material.claims, material, 5)
    assert len(candidates) == 10 and all("interest rates" in c.text for c in candidates)
