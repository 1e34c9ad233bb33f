"""Audience templates: the built-ins, inheritance, where names are looked up, validation."""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from PIL import Image
from pypdf import PdfReader

from briefgen.cli import main
from briefgen.errors import TemplateError
from briefgen.templates import (
    Margins,
    Template,
    builtin_names,
    load_template,
    template_files,
    template_from_data,
    template_to_data,
    to_toml,
    user_templates_dir,
    with_overrides,
)
from tests.conftest import SEEDS


def save_png(path: Path) -> Path:
    Image.new("RGB", (120, 40), "#1F3A5F").save(path)  # Pillow comes with reportlab
    return path


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def equal_but_path(first: Template, second: Template) -> bool:
    return replace(first, path=None) == replace(second, path=None)


# ----------------------------------------------------------------------------- built-ins


def test_three_builtin_templates_ship_and_analyst_is_the_default():
    assert {"analyst", "executive", "press"} <= set(builtin_names())
    assert load_template().name == "analyst"


def test_executive_is_one_page_with_compact_sources_and_no_toc():
    executive = load_template("executive")
    assert executive.max_pages == 1 and not executive.toc
    assert executive.marking
    assert [s.id for s in executive.sections][0] == "bottom_line"
    assert executive.section("bottom_line").items <= 5
    assert executive.compact_sources and not executive.short_sources
    assert executive.style.floor < executive.style.body_size  # fit may shrink a little


def test_analyst_asks_for_every_section_and_a_table_of_contents():
    analyst = load_template("analyst")
    assert analyst.toc and analyst.max_pages is None
    ids = [s.id for s in analyst.sections]
    assert ids[0] == "bottom_line" and ids[-1] == "sources"
    assert {"context", "stakeholders", "risks"} <= set(ids)


def test_press_has_paragraphs_no_marking_and_no_reasons():
    press = load_template("press")
    assert press.marking is None
    assert press.show_reasons is False
    assert press.citation_style == "outlets"
    # Quotations stay one per speaker (the writers set them as quotes); the rest is narrative.
    narrative = [s for s in press.sections if s.id not in ("sources", "voices")]
    assert narrative and all(s.layout == "paragraphs" for s in narrative)


@pytest.mark.parametrize("name", ["analyst", "executive", "press"])
def test_a_resolved_template_survives_toml_and_back(name):
    template = load_template(name)
    text = to_toml(template_to_data(template))
    again = template_from_data(tomllib.loads(text), name=name, source="shown")
    assert equal_but_path(again, template)


# ----------------------------------------------------------------------------- inheritance


MINE = """extends = "executive"
marking = "TLP:AMBER"

[style]
accent_color = "#AA3300"
"""


def test_a_child_changes_only_what_it_sets(tmp_path):
    mine = load_template(str(write(tmp_path, "mine.toml", MINE)))
    executive = load_template("executive")
    expected = replace(executive, name="mine", marking="TLP:AMBER",
                       style=replace(executive.style, accent_color="#AA3300"))
    assert equal_but_path(mine, expected)


def test_tables_merge_but_a_sections_list_replaces_the_parents(tmp_path):
    path = write(tmp_path, "short.toml", """extends = "analyst"
[page.margins]
top = 10
[[sections]]
id = "bottom_line"
items = 3
""")
    short = load_template(str(path))
    assert short.margins == Margins(top=10, right=22, bottom=22, left=22)
    assert [s.id for s in short.sections] == ["bottom_line"]
    assert short.sections[0].title == "Bottom line"  # a title from the id when none is given


