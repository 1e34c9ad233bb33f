"""Key figures: numbers with what they count; sources that disagree are shown side by side."""

import pytest

from briefgen.model import Article, Claim, Sentence
from briefgen.sections import figures
from briefgen.sections.figures import figures_of
from tests.sections.conftest import material_for


def _figures(text):
    sentence = Sentence(text, "1", 0)
    return figures_of(sentence, Claim(sentence, ("1",)))


def _article(article_id, date, *paragraphs):
    return Article(article_id, f"Report {article_id}", paragraphs, date=date)


def _table(articles):
    section = figures.build(material_for(articles), "Key figures", None)
    return section.blocks[0]


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


def test_only_figures_that_say_what_they_count_are_rows_with_when_and_who_says():
    table = _table([
        _article("1", "1998-06-01",
                 "The ministry said 1.2 million farm workers lost their jobs in 1997. "
                 "Prices rose 9 percent."),
    ])
    assert table.columns == ("Figure", "What it counts", "When", "According to", "In context")
    [row] = table.rows
    assert row.cells[:4] == ("1.2 million", "farm workers", "in 1997", "The ministry")


def test_a_relative_time_carries_the_year_its_article_gives_it():
    table = _table([
        _article("1", "1998-06-01",
                 "The ministry said 1.2 million farm workers lost their jobs last year."),
    ])
    [row] = table.rows
    assert row.cells[2] == "1997 (last year)"
    table = _table([_article("1", "1998-06-01", "The ministry said 3,000 new farm jobs would be "
                             "created by June 5.")])
    assert table.rows[0].cells[2] == "by June 5"  # a deadline may look ahead: as written
    table = _table([_article("1", "1998-06-01", "The ministry expects 3,000 new farm jobs by "
                             "next year.")])
    assert table.rows[0].cells[2] == "1999 (next year)"


def test_the_same_value_counting_different_things_is_never_one_row():
    table = _table([
        _article("1", "1998-06-01", "The Riverton budget gives $300 million to build six new "
                 "schools."),
        _article("2", "1998-06-02", "Riverton casinos, a budget mainstay, take in $300 million a "
                 "year in gambling revenues."),
        _article("3", "1998-06-03", "For the Riverton budget, lenders sold $300 million in "
                 "mortgage bonds."),
    ])
    for row in table.rows:
        assert len(row.citations) == 1, row


def test_same_thing_same_time_from_two_sources_is_a_disagreement_another_time_is_not():
    table = _table([
        _article("1", "2024-10-20", "Officials said 12,000 soldiers crossed the northern border."),
        _article("2", "2024-10-21", "About 10,000 troops crossed the northern border, they said."),
        _article("3", "2025-03-01", "Some 11,000 troops crossed the northern border in March."),
    ])
    reasons = {row.cells[0]: row.reason for row in table.rows}
    assert "sources differ" in reasons["12,000"] and "sources differ" in reasons["About 10,000"]
    assert "sources differ" not in reasons["Some 11,000"]


def test_disagreements_compare_each_figure_with_a_few_neighbours_only(monkeypatch):
    # linear, not every group with every other: 2,000 estimates of one thing
    articles = [_article(str(i), "2024-10-20", f"Officials said {1000 + 7 * i} troops crossed.")
                for i in range(2000)]
    material = material_for(articles)
    groups = figures._group(figures.figures_in(material))
    calls = []
    real_gap = figures._gap
    monkeypatch.setattr(figures, "_gap", lambda a, b: calls.append(1) or real_gap(a, b))
    rivals = figures._disagreements(groups, material)
    assert len(calls) <= len(groups) * (2 * figures.NEIGHBOURS + 1)
    assert len(rivals) == len(groups)


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


def test_a_column_no_row_fills_is_left_out(seed_sections):
    table = seed_sections["figures"].blocks[0]
    assert "When" not in table.columns  # the seeds name no dates of their own
    assert all(len(row.cells) == len(table.columns) for row in table.rows)


def _rows(*texts):
    articles = [_article(str(n), "2024-05-0" + str(n), text) for n, text in enumerate(texts, 1)]
    section = figures.build(material_for(articles), "Key figures", None)
    return [] if section is None else [row.cells for row in section.blocks[0].rows]


