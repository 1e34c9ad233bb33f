"""The story's name: the most central headline, cleaned of wire furniture, never shouting."""

from __future__ import annotations

import pytest

from briefgen.model import Article
from briefgen.readers.assemble import EXCERPT_TITLE
from briefgen.title import (
    is_shouting,
    is_whole_headline,
    proper_quotes,
    set_case,
    story_title,
    surface_forms,
    tidy_headline,
)


def article(number: int, title: str, *paragraphs: str, author: str | None = None,
            found: str = "front matter") -> Article:
    return Article(id=str(number), title=title, paragraphs=tuple(paragraphs), author=author,
                   provenance=(("title", found),))


# A made-up story: a town's new tram line. Every article is about the tram; two are about
# the same side matter (the mayor's dog show), with nearly the same headline.
TRAM = [
    article(1, "Mayor Judges Dog Show at Riverside Park",
            "The mayor judged the dog show on Sunday.",
            "Between rounds he said the new tram line would open in May."),
    article(2, "Mayor Judges Second Dog Show at Riverside Park",
            "The mayor judged another dog show.", "Tram tracks now run past the park."),
    article(3, "Tram Line Opens to Passengers in Lindenfeld",
            "The Lindenfeld tram line opened to passengers on Monday.",
            "The tram carries 4,000 passengers a day."),
    article(4, "With Trams", "The tram line cost 80 million.", "Lindenfeld voted for the tram."),
    article(5, "Shops Near Tram Stops Report More Trade",
            "Shops near Lindenfeld tram stops sold more since the tram line opened."),
]


def test_the_title_is_the_headline_that_names_what_all_the_articles_share() -> None:
    # Titles alone would crown the dog show: the two dog-show headlines are closest to each
    # other. The articles' text is about the tram.
    assert story_title(TRAM) == "Tram Line Opens to Passengers in Lindenfeld"


def test_a_fragment_of_one_or_two_words_is_never_the_title() -> None:
    only_the_fragment_names_it = [
        article(1, "With Trams", "The Lindenfeld tram line opened."),
        article(2, "Council Meets", "The council met about the Lindenfeld tram line."),
        article(3, "Weather Turns Cold for Walkers", "Lindenfeld riders took the tram line."),
    ]
    title = story_title(only_the_fragment_names_it)
    assert title != "With Trams"
    assert len(title.split()) >= 3


@pytest.mark.parametrize("fragment", [
    "With Euro", "With The Euro", "GAMBLING", "Bush Commutes",
    "Taliban Criticize Amnesty International for",  # cut off by a length limit
    "Amnesty International Urged to Respect Kenya's",
    "Amnesty International adopts ousted deputy as ‘prisoner of",
    "The Senate indicated Tuesday that it wants no part of the hottest controversy...",
])
def test_fragments_and_cut_off_headlines_are_not_whole(fragment: str) -> None:
    assert not is_whole_headline(fragment)


@pytest.mark.parametrize("headline", [
    "Elian returns to Cuba", "Iran Bans Smoking in Public Places", "El Nino is Petering out",
])
def test_whole_headlines_are_whole(headline: str) -> None:
    assert is_whole_headline(headline)


def test_a_headline_in_capitals_is_set_in_title_case_as_the_text_writes_its_names() -> None:
    story = [
        article(1, "EGYPTAIR FLIGHT CRASH MYSTERY DEEPENS",
                "The EgyptAir jet fell into the sea off Nantucket.",
                "GOP leaders and U.S. officials asked the NTSB for the flight recorder."),
        article(2, "EGYPTAIR PILOTS' UNION DEFENDS CREW OF THE FLIGHT",
                "EgyptAir pilots defended the crew of the flight that fell into the sea."),
    ]
    assert story_title(story) in ("EgyptAir Flight Crash Mystery Deepens",
                                  "EgyptAir Pilots' Union Defends Crew of the Flight")
    forms = surface_forms(story)
    assert set_case("GOP LEADERS SEEK A WAY TO ASK THE NTSB", forms) == \
        "GOP Leaders Seek a Way to Ask the NTSB"
    assert set_case("U.S. OFFICIALS FEAR POST-CRASH DELAYS", forms) == \
        "U.S. Officials Fear Post-Crash Delays"
    assert set_case("THE CREW'S LAST WORDS: A MYSTERY", forms) == "The Crew's Last Words: A Mystery"


def test_a_headline_in_upper_and_lower_case_keeps_its_case() -> None:
    story = [article(1, "Elian returns to Cuba with his father", "Elian flew to Cuba."),
             article(2, "Elian's father waits in Cuba", "Elian and his father are in Cuba.")]
    assert story_title(story) in ("Elian returns to Cuba with his father",
                                  "Elian’s father waits in Cuba")


