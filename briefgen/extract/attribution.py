"""Attributions: who said what, found by rules over quotes, cues and clause shapes.

An attribution is a speaker (a noun phrase, possibly a pronoun), a cue ("said", "told",
"according to", ...) and the content attributed, each with character offsets into the text
it was found in. The shapes recognised, in the order they are tried for a cue:

- ``according to X, CONTENT`` / ``CONTENT, according to X``;
- content first: ``"CONTENT," X said`` / ``"CONTENT," said X`` / ``CONTENT, experts say``;
- speaker first: ``X said (on Friday) (that) CONTENT`` / ``X, a former official, said: "..."``
  / ``X told reporters CONTENT``.

Direct quotes that run over several sentences are one content, and a bare quotation that follows
an attributed quotation in the same paragraph continues it (as journalists write).
Measured on the PolNeAR corpus by ``benchmarks/attribution_polnear.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from briefgen.extract.lexicon import wordset
from briefgen.nlp.tokenizer import split_sentences

#: Verbs that attribute content to a speaker, in the forms that take a subject.
_CUE_VERBS = (
    "said says say saying told tells telling added adds adding noted notes noting wrote writes "
    "warned warns warning announced claimed stated argued argues arguing asked insisted insists "
    "explained explains explaining reported acknowledged declared described confirmed "
    "stressed emphasized emphasised vowed revealed denied suggested suggests predicted urged "
    "cautioned conceded admitted recalled responded replied tweeted alleged asserted complained "
    "estimated believes believe thinks contended countered maintained pointed"
)
_CUE_FORMS = wordset(_CUE_VERBS)
#: Cues whose object is the listener, not the content ("told reporters that ...").
_LISTENER_CUES = wordset("told tells telling asked urged warned")
#: Words that may stand between an auxiliary subject and its cue ("has also said").
_CUE_LEAD = wordset(
    "has have had also later previously repeatedly once then further again recently publicly "
    "privately earlier reportedly separately nevertheless nonetheless still meanwhile "
    "finally eventually subsequently"
)
_CUE = re.compile(
    r"\b[Aa]ccording to\b|\bpointed out\b|\b(?:" + "|".join(sorted(_CUE_FORMS)) + r")\b"
    # headlines capitalise their verbs: "Trump Says He Will ..."
    r"|\b(?:Says|Said|Tells|Told|Warns|Claims|Admits|Insists|Vows)\b"
)
#: Words before a cue that mean it is not a statement of the speaker ("declined to say").
_NOT_A_STATEMENT = wordset(
    "to not n't never would could should might may will can cannot must"
)
#: Participles that are adjectives after a gerund too ("protesting alleged fraud").
_ATTRIBUTIVE = wordset("alleged reported estimated suspected purported rumored claimed")
#: Words before a participle that make it an adjective ("the alleged fraud", "over alleged
#: abuses"): determiners and prepositions.
_ADJECTIVE_CONTEXT = wordset("the a an of for his her their its these those over about against "
                             "into with on in by from")
#: Time and manner phrases that may come between a cue and its content.
_ADVERBIAL = re.compile(
    r"^(?:(?:on|in|at|during|last|this|earlier|late|early|by)\s+"
    r"(?:(?:a|an|the|his|her|their|its|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|morning|evening|night|afternoon|Jan\.?|Feb\.?|March|April|May|"
    r"June|July|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|January|February|August|September|"
    r"October|November|December|\d[\d,]*|statement|interview|speech|tweet|post|letter|"
    r"televised|written|press|news|conference|briefing|recent|separate|joint)\s*,?\s*)+"
    r"(?:(?:with|to|on)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*)?|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"recently|earlier|later|repeatedly|publicly|previously|also|again|then)\s*,?\s*)+"
)
_THAT = re.compile(r"\s*(?:,\s*)?that\b\s*")
_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"
_WORD = re.compile(r"[\w’'][\w’'.&-]*|[^\w\s]")
_PRONOUN_SPEAKERS = wordset("he she they it i we you")
#: Words that cannot start or be the whole of a speaker noun phrase.
_NOT_SPEAKER_START = wordset(
    "which who whom whose that what when where while because as if though although than and "
    "or but so to of for with by from in on at is was are were be been this these those there "
    "here how why not"
)
_PARTICIPLES = wordset("saying adding noting arguing explaining telling warning insisting")
#: A sentence's opening subject: a name, a pronoun or a short noun phrase before its verb.
_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Meanwhile|However|Also)\s+)?((?:[Tt]he\s+)?"
    r"(?:[A-Z][\w.’'-]*)(?:\s+(?:[A-Z][\w.’'-]*|of|for|and))*|He|She|They|We|I)\b"
)
#: Words that cannot open the content of "X said ...".
_NOT_CONTENT_START = wordset(
    "in on at of for with by from during after before about and or but when while as so "
    "is was are were be been than noting adding saying"
)
_APPOSITIVE_START = re.compile(
    r"^(?:a|an|the|who|former|then|now|currently|also|one|both|each|chief|senior|deputy|"
    r"head|director|president|professor|spokesman|spokeswoman|spokesperson|[a-z]+-?based)\b|"
    r"^[A-Z][\w.’'-]*(?:'s|’s)\s"
)
MAX_SPEAKER_WORDS = 12
#: A content-first attribution's tail after the cue (speaker, listener, time) is this short.
MAX_TAIL_WORDS = 22


@dataclass(frozen=True)
class Attribution:
    """Who said what: speaker, cue and content, with offsets into the text they came from."""

    speaker: str | None
    cue: str
    content: str
    start: int  # content start offset
    end: int  # content end offset
    cue_start: int
    cue_end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    affiliation: str | None = None  # an appositive that says who the speaker is
    direct: bool = False  # the content is (or holds) a direct quotation
    #: The content's pieces (start, end) when a quotation continues after the speaker's words;
    #: ``content`` is then the pieces joined by a space. Empty: one piece, (start, end).
    pieces: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return self.pieces or ((self.start, self.end),)


def quoted_words(text: str) -> int:
    """How many words a text gives in quotation marks: a quoted line's length, not a scare
    quote's ("plans to “secretly” delay" gives one)."""
    return sum(len(re.findall(r"[\w’'-]+", text[start:end]))
               for start, end in quote_spans(text))


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution in a text, in order, with offsets into ``text``."""
    found: list[Attribution] = []
    paragraphs = list(_paragraph_spans(text))
    for index, (start, end) in enumerate(paragraphs):
        paragraph = text[start:end]
        next_paragraph = None
        if index + 1 < len(paragraphs):
            next_start, next_end = paragraphs[index + 1]
            next_paragraph = (next_start, text[next_start:next_end])
        found.extend(_in_paragraph(paragraph, start, next_paragraph))
    return found


# ----------------------------------------------------------------------------- paragraphs, units


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\s*\n\s*", text):
        if text[start:match.start()].strip():
            yield start, match.start()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """Double-quoted stretches of a paragraph, marks included; an unclosed quotation runs to the
    paragraph's end (a quotation continued in the next paragraph)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    straight_open: int | None = None
    for position, char in enumerate(paragraph):
        if char == "'" and paragraph.startswith("''", position) and opened is None:
            # two apostrophes stand for a double quote in some wire copy (''Like this,'')
            if straight_open is None:
                straight_open = position
            elif position > straight_open + 1:
                spans.append((straight_open, position + 2))
                straight_open = None
            continue
        if char in _QUOTE_OPEN and opened is None and straight_open is None:
            opened = position
        elif char in _QUOTE_CLOSE and opened is not None:
            spans.append((opened, position + 1))
            opened = None
        elif char == '"' and opened is None:
            if straight_open is None:
                straight_open = position
            else:
                spans.append((straight_open, position + 1))
                straight_open = None
    leftover = opened if opened is not None else straight_open
    if leftover is not None:
        spans.append((leftover, len(paragraph)))
    return spans


