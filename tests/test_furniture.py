"""Wire furniture: TeX quotes curled, editors' notices recognised, budgets told from articles."""

import pytest

from briefgen.furniture import curl_tex_quotes, furniture_reason, not_an_article


def test_tex_quotes_become_typographic_quotation_marks():
    assert curl_tex_quotes("He said ``we will win,'' and left.") == (
        "He said “we will win,” and left.")
    assert curl_tex_quotes("a `nested' word") == "a ‘nested’ word"
    assert curl_tex_quotes("``to name the `greatest man,''' she wrote") == (
        "“to name the ‘greatest man,’” she wrote")


def test_two_apostrophes_open_a_quotation_after_a_space_and_close_it_elsewhere():
    assert curl_tex_quotes("''Records matter,'' says Dr. Vale.") == (
        "“Records matter,” says Dr. Vale.")
    assert curl_tex_quotes("the ``l'' lifestyle file") == "the “l” lifestyle file"


def test_apostrophes_inside_words_and_text_without_tex_quotes_stay_as_they_are():
    assert curl_tex_quotes("don't touch the farmers' plan") == "don't touch the farmers' plan"
    assert curl_tex_quotes("`Don't,' he said") == "‘Don't,’ he said"


@pytest.mark.parametrize(("paragraph", "reason"), [
    ("-0-", "wire end or trim mark"),
    ("ENDIT", "wire end or trim mark"),
    ("(END OPTIONAL TRIM)", "wire end or trim mark"),
    ("NYT-03-14-99 1402EST", "wire transmission stamp"),
    ("-0- (To publish this article, it must be purchased _ the rate is not prohibitive _ from "
     "the Harbour Syndicate's sales representative JO DOE at 1-800-555-0199.)",
     "syndicate sales notice"),
    ("--Europe: JO DOE in Lyon at 1-555-201-3344; fax, 555-201-3345.", "sales or contact notice"),
    ("(Pat Lee can be reached at 555-301-2233 or plee(at)example.com)", "sales or contact notice"),
    ("EDITORS: Visit the Harbour Syndicate Web site for more features.", "editors' note"),
    ("Eds: Updates will be included on later budgets.", "editors' note"),
    ("ATTENTION EDITORS: The following photos are part of tonight's photo package.",
     "editors' note"),
    ("Photo and graphics information can be found at the end of this list.",
     "photo or graphics advisory"),
    ("On the Net:", "'On the Net:' links"),
    ("(Visit the Courier online at www.courier-example.com)", "web link notice"),
    ("(Distributed by Harbour Special Features)", "syndication notice"),
    ("For Use By Clients of the Harbour News Service", "syndication notice"),
    ("c.1999 Pat Lee", "copyright line"),
])
def test_each_kind_of_furniture_has_its_reason(paragraph, reason):
    assert furniture_reason(paragraph) == reason


@pytest.mark.parametrize("paragraph", [
    "A toll-free number has been set up for claims, officials said on Tuesday.",
    "Thousands of pharmaceutical sales representatives prod doctors to prescribe the drug.",
    "He said the budget bills were still under review before the line-item veto.",
    "The news service reported that the talks had failed.",
    "The BEA _ the French equivalent of the NTSB _ opened an inquiry.",
    "MORE than 300 people were evacuated.",
])
def test_article_sentences_that_share_words_with_furniture_are_kept(paragraph):
    assert furniture_reason(paragraph) is None


def test_a_list_of_slugged_items_with_notices_to_clients_is_a_budget():
    items = ["FERRY-STRIKE _ PORTVALE _ Ferry crews walked out on Friday. (Lee, Courier).",
             "HARBOUR-FEES _ Fees rise in June. (Ono, Courier). WITH PHOTO.",
             "DOCKS-COLUMN _ LYON _ The docks have changed. (Ray, Courier).",
             "Two stories will move after 8 p.m."]
    reason = not_an_article(items, ["sales or contact notice"])
    assert reason is not None and "budget" in reason


def test_a_column_of_short_items_is_an_article_not_a_budget():
    items = ["FERRIES _ Ferry crews walked out on Friday.", "It was the first strike in years.",
             "DOCKS _ The docks have changed.", "TOLLS _ Tolls rise in June."]
    assert not_an_article(items, []) is None


def test_a_document_that_was_all_furniture_is_no_article():
    reason = not_an_article([], ["syndicate sales notice", "wire end or trim mark"])
    assert reason == ("wire furniture only (syndicate sales notice, wire end or trim mark), "
                      "not an article")
    assert not_an_article([], ["no words"]) is None  # empty, but no furniture: another error


def test_a_note_to_editors_announcing_a_story_is_an_advisory():
    kept = ["We call your attention to the spot feature described below.",
            "FERRY-STRIKE (Portvale) _ Crews walked out on Friday, returning to the docks."]
    assert not_an_article(kept, ["budget notice", "editors' note"]) == (
        "wire furniture: an advisory to editors, not an article")
    assert not_an_article(kept, ["budget notice"]) is None  # without a note it may be a column


def test_a_request_of_questions_and_instructions_is_no_article():
    request = ["Ferry strikes", "Describe the strikes of ferry crews in the harbour. "
               "What did the unions demand? Include the owners' answers."]
    assert not_an_article(request, []) == (
        "a request (questions and instructions only), not an article")
    story = ["Ferry strikes", "Ferry crews walked out on Friday. What did they want? "
             "Higher pay, the union said."]
    assert not_an_article(story, []) is None  # a story may ask, but it also tells
    framed = ["Ferry strikes", "The harbour is in its third week of strikes. How are the owners "
              "answering the unions?"]
    assert not_an_article(framed, []) == (
        "a request (questions and instructions only), not an article")


def test_a_story_about_a_purchase_and_its_sales_is_not_a_sales_notice():
    story = ("AOL agreed to purchase $300 million worth of Sun's computers, while Sun will buy "
             "Netscape software, which Sun's sales force will resell.")
    assert furniture_reason(story) is None
    long_paragraph = " ".join(["The merger went ahead."] * 40 + [
        "(To publish this article, it must be purchased from the Harbour Syndicate.)"])
    assert furniture_reason(long_paragraph) is None  # a notice is short, never a whole story
