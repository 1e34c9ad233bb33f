"""The pipeline: articles in, a brief out, each item anchored to its article's day."""

import datetime as dt

from briefgen.model import Article
from briefgen.pipeline import brief_from_articles
from briefgen.templates import load_template


def test_an_item_that_says_today_carries_its_article_s_date():
    articles = [
        Article("1", "Port strike", (
            "Dock workers in Portvale walked off the job today, halting all freight traffic.",
            "The union said the strike would last until the port authority raised wages.",
        ), date="1999-03-11"),
        Article("2", "Port strike spreads", (
            "Dock workers in Portvale and Eastham stayed off the job, halting freight traffic.",
            "The port authority said it would not raise wages while the strike lasted.",
        ), date="1999-03-12"),
    ]
    brief = brief_from_articles(articles, load_template("analyst"),
                                brief_date=dt.date(1999, 3, 13))
    items = [item for section in brief.sections for block in section.blocks
             for item in getattr(block, "items", ())]
    today = [item for item in items if "today" in item.text]
    assert today and all(item.as_of == "1999-03-11" for item in today)
    assert all(item.as_of is None for item in items if "today" not in item.text)