def _units(paragraph: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of the paragraph, merged where a quotation runs across a sentence boundary."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in split_sentences(paragraph):
        start = paragraph.find(sentence, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and any(q0 < start < q1 and q0 < merged[-1][1] for q0, q1 in quotes):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _inside(position: int, quotes: list[tuple[int, int]]) -> bool:
    return any(q0 <= position < q1 for q0, q1 in quotes)


# ----------------------------------------------------------------------------- one paragraph


def _in_paragraph(
    paragraph: str, offset: int, next_paragraph: tuple[int, str] | None
) -> list[Attribution]:
    quotes = quote_spans(paragraph)
    units = _units(paragraph, quotes)
    found: list[Attribution] = []
    for unit_start, unit_end in units:
        for attribution in _in_unit(paragraph, unit_start, unit_end, quotes):
            found.append(attribution)
    found = _continue_quotations(paragraph, units, quotes, found)
    found = [_shift(a, offset) for a in found]
    if units and next_paragraph is not None:
        introduced = _introduces_next(paragraph, units[-1], quotes, offset, next_paragraph)
        if introduced and not any(a.cue_start == introduced.cue_start for a in found):
            found.append(introduced)
    return found


def _in_unit(
    paragraph: str, unit_start: int, unit_end: int, quotes: list[tuple[int, int]]
) -> list[Attribution]:
    found: list[Attribution] = []
    covered_until = unit_start
    for match in _CUE.finditer(paragraph, unit_start, unit_end):
        cue_start, cue_end = match.span()
        if cue_start < covered_until or _inside(cue_start, quotes):
            continue
        if not _is_statement_cue(paragraph, unit_start, cue_start, cue_end, match.group(0)):
            continue
        args = (paragraph, unit_start, unit_end, cue_start, cue_end, quotes)
        if match.group(0) in _PARTICIPLES and paragraph[:cue_start].rstrip().endswith(","):
            attribution = _participle(paragraph, unit_start, unit_end, cue_start, cue_end,
                                      quotes, found)
        elif match.group(0).lower() == "according to":
            attribution = _according_to(*args)
        elif _quotation_ends_before(paragraph, unit_start, cue_start, quotes):
            attribution = _quote_first(*args) or _speaker_first(*args)
        else:
            attribution = _speaker_first(*args) or _content_first(*args)
        if attribution is None:
            continue
        if found and _overlaps(found[-1], attribution):
            continue
        found.append(attribution)
        covered_until = max(attribution.end, cue_end)
    return found


def _quotation_ends_before(
    paragraph: str, unit_start: int, cue_start: int, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """'"...," X said' / '"...," said X' / '"...," X, a former official, said': the quotation
    that closes just before the cue's clause."""
    for q0, q1 in reversed(quotes):
        if not unit_start <= q1 <= cue_start:
            continue
        between = paragraph[q1:cue_start].strip()
        words = [w for w in _WORD.findall(between) if w[0].isalnum()]
        closes_with_comma = "," in paragraph[max(q0, q1 - 3):q1 + 2] or paragraph[q1 - 2] in "?!"
        appositive = between.endswith(",") and len(words) <= 30
        if closes_with_comma and (len(words) <= 6 or appositive):
            return q0, q1
        return None
    return None


def _gerund(words: Sequence[str]) -> bool:
    """Whether the last word is a verb's -ing form ("protesting"), not a name or a noun
    ending so ("Beijing", "the king", "the meeting")."""
    word = words[-1]
    return word.islower() and len(word) > 5 and word.endswith("ing") and not (
        len(words) > 1 and words[-2].lower() in {"the", "a", "an", "this", "that", "its"})


def _is_statement_cue(paragraph: str, unit_start: int, cue_start: int, cue_end: int,
                      cue: str) -> bool:
    words_before = _WORD.findall(paragraph[unit_start:cue_start])
    if cue == "pointed" and not paragraph.startswith("pointed out", cue_start):
        return False
    if words_before and words_before[-1].lower() in _NOT_A_STATEMENT:
        return False
    if cue.endswith("ed") and words_before and (
            words_before[-1].lower() in _ADJECTIVE_CONTEXT or _gerund(words_before)
            and cue.lower() in _ATTRIBUTIVE):
        # "of alleged human rights violations", "an estimated 2,000", "rallies protesting
        # alleged ballot fraud": adjectives
        return False
    # "As Crane said, CONTENT" opens a sentence with its source
    if words_before and words_before[0] == "As" and re.match(r"[^.,;]{0,40},", paragraph[cue_end:]):
        return True
    # "as he said", "what he said", "the things Trump said": not a statement of content
    return not (len(words_before) >= 2 and words_before[-2].lower() in {"as", "what"})


# ----------------------------------------------------------------------------- shapes


def _according_to(
    paragraph: str, unit_start: int, unit_end: int, cue_start: int, cue_end: int,
    quotes: list[tuple[int, int]],
) -> Attribution | None:
    before = paragraph[unit_start:cue_start]
    if not before.strip(" ,—–-") or re.fullmatch(r"\s*(?:But|And|Yet|So|Still)\s*", before):
        # According to X, CONTENT.
        comma = _next_boundary(paragraph, cue_end, unit_end, quotes)
        if comma is None:
            return None
        speaker_span = _trim(paragraph, cue_end, comma)
        content_span = _trim(paragraph, comma + 1, unit_end, final=True)
    else:
        # CONTENT, according to X[, more CONTENT].
        speaker_end = _next_boundary(paragraph, cue_end, unit_end, quotes) or unit_end
        speaker_span = _trim(paragraph, cue_end, speaker_end, final=True)
        content_span = _trim(paragraph, unit_start, cue_start, final=True)
        rest = _trim(paragraph, speaker_end + 1, unit_end, final=True)
        appositive = _APPOSITIVE_START.match(paragraph[rest[0]:rest[1]])
        if speaker_end < unit_end and rest[1] - rest[0] > 0 and not appositive:
            content_span = (content_span[0], rest[1])
    return _make(paragraph, speaker_span, (cue_start, cue_end), content_span, quotes)


def _content_first(
    paragraph: str, unit_start: int, unit_end: int, cue_start: int, cue_end: int,
    quotes: list[tuple[int, int]],
) -> Attribution | None:
    """'"CONTENT," X said.' / '"CONTENT," said X, a former official.' / 'CONTENT, experts say.'"""
    boundary = _last_boundary(paragraph, unit_start, cue_start, quotes)
    if boundary is None:
        return None
    between = paragraph[boundary:cue_start]
    between_words = [w for w in _WORD.findall(between) if w[0].isalnum()]
    content_span = _trim(paragraph, unit_start, boundary, final=True)
    if content_span[1] - content_span[0] < 2:
        return None
    tail_end = _tail_end(paragraph, cue_end, unit_end)
    tail_words = _WORD.findall(paragraph[cue_end:tail_end])
    if len(tail_words) > MAX_TAIL_WORDS or "that" in (w.lower() for w in tail_words[:6]):
        return None
    if between_words and not _short_tail(paragraph[cue_end:tail_end]):
        return None
    if between_words:
        if not _plausible_speaker(between_words):
            return None
        speaker_span = _trim(paragraph, boundary, cue_start)
        speaker_span = _strip_lead(paragraph, speaker_span)
    else:
        speaker_end = _speaker_after_cue_end(paragraph, cue_end, tail_end)
        speaker_span = _trim(paragraph, cue_end, speaker_end, final=True)
        if not _plausible_speaker(_WORD.findall(paragraph[slice(*speaker_span)])):
            return None
    attribution = _make(paragraph, speaker_span, (cue_start, cue_end), content_span, quotes)
    if attribution and not between_words:
        affiliation = _trim(paragraph, speaker_span[1] + 1, tail_end, final=True)
        if affiliation[1] > affiliation[0] and paragraph[speaker_span[1]] == ",":
            attribution = _with_affiliation(attribution, paragraph[slice(*affiliation)])
    return attribution


def _participle(
    paragraph: str, unit_start: int, unit_end: int, cue_start: int, cue_end: int,
    quotes: list[tuple[int, int]], found: list[Attribution],
) -> Attribution | None:
    """'..., saying (that) CONTENT': the speaker is the sentence's speaker or its subject."""
    position = _skip_adverbials(paragraph, cue_end)
    that = _THAT.match(paragraph, position)
    position = that.end() if that else position
    content_span = _trim(paragraph, position, unit_end, final=True)
    content_span = _cut_at_second_cue(paragraph, content_span, quotes)
    if len([w for w in _WORD.findall(paragraph[slice(*content_span)]) if w[0].isalnum()]) < 3:
        return None
    if found and found[-1].speaker_start is not None:
        speaker_span = (found[-1].speaker_start, found[-1].speaker_end)
    else:
        subject = _SUBJECT.match(paragraph, unit_start, cue_start)
        if not subject:
            return None
        speaker_span = _trim(paragraph, subject.start(1), subject.end(1))
    return _make(paragraph, speaker_span, (cue_start, cue_end), content_span, quotes)


def _quote_first(
    paragraph: str, unit_start: int, unit_end: int, cue_start: int, cue_end: int,
    quotes: list[tuple[int, int]],
) -> Attribution | None:
    """'"CONTENT," X said' / '"CONTENT," X, a former official, said' / '"CONTENT," said X'."""
    quotation = _quotation_ends_before(paragraph, unit_start, cue_start, quotes)
    if quotation is None:
        return None
    q0, q1 = quotation
    between_start, between_end = _trim(paragraph, q1, cue_start)
    between = paragraph[between_start:between_end]
    if not between:
        return _content_first(paragraph, unit_start, unit_end, cue_start, cue_end, quotes)
    affiliation = None
    speaker_span = (between_start, between_end)
    comma = between.find(",")
    if comma > 0:
        speaker_span = _trim(paragraph, between_start, between_start + comma)
        affiliation = between[comma + 1:].strip(" ,") or None
    speaker_span = _strip_lead(paragraph, speaker_span)
    if not _plausible_speaker(_WORD.findall(paragraph[slice(*speaker_span)])):
        return None
    content_start = q0 if not paragraph[unit_start:q0].strip() else unit_start
    content_span = _trim(paragraph, content_start, q1, final=False)
    attribution = _make(paragraph, speaker_span, (cue_start, cue_end), content_span, quotes)
    if attribution and affiliation:
        attribution = _with_affiliation(attribution, affiliation)
    return attribution


def _speaker_first(
    paragraph: str, unit_start: int, unit_end: int, cue_start: int, cue_end: int,
    quotes: list[tuple[int, int]],
) -> Attribution | None:
    """'X said (on Friday) (that) CONTENT.' / 'X, a former official, said: "CONTENT."'"""
    speaker_span, affiliation = _speaker_before(paragraph, unit_start, cue_start, quotes)
    if speaker_span is None:
        speaker_span, affiliation = _coordinated_speaker(paragraph, unit_start, cue_start), None
    if speaker_span is None:
        return None
    cue = paragraph[cue_start:cue_end]
    position = cue_end
    if cue == "pointed":
        position = paragraph.index("out", cue_end) + 3
    if cue in _LISTENER_CUES:
        position = _skip_listener(paragraph, position, unit_end)
    position = _skip_adverbials(paragraph, position)
    that = _THAT.match(paragraph, position) or _that_after_circumstances(
        paragraph, position, unit_end)
    if that:
        position = that.end()
    else:
        rest = paragraph[position:unit_end]
        stripped = rest.lstrip(" ,:—–-")
        position += len(rest) - len(stripped)
    content_span = _trim(paragraph, position, unit_end, final=True)
    if content_span[1] - content_span[0] < 2:
        return None
    content_words = _WORD.findall(paragraph[slice(*content_span)])
    if len([w for w in content_words if w[0].isalnum()]) < 3:
        return None
    first = paragraph[content_span[0]]
    # "X said in", "X said of Cruz": not content
    if not that and first.islower() and content_words[0] in _NOT_CONTENT_START:
        return None
    content_span = _cut_at_second_cue(paragraph, content_span, quotes)
    attribution = _make(paragraph, speaker_span, (cue_start, cue_end), content_span, quotes)
    if attribution and affiliation:
        attribution = _with_affiliation(attribution, affiliation)
    return attribution


# ----------------------------------------------------------------------------- helpers


def _last_boundary(
    paragraph: str, unit_start: int, cue_start: int, quotes: list[tuple[int, int]]
) -> int | None:
    """Where content ends before a content-first cue: after a closing quote or at the last comma
    (outside quotations) with at most a short speaker between it and the cue."""
    text = paragraph[unit_start:cue_start]
    for index in range(len(text) - 1, -1, -1):
        position = unit_start + index
        char = text[index]
        if char in _QUOTE_CLOSE or any(q1 == position + 1 for _, q1 in quotes):
            words = _WORD.findall(paragraph[position + 1:cue_start])
            return position + 1 if len(words) <= MAX_SPEAKER_WORDS else None
        if char in ",;—" and not _inside(position, quotes):
            words = _WORD.findall(paragraph[position + 1:cue_start])
            if len(words) > MAX_SPEAKER_WORDS:
                return None
            return position
    return None


_TAIL_START = re.compile(
    r"\s*(?:[,.;:!?”\"]|$|(?:in|on|at|to|of|about|during|after|before|while|when|from|via|"
    r"through|last|this|earlier|later|recently|yesterday|today|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|with|for|as|by|told|under|without)\b)"
)


def _short_tail(tail: str) -> bool:
    """After ', X said' only time, place, manner or a listener may follow, not a new clause."""
    words = [w for w in _WORD.findall(tail) if w[0].isalnum()]
    return len(words) <= 3 or bool(_TAIL_START.match(tail))


def _next_boundary(
    paragraph: str, start: int, end: int, quotes: list[tuple[int, int]]
) -> int | None:
    for position in range(start, end):
        if paragraph[position] == "," and not _inside(position, quotes):
            return position
    return None


def _tail_end(paragraph: str, cue_end: int, unit_end: int) -> int:
    """The tail of a content-first attribution ends at the unit's end or at ', adding'."""
    match = re.compile(r",\s*(?:adding|saying|noting|arguing|explaining|and)\b").search(
        paragraph, cue_end, unit_end)
    return match.start() if match else unit_end


def _speaker_after_cue_end(paragraph: str, cue_end: int, tail_end: int) -> int:
    """'said Miles Yu, director of ...': the speaker ends at the comma before the appositive."""
    tail = paragraph[cue_end:tail_end]
    comma = tail.find(",")
    for stop in (comma, tail.find(" in a "), tail.find(" on "), tail.find(" during ")):
        if stop > 0:
            return cue_end + stop
    return tail_end


_TRAILING_ADVERBIAL = re.compile(
    r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|week|month|year|morning|night|also|earlier|later|recently|"
    r"previously|repeatedly|once|then|now|however|too|publicly|privately|again))+\s*,?$"
)
_LEADING_FILLER = re.compile(
    r"^(?:[^\w“\"]+|(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|Also|Still|Meanwhile|However|Now|Then|"
    r"Instead|Indeed|Moreover|Separately|Earlier|Later|Later on|Here|There)\b,?\s*)+"
)


def _speaker_before(
    paragraph: str, unit_start: int, cue_start: int, quotes: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, str | None]:
    """The subject noun phrase that ends at a cue, and an appositive between them if any."""
    text = paragraph[unit_start:cue_start].rstrip()
    affiliation = None
    words_before = _WORD.findall(text)
    while words_before and words_before[-1].lower() in _CUE_LEAD:
        text = text[: text.rfind(words_before[-1])].rstrip()
        words_before = words_before[:-1]
    text = _TRAILING_ADVERBIAL.sub("", text) if not text.endswith(",") else text
    if text.endswith(","):
        # "Hong Min, a senior research fellow at ..., said": the appositive names the affiliation
        inner = text[:-1]
        comma = _last_comma_outside(inner, unit_start, quotes)
        if comma is None:
            return None, None
        candidate_affiliation = inner[comma + 1:].strip()
        name_start = _noun_phrase_start(inner[:comma], unit_start, quotes)
        name = inner[name_start:comma] if name_start is not None else ""
        if not (_APPOSITIVE_START.match(candidate_affiliation) or _looks_like_name(name)):
            return None, None
        affiliation = candidate_affiliation
        text = inner[:comma]
    start = _noun_phrase_start(text, unit_start, quotes)
    if start is None:
        return None, None
    filler = _LEADING_FILLER.match(text, start)
    if filler:
        start = filler.end()
    span = _trim(paragraph, unit_start + start, unit_start + len(text))
    words = _WORD.findall(paragraph[slice(*span)])
    if not _plausible_speaker(words) or words[-1].lower() in {"and", "but", "or"}:
        return None, None  # "X survived ... and says": the subject is further back
    return span, affiliation


def _looks_like_name(text: str) -> bool:
    """'Karimi', 'Jeff Weaver', 'Sen. Elizabeth Warren': a few words, each capitalised."""
    words = [w for w in _WORD.findall(text) if w[0].isalnum()]
    connectors = {"of", "de", "van", "von", "al", "bin", "the", "and", "for"}
    return 0 < len(words) <= 6 and all(w[0].isupper() or w in connectors for w in words)


def _coordinated_speaker(paragraph: str, unit_start: int, cue_start: int) -> tuple[int, int] | None:
    """'Graham called Trump "crazy" and said ...': the subject of the first verb speaks."""
    before = paragraph[unit_start:cue_start].rstrip()
    if not re.search(r"\b(?:and|but)(?:\s+(?:also|then|later))?$", before):
        return None
    intro = re.match(r"(?:[^,]{0,60},\s*)?", paragraph[unit_start:cue_start])
    start = unit_start + (intro.end() if intro and _SUBJECT.match(
        paragraph, unit_start + intro.end()) else 0)
    subject = _SUBJECT.match(paragraph, start, cue_start)
    if not subject or not subject.group(1):
        return None
    end = subject.end(1)
    if paragraph[end - 2:end] in ("'s", "’s"):
        # "Turkey's leading human rights activist was released ... and said": the speaker is
        # the one the possessive qualifies, not the country
        possessed = _POSSESSED.match(paragraph, end, cue_start)
        if possessed is not None:
            end = possessed.end()
    words = [w for w in _WORD.findall(paragraph[subject.start(1):end]) if w[0].isalnum()]
    if not words or len(words) > 6 or words[0].lower() in _NOT_SPEAKER_START:
        return None
    return subject.start(1), end


#: The lower-case words a possessive qualifies, up to the verb of the clause ("Turkey's leading
#: human rights activist | was released").
_POSSESSED = re.compile(
    r"(?:\s+[a-z][\w-]*){1,5}?(?=\s+(?:was|were|is|are|has|had|have|will|would|can|could|"
    r"did|does|do|[a-z]+ed)\b)")


def _last_comma_outside(text: str, offset: int, quotes: list[tuple[int, int]]) -> int | None:
    for index in range(len(text) - 1, -1, -1):
        if text[index] == "," and not _inside(offset + index, quotes):
            return index
    return None


_CLAUSE_BREAK = re.compile(
    r"(?:[,;:—–]|[”\"]|\b(?:that|which|who|when|while|because|as|after|before|since|"
    r"although|though|if|but|and then|where|so|whom|whether|until|once)\b)"
)


def _noun_phrase_start(text: str, offset: int, quotes: list[tuple[int, int]]) -> int | None:
    """Start of the noun phrase that ends ``text``: after the last clause break."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if _inside(offset + match.start(), quotes) and match.group(0) not in "”\"":
            continue
        start = match.end()
    candidate = text[start:].strip()
    if not candidate:
        return None
    return start + (len(text[start:]) - len(text[start:].lstrip()))


def _plausible_speaker(words: list[str]) -> bool:
    alnum = [w for w in words if w[0].isalnum()]
    if not alnum or len(alnum) > MAX_SPEAKER_WORDS:
        return False
    if alnum[0].lower() in _NOT_SPEAKER_START:
        return False
    if len(alnum) == 1 and alnum[0].lower() in {"this", "that"}:
        return False
    # a speaker names someone: a capitalised word, a pronoun, or a noun such as "officials"
    return any(w[0].isupper() for w in alnum) or alnum[-1].lower() in _PRONOUN_SPEAKERS or (
        alnum[-1].isalpha() and len(alnum) <= 8
    )


def _strip_lead(paragraph: str, span: tuple[int, int]) -> tuple[int, int]:
    text = paragraph[slice(*span)]
    words = text.split()
    while words and words[-1].lower() in _CUE_LEAD:
        words = words[:-1]
    return span[0], span[0] + len(" ".join(words)) if words else span[1]


_LISTENER = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|fellow|some|several|local)\s+)?"
    r"(?:[A-Z][\w.’'&-]*(?:\s+(?:of|for|and|the|[A-Z][\w.’'&-]*))*|reporters|journalists|"
    r"supporters|lawmakers|voters|students|members|the\s+\w+|him|her|them|me|us|you|"
    r"an?\s+\w+(?:\s+\w+)?)"
)


def _skip_listener(paragraph: str, position: int, unit_end: int) -> int:
    match = _LISTENER.match(paragraph, position, unit_end)
    if not match:
        return position
    following = paragraph[match.end():unit_end]
    if re.match(r"\s*(?:that\b|,|:|[“\"]|on\b|in\b|last\b|during\b|this\b|\w+day\b|to\b)",
                following):
        return match.end()
    return position


def _skip_adverbials(paragraph: str, position: int) -> int:
    rest = paragraph[position:]
    stripped = rest.lstrip()
    match = _ADVERBIAL.match(stripped)
    if not match:
        return position
    return position + (len(rest) - len(stripped)) + match.end()


_CIRCUMSTANCE = re.compile(r"\s*(?:during|in|at|on|while|after|before|from|with|at|Thursday|"
                           r"Monday|Tuesday|Wednesday|Friday|Saturday|Sunday|last|this)\b")


def _that_after_circumstances(paragraph: str, position: int, unit_end: int
                              ) -> re.Match[str] | None:
    """'said Thursday during a taping of a town hall in Buffalo, New York, that ...': the
    content starts after the 'that' that ends the circumstances."""
    if not _CIRCUMSTANCE.match(paragraph, position):
        return None
    that = re.compile(r",?\s+that\b\s*").search(paragraph, position, unit_end)
    if not that or len(paragraph[position:that.start()].split()) > 20:
        return None
    return that


def _cut_at_second_cue(
    paragraph: str, span: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """'X said A, adding that B': A is this attribution's content; B gets its own."""
    match = re.compile(r",\s*(?:adding|noting|saying)\b").search(paragraph, *span)
    if match and not _inside(match.start(), quotes):
        return _trim(paragraph, span[0], match.start(), final=True)
    return span


def _trim(paragraph: str, start: int, end: int, final: bool = False) -> tuple[int, int]:
    """Strip spaces (and, for content, the sentence's final stop and dangling commas)."""
    while start < end and paragraph[start] in " \t\n,":
        start += 1
    while end > start and paragraph[end - 1] in " \t\n" + (",.;:—–-" if final else ","):
        end -= 1
    return start, end


#: "X quoted Y as (saying)": Y's words, X's report of them.
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<speaker>\S.*?)\s+as\s*$")


def _make(
    paragraph: str,
    speaker_span: tuple[int, int],
    cue_span: tuple[int, int],
    content_span: tuple[int, int],
    quotes: list[tuple[int, int]],
) -> Attribution | None:
    content = paragraph[slice(*content_span)]
    quoting = _QUOTED_AS.search(paragraph, *speaker_span)
    if quoting is not None:
        # "the control center quoted Jones as saying": Jones speaks, the centre reports it
        speaker_span = (quoting.start("speaker"), quoting.end("speaker"))
    speaker = paragraph[slice(*speaker_span)].strip(" ,") or None
    if not content or not re.search(r"\w", content):
        return None
    direct = any(q0 <= content_span[0] + 1 and q1 >= content_span[0] for q0, q1 in quotes) or any(
        content_span[0] <= q0 < content_span[1] for q0, _ in quotes
    )
    return Attribution(
        speaker=speaker,
        cue=paragraph[slice(*cue_span)],
        content=content,
        start=content_span[0],
        end=content_span[1],
        cue_start=cue_span[0],
        cue_end=cue_span[1],
        speaker_start=speaker_span[0] if speaker else None,
        speaker_end=speaker_span[1] if speaker else None,
        direct=direct,
    )


def _with_affiliation(attribution: Attribution, affiliation: str) -> Attribution:


    return replace(attribution, affiliation=affiliation.strip(" ,.") or None)


def _overlaps(first: Attribution, second: Attribution) -> bool:
    return first.start < second.end and second.start < first.end


def _continue_quotations(
    paragraph: str,
    units: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
    found: list[Attribution],
) -> list[Attribution]:
    """A bare quotation after an attributed quotation in the same paragraph continues it."""
    if not found:
        return found


    result = list(found)
    for unit_start, unit_end in units:
        text = paragraph[unit_start:unit_end]
        if not text or not (text[0] in _QUOTE_OPEN + '"' or text.startswith("''")):
            continue
        if any(a.start <= unit_start < a.end or unit_start <= a.cue_start < unit_end
               for a in result):
            continue
        previous = [i for i, a in enumerate(result) if a.end <= unit_start and a.direct]
        if not previous:
            continue
        index = previous[-1]
        current = result[index]
        # only the unit right after the attribution's own unit (or its last continuation)
        last_end = max(current.end, current.cue_end)
        unit_before = max((u for u in units if u[1] <= unit_start), default=None)
        if unit_before is None or not unit_before[0] <= last_end <= unit_before[1]:
            continue
        start, end = _trim(paragraph, unit_start, unit_end, final=True)
        pieces = (*current.spans, (start, end))
        content = " ".join(paragraph[a:b] for a, b in pieces)
        result[index] = replace(current, content=content, end=end, pieces=pieces)
    return result


def _introduces_next(
    paragraph: str,
    unit: tuple[int, int],
    quotes: list[tuple[int, int]],
    offset: int,
    next_paragraph: tuple[int, str],
) -> Attribution | None:
    """'Caddell continued:' at a paragraph's end introduces the whole next paragraph."""
    unit_start, unit_end = unit
    match = re.compile(r"(" + _CUE.pattern + r"|continued)\s*:\s*$").search(
        paragraph, unit_start, unit_end)
    if not match:
        return None
    cue_start, cue_end = match.start(1), match.end(1)
    speaker_span, affiliation = _speaker_before(paragraph, unit_start, cue_start, quotes)
    if speaker_span is None:
        return None
    next_start, next_text = next_paragraph
    content_start, content_end = _trim(next_text, 0, len(next_text), final=True)
    content = next_text[content_start:content_end]
    if not content:
        return None
    return Attribution(
        speaker=paragraph[slice(*speaker_span)],
        cue=paragraph[cue_start:cue_end],
        content=content,
        start=next_start + content_start,
        end=next_start + content_end,
        cue_start=offset + cue_start,
        cue_end=offset + cue_end,
        speaker_start=offset + speaker_span[0],
        speaker_end=offset + speaker_span[1],
        affiliation=affiliation,
        direct=content[:1] in _QUOTE_OPEN + '"',
    )


def _shift(attribution: Attribution, offset: int) -> Attribution:
    def moved(value: int | None) -> int | None:
        return None if value is None else value + offset

    return replace(
        attribution,
        start=attribution.start + offset,
        end=attribution.end + offset,
        cue_start=attribution.cue_start + offset,
        cue_end=attribution.cue_end + offset,
        speaker_start=moved(attribution.speaker_start),
        speaker_end=moved(attribution.speaker_end),
        pieces=tuple((a + offset, b + offset) for a, b in attribution.pieces),
    )