def test_a_user_template_may_shadow_a_builtin_and_still_extend_it(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_TEMPLATES", str(tmp_path))
    write(tmp_path, "executive.toml", 'extends = "executive"\nmarking = "TLP:RED"\n')
    shadowing = load_template("executive")
    assert shadowing.marking == "TLP:RED" and shadowing.max_pages == 1
    entry = next(e for e in template_files() if e.name == "executive")
    assert entry.shadows_builtin and entry.path == tmp_path / "executive.toml"


def test_shadowing_analyst_does_not_change_the_builtins_that_extend_it(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_TEMPLATES", str(tmp_path))
    write(tmp_path, "analyst.toml", 'extends = "analyst"\nmarking = "TLP:RED"\n')
    assert load_template("analyst").marking == "TLP:RED"
    assert load_template("executive").marking != "TLP:RED"
    assert load_template("press").marking is None


def test_extends_may_name_a_file_relative_to_the_template(tmp_path):
    (tmp_path / "base").mkdir()
    write(tmp_path / "base", "house.toml", 'extends = "analyst"\naudience = "House"\n')
    child = write(tmp_path, "child.toml", 'extends = "base/house.toml"\nmarking = ""\n')
    template = load_template(str(child))
    assert template.audience == "House" and template.marking is None


# ----------------------------------------------------------------------------- lookup


def test_names_are_found_in_templates_dir_then_env_then_user_config_then_builtin(
        tmp_path, monkeypatch):
    directories = {}
    for label in ("cli", "env", "config"):
        directories[label] = tmp_path / label
        directories[label].mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(directories["config"]))
    monkeypatch.setenv("BRIEFGEN_TEMPLATES", str(directories["env"]))
    user = user_templates_dir()
    assert user == directories["config"] / "briefgen" / "templates"
    user.mkdir(parents=True)
    # Each directory written, from the last searched to the first, takes over the name.
    for directory, audience in ((user, "config"), (directories["env"], "env"),
                                (directories["cli"], "cli")):
        write(directory, "house.toml", f'extends = "analyst"\naudience = "{audience}"\n')
        assert load_template("house", directories["cli"]).audience == audience
    assert load_template("house").audience == "env"  # without --templates-dir
    origins = {e.name: e.origin for e in template_files(directories["cli"])}
    assert origins["house"] == "--templates-dir" and origins["analyst"] == "built-in"


def test_an_unknown_name_lists_the_choices():
    with pytest.raises(TemplateError, match=r"unknown template 'nonesuch' \(choose from analyst"):
        load_template("nonesuch")


# ----------------------------------------------------------------------------- validation


def assert_refused(tmp_path: Path, text: str, *expected: str, name: str = "bad.toml") -> str:
    path = write(tmp_path, name, text)
    with pytest.raises(TemplateError) as caught:
        load_template(str(path))
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    for part in expected:
        assert part in message, message
    assert "\n" not in message
    return message


def test_an_unknown_key_names_the_file_the_key_and_the_allowed_keys(tmp_path):
    assert_refused(tmp_path, 'extends = "analyst"\ncolour = "red"\n',
                   "colour: unknown key", "(allowed: audience, citation_style,")


def test_an_unknown_key_inside_a_table_names_its_full_key(tmp_path):
    assert_refused(tmp_path, 'extends = "analyst"\n[style]\naccent_colour = "#000000"\n',
                   "style.accent_colour: unknown key", "accent_color")
    assert_refused(tmp_path, 'extends = "analyst"\n[[sections]]\nid = "risks"\nbudget = 3\n',
                   "sections[0].budget: unknown key", "(allowed: id, items, layout,")


@pytest.mark.parametrize(("text", "expected"), [
    ('[page]\nmax_pages = "one"', "page.max_pages = 'one': not allowed (allowed: a whole number"),
    ("[page]\nmax_pages = 0", "page.max_pages = 0: not allowed (allowed: a whole number from 1"),
    ('toc = "yes"', "toc = 'yes': not allowed (allowed: true or false)"),
    ("[style]\nbody_size = true", "style.body_size = True: not allowed (allowed: a number"),
    ('[style]\naccent_color = "blue"', "style.accent_color = 'blue': not allowed "
                                       "(allowed: a colour written \"#RRGGBB\")"),
    ('[style]\nbody_font = "Comic Sans"', "style.body_font = 'Comic Sans': not allowed "
                                          "(allowed: "),
    ('citation_style = "footnotes"', "(allowed: numbers, outlets)"),
    ('[page]\nsize = "A3"', "page.size = 'A3': not allowed (allowed: A4, Letter)"),
    ("marking = 7", "marking = 7: not allowed (allowed: a string"),
    ("date_format = 12", "date_format = 12: not allowed (allowed: a strftime format"),
    ('style = "dark"', "style = 'dark': not allowed (allowed: a table)"),
    ('sections = "all"', "sections = 'all': not allowed (allowed: one or more [[sections]]"),
    ('[[sections]]\nid = "risks"\nitems = 0', "sections[0].items = 0: not allowed"),
])
def test_a_value_of_the_wrong_type_or_range_is_refused(tmp_path, text, expected):
    assert_refused(tmp_path, f'extends = "analyst"\n{text}\n', expected)


@pytest.mark.parametrize("title_format", ["{topic.__class__}", "{date:>999999999}", "{0}",
                                          "{topic!r}", "{secret}", "{topic"])
def test_a_title_format_can_only_name_its_fields(tmp_path, title_format):
    assert_refused(tmp_path, f'extends = "analyst"\ntitle_format = "{title_format}"\n',
                   "title_format = ", "(allowed: text with the fields {topic}, {audience}, {date}")


def test_an_unknown_section_id_lists_the_known_ones(tmp_path):
    assert_refused(tmp_path, 'extends = "analyst"\n[[sections]]\nid = "bottom_line"\n'
                             '[[sections]]\nid = "weather"\n',
                   "sections[1].id = 'weather': unknown section",
                   "(allowed: bottom_line, context,")


def test_a_section_listed_twice_or_laid_out_wrongly_is_refused(tmp_path):
    assert_refused(tmp_path, '[[sections]]\nid = "risks"\n[[sections]]\nid = "risks"\n',
                   "sections[1].id = 'risks': listed twice")
    assert_refused(tmp_path, '[[sections]]\nid = "sources"\nlayout = "paragraphs"\n',
                   "sections[0].layout = 'paragraphs': not allowed (allowed: full, short, "
                   "compact for sources)")
    assert_refused(tmp_path, '[[sections]]\nid = "risks"\nlayout = "short"\n',
                   "(allowed: bullets, paragraphs, labelled, lines for risks)")


def test_a_missing_logo_names_the_file_it_looked_for(tmp_path):
    message = assert_refused(tmp_path, 'extends = "analyst"\nlogo = "crest.png"\n',
                             "logo = 'crest.png': file not found",
                             "(allowed: a PNG or JPEG file, relative to the template)")
    assert str(tmp_path / "crest.png") in message


def test_a_logo_that_is_no_image_or_a_damaged_one_is_refused(tmp_path):
    write(tmp_path, "crest.png", "#!/bin/sh\necho not an image\n")
    assert_refused(tmp_path, 'extends = "analyst"\nlogo = "crest.png"\n',
                   "logo = 'crest.png': not a PNG or JPEG image")
    (tmp_path / "cut.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    assert_refused(tmp_path, 'extends = "analyst"\nlogo = "cut.png"\n',
                   "logo = 'cut.png': a damaged image")


def test_a_template_logo_reaches_both_documents(tmp_path):
    save_png(tmp_path / "crest.png")
    write(tmp_path, "house.toml", 'extends = "executive"\nlogo = "crest.png"\n')
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-t", str(tmp_path / "house.toml"),
                                       "-o", str(tmp_path / "out"), "--name", "b"])
    assert result.exit_code == 0, result.output
    assert len(PdfReader(tmp_path / "out" / "b.pdf").pages[0].images) >= 1
    assert len(Document(str(tmp_path / "out" / "b.docx")).inline_shapes) == 1


