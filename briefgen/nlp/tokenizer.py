"""Offline sentence splitting and word tokenising, in the shape sumy expects.

sumy's stock ``Tokenizer("english")`` needs NLTK punkt data that only ``nltk.download`` provides.
syntok splits sentences by rules (no data files) and handled abbreviations best when measured
(``benchmarks/splitters.py``); NLTK's ``NLTKWordTokenizer`` is rule-based and needs no data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize import NLTKWordTokenizer
from syntok import segmenter

# Splitting is linear in syntok's ``process``/``analyze`` per paragraph; a pathological paragraph
# (a scraped page with no line breaks) is cut into windows first so no call sees more than this.
MAX_PARAGRAPH_CHARS = 20_000

_word_tokenizer = NLTKWordTokenizer()


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, each a verbatim slice of it (whitespace trimmed)."""
    sentences: list[str] = []
    for window in _windows(paragraph):
        for syntok_paragraph in segmenter.analyze(window):
            for sentence in syntok_paragraph:
                if not sentence:
                    continue
                start = sentence[0].offset
                end = sentence[-1].offset + len(sentence[-1].value)
                text = window[start:end].strip()
                if text:
                    sentences.append(text)
    return _merge_orphans(sentences)


def _windows(paragraph: str) -> list[str]:
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    windows, start = [], 0
    while start < len(paragraph):
        end = min(start + MAX_PARAGRAPH_CHARS, len(paragraph))
        if end < len(paragraph):
            cut = paragraph.rfind(". ", start, end)
            end = cut + 1 if cut > start else end
        windows.append(paragraph[start:end])
        start = end
    return windows


def _merge_orphans(sentences: list[str]) -> list[str]:
    """A closing quote or bracket split off on its own belongs to the sentence before it."""
    merged: list[str] = []
    for sentence in sentences:
        if merged and re.fullmatch(r"[\"'”’)\]]+", sentence):
            merged[-1] += sentence
        else:
            merged.append(sentence)
    return merged


@lru_cache(maxsize=131072)
def split_words(sentence: str) -> tuple[str, ...]:
    """Word tokens of one sentence (Treebank conventions: "U.S.", "12,000", "it", "'s")."""
    return tuple(_word_tokenizer.tokenize(sentence))


class OfflineTokenizer:
    """Duck-typed replacement for ``sumy.nlp.tokenizers.Tokenizer`` that needs no NLTK data."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return split_words(sentence)
