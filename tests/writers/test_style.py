"""The shared style sheet: resolved once from the template, bad values named by key."""

import pytest

from briefgen.errors import TemplateError
from briefgen.templates import Style
from briefgen.writers.style import (
    column_weights,
    fractions,
    stylesheet,
    tint,
)
from tests.writers.conftest import make_template


def test_the_template_style_reaches_the_sheet():
    template = make_template(style=Style(body_font="Caladea", heading_font="LiberationSans",
                                         body_size=11, accent_color="#8a1c1c"))
    sheet = stylesheet(template)
    assert (sheet.body_font, sheet.heading_font, sheet.body_size) == ("Caladea",
                                                                      "LiberationSans", 11)
    assert sheet.accent_color == "#8A1C1C"
    assert sheet.page_width_mm == 210 and sheet.text_width_mm == 210 - 2 * 22
    assert sheet.leading == pytest.approx(11 * template.style.line_spacing)


@pytest.mark.parametrize(("style", "key"), [
    (Style(body_font="Comic Sans"), "style.body_font"),
    (Style(heading_font="Nope"), "style.heading_font"),
    (Style(accent_color="red"), "style.accent_color"),
])
def test_a_bad_value_is_an_error_naming_its_key(style, key):
    with pytest.raises(TemplateError, match=key):
        stylesheet(make_template(style=style))


def test_tints_mix_with_white():
    assert tint("#000000", 0.5) == "#808080"
    assert tint("#1F3A5F", 0) == "#1F3A5F" and tint("#1F3A5F", 1) == "#FFFFFF"


def test_short_columns_stay_narrow_and_text_takes_the_rest():
    columns = ("Date", "Event", "Sources")
    rows = [("Oct. 28", "The envoy arrived in Seoul for talks about the treaty, officials said.",
             "[1, 2]")] * 3
    shares = fractions(column_weights(columns, rows))
    assert shares[1] > 0.5 and min(shares) >= 0.09
    assert sum(shares) == pytest.approx(1)


ROLES = ("body", "bullet", "title", "subtitle", "kicker", "meta", "heading1", "heading2",
         "heading3", "table", "table_head", "quote", "attribution", "source", "contents_title",
         "contents", "margin")


def _whole_twips(points: float) -> bool:
    return abs(points * 20 - round(points * 20)) < 1e-9


@pytest.mark.parametrize("body_size", [9.5, 10.5, 11, 12.5])
def test_spaces_indents_and_leading_are_whole_twips_as_word_stores_them(body_size):
    # Word keeps these in twentieths of a point: a leading of 14.175 pt is 14.2 in the DOCX,
    # and the PDF must set the same, or the two drift apart by a point a page.
    sheet = stylesheet(make_template(style=Style(body_size=body_size, line_spacing=1.35)))
    for name in ROLES:
        role = sheet.role(name)
        for value in (role.leading, role.before, role.after, role.indent, role.hang):
            assert _whole_twips(value), (name, value)
    assert sheet.role("body").leading == pytest.approx(body_size * 1.35, abs=0.025)


def test_a_rules_space_above_is_whole_points_as_a_word_border_gives_it():
    for body_size in (9.5, 10.5, 11):
        sheet = stylesheet(make_template(style=Style(body_size=body_size)))
        for name in ("title", "contents"):
            rule = sheet.rule(name)
            assert rule.before == int(rule.before) and _whole_twips(rule.after)
