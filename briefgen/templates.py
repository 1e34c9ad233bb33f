"""Audience templates: TOML data files that choose sections, budgets, page, marking and style.

A template may name a parent with ``extends`` and set only what differs: tables (``[page]``,
``[style]``, ...) merge key by key, every other value, ``sections`` included, replaces the
parent's. Templates are data: nothing in one is executed, and the only files a template makes
briefgen read are the ones it names (its parent and its logo).

Where a name is looked up, first match wins: ``--templates-dir``, the directories in
``$BRIEFGEN_TEMPLATES``, the user's config directory (``templates/`` under
``platformdirs.user_config_dir("briefgen")``), then the built-ins. A user template with a
built-in's name shadows it; it may still ``extends`` the built-in of its own name.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import string
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from briefgen.errors import TemplateError

DEFAULT_TEMPLATE = "analyst"
ENV_VAR = "BRIEFGEN_TEMPLATES"
PAGE_SIZES = ("A4", "Letter")
CITATION_STYLES = ("numbers", "outlets")
#: How a section's bullet lists are shown: as built; as one paragraph per item (narrative);
#: or flattened into one list whose items are labelled with their group title ("Russia: ...");
#: "lines": labelled, one line per group: the group's first item in its own quoted words
#: ("Russia (Sergei Lavrov): “...”"), see briefgen.presentation.in_own_words.
LAYOUTS = ("bullets", "paragraphs", "labelled", "lines")
#: The Sources list: every source in full; outlet and title only; or "compact" for a one-page
#: brief: one line of what it draws on and the cited numbers by outlet and day, in small type
#: (its footer then says how many articles the brief draws on).
SOURCE_LAYOUTS = ("full", "short", "compact")
TITLE_FIELDS = ("topic", "audience", "date")
LOGO_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}
MAX_PAGES_LIMIT = 50


@dataclass(frozen=True)
class SectionSpec:
    """One section a template asks for: its title, its budgets and how it is laid out."""

    id: str
    title: str
    items: int | None = None  # told to the builder: how many items (summaries: per article)
    per_group: int | None = None  # most items under one group title (e.g. per actor)
    sentences: int | None = None  # most sentences in one paragraph or bullet (whole sentences)
    words: int | None = None  # most words in the section (whole items dropped from the end)
    layout: str = "bullets"  # LAYOUTS; for the "sources" section: SOURCE_LAYOUTS


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float = 22.0
    right: float = 22.0
    bottom: float = 22.0
    left: float = 22.0


@dataclass(frozen=True)
class Style:
    """The style sheet the writers apply to DOCX and PDF alike (sizes in points, colours #RRGGBB).

    Writers: read these fields by name. New fields are welcome (with a default, and a rule in
    ``_style_rules`` so templates may set them); please keep the existing names stable.
    """

    body_font: str = "DejaVuSans"  # a bundled family: briefgen.writers.fonts.FAMILIES
    heading_font: str = "DejaVuSans"
    body_size: float = 10.5
    min_body_size: float | None = None  # floor for page fit's shrinking; None: never shrink
    line_spacing: float = 1.35  # leading = size x line_spacing
    title_size: float = 20.0
    heading1_size: float = 14.0
    heading2_size: float = 11.5
    small_size: float = 8.0  # citations, header and footer, captions
    text_color: str = "#1A1A1A"
    heading_color: str = "#1F3A5F"
    accent_color: str = "#1F3A5F"  # rules, table header text, links
    muted_color: str = "#595959"  # citations and metadata
    marking_color: str = "#9E1B1B"
    table_header_color: str = "#EEF2F7"  # table header background
    logo_width_mm: float = 30.0

    @property
    def floor(self) -> float:
        """The smallest body size page fit may use."""
        return self.body_size if self.min_body_size is None else self.min_body_size


@dataclass(frozen=True)
class Template:
    """A resolved, validated template: what the pipeline and the writers read."""

    name: str
    description: str
    audience: str
    sections: tuple[SectionSpec, ...]
    marking: str | None = None  # shown in header, footer and document properties; None: none
    citation_style: str = "numbers"  # "numbers" [1, 2] or "outlets" (Yonhap; CNA)
    summary_method: str = "lexrank"
    page_size: str = "A4"
    margins: Margins = field(default_factory=Margins)
    max_pages: int | None = None  # page fit drops the lowest-ranked items to hold it
    toc: bool = False  # the writers draw a table of contents
    # False (press): the pipeline sets every ``reason`` to None before any writer sees the
    # brief, so no writer needs to check; the JSON then shows "reason": null.
    show_reasons: bool = True
    title_format: str = "{topic}"  # fields: {topic}, {audience}, {date} (formatted)
    date_format: str = "%-d %B %Y"  # strftime, plus "%-d" (day without a zero) everywhere
    logo: str | None = None  # absolute path of a PNG or JPEG, checked to exist when loaded
    style: Style = field(default_factory=Style)
    path: str | None = None  # the file it was loaded from

    def section(self, section_id: str) -> SectionSpec | None:
        return next((spec for spec in self.sections if spec.id == section_id), None)

    @property
    def short_sources(self) -> bool:
        """The Sources list in short form (outlet and title only)."""
        spec = self.section("sources")
        return spec is not None and spec.layout == "short"

    @property
    def compact_sources(self) -> bool:
        """The Sources in compact form (a summary line and the cited numbers by outlet); the
        footer then says how many articles the brief draws on."""
        spec = self.section("sources")
        return spec is not None and spec.layout == "compact"

    def format_date(self, iso_date: str) -> str:
        """An ISO date as this template shows it ("28 October 2024"); other text unchanged."""
        try:
            return _strftime(dt.date.fromisoformat(iso_date), self.date_format)
        except ValueError:
            return iso_date

    def title_for(self, topic: str, brief_date: str) -> str:
        """The brief's title from ``title_format`` (fields checked when the template loaded)."""
        return self.title_format.format(
            topic=topic, audience=self.audience, date=self.format_date(brief_date)
        )


# ----------------------------------------------------------------------------- where templates are


@dataclass(frozen=True)
class TemplateFile:
    """A template file found by name, and where it came from."""

    name: str
    path: Path
    origin: str  # "built-in", "--templates-dir", "$BRIEFGEN_TEMPLATES" or "user config"
    shadows_builtin: bool = False


def builtin_templates_dir() -> Path:
    """The templates shipped with briefgen: inside the wheel, or at the top of a source checkout."""
    packaged = resources.files("briefgen") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def builtin_names() -> list[str]:
    return sorted(path.stem for path in builtin_templates_dir().glob("*.toml"))


def user_templates_dir() -> Path:
    """The user's own templates: ``templates/`` in briefgen's config directory."""
    return Path(platformdirs.user_config_dir("briefgen")) / "templates"


def search_path(templates_dir: str | Path | None = None) -> list[tuple[Path, str]]:
    """The directories searched for a template name, first match first."""
    directories: list[tuple[Path, str]] = []
    if templates_dir is not None:
        directories.append((Path(templates_dir), "--templates-dir"))
    for entry in os.environ.get(ENV_VAR, "").split(os.pathsep):
        if entry.strip():
            directories.append((Path(entry.strip()), f"${ENV_VAR}"))
    directories.append((user_templates_dir(), "user config"))
    directories.append((builtin_templates_dir(), "built-in"))
    return directories


def template_files(templates_dir: str | Path | None = None) -> list[TemplateFile]:
    """Every template that a name reaches, sorted by name (what ``templates list`` shows)."""
    builtins = set(builtin_names())
    found: dict[str, TemplateFile] = {}
    for directory, origin in search_path(templates_dir):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            if path.stem not in found and path.is_file():
                shadows = origin != "built-in" and path.stem in builtins
                found[path.stem] = TemplateFile(path.stem, path, origin, shadows)
    return [found[name] for name in sorted(found)]


def find_template(
    name: str, templates_dir: str | Path | None = None, *, skip: Path | None = None,
    builtin_only: bool = False,
) -> Path | None:
    """The file a template name refers to (``skip``: a file that may not be its own answer)."""
    for directory, origin in search_path(templates_dir):
        if builtin_only and origin != "built-in":
            continue
        path = directory / f"{name}.toml"
        if path.is_file() and (skip is None or path.resolve() != skip.resolve()):
            return path
    return None


def is_path(reference: str) -> bool:
    """A template reference is a path when it ends in .toml or has a directory in it."""
    return reference.endswith(".toml") or "/" in reference or os.sep in reference


# ----------------------------------------------------------------------------- loading


def load_template(
    name_or_path: str = DEFAULT_TEMPLATE, templates_dir: str | Path | None = None
) -> Template:
    """A template by name (searched as the module docstring says) or by path, resolved and
    validated. Raises TemplateError naming the file, the key and what is allowed."""
    path = locate(name_or_path, templates_dir)
    data = resolve_data(path, templates_dir)
    return template_from_data(data, name=path.stem, source=str(path))


def locate(name_or_path: str, templates_dir: str | Path | None = None) -> Path:
    if is_path(name_or_path):
        path = Path(name_or_path)
        if not path.is_file():
            raise TemplateError(f"{path}: template file not found")
        return path
    path = find_template(name_or_path, templates_dir)
    if path is None:
        choices = ", ".join(entry.name for entry in template_files(templates_dir))
        raise TemplateError(f"unknown template {name_or_path!r} (choose from {choices})")
    return path


#: How many templates an ``extends`` chain may pass through: a real family is two or three
#: deep; a chain of hundreds is an attack that would take minutes to list.
MAX_EXTENDS_DEPTH = 16


def resolve_data(
    path: Path, templates_dir: str | Path | None = None, _chain: tuple[Path, ...] = ()
) -> dict[str, Any]:
    """The template's data merged over its parents' (``extends`` followed to the root)."""
    data = validate_file_data(read_toml(path), path)
    parent_reference = data.pop("extends", None)
    if parent_reference is None:
        return data
    chain = (*_chain, path)
    if len(chain) >= MAX_EXTENDS_DEPTH:  # with its parent, one more than the limit
        raise TemplateError(
            f"{chain[0]}: extends goes {len(chain) + 1} templates deep "
            f"(allowed: at most {MAX_EXTENDS_DEPTH})")
    parent = _parent_path(parent_reference, path, templates_dir)
    if any(parent.resolve() == link.resolve() for link in chain):
        loop = " -> ".join(link.name for link in (*chain, parent))
        raise TemplateError(
            f"{path}: extends = {parent_reference!r}: inheritance loop {loop} "
            "(allowed: a template that does not lead back to this one)"
        )
    return merge(resolve_data(parent, templates_dir, chain), data)


def _parent_path(reference: str, child: Path, templates_dir: str | Path | None) -> Path:
    if is_path(reference):
        parent = child.parent / reference
        if not parent.is_file():
            raise TemplateError(
                f"{child}: extends = {reference!r}: file not found ({parent}) "
                "(allowed: a template name or a .toml path relative to this file)"
            )
        return parent
    # A built-in only ever extends built-ins: shadowing "analyst" must not change "executive".
    builtin = child.resolve().parent == builtin_templates_dir().resolve()
    parent = find_template(reference, templates_dir, skip=child, builtin_only=builtin)
    if parent is None:
        choices = ", ".join(entry.name for entry in template_files(templates_dir))
        raise TemplateError(
            f"{child}: extends = {reference!r}: unknown template (allowed: {choices})"
        )
    return parent


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TemplateError(f"{path}: cannot read template: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise TemplateError(f"{path}: cannot read template: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(f"{path}: not valid TOML: {error}") from None


def merge(parent: Mapping[str, Any], child: Mapping[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value in the child replaces the parent's."""
    merged = dict(parent)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


# ----------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Rule:
    """What a key accepts, in words (for messages) and as a test."""

    allowed: str
    accepts: Callable[[Any], bool]


def _text() -> _Rule:
    return _Rule("a string", lambda v: isinstance(v, str))


def _flag() -> _Rule:
    return _Rule("true or false", lambda v: isinstance(v, bool))


def _choice(values) -> _Rule:  # noqa: ANN001
    values = tuple(values)
    return _Rule(", ".join(values), lambda v: isinstance(v, str) and v in values)


def _whole(low: int, high: int) -> _Rule:
    return _Rule(f"a whole number from {low} to {high}",
                 lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high)


def _number(low: float, high: float) -> _Rule:
    return _Rule(f"a number from {low:g} to {high:g}",
                 lambda v: isinstance(v, int | float) and not isinstance(v, bool)
                 and low <= v <= high)


def _colour() -> _Rule:
    return _Rule('a colour written "#RRGGBB"',
                 lambda v: isinstance(v, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", v) is not None)


def _title_format() -> _Rule:
    fields_ = ", ".join("{" + name + "}" for name in TITLE_FIELDS)
    return _Rule(f"text with the fields {fields_} and nothing else in braces", _is_title_format)


def _is_title_format(value: Any) -> bool:
    # Only plain named fields: "{topic.__class__}" or "{date:>99999}" would let a template reach
    # into objects or blow up memory.
    if not isinstance(value, str):
        return False
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError:
        return False
    return all(
        name is None or (name in TITLE_FIELDS and not spec and conversion is None)
        for _, name, spec, conversion in parts
    )


def _date_format() -> _Rule:
    return _Rule('a strftime format such as "%-d %B %Y"', _is_date_format)


def _strftime(date: dt.date, pattern: str) -> str:
    # "%-d" is a glibc extension; expand it first so that templates work on every platform.
    return date.strftime(pattern.replace("%-d", str(date.day)))


def _is_date_format(value: Any) -> bool:
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return False
    try:
        _strftime(dt.date(2024, 10, 28), value)
    except ValueError:
        return False
    return True


@cache
def _top_rules() -> dict[str, Any]:
    from briefgen.nlp.summarize import METHODS  # imported late: they import this module's users

    return {
        "extends": _Rule("a template name or a .toml path relative to this file",
                         lambda v: isinstance(v, str) and bool(v.strip())),
        "description": _text(),
        "audience": _text(),
        "marking": _Rule('a string ("" for no marking)', lambda v: isinstance(v, str)),
        "citation_style": _choice(CITATION_STYLES),
        "show_reasons": _flag(),
        "toc": _flag(),
        "title_format": _title_format(),
        "date_format": _date_format(),
        "logo": _Rule("a PNG or JPEG file, relative to the template",
                      lambda v: isinstance(v, str) and bool(v.strip())),
        "summary": {"method": _choice(METHODS)},
        "page": {
            "size": _choice(PAGE_SIZES),
            "max_pages": _whole(1, MAX_PAGES_LIMIT),
            "margins": {side.name: _number(0, 100) for side in fields(Margins)},
        },
        "style": _style_rules(),
        "sections": "sections",  # an array of tables, checked by _check_sections
    }


def _style_rules() -> dict[str, _Rule]:
    from briefgen.writers.fonts import FAMILIES

    font = _choice(FAMILIES)
    size = _number(5, 72)
    rules: dict[str, _Rule] = {
        "body_font": font, "heading_font": font,
        "line_spacing": _number(1, 3), "logo_width_mm": _number(5, 200),
    }
    for style_field in fields(Style):
        if style_field.name.endswith("_size"):
            rules[style_field.name] = size
        elif style_field.name.endswith("_color"):
            rules[style_field.name] = _colour()
    missing = {f.name for f in fields(Style)} - set(rules)
    assert not missing, f"Style fields without a validation rule: {missing}"
    return rules


_SECTION_RULES: dict[str, _Rule] = {
    "id": _text(),
    "title": _text(),
    "items": _whole(1, 200),
    "per_group": _whole(1, 200),
    "sentences": _whole(1, 200),
    "words": _whole(1, 20000),
    "layout": _choice((*LAYOUTS, *SOURCE_LAYOUTS)),
}


def _problem(source: Path | str, key: str, value: Any, allowed: str, problem: str = "") -> str:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return f"{source}: {key} = {shown}: {problem or 'not allowed'} (allowed: {allowed})"


def validate_file_data(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """Check one file's own keys and values; return them with the logo made absolute."""
    _check_table(data, _top_rules(), path, "")
    if "sections" in data:
        _check_sections(data["sections"], path)
    if "logo" in data:
        data = {**data, "logo": str(_logo_path(data["logo"], path))}
    return data


def _check_table(data: Any, rules: dict[str, Any], path: Path, prefix: str) -> None:
    if not isinstance(data, dict):
        raise TemplateError(_problem(path, prefix.rstrip("."), data, "a table"))
    for key, value in data.items():
        name = prefix + key
        rule = rules.get(key)
        if rule is None:
            raise TemplateError(
                f"{path}: {name}: unknown key (allowed: {', '.join(sorted(rules))})"
            )
        if isinstance(rule, dict):
            _check_table(value, rule, path, name + ".")
        elif isinstance(rule, _Rule) and not rule.accepts(value):
            raise TemplateError(_problem(path, name, value, rule.allowed))


def _check_sections(entries: Any, path: Path) -> None:
    from briefgen.sections import SECTION_BUILDERS  # the section kinds the sectioner knows

    if not isinstance(entries, list) or not entries:
        raise TemplateError(_problem(path, "sections", entries, "one or more [[sections]] tables"))
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        prefix = f"sections[{index}]."
        _check_table(entry, _SECTION_RULES, path, prefix)
        section_id = entry.get("id")
        if section_id is None:
            raise TemplateError(f"{path}: {prefix}id: missing (allowed: "
                                f"{', '.join(SECTION_BUILDERS)})")
        if section_id not in SECTION_BUILDERS:
            raise TemplateError(_problem(path, prefix + "id", section_id,
                                         ", ".join(SECTION_BUILDERS), "unknown section"))
        if section_id in seen:
            raise TemplateError(_problem(path, prefix + "id", section_id,
                                         "each section once", "listed twice"))
        seen.add(section_id)
        layouts = SOURCE_LAYOUTS if section_id == "sources" else LAYOUTS
        if "layout" in entry and entry["layout"] not in layouts:
            raise TemplateError(_problem(path, prefix + "layout", entry["layout"],
                                         f"{', '.join(layouts)} for {section_id}"))


def _logo_path(value: str, path: Path) -> Path:
    logo = (path.parent / value).resolve()
    allowed = "a PNG or JPEG file, relative to the template"
    if not logo.is_file():
        raise TemplateError(_problem(path, "logo", value, allowed, f"file not found ({logo})"))
    with logo.open("rb") as image:
        head = image.read(8)
    if not any(head.startswith(signature) for signature in LOGO_SIGNATURES):
        raise TemplateError(_problem(path, "logo", value, allowed, "not a PNG or JPEG image"))
    # Read it as the PDF writer will, so that a damaged image stops here, not mid-build.
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(logo)).getSize()
    except Exception:  # PIL raises many kinds of error for a damaged file
        width = height = 0
    if not (width > 0 and height > 0):
        raise TemplateError(_problem(path, "logo", value, allowed, "a damaged image"))
    return logo


def template_from_data(data: dict[str, Any], name: str, source: str) -> Template:
    """A Template from resolved data (every file in the chain already checked)."""
    sections = tuple(_section_spec(entry) for entry in data.get("sections", ()))
    if not sections:
        raise TemplateError(f"{source}: sections: missing (allowed: one or more [[sections]] "
                            "tables, here or in the template it extends)")
    page = data.get("page", {})
    style = Style(**data.get("style", {}))
    if style.min_body_size is not None and style.min_body_size > style.body_size:
        raise TemplateError(_problem(source, "style.min_body_size", style.min_body_size,
                                     f"at most style.body_size ({style.body_size:g})"))
    return Template(
        name=name,
        description=data.get("description", ""),
        audience=data.get("audience", name.title()),
        sections=sections,
        marking=data.get("marking") or None,
        citation_style=data.get("citation_style", "numbers"),
        summary_method=data.get("summary", {}).get("method", "lexrank"),
        page_size=page.get("size", "A4"),
        margins=Margins(**page.get("margins", {})),
        max_pages=page.get("max_pages"),
        toc=data.get("toc", False),
        show_reasons=data.get("show_reasons", True),
        title_format=data.get("title_format", "{topic}"),
        date_format=data.get("date_format", "%-d %B %Y"),
        logo=data.get("logo"),
        style=style,
        path=source,
    )


def _section_spec(entry: dict[str, Any]) -> SectionSpec:
    default_layout = "full" if entry["id"] == "sources" else "bullets"
    return SectionSpec(
        id=entry["id"],
        title=entry.get("title", entry["id"].replace("_", " ").capitalize()),
        items=entry.get("items"),
        per_group=entry.get("per_group"),
        sentences=entry.get("sentences"),
        words=entry.get("words"),
        layout=entry.get("layout", default_layout),
    )


def template_to_data(template: Template) -> dict[str, Any]:
    """The template as TOML-ready data, every key explicit (``templates show``)."""
    data: dict[str, Any] = {
        "description": template.description,
        "audience": template.audience,
        "marking": template.marking or "",
        "citation_style": template.citation_style,
        "show_reasons": template.show_reasons,
        "toc": template.toc,
        "title_format": template.title_format,
        "date_format": template.date_format,
    }
    if template.logo:
        data["logo"] = template.logo
    data["summary"] = {"method": template.summary_method}
    page: dict[str, Any] = {"size": template.page_size}
    if template.max_pages is not None:
        page["max_pages"] = template.max_pages
    page["margins"] = _plain(template.margins)
    data["page"] = page
    data["style"] = _plain(template.style)
    data["sections"] = [_plain(spec) for spec in template.sections]
    return data


def _plain(value: Any) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in fields(value)
            if getattr(value, f.name) is not None}


# ----------------------------------------------------------------------------- one-run overrides


def with_overrides(
    template: Template,
    *,
    marking: str | None = None,
    max_pages: int | None = None,
    page_size: str | None = None,
) -> Template:
    """The template with the command line's overrides for one run (None: keep the template's).

    ``marking=""`` removes the marking; ``max_pages=0`` removes the page limit.
    """
    changes: dict[str, Any] = {}
    if marking is not None:
        changes["marking"] = marking.strip() or None
    if max_pages is not None:
        if not 0 <= max_pages <= MAX_PAGES_LIMIT:
            raise TemplateError(f"--max-pages {max_pages}: not allowed "
                                f"(allowed: 0 for no limit, or 1 to {MAX_PAGES_LIMIT})")
        changes["max_pages"] = max_pages or None
    if page_size is not None:
        if page_size not in PAGE_SIZES:
            raise TemplateError(f"--page-size {page_size!r}: not allowed "
                                f"(allowed: {', '.join(PAGE_SIZES)})")
        changes["page_size"] = page_size
    return replace(template, **changes)


# ----------------------------------------------------------------------------- writing TOML


def to_toml(data: Mapping[str, Any]) -> str:
    """Template data as TOML text: scalars first, then [tables], then [[arrays of tables]]."""
    lines: list[str] = []
    _emit_table(lines, data, ())
    return "\n".join(lines).strip("\n") + "\n"


def _emit_table(lines: list[str], table: Mapping[str, Any], path: tuple[str, ...]) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, dict) and not _is_tables(v)}
    if path and (scalars or not table):
        lines += ["", f"[{'.'.join(_toml_key(part) for part in path)}]"]
    lines += [f"{_toml_key(key)} = {toml_value(value)}" for key, value in scalars.items()]
    for key, value in table.items():
        if isinstance(value, dict):
            _emit_table(lines, value, (*path, key))
    for key, value in table.items():
        if _is_tables(value):
            for entry in value:
                lines += ["", f"[[{'.'.join(_toml_key(part) for part in (*path, key))}]]"]
                lines += [f"{_toml_key(k)} = {toml_value(v)}" for k, v in entry.items()]


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value).replace("infinity", "inf")
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")
