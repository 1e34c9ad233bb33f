"""`briefgen templates list|show|new`."""

from __future__ import annotations

import tomllib
from dataclasses import replace

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.templates import load_template, template_from_data


@pytest.fixture
def run():
    def invoke(*args: str):  # noqa: ANN202
        return CliRunner().invoke(main, ["templates", *args])

    return invoke


def test_list_shows_each_builtin_with_its_description(run):
    result = run("list")
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert {"analyst", "executive", "press"} <= set(lines)
    assert "built-in" in lines["executive"]
    assert load_template("executive").description in lines["executive"]


def test_list_says_where_a_user_template_comes_from_and_what_it_shadows(run, tmp_path,
                                                                       monkeypatch):
    monkeypatch.setenv("BRIEFGEN_TEMPLATES", str(tmp_path / "env"))
    (tmp_path / "env").mkdir()
    (tmp_path / "env" / "press.toml").write_text('extends = "press"\ndescription = "Ours"\n')
    (tmp_path / "mine.toml").write_text('extends = "executive"\n')
    (tmp_path / "broken.toml").write_text('extends = "executive"\ncolour = 1\n')
    result = run("list", "--templates-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert f"{tmp_path / 'env' / 'press.toml'} ($BRIEFGEN_TEMPLATES, shadows built-in)" \
        in lines["press"] and lines["press"].endswith("Ours")
    assert f"{tmp_path / 'mine.toml'} (--templates-dir)" in lines["mine"]
    assert lines["mine"].endswith(load_template("executive").description)  # inherited
    assert "INVALID:" in lines["broken"] and "colour: unknown key" in lines["broken"]


def test_show_prints_the_resolved_template_as_toml(run):
    result = run("show", "executive")
    assert result.exit_code == 0, result.output
    data = tomllib.loads(result.stdout)
    assert "extends" not in data
    assert data["page"]["max_pages"] == 1
    assert data["style"]["body_font"]  # inherited from analyst, shown explicitly
    shown = template_from_data(data, name="executive", source="shown")
    assert shown == replace(load_template("executive"), path="shown")


def test_show_refuses_an_unknown_template_with_status_2(run):
    result = run("show", "nonesuch")
    assert result.exit_code == 2
    assert "unknown template 'nonesuch'" in result.stderr


def test_new_writes_a_commented_starter_that_extends_its_base(run, tmp_path):
    result = run("new", "minister", "--from", "executive", "--templates-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    path = tmp_path / "minister.toml"
    assert result.stdout.strip() == str(path)
    text = path.read_text()
    assert 'extends = "executive"' in text
    assert '# marking = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"' in text
    assert "# [[sections]]" in text
    started = load_template("minister", tmp_path)
    executive = load_template("executive")
    assert started == replace(executive, name="minister", path=str(path),
                              description="minister: started from executive")


def test_a_starter_edited_by_uncommenting_lines_works(run, tmp_path):
    run("new", "amber", "--from", "executive", "--templates-dir", str(tmp_path))
    path = tmp_path / "amber.toml"
    text = path.read_text().replace('# marking = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"',
                                    'marking = "TLP:AMBER"')
    path.write_text(text)
    assert load_template(str(path)).marking == "TLP:AMBER"


def test_new_goes_to_the_user_config_directory_by_default(run, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    result = run("new", "house")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "briefgen" / "templates" / "house.toml").is_file()
    assert load_template("house").audience == load_template("analyst").audience


def test_new_from_a_path_extends_it_relative_to_the_new_file(run, tmp_path):
    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "house.toml").write_text('extends = "analyst"\naudience = "House"\n')
    result = run("new", "desk", "--from", str(tmp_path / "base" / "house.toml"),
                 "-o", str(tmp_path / "desk" / "desk.toml"))
    assert result.exit_code == 0, result.output
    assert 'extends = "../base/house.toml"' in (tmp_path / "desk" / "desk.toml").read_text()
    assert load_template(str(tmp_path / "desk" / "desk.toml")).audience == "House"


def test_new_never_overwrites_without_force_and_checks_the_name(run, tmp_path):
    target = tmp_path / "mine.toml"
    target.write_text("# my work\n")
    refused = run("new", "mine", "-o", str(target))
    assert refused.exit_code == 1 and "already exists (use --force" in refused.stderr
    assert target.read_text() == "# my work\n"
    assert run("new", "mine", "-o", str(target), "--force").exit_code == 0
    assert run("new", "../escape", "-o", str(tmp_path / "x.toml")).exit_code == 2
    bad_base = run("new", "other", "--from", "nonesuch", "-o", str(tmp_path / "o.toml"))
    assert bad_base.exit_code == 2 and not (tmp_path / "o.toml").exists()


def test_a_template_nested_past_the_stack_is_one_line(tmp_path):
    from click.testing import CliRunner

    from briefgen.cli import main

    deep = tmp_path / "deep.toml"
    deep.write_text('name = "deep"\nx = ' + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    for args in (["templates", "show", str(deep)],
                 ["build", "x.txt", "-t", str(deep), "-o", str(tmp_path / "out")]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, result.output
        assert result.stderr == (f"briefgen: error: {deep}: nested too deeply (arrays or "
                                 "tables within each other, or a chain of `extends`)\n")
    listed = CliRunner().invoke(main, ["templates", "list", "--templates-dir", str(tmp_path)])
    assert listed.exit_code == 0 and "deep" in listed.output and "INVALID" in listed.output
