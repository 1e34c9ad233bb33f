"""Metadata the article text itself gives away: a stand-in title, the outlet, dates mentioned."""

from __future__ import annotations

import re

from briefgen.nlp.tokenizer import split_sentences

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# "Oct 21, 2024", "Oct. 28", "January 21, 1968", "19 January 2020", "November 2024", "2024-10-21".
_DATE = re.compile(
    rf"\b(?:{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?(?!\d)"
    rf"|\d{{1,2}} {_MONTH}\.?,? \d{{4}}"
    rf"|{_MONTH} \d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b"
)

# Words that end a publication's name ("The Epoch Times", "The Korea Herald") and names that
# are publications on their own.
_PUBLICATION_ENDINGS = {
    "Times", "Post", "Journal", "News", "Herald", "Daily", "Press", "Tribune", "Guardian",
    "Telegraph", "Economist", "Agency", "Review", "Monitor", "Gazette", "Observer", "Chronicle",
    "Independent", "Standard", "Mail", "Express", "Insider", "Week", "Weekly", "Radio",
    "Television", "Network", "Broadcasting", "Wire", "Magazine", "Report", "Today",
}
_PUBLICATIONS = {
    "Reuters", "AP", "AFP", "CNN", "BBC", "NHK", "Yonhap", "KCNA", "CNA", "Bloomberg", "Xinhua",
    "DW", "NPR", "VOA", "RFA", "Kyodo", "Politico", "Axios", "NK News", "Al Jazeera",
}
_TOLD = re.compile(r"\btold (?P<name>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})")
_STOP_AT_END = {
    "a", "an", "the", "to", "of", "that", "and", "or", "in", "on", "by", "with", "for", "as",
    "at", "from", "has", "have", "had", "is", "was", "were", "are", "be", "its", "their", "his",
    "her", "who", "which", "while", "but",
}
TITLE_EXCERPT_WORDS = 14


def excerpt_title(first_paragraph: str) -> str:
    """A stand-in title for an article without a headline: its opening words, verbatim.

    Like a catalogue's "first line" entry for an untitled poem: the first sentence if short,
    else its first words (not ending on "to" or "the") and an ellipsis that shows the cut.
    """
    sentences = split_sentences(first_paragraph) or [first_paragraph]
    words = sentences[0].split()
    if len(words) <= TITLE_EXCERPT_WORDS:
        return sentences[0]
    kept = words[:TITLE_EXCERPT_WORDS]
    while len(kept) > 3 and kept[-1].lower().strip(",;:") in _STOP_AT_END:
        kept.pop()
    return " ".join(kept).rstrip(",;:—–-") + "…"


def dates_mentioned(text: str) -> tuple[str, ...]:
    """Dates as written in the text, each once, in order of first appearance."""
    seen: dict[str, None] = {}
    for match in _DATE.finditer(text):
        seen.setdefault(match.group(0), None)
    return tuple(seen)


def outlet_interviewed_for(text: str) -> str | None:
    """The publication people "told" something to, when the text names exactly one.

    "..., Kim Taewoo told The Epoch Times." says whom the article was written for. A name the
    text introduces with an abbreviation ("told The Associated Press (AP)") or cites ("according
    to Reuters", "Reuters reported") is a third party being quoted, not the outlet itself.
    """
    candidates: set[str] = set()
    for match in _TOLD.finditer(text):
        name = _publication_prefix(match["name"])
        if name:
            candidates.add(name)
    for name in list(candidates):
        abbreviation = re.search(rf"{re.escape(name)} \((?P<abbr>[A-Z]{{2,6}})\)", text)
        cited = re.search(
            rf"(according to (a report by )?{re.escape(name)}|{re.escape(name)} reported)",
            text, re.IGNORECASE,
        )
        if abbreviation or cited:
            candidates.discard(name)
            if abbreviation:
                candidates.discard(abbreviation["abbr"])
    return candidates.pop() if len(candidates) == 1 else None


def _publication_prefix(name: str) -> str | None:
    """The longest leading part of ``name`` that reads as a publication's name, if any."""
    words = name.split()
    for end in range(len(words), 0, -1):
        candidate = " ".join(words[:end]).rstrip(".,'’")
        bare = candidate.removeprefix("The ")
        if bare in _PUBLICATIONS or (
            end >= 2 and words[end - 1].rstrip(".,'’") in _PUBLICATION_ENDINGS
        ):
            return candidate
    return None
