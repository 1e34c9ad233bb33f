"""Words that tell what a sentence does: attributes a position, states a risk, gives background."""

from __future__ import annotations

import re

ATTRIBUTION_CUE = re.compile(
    r"\b(said|says|told|stated|vowed|warned|noted|added|announced|confirmed|claimed|argued|"
    r"insisted|explained|reported|acknowledged|declared|described|condemned|called|urged|"
    r"according to|decided to|is considering|are considering|pledged|threatened)\b",
    re.IGNORECASE,
)
RISK_CUE = re.compile(
    r"\b(could|might|may|risks?|threats?|threaten\w*|dangers?|dangerous|escalat\w*|"
    r"concerns?|fears?|warn\w*|consequences?|destabili[sz]\w*|likely|uncertain\w*|"
    r"remains to be seen|irreparable|provocations?|casualt\w*|gamble)\b",
    re.IGNORECASE,
)
CONTEXT_CUE = re.compile(
    r"\b(since|previously|last (year|month|week|june|september)|earlier|history|"
    r"first time|treaty|pact|signed|in (january|february|march|april|may|june|july|august|"
    r"september|october|november|december) \d{4}|in \d{4}|(19|20)\d\d|has long|had long|"
    r"for decades|before)\b",
    re.IGNORECASE,
)


def first_cue(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0).lower() if match else None
