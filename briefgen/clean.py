"""Text repair and boilerplate removal shared by all readers.

The input is the raw text of one article; the output is its paragraphs, each one line, plus what
was dropped and why, and the metadata the furniture gave away on its way out (the outlet of a
"Source:" line, the author of a byline or bio, the dateline). Decisions are made paragraph by
paragraph so that ``briefgen inspect`` can show them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from briefgen.furniture import (
    RULE,
    WIRE_STAMP,
    copyright_header,
    curl_tex_quotes,
    editors_note_inside,
    furniture_reason,
    is_contact,
    is_link_line,
    not_an_article,
    wire_dashes,
)
from briefgen.model import DroppedParagraph
from briefgen.nlp.tokenizer import MONTH_ABBREVIATIONS, split_sentences
from briefgen.sanitize import sanitize

# A line that ends a paragraph when the next line starts a new one without a blank line between.
# A closing quote ends one only after sentence punctuation (not ``...problem,'' | Ecevit told).
_PARAGRAPH_END = re.compile(r"""(?:[.!?:;…]["'”’)\]]*|[)\]])\s*$""")
# ... unless the line ends in an abbreviation that, wrapped, usually runs on: a month before its
# day ("between Nov." | "3 and Nov. 16"), a title before a name, initials ("the U.N." | "High
# Commissioner"). Joining is the safe side: the sentence splitter still sees the full stop.
_ABBREVIATION_AT_END = re.compile(
    rf"(?:\b(?:{MONTH_ABBREVIATIONS}|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|Rev|St|Mt"
    r"|Ft|No|Nos|vs)\.|(?<![\w.])(?:[A-Z]\.)+)\s*$"
)
_WORD_AT_END = re.compile(r"([^\W\d_]+)$")
_WORD_AT_START = re.compile(r"^([^\W\d_]+)")
_LETTERS = re.compile(r"[^\W\d_]+")
_HYPHEN_AT_END = re.compile(r"([^\W\d_]+)-$")
_FINAL_PUNCTUATION = re.compile(r"[.!?:;,…\"”’]$")

# Newsletter, app, social-media and page furniture. Each pattern must match a whole paragraph.
BOILERPLATE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"sign up for (our )?(e-?newsletters?|newsletters?)\b.*",
        r"top \d+ stories",
        r"get (the|our) .{1,30} app",
        r"download (it )?here\.?",
        r"subscribe( here| now| today)?\.?",
        r"join (here|our channel.*)",
        r"get whatsapp alerts",
        r"get our pick of top stories.*",
        r"stay updated with notifications.*",
        r"(share|follow us) on (facebook|twitter|x|linkedin|whatsapp).*",
        r"(share|print|email|comments?|advertisement|letter|news reporter|related( articles?)?)",
        r"by\s*[·|•]\s*\w+(\s*[·|•]\s*\w+)*",  # "by · CNA · Join" byline furniture
        r"(read more|also read|see also|related|recommended|more on this( story)?)\s*:.{0,200}",
        r"our standards\s*:.*",
        r"(©|\(c\)|copyright)\s*\d{4}.{0,200}",
        r".{0,120}\ball rights reserved\.?",
        r"we use cookies\b.*",
        r"permalink\s+\S+",
        r"click here\b.{0,100}",
        r"(send|share)\s+(facebook|twitter)\b.*",
    )
)

# Photo captions and credits: "(Photo: AP/...)", "... in this photo provided by ...", "File photo.",
# and a caption ending in a bare credit ("... the news agency. Yonhap", "... election. Photo: AP").
_CAPTION = re.compile(
    r"\((photo|image|video|graphic)s?\s*[:/].*\)\s*$|in this (file )?photo\b|^file photo\b"
    r"|\((\w+ ){0,4}(pool )?photo via \w+\)\s*$|^photo\s*:"
    r"|\b(photo|photograph|picture|image)\s*:\s*[\w .,/&-]{1,60}$"
    r"|\b(AP|AFP|REUTERS|EPA|EPA-EFE|Getty Images)/[A-Z][\w .'-]{1,40}$"
    r"|[.!?”\"]\s+(Yonhap|AP|AFP|Reuters|EPA|Xinhua|Kyodo|KCNA|Getty Images|News1|Newsis)$",
    re.IGNORECASE,
)
#: A caption is a few sentences at most; a longer paragraph is text that mentions a photo.
CAPTION_MAX_WORDS = 80
_SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<outlet>[^/\n]+?)(?:/\w{1,4})?\s*$", re.IGNORECASE)
_CONTRIBUTED = re.compile(r"contributed (reporting )?to this (report|story|article)\.?$", re.I)
_CREDIT = re.compile(r"^(additional |further )?(reporting|writing|editing|compiled) by\b.{0,200}$",
                     re.IGNORECASE)