def test_a_row_says_what_it_counts_in_a_phrase_that_reads_alone():
    rows = _rows(
        "The Carrow dam flood killed 40 villagers along the Carrow river valley.",
        "The Carrow dam flood drove 3,000 families from the Carrow river valley.",
        "The Carrow dam flood reached 120 mph winds, the Carrow river valley said.",
        "The Carrow dam flood hit 2,000 members, the Carrow river valley said.",
        "The Carrow dam flood cost the Carrow river valley $5 million, respectively.",
    )
    counted = [cells[1] for cells in rows]
    assert counted == ["villagers", "families"]  # not "mph", "members" of what, "respectively"


def test_figures_shown_in_one_context_are_one_row():
    toll = ("The Carrow dam flood killed 40 people along the Carrow river valley, including 12 "
            "children and 9 firemen.")
    rows = _rows(toll, toll, "The Carrow dam flood drove 3,000 families from the Carrow river "
                 "valley.")
    assert [cells[0] for cells in rows] == ["40", "3,000"]  # 12 and 9 stand in 40's context


def test_a_figure_of_another_story_mentioned_in_passing_is_no_row():
    rows = _rows(
        "The Carrow dam flood killed 40 villagers along the Carrow river valley.",
        "Along the Carrow river valley the Carrow dam flood left 900 farms under water.",
        "The Carrow dam flood recalled a Lisbon quake, which in 1755 killed 60,000 residents of "
        "Portugal, the Carrow river valley paper said.",
    )
    assert [cells[0] for cells in rows] == ["40", "900"]


def test_a_context_cell_is_the_whole_sentence_or_whole_clauses_without_list_dashes():
    [cells] = _rows("-- The Carrow dam flood killed 40 villagers along the Carrow river valley.")
    assert cells[-1] == "The Carrow dam flood killed 40 villagers along the Carrow river valley"
    long = ("The Carrow dam flood, which came after weeks of rain that the Carrow river valley "
            "had not seen in a century of records kept by Carrow County, killed 40 villagers "
            "along the Carrow river valley, the county engineer told reporters on Monday at a "
            "meeting in the town hall where the mayor, the sheriff and the governor spoke")
    [cells] = _rows(long + ".")
    assert cells[-1] in long
    assert cells[-1].split()[-1] not in {"of", "the", "a", "at", "in"}


def test_a_context_cell_is_never_cut_inside_a_name_s_place_or_title():
    text = ("Noting that 70 million people were expected to be using Carrow dam water by year's "
            "end unless the Carrow river valley flood works are halted, U.S. District Judge "
            "Marilyn Hall Patel said the San Mateo, Calif.-based Carrow river valley authority "
            "must stop work on the dam by Friday")
    [cells] = _rows(text + ".", text + ".")
    assert not cells[-1].endswith("San Mateo")
    assert cells[-1] in text


@pytest.mark.parametrize("counted", ["year", "ad blitz characterizes homosexuals", "for a system",
                                     "U.S. dollar military",
                                     "engineers and diplomats oversee", "grown"])
def test_a_period_or_a_clause_is_not_what_a_figure_counts(counted):
    assert not figures.meaningful(counted)


@pytest.mark.parametrize("counted", ["member states", "presidential candidates",
                                     "financial crises"])
def test_a_plural_noun_is_no_verb_in_what_a_figure_counts(counted):
    assert figures.meaningful(counted, count=True)


def test_a_figure_without_a_time_of_its_own_takes_its_sentence_s_year_or_its_report_s_day():
    [row] = _table([_article("1", "1999-10-18",
                             "In 1996, the Telluride ski area was fined $1.1 million for "
                             "destroying 17 acres of protected wetlands.")]).rows
    assert row.cells[:3] == ("17", "acres of protected wetlands", "In 1996")
    [row] = _table([_article("1", "1998-06-01", "The ministry said 1.2 million farm workers "
                                                "have lost their jobs.")]).rows
    assert row.cells[2] == "reported 1998-06-01"


def test_a_month_without_its_year_is_the_last_one_before_the_report_unless_it_is_ahead():
    [row] = _table([_article("1", "1998-12-08", "France's unemployment rate dropped slightly "
                                                "to 11.5 percent in November.")]).rows
    assert row.cells[2] == "1998-11 (in November)"
    [row] = _table([_article("1", "1998-12-08", "The ministry said 1.2 million farm workers "
                                                "will lose their jobs in November.")]).rows
    assert row.cells[2] == "in November"
