"""Small word lists written as plain text, for the section builders' rules."""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    """A set of words from a space-separated string (easier to read and edit than a list)."""
    return frozenset(words.split())
