"""Organisations: found from the names the text gives them, and linked when named again."""

from briefgen.extract.organisations import OrganisationIndex
from briefgen.model import Article

TEXT = (
    "Microsoft Corp. broke the law, the Justice Department said on Tuesday.",
    "An official of the Bureau of Indian Affairs (BIA) said the BIA would act. The company "
    "said it would appeal.",
    "The National Association for the Advancement of Colored People said the NAACP would sue, "
    "and the Reform Party agreed. U.S. District Court Judge Thomas Jackson ruled. The court "
    "said no. The Turkish Foreign Ministry was silent.",
)


def _index():
    return OrganisationIndex([Article("1", "t", TEXT)])


def test_a_name_whose_head_word_is_a_kind_of_body_is_an_organisation():
    kinds = {o.name: o.kind for o in _index().organisations.values()}
    assert kinds == {
        "Microsoft": "company", "Justice Department": "agency",
        "Bureau of Indian Affairs": "agency", "Reform Party": "party",
        "National Association for the Advancement of Colored People": "league",
        "U.S. District Court": "court",
    }


def test_a_state_s_own_body_is_left_to_the_state():
    assert _index().named_in("the Turkish Foreign Ministry") is None


def test_a_suffix_an_acronym_or_initials_name_the_same_body():
    index = _index()
    assert index.named_in("Microsoft spokesman Mark Murray").name == "Microsoft"
    assert index.named_in("the BIA").name == "Bureau of Indian Affairs"
    assert index.named_in("the NAACP").name.startswith("National Association")


def test_the_company_is_the_last_company_the_article_named():
    index, text = _index(), "\n\n".join(TEXT)
    assert index.pointed_at("The company", "1", text.index("The company")).name == "Microsoft"
    assert index.pointed_at("The court", "1", text.index("The court")).name == \
        "U.S. District Court"
    assert index.pointed_at("the tribe", "1", len(text)) is None


def test_a_body_is_headed_by_the_name_the_story_calls_it_most():
    index = OrganisationIndex([Article("1", "t", (
        "The World Meteorological Association (WMO) said the haze would last. The WMO said "
        "so again, and the WMO warned airlines.",))])
    [organisation] = index.organisations.values()
    assert organisation.heading == "WMO"


def test_people_of_a_body_and_a_second_body_after_and_the_are_not_part_of_a_name():
    index = OrganisationIndex([Article("1", "t", (
        "Officials of the National Transportation Safety Board met on Monday.",
        "Lawyers for Microsoft Corp. said no.",
        "The Federal Bureau of Investigation and the Drug Enforcement Agency met."))])
    names = {organisation.name for organisation in index.organisations.values()}
    assert {"National Transportation Safety Board", "Microsoft", "Federal Bureau of "
            "Investigation", "Drug Enforcement Agency"} <= names
    assert not any(name.startswith(("Officials", "Lawyers")) for name in names)


def test_the_board_is_a_body_whose_name_says_board_never_another_agency():
    article = Article("1", "t", ("The Federal Bureau of Investigation opened a case.",
                                 "The board said it would wait."))
    index = OrganisationIndex([article])
    assert index.pointed_at("the board", "1", 10**6) is None


def test_where_a_body_is_based_and_another_body_before_and_the_are_no_part_of_its_name():
    index = OrganisationIndex([Article("1", "t", (
        "The New York-based Environmental Defense Fund sued on Monday.",
        "ExxonMobil and the Global Climate Coalition disagreed."))])
    names = {organisation.name for organisation in index.organisations.values()}
    assert {"Environmental Defense Fund", "Global Climate Coalition"} <= names
    assert not any("based" in name or name.startswith("ExxonMobil") for name in names)


def test_a_trade_s_of_gives_the_town_not_more_of_the_name():
    index = OrganisationIndex([Article("1", "t", (
        "The drug was made by Interneuron Pharmaceuticals of Lexington, Mass., and others.",
        "The Bank of America said so."))])
    assert {o.name for o in index.organisations.values()} == {
        "Interneuron Pharmaceuticals", "Bank of America"}


def test_a_company_named_without_its_last_word_is_still_the_company():
    index = OrganisationIndex([Article("1", "t", (
        "Patients sued American Home Products Corp. on Monday.",
        "American Home officials refused to comment. American Home withdrew the drug.",
        "New York Life Insurance Co. agreed. New York was calm."))])
    assert index.named_in("American Home officials").name == "American Home Products"
    assert index.named_in("New York officials") is None


def test_and_between_two_names_or_two_offices_opens_the_second_body():
    index = OrganisationIndex([Article("1", "t", (
        "The jury found Butler, the Aryan Nations and Saphire Inc. negligent.",
        "President and Communist Party chief Jiang Zemin spoke. Procter and Gamble Co. agreed."))])
    names = {o.name for o in index.organisations.values()}
    assert {"Saphire", "Communist Party", "Procter and Gamble"} <= names
    assert not any(" and " in name and name != "Procter and Gamble" for name in names)
