"""What the section builders share: the articles, their claims, and which claims are taken."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefgen.model import Article, Claim, Item


@dataclass
class Material:
    """The claims of all articles, ranked; a claim taken by one section is gone for the others,
    so no sentence (and no fact reported in other words) appears in two sections."""

    articles: Sequence[Article]
    claims: Sequence[Claim]
    _taken: set[int] = field(default_factory=set)

    def available(self) -> list[Claim]:
        """Untaken claims, best first."""
        return [claim for claim in self.claims if id(claim) not in self._taken]

    def take(self, claims: Iterable[Claim]) -> list[Claim]:
        taken = []
        for claim in claims:
            if id(claim) not in self._taken:
                self._taken.add(id(claim))
                taken.append(claim)
        return taken

    def article(self, article_id: str) -> Article:
        return next(article for article in self.articles if article.id == article_id)


def item(claim: Claim, reason: str, label: str | None = None) -> Item:
    """A bullet holding a claim's sentence verbatim with all its citations."""
    return Item(claim.text, claim.citations, label, reason)
