"""The story's name: the headline that best covers what all the story's articles are about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from briefgen.clean import KICKER_LABELS
from briefgen.model import Article
from briefgen.nlp.terms import STOP_WORDS, is_content_word, stem, tokens
from briefgen.readers.assemble import EXCERPT_TITLE

#: Fewer words than this is a fragment ("With Euro", "GAMBLING"), not a name for a story.
MIN_WORDS = 3
# A term's salience grows with the share of the story's articles that use it, to this power:
# squared, a term in every article counts four times one in half of them, so the headline that
# names what all the articles share beats one about a single article's angle.
DF_POWER = 2
# A headline's score is its terms' salience over (number of content terms) ** LENGTH_POWER:
# 0 would crown the longest headline, 1 the one with the single densest term; in between, a
# word must be salient enough to pay for itself. Chosen by reading the titles of 40 dev stories
# for 0.5-1.0 (0.5 let long one-article headlines win, 0.75 short ones that miss a core term).
LENGTH_POWER = 0.6

_WORD = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*\.?")
_POSSESSIVE = re.compile(r"(['’][sS])$")
# Wire slugs after a headline: "(1)", "(DW)", "(FOR RELEASE THE WEEK OF ...)", "(story to move
# at 9:45 p.m. ET; ...)", "(EDS: ...)". A parenthesis that is part of the headline ("(WE HOPE)")
# is kept: only numbers, short codes and editors' instructions are slugs.
_SLUG = re.compile(
    r"\s*\((?:\d{1,2}|[A-Z]{1,3}|(?i:for release|eds?\b|editors?\b|embargo|advance|correct"
    r"|update|adds?\b|story to move|moving|sted\b|with photos?|photos?\b|graphics?\b)[^)]*)\)\s*$"
)
# "New Weapon Against Cranberry Pests / Farm Scene": the part after the slash is the column.
_COLUMN = re.compile(r"\s+/\s+(?:[^\W\d_][\w'’&-]*\s*){1,3}$")
# Labels that head a headline and are no part of it ("EDITORIAL: ", "ANALYSIS -- "): the
# cleaner's list, in any case and with the wire's underscore too.
_KICKER = re.compile(r"^(?:" + "|".join(KICKER_LABELS) + r")\s*(?::|--|[-–—_])\s+",
                     re.IGNORECASE)
# "WASHINGTON (AP) -- ", "BEIJING, Jan. 5 (Xinhua) -- ": a dateline that ran into the headline.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \([A-Za-z ]{1,30}\))?\s*(?:--|_|—)\s+"
)
# In a headline set in upper and lower case, a leading capitals-only label before a colon is a
# place or a desk label ("NEW YORK: the law."), not part of the sentence.
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z .'’-]{1,30}:\s+(?=\S*[a-z])")
# Labels of a writer's view: such a headline names one opinion of the story, not the story.
_OPINION = re.compile(
    r"^(?:ANALYSIS|COMMENTARY|EDITORIAL|NEWS ANALYSIS|OPINION|REVIEW)\s*(?::|--|[-–—_])",
    re.IGNORECASE,
)
# An editors' note or advisory where a headline should be: "EDS: ADDS background ...".
_ADVISORY = re.compile(r"^(?:EDS?|EDITORS?|ADVISORY|NOTE TO EDITORS|CORRECTION|ATTN)\b\s*[:.]",
                       re.IGNORECASE)
# A headline cut off by a length limit ends on a word that cannot end one.
_OPEN_END = frozenset((
    "a", "an", "the", "and", "or", "but", "nor", "of", "for", "to", "in", "on", "at", "by",
    "with", "from", "into", "over", "against", "ahead", "about", "as", "than", "its", "their",
    "his", "her", "our", "after", "before", "between", "amid", "under", "upon", "via",
))
# Words that Title Case leaves in lower case unless they open the title or follow a colon.
_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "the", "to", "vs", "via", "with", "over", "off", "up", "per",
))


def story_title(articles: Sequence[Article]) -> str:
    """The name of the story: the headline that best covers the story's most salient terms,
    cleaned of wire furniture and set in title case when it was all capitals."""
    if not articles:
        return ""
    candidates = _candidates(articles)
    if not candidates:
        return tidy_headline(articles[0].title, articles[0].author) or articles[0].title
    whole = [c for c, _ in candidates if is_whole_headline(c)]
    news = [c for c, opinion in candidates if not opinion and c in whole]
    choice = news or whole or [c for c, _ in candidates]
    salience = story_salience(articles)
    best = max(choice, key=lambda c: (headline_score(c, salience), -len(c)))
    # A one-word title in capitals is recased too: the text's own form keeps "NATO" as it is.
    shouting = is_shouting(best) or best.isupper()
    return set_case(best, surface_forms(articles)) if shouting else best


def _candidates(articles: Sequence[Article]) -> list[tuple[str, bool]]:
    """The cleaned headlines of the articles that have one, each once, in article order, each
    with whether a label marks it as opinion ("Commentary: ")."""
    found: dict[str, bool] = {}
    for article in articles:
        if _is_no_headline(article):
            continue
        headline = tidy_headline(article.title, article.author)
        if headline:
            opinion = bool(_OPINION.match(article.title.strip()))
            found[headline] = found.get(headline, True) and opinion
    return list(found.items())


def _is_no_headline(article: Article) -> bool:
    """A title that is no headline: a file name, or the opening words of an untitled text."""
    if not article.title or article.found_by("title") == EXCERPT_TITLE:
        return True
    return article.path is not None and Path(article.path).stem == article.title


def tidy_headline(headline: str, author: str | None = None) -> str:
    """A headline without TeX quotes, slugs, the column's name, a kicker, a dateline or the
    byline; "" when it is an editors' note rather than a headline."""
    text = " ".join(proper_quotes(headline).split())
    if _ADVISORY.match(text) or (text.startswith("(") and text.endswith(")")):
        return ""
    previous = None
    while previous != text:  # slugs and labels come in any order: "X (1) / Farm Scene"
        previous = text
        text = _SLUG.sub("", text)
        text = _COLUMN.sub("", text)
        text = _KICKER.sub("", text)
        text = _DATELINE.sub("", text)
        text = _CAPS_LABEL.sub("", text)
        text = _strip_byline(text, author)
        text = text.strip(" -–—_:;,")
    return text


