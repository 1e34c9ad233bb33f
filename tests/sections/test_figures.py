"""Key figures: numbers with what they count; sources that disagree are shown side by side."""

from briefgen.model import Claim, Sentence
from briefgen.sections.figures import figures_of


def _figures(text):
    sentence = Sentence(text, "1", 0)
    return figures_of(sentence, Claim(sentence, ("1",)))


def test_a_figure_keeps_its_approximation_and_what_it_counts():
    [figure] = _figures("About 10,000 North Korean Special Operation Forces (SOFs) were sent.")
    assert figure.written == "About 10,000"
    assert figure.value == 10_000
    assert figure.counted == "North Korean Special Operation Forces (SOFs)"
    assert figure.kind == "troops"


def test_dates_years_and_small_numbers_are_not_figures():
    assert _figures("On Oct. 28, 2024, in 1968 and on Jan. 21 there were 3 talks.") == []


def test_scales_multiply_and_verbs_are_not_what_is_counted():
    first, second = _figures("The country is home to 23 million people; about 8,000 are training.")
    assert (first.value, first.counted) == (23_000_000, "people")
    assert (second.value, second.counted) == (8_000, "")


def test_seeds_show_the_troop_figures_and_the_disagreement(seed_sections):
    table = seed_sections["figures"].blocks[0]
    rows = {row.cells[0]: row for row in table.rows}
    troops = next(row for figure, row in rows.items() if figure.endswith("12,000"))
    about_10k = rows["About 10,000"]
    assert len(troops.citations) >= 3
    assert about_10k.citations == ("3",)
    assert "sources differ" in troops.reason and "sources differ" in about_10k.reason
    ordered = [row.cells[0] for row in table.rows]
    assert abs(ordered.index(troops.cells[0]) - ordered.index("About 10,000")) == 1
    assert any("1,500" in figure for figure in rows)
    assert any("600,000" in figure for figure in rows)
