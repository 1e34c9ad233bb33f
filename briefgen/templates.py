"""Audience templates: TOML data files that choose sections, budgets, page and style."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from briefgen.errors import TemplateError

DEFAULT_TEMPLATE = "analyst"
PAGE_SIZES = ("A4", "Letter")
CITATION_STYLES = ("numbers", "outlets")


@dataclass(frozen=True)
class SectionSpec:
    """One section a template asks for, with its budget."""

    id: str
    title: str
    items: int | None = None


@dataclass(frozen=True)
class Style:
    """What the writers apply to DOCX and PDF alike."""

    body_font: str = "DejaVuSans"
    body_size: float = 10.5
    heading_color: str = "#1F3A5F"
    accent_color: str = "#1F3A5F"


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    audience: str
    sections: tuple[SectionSpec, ...]
    marking: str | None = None
    citation_style: str = "numbers"
    summary_method: str = "lexrank"
    page_size: str = "A4"
    margin_mm: float = 22.0
    style: Style = field(default_factory=Style)
    path: str | None = None

    def section(self, section_id: str) -> SectionSpec | None:
        return next((spec for spec in self.sections if spec.id == section_id), None)


def builtin_templates_dir() -> Path:
    """The templates shipped with briefgen: inside the wheel, or at the top of a source checkout."""
    packaged = resources.files("briefgen") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def builtin_names() -> list[str]:
    return sorted(path.stem for path in builtin_templates_dir().glob("*.toml"))


def load_template(name_or_path: str = DEFAULT_TEMPLATE) -> Template:
    """A built-in template by name, or a template file by path."""
    path = Path(name_or_path)
    if path.suffix != ".toml":
        path = builtin_templates_dir() / f"{name_or_path}.toml"
        if not path.is_file():
            choices = ", ".join(builtin_names())
            raise TemplateError(f"unknown template {name_or_path!r} (choose from {choices})")
    elif not path.is_file():
        raise TemplateError(f"{path}: template file not found")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TemplateError(f"{path}: cannot read template: {error}") from None
    return template_from_dict(data, name=path.stem, source=str(path))


_TOP_KEYS = {"description", "audience", "marking", "citation_style", "summary", "sections",
             "page", "style"}


def template_from_dict(data: dict[str, Any], name: str, source: str) -> Template:
    """Validate template data; every problem names the file and the key."""
    _reject_unknown(data, _TOP_KEYS, source, "")
    summary = data.get("summary", {})
    _reject_unknown(summary, {"method"}, source, "summary.")
    page = data.get("page", {})
    _reject_unknown(page, {"size", "margin_mm"}, source, "page.")
    style_data = data.get("style", {})
    _reject_unknown(style_data, set(Style.__dataclass_fields__), source, "style.")
    sections = tuple(_section(entry, source) for entry in data.get("sections", ()))
    if not sections:
        raise TemplateError(f"{source}: 'sections' is empty; a template needs at least one")
    citation_style = data.get("citation_style", "numbers")
    if citation_style not in CITATION_STYLES:
        raise TemplateError(
            f"{source}: citation_style {citation_style!r} not allowed "
            f"(allowed: {', '.join(CITATION_STYLES)})"
        )
    page_size = page.get("size", "A4")
    if page_size not in PAGE_SIZES:
        raise TemplateError(f"{source}: page.size {page_size!r} not allowed (allowed: A4, Letter)")
    return Template(
        name=name,
        description=str(data.get("description", "")),
        audience=str(data.get("audience", name.title())),
        sections=sections,
        marking=data.get("marking"),
        citation_style=citation_style,
        summary_method=summary.get("method", "lexrank"),
        page_size=page_size,
        margin_mm=float(page.get("margin_mm", 22.0)),
        style=Style(**style_data),
        path=source,
    )


def _section(entry: dict[str, Any], source: str) -> SectionSpec:
    from briefgen.sections import SECTION_BUILDERS  # the section kinds the sectioner knows

    _reject_unknown(entry, {"id", "title", "items"}, source, "sections.")
    section_id = entry.get("id")
    if section_id not in SECTION_BUILDERS:
        raise TemplateError(
            f"{source}: sections.id {section_id!r} is not a section kind "
            f"(allowed: {', '.join(SECTION_BUILDERS)})"
        )
    return SectionSpec(section_id, str(entry.get("title", section_id)), entry.get("items"))


def _reject_unknown(data: dict[str, Any], allowed: set[str], source: str, prefix: str) -> None:
    if not isinstance(data, dict):
        raise TemplateError(f"{source}: {prefix.rstrip('.')} must be a table")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise TemplateError(
            f"{source}: unknown key {prefix}{unknown[0]} (allowed: {', '.join(sorted(allowed))})"
        )
