"""Summaries: each article's best remaining sentences, in article order, under its source."""


def test_every_article_has_a_short_summary_in_article_order(seed_sections, seed_articles):
    blocks = seed_sections["summaries"].blocks
    assert [block.title.split("]")[0] for block in blocks] == [
        f"[{article.id}" for article in seed_articles]
    for block, article in zip(blocks, seed_articles, strict=True):
        assert 1 <= len(block.items) <= 2
        positions = [article.text.index(item.text) for item in block.items]
        assert positions == sorted(positions)
        assert all(item.citations[0] == article.id for item in block.items)