def proper_quotes(text: str) -> str:
    """TeX quotes (``like this'', `this') and straight double quotes as typographic ones."""
    text = text.replace("``", "“").replace("''", "”")
    text = re.sub(r"`([^`']*)'", r"‘\1’", text)
    text = text.replace("`", "‘")
    text = re.sub(r'"([^"]*)"', r"“\1”", text)
    text = re.sub(r"(?<!\w)'([^']+)'(?!\w)", r"‘\1’", text)
    # An apostrophe inside or at the end of a word is an apostrophe, not a quotation mark.
    return re.sub(r"(?<=\w)'", "’", text)


def _strip_byline(text: str, author: str | None) -> str:
    """"NAPSTER KICKS OFF 300,000 METALLICA FANS BY BENNY EVANGELISTA" without its byline:
    the name after "BY" must be the article's author, or, in a headline in capitals, two or
    three words that the rest of the headline does not need ("BY STUART ELLIOTT")."""
    if author:
        name = re.escape(" ".join(author.split()))
        stripped = re.sub(rf"\s+by\s+{name}\s*$", "", text, flags=re.IGNORECASE)
        if stripped != text:
            return stripped
    match = re.search(r"\s+BY\s+([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,2})$", text)
    if match and is_shouting(text) and _looks_like_name(match[1]):
        return text[: match.start()]
    return text


def _looks_like_name(words: str) -> bool:
    """A first name and a surname: no word of the phrase is a common English word of substance
    (a name such as "Stuart" is rarer than "pilot" or "error")."""
    parts = words.lower().split()
    return all(part not in STOP_WORDS and _zipf(part) < 4.5 for part in parts)


def is_whole_headline(headline: str) -> bool:
    """Not a fragment: at least MIN_WORDS words of which two carry content ("With The Euro"
    has one), not cut off on a preposition, an article or a possessive ("Taliban Criticize
    Amnesty International for"), not trailing off ("..."), no quotation left open."""
    words = headline.split()
    content = [token for token in tokens(headline) if is_content_word(token)]
    if len(words) < MIN_WORDS or len(content) < 2:
        return False
    last = words[-1].lower().strip("“”‘’\"',;:")
    if last in _OPEN_END or _POSSESSIVE.search(last) or headline.endswith(("...", "…")):
        return False
    return not (headline.count("“") > headline.count("”")
                or headline.count("‘") > headline.count("’"))


