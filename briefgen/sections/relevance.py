"""Whether a risk, a figure or a piece of background is central enough to the story to be chosen.

How central a sentence is comes from ``briefgen.extract.topic`` (the words the story's articles
share); a risk or a figure that carries less than a minimum, or less than the story's lower
quartile of sentences, is not about the story however well it is phrased.
"""

from __future__ import annotations

from briefgen.extract.topic import stems_of
from briefgen.sections.material import Material

#: A term is central when at least this share of the story's articles use it (and two of them).
CENTRAL_SHARE = 0.25


def centrality(material: Material, text: str) -> float:
    """How central a text is to the story (``briefgen.extract.topic``): the shares of the
    articles that use each of the story's central terms it carries, added up."""
    return material.terms().centrality(text, CENTRAL_SHARE)


#: A sentence below this share of the story's sentences in centrality is off the story.
LOWER_QUANTILE = 0.25


def is_central(material: Material, text: str, minimum: float,
               quantile: float = LOWER_QUANTILE) -> bool:
    """Whether a text is about the story: it carries at least ``minimum`` of centrality and
    no less than the story's ``quantile`` of sentences (a story whose every article tells
    the same event asks more of a sentence than a story of many aspects)."""
    return centrality(material, text) >= max(minimum, _quantile(material, quantile))


def _quantile(material: Material, quantile: float) -> float:
    def compute() -> float:
        values = sorted(centrality(material, claim.text) for claim in material.claims)
        return values[int(quantile * (len(values) - 1))] if values else 0.0

    return material.remember(f"centrality_quantile:{quantile}", compute)


#: A term names what the story is about when at least this share of its articles use it.
#: (Reviewed bottom lines: no point judged good lacked such a term; the points that lacked
#: one were another film's awards, a school-prayer rally and a CEO's age.)
ANCHOR_SHARE = 0.6


def names_the_story(material: Material, text: str) -> bool:
    """Whether a text names what the story is about: a term most of its articles use ("Jolie"
    in a story of Angelina Jolie's career), not only terms some of them share ("award",
    "film"); always, for a story too small to tell."""
    anchors = material.terms().central(ANCHOR_SHARE)
    return not anchors or bool(stems_of(text) & anchors)
