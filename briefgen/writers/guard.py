"""What every document writer does to article text first: drop and count what no format can
hold, cut very long text into pieces a layout engine handles quickly, and warn on stderr."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from briefgen.sanitize import sanitize

Warn = Callable[[str], None]

#: Longest piece of text laid out as one paragraph. reportlab's paragraph layout grows faster
#: than the square of its length (500 KB in one paragraph: 28 s; in 2 KB pieces: 0.7 s).
CHUNK_CHARS = 3000
_BREAK_AFTER_SENTENCE = re.compile(r"(?<=[.!?…:;”\"’)])\s+")
_BREAK_AT_SPACE = re.compile(r"\s+")


def stderr_warn(message: str) -> None:
    """The default warning channel: one line on stderr, never an exception."""
    line = f"briefgen: warning: {message}"
    sys.stderr.write(line.encode("utf-8", "replace").decode("utf-8") + "\n")


@dataclass
class TextGuard:
    """Sanitises each text it is given and counts the characters it had to drop (once per
    distinct text: a title shown in the properties and on the page counts once)."""

    removed: int = 0
    #: Line breaks become spaces: a brief's text is set as running lines (the PDF would do so
    #: anyway; in a DOCX a newline would be a hard line break). The JSON keeps them.
    inline: bool = True
    _seen: dict[str, str] = field(default_factory=dict, repr=False)

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        if text in self._seen:
            return self._seen[text]
        result = sanitize(text)
        self.removed += result.removed
        clean = result.text.replace("\n", " ") if self.inline else result.text
        self._seen[text] = clean
        return clean

    def report(self, name: str, warn: Warn) -> None:
        if self.removed:
            warn(f"{name}: removed {self.removed} character(s) that no document can hold "
                 "(control characters, U+FFFE/U+FFFF, lone surrogates)")


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most about ``limit`` characters, at a sentence end when
    there is one in the second half of the piece, else at a space, else anywhere."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = _last_break(_BREAK_AFTER_SENTENCE, text, limit // 2, limit)
        if cut is None:
            cut = _last_break(_BREAK_AT_SPACE, text, limit // 4, limit)
        if cut is None:
            pieces.append(text[:limit])
            text = text[limit:]
            continue
        pieces.append(text[:cut[0]])
        text = text[cut[1]:]
    pieces.append(text)
    return pieces


def _last_break(pattern: re.Pattern[str], text: str, start: int,
                end: int) -> tuple[int, int] | None:
    last = None
    for match in pattern.finditer(text, start, end):
        last = (match.start(), match.end())
    return last
