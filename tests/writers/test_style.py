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
