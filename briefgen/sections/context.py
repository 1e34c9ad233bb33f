"""Context: background and what led here (earlier events, treaties, history), not today's news
and not what may come (a sentence that states a risk is left to Risks)."""

from __future__ import annotations

import re

from briefgen.extract.cues import CONTEXT_CUE
from briefgen.extract.risk import risk_in
from briefgen.model import Section
from briefgen.sections.cue_section import build_cued
from briefgen.sections.material import Material
from briefgen.sections.relevance import is_central

DEFAULT_ITEMS = 6


#: Background is the story's own: a sentence more central than 60 % of the story's
#: (an earlier event of another story that an article recalls in passing is not; of the
#: background items reviewers judged, most below that line were trivia or asides).
MIN_QUANTILE = 0.6


class _BackgroundCue:
    """CONTEXT_CUE, for sentences of the story that look back rather than ahead."""

    def __init__(self, material: Material) -> None:
        self.material = material

    def search(self, text: str) -> re.Match[str] | None:
        match = CONTEXT_CUE.search(text)  # the cheap test first
        if match is None or risk_in(text) is not None or \
                not is_central(self.material, text, 0.0, MIN_QUANTILE):
            return None
        return match


def build(material: Material, title: str, items: int | None) -> Section | None:
    return build_cued(material, "context", title, items or DEFAULT_ITEMS,
                      _BackgroundCue(material), "background cue")
