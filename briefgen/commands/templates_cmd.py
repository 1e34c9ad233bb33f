"""`briefgen templates list|show|new`: see the audience templates and start your own."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click

from briefgen.errors import OutputError, TemplateError
from briefgen.templates import (
    Template,
    TemplateFile,
    is_path,
    locate,
    template_files,
    template_to_data,
    to_toml,
    toml_value,
    user_templates_dir,
)
from briefgen.templates import load_template as _load_template
from briefgen.writers.atomic import write_text

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
TEMPLATES_DIR = click.option(
    "--templates-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Look here first for templates named by NAME.")


def load_template(name: str, templates_dir: Path | None = None) -> Template:
    """The template, with a TOML file nested past Python's stack (tomllib recurses into arrays
    and inline tables) or an endless ``extends`` chain reported in one line, naming it."""
    try:
        return _load_template(name, templates_dir)
    except RecursionError:
        raise TemplateError(f"{name}: nested too deeply (arrays or tables within each other, "
                            "or a chain of `extends`)") from None


@click.group("templates")
def templates() -> None:
    """List, show and start audience templates."""


@templates.command("list")
@TEMPLATES_DIR
def list_templates(templates_dir: Path | None) -> None:
    """Each template a name reaches: name, where it comes from, description."""
    entries = template_files(templates_dir)
    rows = [(entry.name, _origin(entry), _description(entry, templates_dir)) for entry in entries]
    name_width = max(len(row[0]) for row in rows)
    origin_width = max(len(row[1]) for row in rows)
    for name, origin, description in rows:
        click.echo(f"{name:<{name_width}}  {origin:<{origin_width}}  {description}".rstrip())


def _origin(entry: TemplateFile) -> str:
    if entry.origin == "built-in":
        return "built-in"
    shadow = ", shadows built-in" if entry.shadows_builtin else ""
    return f"{entry.path} ({entry.origin}{shadow})"


def _description(entry: TemplateFile, templates_dir: Path | None) -> str:
    try:
        return load_template(str(entry.path), templates_dir).description
    except TemplateError as error:  # one bad file must not hide the others
        return f"INVALID: {error}"


@templates.command("show")
@click.argument("name")
@TEMPLATES_DIR
def show(name: str, templates_dir: Path | None) -> None:
    """Print template NAME (a name or a .toml path) as TOML, resolved after inheritance."""
    template = load_template(name, templates_dir)
    click.echo(f"# {template.name}: {template.path}, resolved after inheritance\n")
    click.echo(to_toml(template_to_data(template)), nl=False)


@templates.command("new")
@click.argument("name")
@click.option("--from", "base", default="analyst", show_default=True,
              help="The template to extend: a name or a .toml path.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write it. [default: NAME.toml in --templates-dir, or in the user "
                   "config directory]")
@click.option("--force", is_flag=True, help="Replace an existing file.")
@TEMPLATES_DIR
def new(name: str, base: str, output: Path | None, force: bool,
        templates_dir: Path | None) -> None:
    """Write a commented starter template NAME that extends another; print its path."""
    if not NAME_PATTERN.fullmatch(name):
        raise click.BadParameter("letters, digits, '-' and '_' only, starting with a letter "
                                 "or digit", param_hint="NAME")
    parent = load_template(base, templates_dir)  # a bad base is reported before writing
    path = output or (templates_dir or user_templates_dir()) / f"{name}.toml"
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to replace it)")
    extends = base
    if is_path(base):  # a path is resolved relative to the new file
        extends = os.path.relpath(locate(base).resolve(), path.parent.resolve())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, starter_text(name, extends, parent))
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
    click.echo(str(path))


def starter_text(name: str, extends: str, parent) -> str:  # noqa: ANN001
    """A template that extends ``parent`` and sets nothing else yet, with the parent's values
    shown as comments to uncomment and change."""
    data = template_to_data(parent)
    data.pop("description")
    shown = "\n".join(f"# {line}" if line else "" for line in to_toml(data).splitlines())
    description = f"{name}: started from {parent.name}"
    return (
        f"# {name}: a briefgen audience template (TOML).\n"
        f"# It extends {extends!r}: set only what differs. The commented lines show the values\n"
        f"# it inherits; uncomment a line (and its [table] header) to change it.\n"
        "# Tables merge key by key; a [[sections]] list replaces the inherited list whole.\n"
        f"# Check the result with: briefgen templates show {name}\n"
        "\n"
        f"extends = {toml_value(extends)}\n"
        f"description = {toml_value(description)}\n"
        "\n"
        f"{shown}\n"
    )
