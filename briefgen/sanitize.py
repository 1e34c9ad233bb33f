"""Make any text safe for XML-based writers: separators to newlines, illegal characters removed."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that mean "new line" in some tradition; python-docx rejects most of them outright.
_LINE_SEPARATORS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Everything XML 1.0 cannot carry (other C0 controls, U+FFFE/FFFF) plus lone surrogates.
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Sanitized:
    text: str
    removed: int  # how many characters were dropped (never silently: callers report it)


def sanitize(text: str) -> Sanitized:
    """Map line separators to ``\\n`` and drop characters no document format can hold."""
    text = _LINE_SEPARATORS.sub("\n", text)
    cleaned, removed = _ILLEGAL.subn("", text)
    return Sanitized(cleaned, removed)


def safe_text(text: str) -> str:
    """:func:`sanitize` for text already cleaned once, where a count is not needed."""
    return sanitize(text).text