def test_a_logo_is_found_relative_to_its_template(tmp_path, monkeypatch):
    (tmp_path / "art").mkdir()
    save_png(tmp_path / "art" / "crest.png")
    path = write(tmp_path, "house.toml", 'extends = "analyst"\nlogo = "art/crest.png"\n')
    monkeypatch.chdir(Path("/"))
    assert load_template(str(path)).logo == str(tmp_path / "art" / "crest.png")


def test_an_inheritance_loop_is_named_link_by_link(tmp_path):
    second = write(tmp_path, "b.toml", 'extends = "a.toml"\n')
    first = write(tmp_path, "a.toml", 'extends = "b.toml"\n')
    with pytest.raises(TemplateError) as caught:
        load_template(str(first))
    # The file whose ``extends`` closes the loop is the one named.
    assert str(caught.value) == (
        f"{second}: extends = 'a.toml': inheritance loop a.toml -> b.toml -> a.toml "
        "(allowed: a template that does not lead back to this one)"
    )


def test_an_extends_chain_past_the_limit_is_refused_in_one_line(tmp_path):
    write(tmp_path, "t0.toml", 'extends = "analyst"\n')
    for index in range(1, 40):
        write(tmp_path, f"t{index}.toml", f'extends = "t{index - 1}.toml"\n')
    with pytest.raises(TemplateError) as caught:
        load_template(str(tmp_path / "t39.toml"))
    assert str(caught.value) == (f"{tmp_path / 't39.toml'}: extends goes 17 templates deep "
                                 "(allowed: at most 16)")
    assert load_template(str(tmp_path / "t10.toml"))  # a family of eleven is fine


