"""The golden Markdown brief of the seeds. Regenerate with ``pytest --regen-golden`` and review
the diff before committing it."""

from briefgen.writers.markdown_writer import escape, render
from tests.conftest import GOLDEN
from tests.writers.conftest import dated_brief, make_template

GOLDEN_FILE = GOLDEN / "seeds-analyst.md"


def test_seeds_brief_matches_the_reviewed_golden_file(seeds_brief, analyst_template,
                                                      regen_golden):
    rendered = render(seeds_brief, analyst_template)
    if regen_golden:
        GOLDEN_FILE.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN_FILE.read_text(encoding="utf-8")


def test_markdown_characters_in_articles_are_escaped():
    assert escape("a *b* [c](d) <e>") == r"a \*b\* \[c\](d) \<e\>"


def test_an_item_s_anchor_is_shown_in_its_citation():
    text = render(dated_brief(), make_template())
    assert ("- Delegates met here on Monday after a five-year pause. "
            "[1, Geneva, 27 October 2024; 2]") in text
    assert "> — Mia Chen [1, 27 October 2024]" in text


def test_the_anchor_s_day_is_written_as_the_template_writes_dates():
    text = render(dated_brief(), make_template(date_format="%Y-%m-%d"))
    assert "[1, Geneva, 2024-10-27; 2]" in text


def test_compact_sources_in_markdown():
    from briefgen.templates import SectionSpec
    from briefgen.writers.markdown_writer import render
    from tests.writers.conftest import make_brief, make_template

    sections = tuple(SectionSpec(s, s.title(), layout="compact" if s == "sources" else
                                 "bullets") for s in ("bottom_line", "sources"))
    text = render(make_brief(), make_template(sections=sections, toc=False))
    assert "3 articles from 2 outlets (Daily Planet 1, Yonhap 1), 27 October 2024." in text
    assert "Cited: **Daily Planet** [1] 27 October 2024; **Yonhap** [2]; [3] “Old talks”." in text