def story_salience(articles: Iterable[Article]) -> dict[str, float]:
    """How much each content stem says about this story: the share of the articles that use
    it, times how rare the word is in English (every article "says"; only this story's articles
    all name the "euro")."""
    document_frequency: Counter[str] = Counter()
    words_of: dict[str, str] = {}
    count = 0
    for article in articles:
        count += 1
        stems = set()
        for token in tokens(f"{article.title}\n{article.text}"):
            if is_content_word(token):
                stems.add(stem(token))
                words_of.setdefault(stem(token), token)
        document_frequency.update(stems)
    return {
        term: (df / count) ** DF_POWER * _informativeness(words_of[term])
        for term, df in document_frequency.items()
    }


def headline_score(headline: str, salience: dict[str, float]) -> float:
    """How well a headline covers the story: the salience of its distinct content terms,
    divided by their number to the power LENGTH_POWER (stop words cost nothing)."""
    terms = {stem(token) for token in tokens(headline) if is_content_word(token)}
    if not terms:
        return 0.0
    return sum(salience.get(term, 0.0) for term in terms) / len(terms) ** LENGTH_POWER


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def _informativeness(word: str) -> float:
    """Rarer words say more: 8 minus the word's Zipf frequency (0 for "the", about 5 for a
    name seen once in a million words, 8 for a word wordfreq does not know)."""
    return max(0.5, 8.0 - _zipf(word))


def is_shouting(text: str) -> bool:
    """Set in capitals: nearly every letter upper case, in more than one word."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    capital_words = sum(1 for w in _WORD.findall(text) if len(w) > 1 and w.isupper())
    return len(letters) >= 4 and upper >= 0.8 * len(letters) and capital_words >= 2


def surface_forms(articles: Iterable[Article]) -> dict[str, str]:
    """How the story's text writes each word, by its lower-case form: "EgyptAir", "GOP",
    "U.S.", "Napster", "reservation". Forms in capitals-only lines (subheads) are not counted,
    and a word's first letter is not judged where a sentence opens."""
    counts: dict[str, Counter[str]] = {}
    for article in articles:
        for paragraph in article.paragraphs:
            if is_shouting(paragraph):
                continue
            opening = True
            for match in _WORD.finditer(paragraph):
                word = match[0].rstrip(".") if not _is_dotted(match[0]) else match[0]
                word = _POSSESSIVE.sub("", word)
                if not opening or not word[:1].isupper() or not word[1:].islower():
                    counts.setdefault(word.lower(), Counter())[word] += 1
                end = match.end()
                opening = paragraph[end:end + 1] in (".", "!", "?") or match[0].endswith(".")
    return {lower: forms.most_common(1)[0][0] for lower, forms in counts.items()}


def _is_dotted(word: str) -> bool:
    """An abbreviation written with full stops: "U.S.", "O.J.", "Jr."."""
    return bool(re.fullmatch(r"(?:[^\W\d_]{1,3}\.)+", word))


def set_case(headline: str, forms: dict[str, str]) -> str:
    """A headline in capitals set in title case: each word as the story's text writes it when
    the text capitalises it (a name, an acronym), otherwise capitalised, except the small words
    ("of", "the", "to") inside the title."""
    pieces: list[str] = []
    position = 0
    first = True
    for match in _WORD.finditer(headline):
        pieces.append(headline[position:match.start()])
        before = headline[:match.start()].rstrip()
        pieces.append(_cased(match[0], forms, first or before.endswith((":", "—", "--"))))
        position = match.end()
        first = False
    pieces.append(headline[position:])
    return "".join(pieces)


def _cased(word: str, forms: dict[str, str], opens: bool) -> str:
    suffix = ""
    possessive = _POSSESSIVE.search(word)
    if possessive:
        word, suffix = word[: possessive.start()], possessive[1][0] + "s"
    lower = word.lower()
    key = lower if _is_dotted(word) else lower.rstrip(".")
    form = forms.get(key)
    if form is None and "-" in lower:  # "POST-SEINFELD": the parts as the text writes them
        return "-".join(_cased(part, forms, opens or index > 0)
                        for index, part in enumerate(word.split("-"))) + suffix
    if form is not None and form != form.lower():
        cased = form
    elif lower in _SMALL_WORDS and not opens:
        cased = lower
    elif "-" in lower:
        cased = "-".join(part[:1].upper() + part[1:] for part in lower.split("-"))
    else:
        cased = lower[:1].upper() + lower[1:]
    if word.endswith(".") and not cased.endswith("."):
        cased += "."
    return cased + suffix