def test_a_template_extending_itself_by_path_is_a_loop(tmp_path):
    assert_refused(tmp_path, 'extends = "self.toml"\n', "inheritance loop self.toml -> self.toml",
                   name="self.toml")


def test_a_missing_parent_is_refused(tmp_path):
    assert_refused(tmp_path, 'extends = "nonesuch"\n',
                   "extends = 'nonesuch': unknown template (allowed: analyst")
    assert_refused(tmp_path, 'extends = "gone.toml"\n', "extends = 'gone.toml': file not found")


def test_broken_toml_and_impossible_sizes_are_refused(tmp_path):
    assert_refused(tmp_path, 'extends = "analyst"\nmarking = "unterminated\n', "not valid TOML")
    assert_refused(tmp_path, 'extends = "analyst"\n[style]\nbody_size = 9\nmin_body_size = 10\n',
                   "style.min_body_size = 10: not allowed (allowed: at most style.body_size (9))")
    assert_refused(tmp_path, 'audience = "Nobody"\n', "sections: missing")


# ----------------------------------------------------------------------------- one-run overrides


def test_overrides_change_marking_page_limit_and_size_for_one_run():
    executive = load_template("executive")
    changed = with_overrides(executive, marking="TLP:CLEAR", max_pages=2, page_size="Letter")
    assert (changed.marking, changed.max_pages, changed.page_size) == ("TLP:CLEAR", 2, "Letter")
    cleared = with_overrides(executive, marking="", max_pages=0)
    assert cleared.marking is None and cleared.max_pages is None
    assert with_overrides(executive) == executive


def test_title_and_date_formats():
    template = replace(load_template("analyst"), title_format="{audience}: {topic} ({date})",
                       date_format="%-d %B %Y")
    assert template.format_date("2024-10-08") == "8 October 2024"
    assert template.format_date("not a date") == "not a date"
    assert replace(template, date_format="%Y-%m-%d").format_date("2024-10-08") == "2024-10-08"
    assert template.title_for("Troops", "2024-10-28") == "Analysts: Troops (28 October 2024)"


# ----------------------------------------------------------------------------- on the command line


def test_a_user_template_works_from_a_path_and_from_templates_dir(tmp_path):
    write(tmp_path, "mine.toml", MINE)
    runner = CliRunner()
    for choice in (["-t", str(tmp_path / "mine.toml")],
                   ["-t", "mine", "--templates-dir", str(tmp_path)]):
        out = tmp_path / ("by-path" if "--templates-dir" not in choice else "by-dir")
        result = runner.invoke(main, ["build", str(SEEDS), "-o", str(out), "-f", "md",
                                      "-f", "pdf", "--name", "b", *choice])
        assert result.exit_code == 0, result.output
        assert "**TLP:AMBER**" in (out / "b.md").read_text()
        pages = PdfReader(out / "b.pdf").pages
        assert len(pages) == 1  # still the executive's one page
        assert "TLP:AMBER" in pages[0].extract_text()


def test_the_press_brief_carries_no_marking_anywhere(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-t", "press", "-o", str(tmp_path),
                                       "--name", "b"])
    assert result.exit_code == 0, result.output
    analyst_marking = load_template("analyst").marking
    assert all(analyst_marking not in page.extract_text()
               for page in PdfReader(tmp_path / "b.pdf").pages)
    document = Document(str(tmp_path / "b.docx"))
    margins = [p.text for s in document.sections for part in (s.header, s.footer)
               for p in part.paragraphs]
    assert not any(analyst_marking in text for text in margins)
    assert analyst_marking not in (document.core_properties.keywords or "")


def test_a_bad_template_stops_the_build_with_status_2_and_one_line(tmp_path):
    bad = write(tmp_path, "bad.toml", 'extends = "analyst"\n[style]\naccent_colour = "#000000"\n')
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-t", str(bad),
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"briefgen: error: {bad}: style.accent_colour: unknown key")
    assert not (tmp_path / "out").exists()


def test_marking_and_date_can_be_overridden_for_one_run(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "-f", "json",
                                       "--name", "b", "--marking", "", "--date", "2024-10-30"])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "b.json").read_text())
    assert brief["marking"] is None and brief["date"] == "2024-10-30"
