"""Summaries: a short extractive summary of each article, its best sentences in article order.

Sentences already shown by another section are skipped (one sentence, one section), so each
summary holds the article's best remaining sentences.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.model import Article, BulletList, Claim, Section
from briefgen.nlp.coverage import reads_alone, stands_alone
from briefgen.nlp.summarize import summarize_article
from briefgen.sections.material import Material, item

DEFAULT_ITEMS = 2  # sentences per article
#: How many of an article's best sentences to look through for ones still available.
LOOK_AHEAD = 6


def build(material: Material, title: str, items: int | None) -> Section | None:
    per_article = items or DEFAULT_ITEMS
    blocks = []
    for article in material.articles:
        chosen = _summary(material, article, per_article)
        if not chosen:
            continue
        bullets = tuple(
            item(claim, f"summary of source {article.id}: sentence ranked {rank} in its article")
            for claim, rank in chosen
        )
        blocks.append(BulletList(bullets, title=_heading(article)))
    return Section("summaries", title, tuple(blocks)) if blocks else None


def _summary(material: Material, article: Article, count: int) -> list[tuple[Claim, int]]:
    """The article's best available sentences, each as a claim phrased by this article's own
    sentence (a fact other articles also report keeps their citations after this one)."""
    rated = material.rated_of(article.id)  # the brief's own ratings, made once
    if rated is None:
        best = summarize_article(article, count * LOOK_AHEAD)
    else:
        top = sorted(rated, key=lambda sentence: -sentence.score)[:count * LOOK_AHEAD]
        best = sorted(top, key=lambda sentence: sentence.position)
    by_score = sorted(best, key=lambda sentence: -sentence.score)
    chosen = []
    for rank, sentence in enumerate(by_score, start=1):
        claim = material.claim_of(sentence)
        readable = stands_alone(sentence.text) and reads_alone(sentence.text)  # no quotation
        if claim is None or not material.is_available(claim) or not readable:
            continue  # taken, or meaningless apart from the sentence before it ("This ...")
        if any(claim is original for _, original, _ in chosen):
            continue
        citations = (article.id, *(c for c in claim.citations if c != article.id))
        chosen.append((replace(claim, sentence=sentence, citations=citations), claim, rank))
        if len(chosen) >= count:
            break
    material.take(original for _, original, _ in chosen)
    in_article_order = sorted(chosen, key=lambda entry: entry[0].sentence.position)
    return [(shown, rank) for shown, _, rank in in_article_order]


def _heading(article: Article) -> str:
    source = f"[{article.id}]"
    name = article.outlet or ""
    title = article.title if article.title else ""
    return " ".join(part for part in (source, name, title and f"“{title}”") if part)
