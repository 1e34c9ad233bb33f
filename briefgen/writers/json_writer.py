"""JSON writer: the document model as data (schema in the README)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefgen.model import Brief, brief_to_dict
from briefgen.templates import Template
from briefgen.writers.atomic import write_text
from briefgen.writers.guard import TextGuard, Warn, stderr_warn


def render(brief: Brief, template: Template | None = None, guard: TextGuard | None = None) -> str:
    """The brief as JSON text. Every string is sanitised (a lone surrogate cannot be written as
    UTF-8); with a template whose ``show_reasons`` is false, every ``reason`` is null."""
    data = brief_to_dict(brief)
    if template is not None and not template.show_reasons:
        data = _without_reasons(data)
    return json.dumps(_clean(data, guard or TextGuard(inline=False)), ensure_ascii=False,
                      indent=2) + "\n"


def write(brief: Brief, template: Template, path: Path, warn: Warn = stderr_warn) -> None:
    guard = TextGuard(inline=False)
    text = render(brief, template, guard)
    write_text(path, text)
    guard.report(path.name, warn)


def _clean(value: Any, guard: TextGuard) -> Any:
    if isinstance(value, str):
        return guard(value)
    if isinstance(value, dict):
        return {key: _clean(item, guard) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item, guard) for item in value]
    return value


def _without_reasons(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: None if key == "reason" else _without_reasons(item)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_without_reasons(item) for item in value]
    return value
