"""Text repair and boilerplate removal shared by all readers.

The input is the raw text of one article; the output is its paragraphs, each one line, plus what
was dropped and why. Decisions are made paragraph by paragraph so that ``briefgen inspect`` can
show them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from briefgen.model import DroppedParagraph
from briefgen.sanitize import sanitize

# A line that ends a paragraph when the next line starts a new one without a blank line between.
_PARAGRAPH_END = re.compile(r"""[.!?:;…"'”’)\]]\s*$""")
_WORD_AT_END = re.compile(r"([^\W\d_]+)$")
_WORD_AT_START = re.compile(r"^([^\W\d_]+)")
_HYPHEN_AT_END = re.compile(r"([^\W\d_]+)-$")

# Newsletter, app and social-media furniture. Each pattern must match a whole paragraph.
BOILERPLATE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"sign up for (our )?(e-?newsletters?|newsletters?)\b.*",
        r"top \d+ stories",
        r"get (the|our) .{1,30} app",
        r"download (it )?here\.?",
        r"subscribe( here| now)?\.?",
        r"join (here|our channel.*)",
        r"get whatsapp alerts",
        r"get our pick of top stories.*",
        r"stay updated with notifications.*",
        r"(share|follow us) on (facebook|twitter|x|linkedin|whatsapp).*",
        r"letter",
        r"news reporter",
        r"advertisement",
        r"by\s*[·|•]\s*\w+(\s*[·|•]\s*\w+)*",  # "by · CNA · Join" byline furniture
    )
)

# Photo captions and credits: "(Photo: AP/...)", "... in this photo provided by ...", "File photo."
_CAPTION = re.compile(
    r"\((photo|image|video|graphic)s?\s*[:/].*\)\s*$|in this (file )?photo\b|^file photo\b"
    r"|\((\w+ ){0,4}(pool )?photo via \w+\)\s*$|^photo\s*:",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<outlet>[^/\n]+?)(?:/\w{1,4})?\s*$", re.IGNORECASE)
_CONTRIBUTED = re.compile(r"contributed (reporting )?to this (report|story|article)\.?$", re.I)


@dataclass
class CleanText:
    """The result of cleaning one article's text."""

    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    dropped: list[DroppedParagraph] = field(default_factory=list)
    outlet: str | None = None
    removed_characters: int = 0

    def drop(self, text: str, reason: str) -> None:
        self.dropped.append(DroppedParagraph(text, reason))


def clean_text(raw: str) -> CleanText:
    """Split raw article text into clean paragraphs and record everything dropped."""
    sanitized = sanitize(unicodedata.normalize("NFC", raw).lstrip("\ufeff"))
    result = CleanText(removed_characters=sanitized.removed)
    seen: set[str] = set()
    for paragraph in split_paragraphs(sanitized.text):
        key = _normalise(paragraph)
        if key in seen:
            result.drop(paragraph, "repeated paragraph")
            continue
        seen.add(key)
        reason = boilerplate_reason(paragraph)
        if reason == "source line":
            result.outlet = result.outlet or _SOURCE_LINE.match(paragraph)["outlet"].strip()
            result.drop(paragraph, reason)
        elif reason:
            result.drop(paragraph, reason)
        elif is_subhead(paragraph):
            result.subheads.append(paragraph)
        else:
            result.paragraphs.append(paragraph)
    return result


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs as single lines: blank lines separate them, and so does a single newline
    after a line that ends like a paragraph; other newlines are line wraps to be repaired."""
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        current = ""
        for line in lines:
            if not current:
                current = line
            elif _PARAGRAPH_END.search(current) and _starts_paragraph(line):
                paragraphs.append(current)
                current = line
            else:
                current = join_wrapped(current, line)
        if current:
            paragraphs.append(current)
    return [re.sub(r"[ \t\u00a0]+", " ", paragraph).strip() for paragraph in paragraphs]


def _starts_paragraph(line: str) -> bool:
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘([—–-•*#"


def join_wrapped(left: str, right: str) -> str:
    """Join two lines of one paragraph, repairing a word cut by the wrap.

    "secur-" + "ity" -> "security" but "Jong-" + "un" stays "Jong-un" (decided by word frequency);
    "thi" + "s threat" -> "this threat" but "seek" + "to enhance" -> "seek to enhance".
    """
    hyphenated = _HYPHEN_AT_END.search(left)
    first_word = _WORD_AT_START.search(right)
    if hyphenated and first_word:
        head, tail = hyphenated.group(1), first_word.group(1)
        if _zipf((head + tail).lower()) > 0 and tail[0].islower():
            return left[:-1] + right
        return left + right
    last_word = _WORD_AT_END.search(left)
    if last_word and first_word and right[0].islower():
        head, tail = last_word.group(1), first_word.group(1)
        joined = _zipf((head + tail).lower())
        if joined > max(_zipf(head.lower()), _zipf(tail.lower())):
            return left + right
    return f"{left} {right}"


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def boilerplate_reason(paragraph: str) -> str | None:
    """Why a paragraph is not article text, or None when it is."""
    stripped = paragraph.strip()
    if _SOURCE_LINE.match(stripped):
        return "source line"
    if any(pattern.fullmatch(stripped) for pattern in BOILERPLATE):
        return "boilerplate"
    if _CAPTION.search(stripped):
        return "photo caption"
    if _CONTRIBUTED.search(stripped) and len(stripped.split()) <= 12:
        return "contributor credit"
    return None


def is_subhead(paragraph: str) -> bool:
    """An ALL-CAPS line such as "THE UPSIDE FOR RUSSIA": a subhead, not a sentence."""
    letters = [c for c in paragraph if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(paragraph) <= 120


def _normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()
