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


def test_a_line_ending_in_an_abbreviation_or_a_comma_quote_is_a_wrap_not_a_paragraph_end():
    text = ("The decision to cancel 99 games between Nov.\n3 and Nov. 16 came later.\n"
            "He headed the office of the U.N.\nHigh Commissioner for Refugees.\n"
            "``They will be taking on this problem,''\nEcevit told reporters.\n"
            "``If Italy continues, it will regret it.''")
    assert split_paragraphs(text) == [
        "The decision to cancel 99 games between Nov. 3 and Nov. 16 came later.",
        "He headed the office of the U.N. High Commissioner for Refugees.",
        "``They will be taking on this problem,'' Ecevit told reporters.",
        "``If Italy continues, it will regret it.''",
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


def test_a_paragraph_wrapped_across_many_lines_is_rejoined():
    raw = ("Harbour director Mara Lindqvist said the trial would run from\n"
           "Nov. 4, with two boats leaving every forty minutes for the is-\n"
           "land terminal.")
    assert clean_text(raw).paragraphs == [
        "Harbour director Mara Lindqvist said the trial would run from Nov. 4, with two boats "
        "leaving every forty minutes for the island terminal."
    ]


def test_a_byline_becomes_the_author():
    cleaned = clean_text("By Ines Okafor\n\nThe harbour authority approved the trial.")
    assert cleaned.author == "Ines Okafor"
    assert cleaned.author_found_in == "byline"
    assert cleaned.paragraphs == ["The harbour authority approved the trial."]


def test_a_sentence_starting_with_by_is_not_a_byline():
    cleaned = clean_text("By the end of the year the ferries will run nightly.")
    assert cleaned.author is None
    assert cleaned.paragraphs == ["By the end of the year the ferries will run nightly."]


def test_the_writers_bio_at_the_end_is_dropped_and_names_the_author():
    cleaned = clean_text(
        "The trial starts in November.\n\nIt will run for six months.\n\n"
        "Robert Kelly (@Robert_E_Kelly) is a professor of political science at Pusan "
        "National University."
    )
    assert cleaned.author == "Robert Kelly"
    assert cleaned.paragraphs == ["The trial starts in November.", "It will run for six months."]
    assert cleaned.dropped[-1].reason == "author bio"


def test_a_person_described_mid_article_is_not_a_bio():
    raw = ("Tomas Berg is a professor of economics who chairs the committee.\n\n"
           "He said fuel prices could add a fifth to the budget.\n\n"
           "The trial starts in November.\n\nIt will run for six months.")
    assert len(clean_text(raw).paragraphs) == 4


def test_a_dateline_moves_into_metadata_with_its_agency():
    cleaned = clean_text("LOS ANGELES (Reuters) - South Korean thriller “Parasite” won.")
    assert (cleaned.dateline, cleaned.dateline_outlet) == ("LOS ANGELES", "Reuters")
    assert cleaned.paragraphs == ["South Korean thriller “Parasite” won."]
    cleaned = clean_text("SEOUL, Oct. 25 (Yonhap) -- North Korea sent troops, officials said.")
    assert (cleaned.dateline, cleaned.dateline_outlet) == ("SEOUL, Oct. 25", "Yonhap")


def test_a_wire_dateline_keeps_the_state_or_country_after_the_city():
    cleaned = clean_text("JAKARTA, Indonesia (AP) - As a U.N. envoy trotted toward a helicopter.")
    assert (cleaned.dateline, cleaned.dateline_outlet) == ("JAKARTA, Indonesia", "AP")
    assert cleaned.paragraphs == ["As a U.N. envoy trotted toward a helicopter."]
    assert clean_text("KANSAS CITY, Mo. -- The storm closed the airport.").dateline == (
        "KANSAS CITY, Mo.")
    assert clean_text("WASHINGTON, D.C. - The bill passed.").dateline == "WASHINGTON, D.C."
    assert clean_text("DES MOINES, Iowa - The polls closed.").dateline == "DES MOINES, Iowa"
    cleaned = clean_text("NEW DELHI, India, Oct. 25 (PTI) - The talks ended.")
    assert (cleaned.dateline, cleaned.dateline_outlet) == ("NEW DELHI, India, Oct. 25", "PTI")


def test_a_place_with_a_lower_case_particle_or_a_lower_case_agency_is_a_dateline():
    cleaned = clean_text("COEUR d'ALENE, Idaho _ Issuing a verdict, a jury ordered the payment.")
    assert cleaned.dateline == "COEUR d'ALENE, Idaho"
    assert cleaned.paragraphs == ["Issuing a verdict, a jury ordered the payment."]
    cleaned = clean_text("BONN, February 5 (xinhua) -- The parliament rejected the bill.")
    assert (cleaned.dateline, cleaned.dateline_outlet) == ("BONN, February 5", "Xinhua")


def test_the_new_york_times_wire_dateline_ends_with_an_underscore():
    cleaned = clean_text("WASHINGTON _ NASA and the Russian Space Agency have agreed.")
    assert cleaned.dateline == "WASHINGTON"
    assert cleaned.paragraphs == ["NASA and the Russian Space Agency have agreed."]


def test_an_acronym_and_a_name_before_a_dash_are_not_a_dateline():
    for text in ("NATO, Russia - Talks resume on Monday.", "U.S., Britain - The allies agreed.",
                 "NASA, Boeing _ The rocket flew."):
        cleaned = clean_text(text)
        assert (cleaned.dateline, cleaned.paragraphs) == (None, [text.replace(" _ ", " — ")])


def test_a_dateline_before_a_lead_full_of_names_is_still_a_dateline():
    lead = "South Korean President Moon Jae-in met North Korean leader Kim Jong Un."
    assert clean_text(f"SEOUL: {lead}").dateline == "SEOUL"
    assert clean_text(f"MOSCOW (Reuters) - {lead}").dateline == "MOSCOW"


def test_a_label_before_a_headline_or_a_story_is_not_a_dateline():
    cleaned = clean_text("BOOM: Trump Just Fired A Missile Directly At the Border.\n\nIt was late.")
    assert cleaned.dateline is None
    assert cleaned.paragraphs[0].startswith("BOOM: Trump")
    cleaned = clean_text("BREAKING: The Senate passed the bill.")
    assert (cleaned.dateline, cleaned.paragraphs) == (None, ["The Senate passed the bill."])
    cleaned = clean_text("EXCLUSIVE: WASHINGTON (Reuters) - The talks ended.")
    assert (cleaned.dateline, cleaned.paragraphs) == ("WASHINGTON", ["The talks ended."])


def test_a_byline_label_names_the_author():
    cleaned = clean_text("BYLINE: Amber Phillips.\n\nThe senator resigned on Monday.")
    assert (cleaned.author, cleaned.author_found_in) == ("Amber Phillips", "byline")
    assert cleaned.paragraphs == ["The senator resigned on Monday."]
    assert clean_text("BYLINE: By Amy Li.\n\nThe senator resigned.").author == "Amy Li"
    assert clean_text("By Tom Smith Jr.\n\nThe senator resigned.").author == "Tom Smith Jr."


def test_a_trailing_agency_credit_is_the_outlet_not_part_of_the_sentence():
    cleaned = clean_text("Ties with the alliance will be tested. (Yonhap)")
    assert cleaned.trailing_outlet == "Yonhap"
    assert cleaned.paragraphs == ["Ties with the alliance will be tested."]


def test_short_unpunctuated_lines_between_paragraphs_are_subheads():
    raw = ("Berlin renames streets.\n\nFreedom fighters replace colonial leaders\n\n"
           "Three streets will be renamed.\n\nNamibians want Germany to remove monuments")
    cleaned = clean_text(raw)
    assert cleaned.subheads == ["Freedom fighters replace colonial leaders"]
    assert cleaned.paragraphs == ["Berlin renames streets.", "Three streets will be renamed."]
    assert cleaned.dropped[-1].reason == "heading with no text after it"


def test_the_first_headline_like_line_is_the_title_and_its_repeat_is_dropped():
    cleaned = clean_text("Ferries approved\n\nFerries approved\n\nThe trial starts soon.",
                         find_title=True)
    assert cleaned.title == "Ferries approved"
    assert cleaned.paragraphs == ["The trial starts soon."]
    assert [d.reason for d in cleaned.dropped] == ["repeated headline"]


def test_page_furniture_and_credits_are_dropped():
    raw = "\n\n".join([
        "The trial starts soon.",
        "Read more: Looted colonial art: Germany to set up new contact office",
        "Additional reporting by Steve Gorman; Editing by Nick Zieminski",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Copyright 2024 Wellport Gazette. All rights reserved.",
        "Taiwan's president speaks in Taipei on December 29. Photo: AP",
        "Stars arrive at the awards. REUTERS/Mario Anzuoni",
    ])
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The trial starts soon."]
    assert [d.reason for d in cleaned.dropped] == [
        "boilerplate", "contributor credit", "boilerplate", "boilerplate", "photo caption",
        "photo caption",
    ]


def test_tex_quotes_in_the_text_become_typographic_ones():
    cleaned = clean_text("``We will rebuild,'' the mayor said.\n\nShe called it ``a `new' city.''")
    assert cleaned.paragraphs == ["“We will rebuild,” the mayor said.",
                                  "She called it “a ‘new’ city.”"]


def test_a_full_date_in_the_dateline_dates_the_article():
    cleaned = clean_text("WASHINGTON, Oct. 28, 1998 -- The House voted on Tuesday.")
    assert (cleaned.dateline, cleaned.dateline_date) == ("WASHINGTON, Oct. 28, 1998", "1998-10-28")
    assert cleaned.paragraphs == ["The House voted on Tuesday."]
    cleaned = clean_text("PORTVALE, Maine -- March 3, 1999 -- The ferry sailed at dawn.")
    assert (cleaned.dateline, cleaned.dateline_date) == ("PORTVALE, Maine", "1999-03-03")
    assert clean_text("SEOUL, Oct. 25 (Yonhap) -- Troops moved.").dateline_date is None  # no year


def test_a_wire_transmission_stamp_dates_the_article_and_is_dropped():
    cleaned = clean_text("The ferry sailed at dawn.\n\nNYT-03-14-99 1402EST")
    assert cleaned.stamp_date == "1999-03-14"
    assert cleaned.paragraphs == ["The ferry sailed at dawn."]


def test_an_undated_dateline_is_dropped_without_a_place():
    for opening in ("UNDATED -- ", "UNDATED: ", "(UNDATED) _ ", "(Undated) "):
        cleaned = clean_text(f"{opening}Say two little letters, get a big response.")
        assert cleaned.paragraphs == ["Say two little letters, get a big response."]
        assert (cleaned.dateline, cleaned.dropped[0].reason) == (None, "dateline (undated)")


def test_the_times_underscore_takes_a_country_after_the_city():
    cleaned = clean_text("IZMIT, Turkey _ Rescue teams dug through the night.")
    assert (cleaned.dateline, cleaned.paragraphs) == ("IZMIT, Turkey", ["Rescue teams dug through "
                                                                        "the night."])
    assert clean_text("PASADENA, CALIF. _ The studio opened.").dateline == "PASADENA, CALIF."


def test_a_dateline_opening_a_later_paragraph_is_dropped_too():
    cleaned = clean_text("PORTVALE _ The ferry sailed.\n\nIt was late.\n\n"
                         "LYON, France _ In France, the crews struck too.\n\n"
                         "The BEA _ the French agency _ opened an inquiry.")
    assert cleaned.paragraphs == ["The ferry sailed.", "It was late.",
                                  "In France, the crews struck too.",
                                  "The BEA — the French agency — opened an inquiry."]
    assert [d.reason for d in cleaned.dropped] == ["dateline", "dateline inside the text"]


def test_an_on_the_net_block_goes_with_its_links():
    cleaned = clean_text("The ferry sailed.\n\nOn the Net:\n\nPort authority: http://port.example.org"
                         "\n\nFerry union: www.union-example.org\n\nThe strike ended on Monday.")
    assert cleaned.paragraphs == ["The ferry sailed.", "The strike ended on Monday."]
    assert [d.reason for d in cleaned.dropped] == ["'On the Net:' links"] * 3


def test_sales_notices_and_editors_notes_around_a_story_are_dropped():
    raw = "\n\n".join([
        "(To publish this article, it must be purchased _ the rate is not prohibitive _ from the "
        "Harbour Syndicate's sales representative JO DOE at 1-800-555-0199.)",
        "(Eds: This story also moved in the lifestyle file.) The ferry sailed at dawn.",
        "Crews cheered. _______ (To purchase this feature contact the Harbour Syndicate.)",
        "(Pat Lee is a free-lance writer.) EDITOR: For more, visit www.harbour-example.com.",
        "-0-",
    ])
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The ferry sailed at dawn.", "Crews cheered."]
    assert [d.reason for d in cleaned.dropped] == [
        "syndicate sales notice", "editors' note", "syndicate sales notice", "editors' note",
        "aside before an editors' note", "wire end or trim mark",
    ]


def test_a_contact_sentence_is_cut_out_of_a_paragraph_of_text():
    cleaned = clean_text("No pill cuts weight without harm, researchers say. Pat Lee can be "
                         "reached at plee(at)example.com via e-mail. Are you at risk? "
                         "Ask a doctor.")
    assert cleaned.paragraphs == ["No pill cuts weight without harm, researchers say. "
                                  "Are you at risk? Ask a doctor."]
    assert cleaned.dropped[0].reason == "contact notice"


def test_a_capitalised_copyright_header_before_the_text_is_dropped():
    cleaned = clean_text("PORTVALE 04001 Tel: 555-201-3344 COPYRIGHT 1998 BY HARBOUR SOURCES, "
                         "INC. NO PART MAY BE USED WITHOUT ATTRIBUTION TO HARBOUR SOURCES, INC. "
                         "FERRY crews walked out on Friday.")
    assert cleaned.paragraphs == ["FERRY crews walked out on Friday."]
    assert cleaned.dropped[0].reason == "copyright notice"


def test_a_photo_package_is_no_article():
    raw = "\n\n".join(
        f"(NYT{n}) PORTVALE -- Oct. 20, 1999 -- FERRY-{n}, 10-20 -- Crews on the dock." for n in
        range(1, 5))
    cleaned = clean_text("ATTENTION EDITORS: The following photos are part of tonight's package."
                         "\n\n" + raw)
    assert cleaned.paragraphs == []
    assert cleaned.not_article is not None and "not an article" in cleaned.not_article


def test_a_whole_article_on_one_line_that_mentions_a_photo_is_no_caption():
    story = " ".join(["The council met on Monday to debate the harbour budget."] * 12 +
                     ["Residents are seen in this photo at the meeting."])
    assert clean_text(story).paragraphs == [story]
    assert clean_text("Residents are seen in this photo at the meeting.").paragraphs == []


def test_a_province_in_brackets_after_the_city_is_part_of_the_dateline():
    cleaned = clean_text("BEIDAIHE (Hebei), March 5 (Xinhua) -- China will protect its wetlands.")
    assert (cleaned.dateline, cleaned.dateline_outlet) == ("BEIDAIHE, March 5", "Xinhua")
    assert cleaned.paragraphs == ["China will protect its wetlands."]


def test_a_roundup_sent_as_one_paragraph_is_split_at_its_country_slugs():
    cleaned = clean_text("Smokers are always a step ahead of the rules in every country. CANADA: "
                         "Toronto tried to become the first city to ban smoking in bars. "
                         "GREECE: One would never know it. NATO: the talks go on.")
    assert cleaned.paragraphs == [
        "Smokers are always a step ahead of the rules in every country.",
        "Toronto tried to become the first city to ban smoking in bars.",
        "One would never know it. NATO: the talks go on."]
    assert [d.reason for d in cleaned.dropped] == ["country slug of a roundup"] * 2


def test_a_wire_s_dashes_may_touch_the_story_after_its_credit():
    cleaned = clean_text("WASHINGTON, December 9 (Xinhua) --U.S. space agency NASA said the "
                         "current has become weaker.")
    assert (cleaned.dateline, cleaned.dateline_outlet) == ("WASHINGTON, December 9", "Xinhua")
    assert cleaned.paragraphs == ["U.S. space agency NASA said the current has become weaker."]
    # without a credit, touching dashes are the text's own
    assert clean_text("NATO --Russia talks resume in Brussels on Monday after a long pause."
                      ).paragraphs[0].startswith("NATO")


def test_the_wire_s_typewriter_dashes_become_dashes():
    cleaned = clean_text("WASHINGTON _ Two groups _ the academy and the council _ condemned "
                         "the vote -- and its cost.")
    assert cleaned.paragraphs == ["Two groups — the academy and the council — condemned the "
                                  "vote — and its cost."]


def test_the_wire_s_underscore_opening_a_list_item_is_its_bullet():
    cleaned = clean_text("The study found:\n\n_ About three-fifths of poor renters spent half "
                         "their income on rent.\n\n_ Rents rose.")
    assert cleaned.paragraphs == ["The study found:", "About three-fifths of poor renters "
                                  "spent half their income on rent.", "Rents rose."]
    cleaned = clean_text("Events so far:\n\n--Russian President Boris Yeltsin agreed to talk.")
    assert cleaned.paragraphs[1] == "Russian President Boris Yeltsin agreed to talk."


def test_a_roundup_s_country_slug_is_furniture_but_a_label_of_another_kind_is_text():
    cleaned = clean_text("LONDON _ Smoking bans spread across Europe.\n\nMore followed.\n\n"
                         "SOUTH AFRICA: The parliament passed a law.\n\n"
                         "IMPACT: The effect was large.")
    assert cleaned.paragraphs[2:] == ["The parliament passed a law.",
                                      "IMPACT: The effect was large."]
    assert any(d.reason == "country slug of a roundup" for d in cleaned.dropped)