_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|van|von|de|da|del|bin|al-\w+)){1,3}"
_BYLINE = re.compile(
    rf"^(?i:(?:byline:\s+)?by|byline:)\s+(?P<author>{_NAME}(?:(?:,| and) {_NAME})*)"
    r"\s*(?:[,|·•]\s*.{0,40})?$"
)
# "BYLINE: Amber Phillips.", "Amy Li.": the full stop ends the line; "Jr." and "T." keep theirs.
_LINE_FULL_STOP = re.compile(r"(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])\.$")
# "Robert Kelly (@Robert_E_Kelly) is a professor of political science at ...": the writer's bio.
_BIO = re.compile(
    rf"^(?P<author>{_NAME})(?: \([^)]{{1,40}}\))? (?:is|was|writes|has been)\b.{{0,300}}\b"
    r"(professor|fellow|journalist|writer|columnist|correspondent|editor|consultant|director|staff"
    r"|author|analyst|researcher|lecturer|reporter|contributor|scholar|commentator|writes)\b",
)
# At the start of the text: "BUSAN: ", "LOS ANGELES (Reuters) - ", "SEOUL, Oct. 25 (Yonhap) -- ",
# "BEIDAIHE (Hebei), March 5 (Xinhua) -- " (a province in brackets after the city),
# "JAKARTA, Indonesia (AP) - ", "KANSAS CITY, Mo. - ", "NEW DELHI, India, Oct. 25 (PTI) - "; the
# New York Times wire separates with an underscore ("WASHINGTON _ NASA and ...").
# A full date may follow the day ("WASHINGTON, Oct. 28, 1998 -- ") or the separator, as in the
# Times' photo and budget lines ("WASHINGTON -- Oct. 28, 1998 -- ").
_DATELINE = re.compile(
    r"^(?P<place>[A-Z](?:[A-Z .'’-]|(?<= )(?:d['’]|de |del |da |la |le |du ))"
    r"(?:[A-Z .'’-]|(?<= )(?:d['’]|de |del |da |la |le |du )){1,39}?)"
    r"(?: \((?P<province>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)(?=,))?"
    r"(?:, (?P<region>(?:[A-Z][a-z]{0,4}\.)+|[A-Z]{2,5}\.|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?))?"
    r"(?:, (?P<when>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, (?P<year>\d{4}))?))?"
    r"(?: \((?P<agency>[A-Za-z][A-Za-z ]{1,30})\))?\s*(?P<separator>:|--|[-–—_])"
    # "(Xinhua) --U.S. space agency": after a wire's credit the dashes may touch the story
    r"(?:\s+|(?<=\) --)(?=[A-Z]))"
    r"(?:(?P<full_date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\s*(?:--|[-–—_])\s+)?"
    r"(?=[A-Z\"“‘'])"
)
_BRACKETED = re.compile(r"\([^()]{1,300}\)\.?")
# "UNDATED -- ", "UNDATED: ", "(UNDATED) _ ", "(Undated) ": a dateline that names no place.
_UNDATED = re.compile(r"^\(?(?:UNDATED|Undated)\)?\s*(?::|--|[-–—_])?\s+(?=\S)")
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# Without an agency's credit, "NATO, Russia - Talks resume" is no dateline: a region is taken
# only when a wire agency follows it or it is a US state (AP abbreviation or spelled out).
_US_STATES = frozenset((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
))
# Words a headline in Title Case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "the", "to", "vs", "via", "with",
))
# "Mo.", "Calif.", "N.Y.", "W.Va.", "D.C.": a region shaped like a state's abbreviation.
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.)+")
#: Labels that head a story or its headline and name no place ("BREAKING: ", "EXCLUSIVE – "),
#: as regular expressions (the title chooser strips the same ones from headlines).
KICKER_LABELS = (
    "ANALYSIS", "BREAKING(?: NEWS)?", "BULLETIN", "COMMENTARY", "CORRECTION", "EDITORIAL",
    "EXCLUSIVE", "EXPLAINER", "FACT CHECK", "FLASH", "LISTEN", "LIVE", "NEWS ANALYSIS",
    "OPINION", "PHOTOS", "REVIEW", "UPDATED?", "URGENT", "VIDEO", "WARNING", "WATCH",
)
_KICKER = re.compile(
    r"^(?:" + "|".join(KICKER_LABELS) + r")\s*(?::|--|[-–—])\s+(?=[A-Z\"“‘'])"
)
# Wire copy often ends with its agency in brackets: "... alliance. (Yonhap)".
_TRAILING_AGENCY = re.compile(
    r"(?<=[.!?”\"’])\s*\((?P<outlet>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\)\s*$"
)