def test_shouting_is_capitals_in_more_than_one_word() -> None:
    assert is_shouting("LIFE AFTER HOME SCHOOLING")
    assert not is_shouting("NTSB Releases EgyptAir Crash Report")
    assert not is_shouting("NATO")


def test_tex_quotes_become_typographic_quotation_marks() -> None:
    assert proper_quotes("``Last Time'' for `Seinfeld'") == "“Last Time” for ‘Seinfeld’"
    assert proper_quotes("Kenya Criticizes AI for \"Presumptuous\" Report") == \
        "Kenya Criticizes AI for “Presumptuous” Report"
    assert proper_quotes("'Melissa' Computer Virus Isn't Dead") == \
        "‘Melissa’ Computer Virus Isn’t Dead"


@pytest.mark.parametrize(("raw", "clean"), [
    ("Beijing Bans Smoking in Public Places (1)", "Beijing Bans Smoking in Public Places"),
    ("TINY TERRORIST BEETLES GOBBLE THE GREENS (DW)", "TINY TERRORIST BEETLES GOBBLE THE GREENS"),
    ("PLANTS CALL IN THE PEST CONTROL (FOR RELEASE THE WEEK OF MON., MAY 17, 1999)",
     "PLANTS CALL IN THE PEST CONTROL"),
    ("New Weapon Against Cranberry Pests / Farm Scene", "New Weapon Against Cranberry Pests"),
    ("EDITORIAL: REPUBLICANS AND THE GAY VOTE", "REPUBLICANS AND THE GAY VOTE"),
    ("WASHINGTON (AP) -- Senate Passes Tram Bill", "Senate Passes Tram Bill"),
    ("NEW YORK: the law takes effect", "the law takes effect"),
    ("`SEINFELD' SECOND BANANAS ARE ENJOYING SECOND CAREERS BY STUART ELLIOTT",
     "‘SEINFELD’ SECOND BANANAS ARE ENJOYING SECOND CAREERS"),
    # A parenthesis and a colon that belong to the headline stay.
    ("THE `LAST TIME' FOR JERRY SEINFELD (WE HOPE)",
     "THE ‘LAST TIME’ FOR JERRY SEINFELD (WE HOPE)"),
    ("BUSH AIDE: GAY GOP GROUP TOO CRITICAL OF CANDIDATE",
     "BUSH AIDE: GAY GOP GROUP TOO CRITICAL OF CANDIDATE"),
    ("CRASH CAUSED BY PILOT ERROR", "CRASH CAUSED BY PILOT ERROR"),
])
def test_slugs_columns_kickers_datelines_and_bylines_are_not_the_headline(raw: str,
                                                                         clean: str) -> None:
    assert tidy_headline(raw) == clean


def test_the_articles_author_after_by_is_a_byline() -> None:
    assert tidy_headline("Napster Kicks Off Fans by Benny Evangelista",
                         author="Benny Evangelista") == "Napster Kicks Off Fans"


@pytest.mark.parametrize("advisory", [
    "EDS: ADDS background, details on bill, quotes throughout; ADDS",
    "(story to move at 9:45 p.m. ET; clarifies 10-show sted 10-day run)",
])
def test_an_editors_note_is_no_headline(advisory: str) -> None:
    assert tidy_headline(advisory) == ""


def test_without_any_headline_the_first_articles_title_is_used() -> None:
    untitled = [
        article(1, "The Lindenfeld tram line opened on Monday…", "The Lindenfeld tram line "
                "opened on Monday.", found=EXCERPT_TITLE),
        article(2, "Riders queued for the first tram…", "Riders queued for the first tram.",
                found=EXCERPT_TITLE),
    ]
    assert story_title(untitled) == "The Lindenfeld tram line opened on Monday…"


def test_when_every_headline_is_a_fragment_the_best_of_them_is_still_cleaned() -> None:
    story = [article(1, "TRAMS (1)", "Lindenfeld trams run."),
             article(2, "``Trams''", "The trams run on time.")]
    assert story_title(story) in ("Trams", "“Trams”")


def test_a_headline_labelled_as_opinion_gives_way_to_a_news_headline() -> None:
    story = [
        article(1, "Commentary: Why the Lindenfeld Tram Line Matters to Riders",
                "The Lindenfeld tram line matters to riders."),
        article(2, "Lindenfeld Tram Line Opens", "The Lindenfeld tram line opened."),
    ]
    assert story_title(story) == "Lindenfeld Tram Line Opens"
    alone = [article(1, "EDITORIAL: THE TRAM LINE AND ITS RIDERS", "The tram line opened.")]
    assert story_title(alone) == "The Tram Line and Its Riders"
