"""Bottom line up front: the few facts that matter most, chosen across articles."""

from __future__ import annotations

from briefgen.model import BulletList, Claim, Section
from briefgen.nlp.select import Budget, reading_order, select
from briefgen.sections.material import Material, item
from briefgen.sections.relevance import is_central, names_the_story

DEFAULT_ITEMS = 5
#: A chosen sentence at most this many sentences after another of its article details it.
DETAIL_REACH = 2
#: How many times the choice is made again without the details it chose.
MAX_ROUNDS = 3


def build(material: Material, title: str, items: int | None) -> Section | None:
    # Quotes make poor headline facts: prefer claims that are statements of fact; a line of a
    # chronology list is the timeline's
    candidates = _most_central([c for c in material.available()
                                if not c.text.startswith(("“", '"'))
                                and not material.in_chronology(c)],
                               material, items or DEFAULT_ITEMS)
    chosen = material.take(reading_order(_choose(candidates, Budget(items or DEFAULT_ITEMS))))
    if not chosen:
        return None
    material.introduce(chosen)
    bullets = tuple(item(claim, _reason(claim, len(material.articles))) for claim in chosen)
    return Section("bottom_line", title, (BulletList(bullets),))


#: The bottom line chooses among the story's most central sentences: those more central than
#: this share of its sentences (reviewed bottom lines: of the points judged good, most came
#: from the top 2 % by centrality, of those judged minor, most from below it).
CENTRAL_QUANTILE = 0.97
#: ... and at least this many candidates per point, the most central first.
CANDIDATES_PER_POINT = 3
#: A story with fewer sentences naming it than this chooses among all its sentences.
MIN_POINTS = 3


def _most_central(candidates: list[Claim], material: Material, points: int) -> list[Claim]:
    """The candidates a bottom line is chosen from: the sentences that name what the story is
    about, and of those the story's most central (``briefgen.sections.relevance``) when there
    are a few per point; a small story's top few are too few to choose from, and all its
    sentences are candidates."""
    central = [claim for claim in candidates
               if is_central(material, claim.text, 0.0, CENTRAL_QUANTILE)]
    if len(central) >= points * CANDIDATES_PER_POINT:
        candidates = central
    # a point names what the story is about ("Jolie"), not only what some articles share
    anchored = [claim for claim in candidates if names_the_story(material, claim.text)]
    return anchored if len(anchored) >= min(points, MIN_POINTS) else candidates


def _choose(candidates: list[Claim], budget: Budget) -> list[Claim]:
    """The best points for the budget, no point the detail of another: a sentence just after
    a chosen one of its article (the lawsuit's defendants after the lawsuit) gives way, and the
    choice is made again without it."""
    excluded: set[int] = set()
    chosen: list[Claim] = []
    for _ in range(MAX_ROUNDS):
        chosen = select([c for c in candidates if id(c) not in excluded], budget)
        details = _details(chosen)
        if not details:
            return chosen
        excluded |= {id(claim) for claim in details}
    return [claim for claim in chosen if id(claim) not in excluded]


def _details(chosen: list[Claim]) -> list[Claim]:
    """The chosen claims that follow another chosen one of their article within
    ``DETAIL_REACH`` sentences."""
    positions = [(claim.sentence.article, claim.sentence.position) for claim in chosen]
    return [claim for claim in chosen if any(
        article == claim.sentence.article and
        0 < claim.sentence.position - position <= DETAIL_REACH
        for article, position in positions)]


def _reason(claim, article_count: int) -> str:  # noqa: ANN001
    return (
        f"selected across articles (score {claim.score:.2f}); "
        f"reported by {len(claim.citations)} of {article_count} sources"
    )