SUBHEAD_MAX_WORDS = 10
TITLE_MAX_WORDS = 20


@dataclass
class CleanText:
    """The result of cleaning one article's text."""

    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    dropped: list[DroppedParagraph] = field(default_factory=list)
    title: str | None = None  # a first short line without final punctuation, when asked for
    outlet: str | None = None  # named by a "Source:" line
    trailing_outlet: str | None = None  # "(Yonhap)" at the end of the text
    author: str | None = None  # from a byline or the writer's bio
    author_found_in: str | None = None  # "byline" or "author bio"
    dateline: str | None = None
    dateline_outlet: str | None = None  # "LOS ANGELES (Reuters) - "
    dateline_date: str | None = None  # ISO date of "WASHINGTON, Oct. 28, 1998 -- "
    stamp_date: str | None = None  # ISO date of a wire stamp "NYT-02-22-99 1101EST"
    not_article: str | None = None  # why the text is wire furniture as a whole (a budget)
    removed_characters: int = 0

    def drop(self, text: str, reason: str) -> None:
        self.dropped.append(DroppedParagraph(text, reason))


def clean_text(raw: str, *, find_title: bool = False, known_title: str | None = None,
               known_subheads: Collection[str] = ()) -> CleanText:
    """Split raw article text into clean paragraphs and record everything dropped.

    With ``find_title`` the first kept line that looks like a headline becomes ``title``; a
    paragraph repeating ``known_title`` (or the found title) is dropped as a repeated headline.
    ``known_subheads`` are lines the source marked as headings (HTML ``<h2>``).
    """
    sanitized = sanitize(unicodedata.normalize("NFC", raw).lstrip("\ufeff"))
    result = CleanText(removed_characters=sanitized.removed)
    paragraphs = split_paragraphs(curl_tex_quotes(sanitized.text))
    in_links = False  # inside an "On the Net:" block
    seen: set[str] = set()
    pending_subheads: list[str] = []
    headline = _normalise(known_title) if known_title else None
    for index, paragraph in enumerate(paragraphs):
        key = _normalise(paragraph)
        if not key:
            result.drop(paragraph, "no words")
            continue
        if key == headline:
            result.drop(paragraph, "repeated headline")
            continue
        if key in seen:
            result.drop(paragraph, "repeated paragraph")
            continue
        seen.add(key)
        if in_links and is_link_line(paragraph):
            result.drop(paragraph, "'On the Net:' links")
            continue
        in_links = False
        header = copyright_header(paragraph) if not result.paragraphs else None
        if header:
            result.drop(header.strip(), "copyright notice")
            paragraph = paragraph[len(header):]
        rule = RULE.search(paragraph)  # "... that easy. _______ (To publish this article ..."
        if rule and rule.start() > 0 and furniture_reason(paragraph[rule.end():]):
            result.drop(paragraph[rule.start():].strip(),
                        furniture_reason(paragraph[rule.end():]) or "")
            paragraph = paragraph[:rule.start()].rstrip()
        if _take_furniture(result, paragraph):
            in_links = result.dropped[-1].reason == "'On the Net:' links"
            continue
        paragraph = _cut_wire_notes(result, paragraph)
        if not paragraph:
            continue
        if find_title and result.title is None and not result.paragraphs and _looks_like_title(
            paragraph, remaining=len(paragraphs) - index - 1
        ):
            result.title = paragraph
            headline = key
        elif paragraph in known_subheads or is_subhead(paragraph) or (
            result.paragraphs and _looks_like_subhead(paragraph)
        ):
            pending_subheads.append(paragraph)
        else:
            result.subheads.extend(pending_subheads)
            pending_subheads.clear()
            result.paragraphs.append(paragraph)
    # A heading after the last paragraph heads nothing: it is page furniture.
    for subhead in pending_subheads:
        result.drop(subhead, "heading with no text after it")
    result.not_article = not_an_article(result.paragraphs, [d.reason for d in result.dropped])
    _take_kicker(result)
    _take_dateline(result)
    _take_inner_datelines(result)
    _take_bio(result)
    _take_trailing_agency(result)
    # after the furniture and datelines, whose shapes use the wire's dashes
    result.paragraphs = [wire_dashes(paragraph) for paragraph in result.paragraphs]
    return result


