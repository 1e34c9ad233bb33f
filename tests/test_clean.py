"""Cleaning: line wraps repaired, boilerplate and repeats dropped, the outlet kept."""

from briefgen.clean import clean_text, join_wrapped, split_paragraphs


def test_a_word_cut_by_a_line_wrap_is_rejoined():
    assert join_wrapped("all possible measures to counter thi", "s threat.") == (
        "all possible measures to counter this threat."
    )
    assert join_wrapped("the North Atlantic Treaty Orga", "nization (NATO).") == (
        "the North Atlantic Treaty Organization (NATO)."
    )


def test_two_words_at_a_line_wrap_stay_two_words():
    assert join_wrapped("North Korea will likely seek", "to enhance its weapons") == (
        "North Korea will likely seek to enhance its weapons"
    )
    assert join_wrapped("to support North", "Korea.") == "to support North Korea."


def test_hyphenated_breaks_join_but_real_hyphens_stay():
    assert join_wrapped("national secur-", "ity council") == "national security council"
    assert join_wrapped("leader Kim Jong-", "un said") == "leader Kim Jong-un said"


def test_single_newline_after_a_full_sentence_starts_a_new_paragraph():
    text = "First paragraph ends here.\nSecond paragraph starts here.\nIt goes on\nacross a wrap."
    assert split_paragraphs(text) == [
        "First paragraph ends here.",
        "Second paragraph starts here.",
        "It goes on across a wrap.",
    ]


def test_boilerplate_and_repeated_captions_are_dropped_with_reasons():
    raw = "\n\n".join([
        "Kim inspects troops, in this photo provided by the agency. Yonhap",
        "Kim inspects troops, in this photo provided by the agency. Yonhap",
        "The spy agency confirmed the deployment.",
        "Top 10 Stories",
        "Sign up for eNewsletter",
        "Get the CNA app",
        "Download here",
        "Jon Sun contributed to this report.",
    ])
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The spy agency confirmed the deployment."]
    reasons = [dropped.reason for dropped in cleaned.dropped]
    assert reasons.count("photo caption") == 1
    assert "repeated paragraph" in reasons
    assert reasons.count("boilerplate") == 4
    assert "contributor credit" in reasons


def test_the_outlet_named_in_a_source_line_is_kept():
    cleaned = clean_text("The agency confirmed it.\n\nSource: Yonhap News Agency\n\nNews Reporter")
    assert cleaned.outlet == "Yonhap News Agency"
    assert cleaned.paragraphs == ["The agency confirmed it."]


def test_all_caps_lines_are_subheads_not_sentences():
    cleaned = clean_text("THE UPSIDE FOR RUSSIA\n\nThere are clear upsides for Moscow.")
    assert cleaned.subheads == ["THE UPSIDE FOR RUSSIA"]
    assert cleaned.paragraphs == ["There are clear upsides for Moscow."]


def test_control_characters_become_separators_or_are_counted():
    cleaned = clean_text("Talks began\x0bon Monday.\x00")
    assert cleaned.paragraphs == ["Talks began on Monday."]
    assert cleaned.removed_characters == 1
