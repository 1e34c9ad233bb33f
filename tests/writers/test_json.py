"""The JSON: every string writable, reasons withheld where the template says so."""

import json
from dataclasses import replace

from briefgen.model import BulletList, Item, Section, brief_from_dict
from briefgen.writers import json_writer
from tests.writers.conftest import dated_brief, make_brief, make_template


def _brief_with_reason():
    brief = make_brief()
    section = Section("risks", "Risks", (BulletList((Item("It could escalate.", ("1",),
                                                          reason="cue: could"),)),))
    return replace(brief, sections=(section, *brief.sections))


def test_reasons_are_kept_or_withheld_as_the_template_says():
    brief = _brief_with_reason()
    shown = json.loads(json_writer.render(brief, make_template()))
    assert shown["sections"][0]["blocks"][0]["items"][0]["reason"] == "cue: could"
    hidden = json.loads(json_writer.render(brief, make_template(show_reasons=False)))
    assert "cue: could" not in json.dumps(hidden)
    assert brief_from_dict(hidden).sections[0].blocks[0].items[0].reason is None


def test_a_lone_surrogate_cannot_stop_the_json(tmp_path):
    messages = []
    brief = replace(make_brief(), title="bad \ud800 title\x00")
    json_writer.write(brief, make_template(), tmp_path / "b.json", warn=messages.append)
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["title"] == "bad  title"
    assert "removed 2 character(s)" in messages[0]


def test_an_item_s_anchor_is_data_and_survives_the_round_trip():
    data = json.loads(json_writer.render(dated_brief(), make_template()))
    item = data["sections"][0]["blocks"][0]["items"][0]
    assert (item["as_of"], item["place"]) == ("2024-10-27", "Geneva")
    assert data["sections"][1]["blocks"][0]["as_of"] is None  # a paragraph leaning on nothing
    assert brief_from_dict(data) == dated_brief()
