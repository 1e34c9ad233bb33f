"""JSON writer: the document model as data (schema in the README)."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.model import Brief, brief_to_dict
from briefgen.templates import Template
from briefgen.writers.atomic import write_text


def render(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def write(brief: Brief, template: Template, path: Path) -> None:
    write_text(path, render(brief))
