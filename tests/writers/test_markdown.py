"""The golden Markdown brief of the seeds. Regenerate with ``pytest --regen-golden`` and review
the diff before committing it."""

from briefgen.writers.markdown_writer import escape, render
from tests.conftest import GOLDEN

GOLDEN_FILE = GOLDEN / "seeds-analyst.md"


def test_seeds_brief_matches_the_reviewed_golden_file(seeds_brief, analyst_template,
                                                      regen_golden):
    rendered = render(seeds_brief, analyst_template)
    if regen_golden:
        GOLDEN_FILE.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN_FILE.read_text(encoding="utf-8")


def test_markdown_characters_in_articles_are_escaped():
    assert escape("a *b* [c](d) <e>") == r"a \*b\* \[c\](d) \<e\>"
