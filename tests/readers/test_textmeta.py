"""Metadata from the text: stand-in titles, the outlet someone was "told", dates mentioned."""

from briefgen.readers.textmeta import dates_mentioned, excerpt_title, outlet_interviewed_for


def test_a_short_first_sentence_is_the_whole_stand_in_title():
    assert excerpt_title("Ferries will run at night. More follows.") == (
        "Ferries will run at night."
    )


def test_a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis_not_on_a_small_word():
    title = excerpt_title(
        "The National Intelligence Service (NIS) confirmed on Friday that North Korea has "
        "deployed troops to assist Russia in its war against Ukraine."
    )
    assert title == ("The National Intelligence Service (NIS) confirmed on Friday that North "
                     "Korea has deployed troops…")


def test_dates_are_listed_as_written_once_each_in_order():
    text = ("On Oct 21, 2024 and again on Wednesday (Oct 23), then Jan. 21, 1968, "
            "19 January 2020, a November 2024 report, 2024-10-30 and Oct 21, 2024 again. "
            "May we go? The 12 May ruling.")
    assert dates_mentioned(text) == (
        "Oct 21, 2024", "Oct 23", "Jan. 21, 1968", "19 January 2020", "November 2024",
        "2024-10-30",
    )


def test_the_publication_people_told_things_to_is_the_outlet():
    text = ("“It is ambitious,” Kim Taewoo told The Epoch Times. "
            "According to a report by Choun Daily, teams may be sent.")
    assert outlet_interviewed_for(text) == "The Epoch Times"


def test_a_quoted_third_party_is_not_the_outlet():
    introduced = ("Lee told The Associated Press (AP). He defected in 2007. "
                  "“It is a gamble,” Ahn told AP.")
    assert outlet_interviewed_for(introduced) is None
    cited = "He told Reuters on Monday. Reuters reported that talks failed."
    assert outlet_interviewed_for(cited) is None


def test_two_different_publications_leave_the_outlet_unknown():
    assert outlet_interviewed_for("Kim told The Korea Times. Lee told The Korea Herald.") is None


def test_people_told_by_someone_are_not_publications():
    assert outlet_interviewed_for("Officials told President Yoon on Friday.") is None
