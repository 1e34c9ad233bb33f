"""Context: background and what led here (earlier events, treaties, history), not today's news
and not what may come (a sentence that states a risk is left to Risks)."""

from __future__ import annotations

import re

from briefgen.extract.cues import CONTEXT_CUE
from briefgen.extract.risk import risk_in
from briefgen.model import Section
from briefgen.sections.cue_section import build_cued
from briefgen.sections.material import Material

DEFAULT_ITEMS = 6


class _BackgroundCue:
    """CONTEXT_CUE, for sentences that look back rather than ahead."""

    def search(self, text: str) -> re.Match[str] | None:
        if risk_in(text) is not None:
            return None
        return CONTEXT_CUE.search(text)


def build(material: Material, title: str, items: int | None) -> Section | None:
    return build_cued(
        material, "context", title, items or DEFAULT_ITEMS, _BackgroundCue(), "background cue"
    )
