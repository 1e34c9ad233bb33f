"""Sources: the articles the brief cites (their data is in ``Brief.sources``)."""

from __future__ import annotations

from briefgen.model import Section, SourceList
from briefgen.sections.material import Material


def build(material: Material, title: str, items: int | None) -> Section | None:
    return Section("sources", title, (SourceList(),))
