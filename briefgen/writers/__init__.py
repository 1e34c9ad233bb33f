"""Writers turn a Brief into a file; WRITERS maps a format to ``write(brief, template, path)``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefgen.model import Brief
from briefgen.templates import Template
from briefgen.writers import docx_writer, json_writer, markdown_writer, pdf_writer

Writer = Callable[[Brief, Template, Path], None]

WRITERS: dict[str, Writer] = {
    "docx": docx_writer.write,
    "pdf": pdf_writer.write,
    "md": markdown_writer.write,
    "json": json_writer.write,
}

SUFFIXES: dict[str, str] = {"docx": ".docx", "pdf": ".pdf", "md": ".md", "json": ".json"}
