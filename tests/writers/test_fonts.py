"""Font runs: every character escaped, drawn by a font that has it, or named if none does."""

from briefgen.writers.fonts import FAMILIES, Markup, describe_missing, word_font


def test_markup_escapes_everything_that_reportlab_would_read():
    markup = Markup("LiberationSans")
    assert markup('AT&T a<b <img src="x"/>') == 'AT&amp;T a&lt;b &lt;img src="x"/&gt;'


def test_characters_the_font_lacks_switch_to_a_fallback_run():
    markup = Markup("Caladea")
    result = markup("Seoul 서울 and Москва")
    assert '<font name="NanumGothic">서울' in result
    assert '<font name="DejaVuSans">Москва</font>' in result
    assert result.startswith("Seoul ")
    assert not markup.missing


def test_characters_no_font_has_are_collected_and_invisible_ones_dropped():
    markup = Markup("LiberationSans")
    result = markup("deal \U0001F91D done\u2066 \u2069")  # isolates: format characters
    assert markup.missing == {"\U0001F91D"}
    assert "\u2066" not in result and "\u2069" not in result
    assert describe_missing(markup.missing) == "U+1F91D \U0001F91D"


def test_the_docx_names_a_font_the_reader_has():
    assert word_font("LiberationSans") == "Arial"
    assert word_font("Caladea") == "Cambria"
    assert word_font("DejaVuSerif") == "DejaVu Serif"
    assert set(FAMILIES) >= {"LiberationSans", "Caladea", "DejaVuSans", "DejaVuSerif"}
