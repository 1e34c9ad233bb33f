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


def test_a_summary_takes_the_ratings_the_brief_was_chosen_by():
    from dataclasses import replace

    from briefgen.model import Article
    from briefgen.nlp.select import group_claims
    from briefgen.nlp.summarize import article_sentences
    from briefgen.sections import summaries
    from briefgen.sections.material import Material

    article = Article("1", "t", ("The harbour wall failed on Monday night after the storm.",
                                 "Engineers inspected the broken harbour wall on Tuesday.",
                                 "The council voted to rebuild the harbour wall this year."))
    # ratings that put the last sentence first: the summary must follow them, not re-rate
    rated = [replace(sentence, score=float(sentence.position))
             for sentence in article_sentences(article)]
    material = Material([article], group_claims(rated, 1), rated=rated)
    section = summaries.build(material, "Summaries", 1)
    assert [item.text for item in section.blocks[0].items] == [article.paragraphs[2]]
