"""Risks and implications, in the sources' own hedged words."""

from __future__ import annotations

from briefgen.model import Section
from briefgen.sections.cue_section import build_cued
from briefgen.sections.cues import RISK_CUE
from briefgen.sections.material import Material

DEFAULT_ITEMS = 8


def build(material: Material, title: str, items: int | None) -> Section | None:
    return build_cued(material, "risks", title, items or DEFAULT_ITEMS, RISK_CUE, "risk cue")
