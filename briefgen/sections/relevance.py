"""Whether a risk, a figure or a piece of background is central enough to the story to be chosen.

How central a sentence is comes from ``briefgen.extract.topic`` (the words the story's articles
share); a risk or a figure that carries less than a minimum, or less than the story's lower
quartile of sentences, is not about the story however well it is phrased.
"""

from __future__ import annotations

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
