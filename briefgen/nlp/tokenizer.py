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
#: The words sumy scores (``sumy.nlp.tokenizers.Tokenizer._WORD_PATTERN``): letters, inner ' and -.
SUMY_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, each a verbatim slice of it (whitespace trimmed).

    A quotation that runs over several sentences stays one unit with its attribution
    (“... alone. ... offering,” Yu said.), and a clause ending in a semicolon stays with what
    follows: a brief must never show half a quotation or half a sentence.
    """
    return list(_sentences_of(paragraph))


@lru_cache(maxsize=1 << 16)
def _sentences_of(paragraph: str) -> tuple[str, ...]:
    # Memoised: the rater, the per-article summaries and the attribution finder all split the
    # same paragraphs, and splitting (syntok) is the costliest step of reading an article.
    sentences: list[str] = []
    for window in _windows(paragraph):
        spans = [span for chunk in _chunks(window) for span in _syntok_spans(window, *chunk)]
        merged = _merge_fragments(window, _split_after_closing_quotes(window, spans))
        sentences.extend(window[start:end].strip() for start, end in merged)
    return tuple(sentence for sentence in sentences if sentence)


# A text with no sentence-ending mark before its end (and no line break) is one sentence.
_ONE_SENTENCE = re.compile(r"\s*[^.!?…\n]*[.!?…]*[\"'”’)\]]*\s*")
# Where a sentence surely ends: a plain lower-case word of three letters or more, a full stop,
# space, a capital ("...the talks ended. Seoul said"). Abbreviations ("Oct.", "U.S.", "Mr.")
# never look like this; syntok, which is slow, only sees the stretches between such points.
_SURE_END = re.compile(r"(?<![\w.'’-])[a-z]{3,}[.!?](?=\s+[A-Z][a-z])")


def _chunks(window: str) -> list[tuple[int, int]]:
    """The window cut after every sure sentence end."""
    cuts = [match.end() for match in _SURE_END.finditer(window)]
    starts = [0, *cuts]
    return list(zip(starts, [*cuts, len(window)], strict=True))


def _syntok_spans(window: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (offsets into ``window``) of window[start:end]."""
    chunk = window[start:end]
    if _ONE_SENTENCE.fullmatch(chunk):  # nothing syntok could split at: skip its cost
        stripped = chunk.strip()
        if not stripped:
            return []
        first = start + chunk.index(stripped[0])
        return [(first, first + len(stripped))]
    spans = []
    for syntok_paragraph in segmenter.analyze(chunk):
        for sentence in syntok_paragraph:
            if sentence:
                first = start + sentence[0].offset
                spans.append((first, start + sentence[-1].offset + len(sentence[-1].value)))
    return spans


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


# Wire copy quotes ``like this.'' and syntok does not end a sentence at the closing ''.
_END_OF_QUOTED_SENTENCE = re.compile(r"[.!?]''(?=\s+[`A-Z])")


def _split_after_closing_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split ``.'' Next`` (a sentence ended inside wire-style quotes) where syntok did not."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        for match in _END_OF_QUOTED_SENTENCE.finditer(text, start, end):
            result.append((start, match.end()))
            start = match.end()
        result.append((start, end))
    return result


# Titles before a name that syntok takes for the end of a sentence.
_TITLE_AT_END = re.compile(
    r"\b(?:Rep|Reps|Sens|Gov|Govs|Lt|Sgt|Cpl|Pvt|Maj|Cmdr|Gens|Supt|Det|Insp|Amb|Atty|Msgr|Rev|Ft)"
    r"\.$"
)

#: Months as news abbreviates them; one runs on into its day ("Nov. 3"), so its full stop rarely
#: ends a sentence (also used by ``briefgen.clean`` to tell a line wrap from a paragraph end).
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# A month before its day ("forum Nov. | 14-18."), which syntok sometimes takes for a sentence end.
_MONTH_AT_END = re.compile(rf"\b(?:{MONTH_ABBREVIATIONS})\.$")


#: A quotation left open longer than this many characters is taken to be unbalanced, not long.
MAX_QUOTATION_CHARS = 1500


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(text, *merged[-1], text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(text: str, start: int, end: int, following: str) -> bool:
    """Whether the sentence ``following`` belongs to the one at text[start:end]."""
    previous = text[start:end]
    if re.fullmatch(r"[\"'”’)\]]+", following.strip()):  # a closing quote split off on its own
        return True
    if _TITLE_AT_END.search(previous) and following[:1].isupper():  # "Rep. | Charles Schumer"
        return True
    if _MONTH_AT_END.search(previous) and following[:1].isdigit():  # "Nov. | 14-18"
        return True
    if previous.rstrip().endswith(";"):
        return True
    if re.match(r"[—–-]+\s*[a-z]", following.lstrip()):
        # "a tribute to founder John F. Kennedy Jr. | — is without a celebrity cover": a
        # sentence never opens on a dash before a lower-case word
        return True
    if end - start > MAX_QUOTATION_CHARS:
        return False
    open_curly = previous.count("“") > previous.count("”")
    open_straight = previous.count('"') % 2 == 1
    # Wire copy quotes ``like this''; a quotation running on into a new paragraph opens again
    # without closing, so a sentence opening a new `` quotation starts afresh.
    open_wire = (previous.rfind("``") > previous.rfind("''")
                 and not following.lstrip().startswith("``"))
    return open_curly or open_straight or open_wire


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
        # sumy's own tokenizer keeps only word-like tokens; without this filter "," and "." would
        # count as terms in every method's statistics.
        return tuple(word for word in split_words(sentence) if SUMY_WORD.match(word))
