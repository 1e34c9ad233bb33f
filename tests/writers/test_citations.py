"""Citations and sources as every writer shows them."""

from briefgen.model import Source
from briefgen.writers.citations import (
    NO_BREAK,
    anchor,
    citation_text,
    location_text,
    marker,
    short_name,
    source_line,
    web_link,
)
from tests.writers.conftest import make_brief


def test_numbered_and_outlet_citations():
    brief = make_brief()
    assert citation_text(brief, ("1", "3")) == "[1, 3]"
    assert marker(brief, ("1", "3")).text == f"[1,{NO_BREAK}3]"
    assert citation_text(brief, ("1", "2", "3"), "outlets") == "(Daily Planet; Yonhap; Old talks)"
    assert citation_text(brief, ()) == ""


def test_an_outlet_name_is_never_broken_across_lines():
    # "(The Epoch" at the end of one line and "Times)" alone on the next, in small type.
    cited = marker(make_brief(), ("1", "2"), "outlets")
    assert cited.labels == ((f"Daily{NO_BREAK}Planet", "1"), ("Yonhap", "2"))
    assert citation_text(make_brief(), ("1",), "outlets") == "(Daily Planet)"  # plain text


def test_an_outlet_cited_twice_is_named_once():
    brief = make_brief()
    sources = (*brief.sources, Source("4", "Another", outlet="Yonhap"))
    brief = brief.__class__(**{**brief.__dict__, "sources": sources})
    cited = marker(brief, ("2", "4"), "outlets")
    assert cited.labels == (("Yonhap", "2"),)


def test_a_source_without_outlet_is_named_by_a_short_title():
    source = Source("1", "North Korea’s troop deployment to assist Russia met with condemnation")
    assert short_name(source) == "North Korea’s troop deployment…"
    assert short_name(Source("1", "Short title")) == "Short title"


def test_only_web_addresses_become_links():
    assert web_link(Source("1", "t", url="https://example.com/a?b=1&c=2")) is not None
    assert web_link(Source("1", "t", url="HTTP://EXAMPLE.COM")) is not None
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "//host/x",
                "https://", "https://exa mple.com", "https://example.com/\x00", None):
        assert web_link(Source("1", "t", url=url)) is None, url


def test_a_local_file_is_named_but_its_directories_are_not_shown():
    assert location_text(Source("1", "t", path="/home/me/secret/a.txt")) == "a.txt"
    assert location_text(Source("1", "t", url="https://e.com/x", path="/a")) == "https://e.com/x"
    assert location_text(Source("1", "t")) is None
    assert source_line(Source("1", "t", path="/home/me/secret/a.txt")) == "“t”. a.txt"


def test_anchors_name_sources_by_position():
    brief = make_brief()
    assert [anchor(brief, s.id) for s in brief.sources] == ["source_1", "source_2", "source_3"]
    assert anchor(brief, "nope") is None


def test_an_anchor_follows_the_first_source_and_semicolons_then_part_the_numbers():
    brief = make_brief()
    assert citation_text(brief, ("1",), anchor="27 October 2024") == "[1, 27 October 2024]"
    assert citation_text(brief, ("1", "3"), anchor="Geneva, 27 October 2024") == (
        "[1, Geneva, 27 October 2024; 3]")
    assert citation_text(brief, ("1", "2"), "outlets", "27 October 2024") == (
        "(Daily Planet, 27 October 2024; Yonhap)")


def test_an_anchor_is_text_between_the_linked_labels_and_its_day_never_breaks():
    cited = marker(make_brief(), ("1", "3"), anchor="Geneva, 27 October 2024")
    assert cited.parts == (("[", None), ("1", "1"),
                           (f",{NO_BREAK}Geneva, 27{NO_BREAK}October{NO_BREAK}2024", None),
                           (f";{NO_BREAK}", None), ("3", "3"), ("]", None))


# ----------------------------------------------------------------------------- compact form

def _day(iso: str) -> str:
    from briefgen.templates import Template  # the template's own formatting
    return Template("t", "", "", ()).format_date(iso)


def test_compact_sources_summarise_every_source_and_resolve_only_the_cited_ones():
    from briefgen.writers.citations import compact_sources

    brief = make_brief(sources=(
        Source("1", "Talks resume", outlet="Daily Planet", date="2024-10-12"),
        Source("2", "Second round", outlet="Yonhap", date="2024-10-19"),
        Source("3", "Old talks"),
        Source("4", "Never cited", outlet="Daily Planet", date="2024-10-15"),
    ))
    compact = compact_sources(brief, _day)
    assert compact.summary == ("4 articles from 2 outlets (Daily Planet 2, Yonhap 1), "
                               "12–19 October 2024")
    # Outlets in the order of their first cited number; a source without an outlet, by its
    # title, last; the uncited [4] is counted but not listed.
    assert [(g.outlet, [(s.id, label) for s, label in g.entries]) for g in compact.groups] == [
        ("Daily Planet", [("1", "12 October 2024")]),
        ("Yonhap", [("2", "19 October 2024")]),
        (None, [("3", "“Old talks”")]),
    ]


def test_a_date_range_is_written_as_one_writes_it():
    from briefgen.writers.citations import date_range

    assert date_range("2024-10-12", "2024-10-12", _day) == "12 October 2024"
    assert date_range("2024-09-12", "2024-10-19", _day) == "12 September – 19 October 2024"
    assert date_range("1998-06-12", "2000-09-01", _day) == "12 June 1998 – 1 September 2000"
    # Another date format is not guessed at: both days in full.
    assert date_range("2024-10-12", "2024-10-19", _day, default_dates=False) == \
        "12 October 2024 – 19 October 2024"
