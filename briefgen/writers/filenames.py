"""File names derived from a title that are safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
MAX_LENGTH = 80


def safe_basename(title: str, fallback: str = "brief") -> str:
    """"North Korea's troop deployment: what next?" -> "north-koreas-troop-deployment-what-next"."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    ascii_title = re.sub(r"['’]", "", ascii_title.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title).strip("-")[:MAX_LENGTH].rstrip("-")
    if not slug or slug.upper() in _WINDOWS_RESERVED:
        return fallback
    return slug
