"""Words that tell what a sentence does: gives background (earlier events, history).

Whether a sentence states a risk is decided by its syntax, in briefgen.extract.risk.
"""

from __future__ import annotations

import re

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
#: Background: a time before the news ("in 1994", "since 1985", "the 1997 handover", "last
#: year", "earlier this month", "for decades") or the words of history ("treaty", "signed",
#: "first time"). A bare "before" or "since" is not one ("before coming to a conclusion",
#: "since ladybugs fly by day"), nor a year that names a product or a notice ("1997 Merlot",
#: "COPYRIGHT 1998", "2000-model-year").
CONTEXT_CUE = re.compile(
    r"\b(?:previously|last (?:year|month|week|" + _MONTHS + r")|earlier this (?:year|month|week)|"
    r"history|first time|treaty|pact|signed|has long|had long|for decades|decades ago|"
    r"years ago|years earlier|(?:in|since|until|by|from|of|the|early|late|mid-) ?(?:(?:"
    + _MONTHS + r") )?(?:19|20)\d\d(?!-))\b",
    re.IGNORECASE,
)
