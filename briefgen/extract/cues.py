"""Words that tell what a sentence does: states a risk, or gives background."""

from __future__ import annotations

import re

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
