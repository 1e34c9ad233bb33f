"""Bottom line up front: the few facts that matter most, chosen across articles."""

from __future__ import annotations

from briefgen.model import BulletList, Section
from briefgen.nlp.select import Budget, reading_order, select
from briefgen.sections.material import Material, item

DEFAULT_ITEMS = 5


def build(material: Material, title: str, items: int | None) -> Section | None:
    # Quotes make poor headline facts: prefer claims that are statements of fact.
    candidates = [c for c in material.available() if not c.text.startswith(("“", '"'))]
    chosen = material.take(reading_order(select(candidates, Budget(items or DEFAULT_ITEMS))))
    if not chosen:
        return None
    material.introduce(chosen)
    bullets = tuple(item(claim, _reason(claim, len(material.articles))) for claim in chosen)
    return Section("bottom_line", title, (BulletList(bullets),))


def _reason(claim, article_count: int) -> str:  # noqa: ANN001
    return (
        f"selected across articles (score {claim.score:.2f}); "
        f"reported by {len(claim.citations)} of {article_count} sources"
    )
