"""File names from titles: safe on Windows, macOS and Linux."""

from briefgen.writers.filenames import MAX_LENGTH, safe_basename


def test_titles_become_short_lowercase_names():
    assert safe_basename("North Korea's troop deployment: what next?") == (
        "north-koreas-troop-deployment-what-next")
    assert safe_basename("Café ôlé / «quotes» \\ back") == "cafe-ole-quotes-back"


def test_reserved_and_empty_names_fall_back():
    for title in ("CON", "nul", "com1", "", "서울", "///", "...", "LPT9"):
        assert safe_basename(title) == "brief", title


def test_no_character_any_system_reserves_and_a_bounded_length():
    name = safe_basename('a<b>c:d"e/f\\g|h?i*j\x00k ' + "word " * 100)
    assert set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert len(name) <= MAX_LENGTH and not name.endswith(("-", ".", " "))