def _cut_wire_notes(result: CleanText, paragraph: str) -> str:
    """Cut an editors' note glued to article text in one paragraph, in brackets before the text
    ("(Eds: This story also moved ...) Naomi Campbell ...") or after it ("... EDITOR: For ...").
    What is left of a trailer ("(Shep Morgan is a free-lance writer.) EDITOR: ...") goes too
    when it is only a bracketed aside."""
    if paragraph.startswith("("):
        close = paragraph.find(")")
        if close > 0 and furniture_reason(paragraph[: close + 1]) == "editors' note":
            result.drop(paragraph[: close + 1], "editors' note")
            paragraph = paragraph[close + 1:].lstrip()
    if is_contact(paragraph):
        paragraph = _cut_contact_sentences(result, paragraph)
    cut = editors_note_inside(paragraph)
    if cut is not None:
        result.drop(paragraph[cut:].strip(), "editors' note")
        paragraph = paragraph[:cut].rstrip()
        if _BRACKETED.fullmatch(paragraph):
            result.drop(paragraph, "aside before an editors' note")
            return ""
    return paragraph


def _take_furniture(result: CleanText, paragraph: str) -> bool:
    """Drop a non-article paragraph, keeping what it says about the article; True if dropped."""
    stripped = paragraph.strip()
    source = _SOURCE_LINE.match(stripped)
    if source:
        result.outlet = result.outlet or source["outlet"].strip()
        result.drop(paragraph, "source line")
        return True
    byline = _BYLINE.match(stripped)
    if byline and len(stripped.split()) <= 12:
        if not result.author:
            author = _LINE_FULL_STOP.sub("", byline["author"])
            result.author, result.author_found_in = author, "byline"
        result.drop(paragraph, "byline")
        return True
    reason = boilerplate_reason(stripped) or furniture_reason(stripped)
    if reason:
        stamp = WIRE_STAMP.fullmatch(stripped)
        if stamp and not result.stamp_date:
            result.stamp_date = _iso(int("19" + stamp["year"] if stamp["year"] >= "50"
                                         else "20" + stamp["year"]),
                                     int(stamp["month"]), int(stamp["day"]))
        result.drop(paragraph, reason)
        return True
    return False


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
            elif (_PARAGRAPH_END.search(current) and not _ABBREVIATION_AT_END.search(current)
                  and _starts_paragraph(line)):
                paragraphs.append(current)
                current = line
            else:
                current = join_wrapped(current, line)
        if current:
            paragraphs.append(current)
    return [re.sub(r"[ \t\u00a0]+", " ", paragraph).strip() for paragraph in paragraphs]


