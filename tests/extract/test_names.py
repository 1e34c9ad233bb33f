"""Names: first names with their usual gender, and everyday words that name no one."""

from briefgen.extract.names import first_name_gender, is_common_word, is_first_name


def test_first_names_of_many_countries_are_known_with_their_gender():
    assert is_first_name("Veli") and is_first_name("Sabrina") and is_first_name("Mark")
    assert first_name_gender("Sabrina") == "f" and first_name_gender("Veli") == "m"
    assert not is_first_name("Tobacco") and not is_first_name("Security")


def test_everyday_words_are_common_and_rare_surnames_are_not():
    assert is_common_word("Flight") and is_common_word("Energy")
    assert not is_common_word("Jianlun") and not is_common_word("Nowarski")
