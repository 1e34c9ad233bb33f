"""Context: background and what led here (earlier events, treaties, history)."""

from __future__ import annotations

from briefgen.extract.cues import CONTEXT_CUE
from briefgen.model import Section
from briefgen.sections.cue_section import build_cued
from briefgen.sections.material import Material

DEFAULT_ITEMS = 6


def build(material: Material, title: str, items: int | None) -> Section | None:
    return build_cued(
        material, "context", title, items or DEFAULT_ITEMS, CONTEXT_CUE, "background cue"
    )