def _starts_paragraph(line: str) -> bool:
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘`([—–-•*#"


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
    if _CAPTION.search(stripped) and len(stripped.split()) <= CAPTION_MAX_WORDS:
        return "photo caption"  # a whole article on one line may say "in this photo" too
    if _CONTRIBUTED.search(stripped) and len(stripped.split()) <= 12:
        return "contributor credit"
    if _CREDIT.match(stripped):
        return "contributor credit"
    return None


def is_subhead(paragraph: str) -> bool:
    """An ALL-CAPS line such as "THE UPSIDE FOR RUSSIA": a subhead, not a sentence."""
    letters = [c for c in paragraph if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(paragraph) <= 120


def _looks_like_subhead(paragraph: str) -> bool:
    """A short capitalised line without final punctuation inside the text ("Right-wing
    resistance"): a heading between paragraphs, never a sentence to quote."""
    words = paragraph.split()
    return (
        1 <= len(words) <= SUBHEAD_MAX_WORDS
        and paragraph[0].isupper()
        and not _FINAL_PUNCTUATION.search(paragraph)
        and not paragraph.endswith(")")
    )


def _looks_like_title(paragraph: str, *, remaining: int) -> bool:
    return (
        remaining > 0
        and len(paragraph.split()) <= TITLE_MAX_WORDS
        and not _FINAL_PUNCTUATION.search(paragraph)
    )


def _cut_contact_sentences(result: CleanText, paragraph: str) -> str:
    """A contact note inside a long paragraph ("... anyway. Thomas Ropp can be reached at
    thomas.ropp(at)pni.com via e-mail. Are you obese? ..."): the note goes, the text stays."""
    sentences = split_sentences(paragraph)
    kept = [sentence for sentence in sentences if not is_contact(sentence)]
    if len(kept) == len(sentences):
        return paragraph
    for sentence in sentences:
        if is_contact(sentence):
            result.drop(sentence, "contact notice")
    return " ".join(kept)


def _take_dateline(result: CleanText) -> None:
    """Move "BUSAN: " or "LOS ANGELES (Reuters) - " off the start of the story into metadata
    (a standfirst may come before it, so the first three paragraphs are looked at)."""
    for index, paragraph in enumerate(result.paragraphs[:3]):
        undated = _UNDATED.match(paragraph)
        if undated:
            result.paragraphs[index] = paragraph[undated.end():]
            result.drop(undated.group(0).strip(), "dateline (undated)")
            return
        match = _dateline(paragraph)
        if not match:
            continue
        parts = (match["place"].strip(), match["region"], match["when"])
        result.dateline = ", ".join(part for part in parts if part)
        agency = match["agency"]
        # "(xinhua)": a wire that writes its own name in lower case is still a name
        result.dateline_outlet = agency.title() if agency and agency.islower() else agency
        result.dateline_date = _dateline_date(match)
        result.paragraphs[index] = paragraph[match.end():]
        result.drop(match.group(0).strip(), "dateline")
        return


def _take_inner_datelines(result: CleanText) -> None:
    """Drop a dateline that opens a later paragraph ("IZMIT, Turkey _ Rescue teams ..."): a
    second take or a merged story of the wire keeps its own. Only the wire's separators count
    here ("_", "--"): a colon inside the text opens a quotation or a transcript's speaker,
    unless a roundup's country name in capitals stands before it ("GERMANY: ...")."""
    result.paragraphs = [piece for paragraph in result.paragraphs
                         for piece in _split_at_inner_slugs(result, paragraph)]
    for index, paragraph in enumerate(result.paragraphs):
        slug = _COUNTRY_SLUG.match(paragraph)
        if slug and slug.group(1).title() in _country_names():
            # a roundup's country slug ("GERMANY: Health-conscious Germans ..."): the place
            # the paragraph reports from, written as wire furniture
            result.paragraphs[index] = paragraph[slug.end():]
            result.drop(slug.group(0).strip(), "country slug of a roundup")
            continue
        match = _dateline(paragraph)
        if index == 0 or not match or match["separator"] not in ("_", "--"):
            continue
        result.paragraphs[index] = paragraph[match.end():]
        result.drop(match.group(0).strip(), "dateline inside the text")


#: "GERMANY: ", "SOUTH AFRICA: " opening a paragraph of a roundup.
_COUNTRY_SLUG = re.compile(r"([A-Z]{3,}(?: [A-Z]{2,}){0,2}):\s+(?=[A-Z“\"])")
#: The same slug after a sentence's end, in a roundup sent as one paragraph.
_INNER_COUNTRY_SLUG = re.compile(r"(?<=[.!?”\"’])\s+([A-Z]{3,}(?: [A-Z]{2,}){0,2}):\s+(?=[A-Z“\"])")


def _split_at_inner_slugs(result: CleanText, paragraph: str) -> list[str]:
    """A roundup sent as one paragraph ("... a step ahead. CANADA: Toronto tried ..."): each
    country's part is a paragraph of its own, its slug dropped as at a paragraph's start."""
    pieces, start = [], 0
    for slug in _INNER_COUNTRY_SLUG.finditer(paragraph):
        if slug.group(1).title() not in _country_names():
            continue
        pieces.append(paragraph[start:slug.start()])
        result.drop(slug.group(0).strip(), "country slug of a roundup")
        start = slug.end()
    pieces.append(paragraph[start:])
    return [piece for piece in pieces if piece.strip()]


def _dateline(paragraph: str) -> re.Match[str] | None:
    """The dateline opening a paragraph, when its parts read as one."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match["place"].strip()
    # "COEUR d'ALENE": a particle of a French or Spanish name may stay in lower case
    letters = re.sub(r"(?:^| )(?:d['’]|de|del|da|la|le|du)(?= |(?<=['’]))", " ", place)
    if len(place.split()) > 4 or not letters.replace(" ", "").replace(".", "").isupper():
        return None
    region = match["region"]
    # With the Times wire's underscore a country may follow the city ("IZMIT, Turkey _ "); a
    # dash after "NATO, Russia" is too common in headlines for that.
    if region and not (match["agency"] or region in _US_STATES
                       or _STATE_ABBREVIATION.fullmatch(region) or region.isupper()
                       or (match["separator"] == "_" and region in _country_names())):
        return None
    bare = not (region or match["when"] or match["agency"] or match["full_date"])
    if bare and _is_title_case(paragraph[match.end():]):  # "BOOM: Trump Just Fired ...":
        return None  # a label before a headline, not a place before a story
    return match


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Country names and their common spellings ("Turkey", "Netherlands"), from countryinfo."""
    from countryinfo import all_countries  # loaded on the first dateline that needs it

    names: set[str] = set()
    for country in all_countries():
        info = country.info()
        for name in (info.get("name"), *(info.get("altSpellings") or ())):
            if name and not name.isupper():  # "TR", "TUR" are codes, not names
                names.add(name.strip())
    return frozenset(names)


def _dateline_date(match: re.Match[str]) -> str | None:
    """The ISO date a dateline names in full ("Oct. 28, 1998"), or None without a year."""
    written = match["full_date"] or (match["when"] if match["year"] else None)
    if not written:
        return None
    parts = re.match(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})", written)
    month = _MONTH_NUMBERS.get(parts[1].lower()) if parts else None
    if not parts or not month:
        return None
    return _iso(int(parts[3]), month, int(parts[2]))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _take_kicker(result: CleanText) -> None:
    """Drop a label such as "BREAKING: " or "EXCLUSIVE – " off the start of the story: it names
    no place, and the story (or a dateline) follows it."""
    for index, paragraph in enumerate(result.paragraphs[:3]):
        match = _KICKER.match(paragraph)
        if match:
            result.paragraphs[index] = paragraph[match.end():]
            result.drop(match.group(0).strip(), "kicker")
            return


def _is_title_case(text: str) -> bool:
    """Whether a text is set like a headline: every word capitalised but the small ones ("Trump
    Just Fired A Missile At the Border"). A story's sentence always has lower-case words of
    substance ("met", "leader")."""
    words = _LETTERS.findall(text)
    lower = [w for w in words if w[0].islower() and len(w) > 1 and w not in _TITLE_SMALL_WORDS]
    return len(words) >= 4 and not lower


def _take_bio(result: CleanText) -> None:
    """The writer's bio in the last two paragraphs: dropped, and its name kept as the author."""
    for index in range(len(result.paragraphs) - 1, max(len(result.paragraphs) - 3, -1), -1):
        paragraph = result.paragraphs[index]
        match = _BIO.match(paragraph)
        if match and len(paragraph.split()) <= 60 and index > 0:
            if not result.author:
                result.author, result.author_found_in = match["author"], "author bio"
            result.drop(result.paragraphs.pop(index), "author bio")
            return


def _take_trailing_agency(result: CleanText) -> None:
    """"... alliance. (Yonhap)": the agency is the outlet, not part of the last sentence."""
    if not result.paragraphs:
        return
    match = _TRAILING_AGENCY.search(result.paragraphs[-1])
    if match:
        result.trailing_outlet = match["outlet"]
        result.paragraphs[-1] = result.paragraphs[-1][: match.start()].rstrip()
        result.drop(match.group(0).strip(), "agency credit")


def _normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()
