"""Wire-service and newspaper furniture: what a syndicate, a news service or a budget adds to copy.

Newswire text carries messages to the editors who receive it, not to readers: sales notices
("To publish this article, it must be purchased ... 1-732-390-4480"), editors' notes ("Eds:"),
photo and graphics advisories, "On the Net:" link blocks, end and trim marks ("-0-", "ENDIT"),
transmission stamps ("NYT-02-22-99 1101EST"), and whole documents that list other stories (a
budget, a photo package). Each is recognised by its shape (a phone number with a contact word,
a label the trade uses, a list of slugged items), and each removal names its reason.
TeX-style quotation marks (``like this'') from old wire feeds become typographic ones here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.nlp.tokenizer import split_sentences

# ---------------------------------------------------------------------------- quotation marks

_LETTER_OR_DIGIT = re.compile(r"\w")


# The wire's typewriter dashes inside a sentence: "organizations _ the National Academy" and
# "the plan -- and its cost --".
_WIRE_DASH = re.compile(r"(?<=\S) (?:_|--) (?=\S)")


# The Times wire opens the items of a list with an underscore ("_ About three-fifths of ..."),
# others with a dash ("--Russian President Boris Yeltsin agreed ...").
_WIRE_BULLET = re.compile(r"^(?:_ +|--\s*)(?=[A-Z“\"])")


def wire_dashes(text: str) -> str:
    """The New York Times wire's " _ " and the typewriter's " -- " between words become the dash
    they stand for (" — "), as TeX quotes become quotation marks: what a reader sees; the
    wire's "_ " or "--" opening a list item is only its bullet."""
    return _WIRE_DASH.sub(" — ", _WIRE_BULLET.sub("", text))


def curl_tex_quotes(text: str) -> str:
    """``like this'' -> “like this”, `this' -> ‘this’; a '' after a space opens a quotation
    (''Like this,'' in some feeds), anywhere else it closes one.

    An apostrophe inside a word ("don't") is left alone; after a ` opened a single quotation,
    the next ' that is not inside a word closes it.
    """
    if "`" not in text and "''" not in text:
        return text
    out: list[str] = []
    single_open = False
    i, n = 0, len(text)
    while i < n:
        if text.startswith("``", i):
            out.append("“")
            i += 2
        elif text.startswith("'''", i) and single_open:
            out.append("’”")  # `inner,''' : the inner quotation closes first
            single_open = False
            i += 3
        elif text.startswith("''", i):
            before = text[i - 1] if i else " "
            after = text[i + 2] if i + 2 < n else " "
            opens = (before.isspace() or before in "([{—–-/") and not after.isspace()
            out.append("“" if opens else "”")
            i += 2
        elif text[i] == "`":
            out.append("‘")
            single_open = True
            i += 1
        elif text[i] == "'" and single_open:
            inside_word = (i > 0 and _LETTER_OR_DIGIT.match(text[i - 1])
                           and i + 1 < n and _LETTER_OR_DIGIT.match(text[i + 1]))
            if inside_word:
                out.append("'")
            else:
                out.append("’")
                single_open = False
            i += 1
        else:
            if text[i] == "\n" and i + 1 < n and text[i + 1] == "\n":
                single_open = False  # a quotation never runs over a blank line unclosed
            out.append(text[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------- paragraphs

# "404-526-5456", "1-800-444-0267", "(212) 499-3333", "1-732-390-4480".
_PHONE = re.compile(r"(?:\b1-)?(?:\(\d{3}\)\s?|\b\d{3}-)\d{3}-\d{4}\b")
# "pfoutch(at)coxnews.com", "bennye(AT)sfgate.com", "name@example.org".
_EMAIL = re.compile(r"\b[\w.+-]+(?:@|\((?:at|AT)\))[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.[\w-]+\.\S+|\b[\w-]+\.(?:com|org|gov|net|edu)(?:/\S*)?\b")
# Words a contact or sales notice uses around its phone number or address.
_CONTACT = re.compile(
    r"\b(?:contact|call|fax|telex|reach|reached|e-?mail(?: address)?\s*(?::|is|at)|purchas\w*"
    r"|sales|subscri\w*|questions|staffed|editor|manager|chief|representatives?)\b",
    re.IGNORECASE,
)
# The syndicate's own sales formula, with or without a phone number.
_SALES = re.compile(
    r"\bto (?:publish|purchase) (?:this|as a)\b.{0,160}\b(?:purchased|contact|sales|syndicate)\b"
    r"|\bsyndicate sales\b|\bseparate[- ]buy\b"
    r"|\bhave information on how to subscribe\b|\bfor purchase information\b",
    re.IGNORECASE,
)
# Who distributes the copy ("New York Times Special Features", "Cox News Service") ...
_AGENCY = re.compile(r"\b(?:syndicate|news service|special features|newspapers|coxnet)\b",
                     re.IGNORECASE)
# ... and what a syndication notice says about it.
_SYNDICATION = re.compile(
    r"\b(?:clients?|subscribers?|distributed|arrangement|available|filed|moving|moved|for use"
    r"|for sale|for release|web ?site|package)\b",
    re.IGNORECASE,
)
SYNDICATION_MAX_WORDS = 45
NOTICE_MAX_WORDS = 120  # the longest sales notice, listing three representatives, has ~80
AGENCY_LINE_MAX_WORDS = 6
TEXT_AFTER_BRACKET_MIN_WORDS = 3
# "EDITOR:", "EDITORS:", "Eds:", "EDs:", "NOTE TO EDITORS:", "ATTENTION EDITORS:",
# "NONSUBSCRIBERS:", "PLEASE NOTE:", at the start or after a sentence ("...writer.) EDITOR: ").
_EDITORS_NOTE = re.compile(
    r"(?:^|(?<=[.)])\s+)\(?(?:(?:ATTENTION|NOTE TO) EDITORS?|EDITORS?|E[Dd][Ss]?|NONSUBSCRIBERS"
    r"|SUBSCRIBERS|PLEASE NOTE)\s*:"
)
_PHOTO_ADVISORY = re.compile(
    r"\bthe following photos?\b|\bphoto package\b|^\(NYT\d+\)|\bwith photos?\.?$"
    r"|\bphotos?,? (?:layouts )?(?:and|or) graphics\b|\bPageExpress\b",
    re.IGNORECASE,
)
# End and trim marks of wire copy; a line of rules; a transmission stamp.
_END_MARK = re.compile(
    r"-0-|ENDIT|MORE|\$\$\$|X(?: ?X)+|X{2,} END OF STORY|_+|-{3,}|=+|\*+|nn"
    r"|\((?:END )?(?:OPTIONAL )?(?:TRIM|ADD)[^)]{0,40}\)|\(STORY CAN END HERE[^)]{0,60}\)"
    r"|\(MORE\)|\(END\)"
)
WIRE_STAMP = re.compile(
    r"(?P<agency>[A-Z]{2,4})-(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d) \d{4}[A-Z]{3}"
)
# "c.2000 Latin Trade", "c. 1999 Tim Giago": the feature's own copyright line.
_COPYRIGHT_LINE = re.compile(r"c\.\s?(?P<year>\d{4}),?\s.{1,60}")
# "On the Net:" opens a list of links that runs to the end of the block.
_ON_THE_NET = re.compile(r"^on the net\s*:", re.IGNORECASE)
_WEB_NOTICE = re.compile(r"^\(?(?:visit|for (?:more|further|in-depth)\b.{0,60}\bvisit)\b"
                         r"|\bweb ?site\b.{0,40}\bcontains\b", re.IGNORECASE)
LINK_MAX_WORDS = 30
# A slug opening a budget line: "EDITORIAL-ELIAN _", "BC-KANSAS-CREATIONISM-NYT",
# "(NYT32) WASHINGTON --"; a budget of stories is a list of such lines.
_SLUG_LINE = re.compile(
    r"^(?:\(NYT\d+\)\s|BC-[A-Z0-9-]+"
    r"|[A-Z0-9&'.,/:?!]+(?:[- ][A-Z0-9&'.,/:?!]+){0,12}(?:\s\([A-Z][\w .]{1,30}\))?\s_\s)"
)
# Slugs only a budget writes: hyphenated ("EDITORIAL-ELIAN _") or followed by the dateline
# ("HATEGROUPS _ MANNING, S.C. _"), or a photo's number ("(NYT32)").
_BUDGET_SLUG = re.compile(
    r"^(?:\(NYT\d+\)\s|BC-|[A-Z0-9]+(?:-[A-Z0-9]+)+(?:\s\([A-Z][\w .]{1,30}\))?\s_\s"
    r"|[A-Z0-9]+\s_\s[A-Z][A-Z .]+(?:, [\w.]+)?\s_\s)"
)
# Lines of a budget about the budget itself.
_BUDGET = re.compile(r"\bbudgets (?:move|moved)\b|\bbudget information for\b"
                     r"|\bcolumns (?:for release|have moved)\b"
                     r"|\b(?:story|stories|column|feature)s? (?:is |are )?(?:scheduled |expected )?"
                     r"to move (?:at|by|in|on|tonight|today)\b", re.IGNORECASE)
# A leading header such as "WASHINGTON, D.C. 20003 Tel: ... COPYRIGHT 1998 BY WORLDSOURCES,
# INC. ... ATTRIBUTION TO WORLDSOURCES, INC. Everyone seems ...": the notice is in capitals.
_COPYRIGHT_HEADER = re.compile(
    r"^.{0,200}?\bCOPYRIGHT \d{4}\b[^a-z]{0,600}?(?<=[A-Z]\.)\s+"
    r"(?=(?:[^\sa-z]+\s){0,2}[\"“‘]?[A-Za-z]?[a-z])"
)


def furniture_reason(paragraph: str) -> str | None:
    """Why a whole paragraph is wire or newspaper furniture, or None when it is article text."""
    stripped = paragraph.strip()
    words = len(stripped.split())
    if words > NOTICE_MAX_WORDS:  # a story without paragraph breaks is never a notice
        return None
    if _END_MARK.fullmatch(stripped):
        return "wire end or trim mark"
    if stripped.startswith("-0- "):  # the end mark, then what follows the story
        return furniture_reason(stripped[4:]) or "wire end or trim mark"
    if WIRE_STAMP.fullmatch(stripped):
        return "wire transmission stamp"
    if _EDITORS_NOTE.match(stripped) and not _text_after_bracket(stripped):
        return "editors' note"
    if _SALES.search(stripped):
        return "syndicate sales notice"
    if is_contact(stripped) and (stripped.startswith(("(", "--")) or all(
            is_contact(sentence) for sentence in split_sentences(stripped))):
        return "sales or contact notice"  # a story's sentence with a contact is cut apart
    if _PHOTO_ADVISORY.search(stripped):
        return "photo or graphics advisory"
    if _ON_THE_NET.match(stripped):
        return "'On the Net:' links"
    if _URL.search(stripped) and words <= LINK_MAX_WORDS and _WEB_NOTICE.search(stripped):
        return "web link notice"
    if _AGENCY.search(stripped) and (
        words <= AGENCY_LINE_MAX_WORDS
        or (words <= SYNDICATION_MAX_WORDS and _SYNDICATION.search(stripped))
    ):
        return "syndication notice"
    if _COPYRIGHT_LINE.fullmatch(stripped):
        return "copyright line"
    if _BUDGET.search(stripped) and words <= SYNDICATION_MAX_WORDS:
        return "budget notice"
    return None


def is_contact(text: str) -> bool:
    """A phone number or an e-mail address with the words of a contact note ("can be reached
    at", "call", "fax", "sales"): for the paper's clients or readers, not the story."""
    return bool((_PHONE.search(text) or _EMAIL.search(text)) and _CONTACT.search(text))


def _text_after_bracket(paragraph: str) -> bool:
    """Whether article text follows a bracketed opening ("(Eds: ...) Naomi Campbell ...")."""
    close = paragraph.find(")") if paragraph.startswith("(") else -1
    return close > 0 and len(paragraph[close + 1:].split()) >= TEXT_AFTER_BRACKET_MIN_WORDS


# A rule of underscores or dashes before a notice glued to the story's last paragraph.
RULE = re.compile(r"\s(?:_{3,}|-{5,})\s*")


def editors_note_inside(paragraph: str) -> int | None:
    """Where an editors' note starts after article text in the same paragraph, if it does
    ("(Shep Morgan is a free-lance writer.) EDITOR: For further information ...")."""
    match = _EDITORS_NOTE.search(paragraph)
    if match and match.start() > 0:
        return match.start()
    return None


def copyright_header(paragraph: str) -> str | None:
    """A capitalised copyright notice glued to the start of the first paragraph, if any."""
    match = _COPYRIGHT_HEADER.match(paragraph)
    return match.group(0) if match else None


def is_link_line(paragraph: str) -> bool:
    """A line of an "On the Net:" block: a short line that names an address."""
    return bool(_URL.search(paragraph)) and len(paragraph.split()) <= LINK_MAX_WORDS


# ---------------------------------------------------------------------------- documents

DIGEST_MIN_ITEMS = 3
ADVISORY_MAX_PARAGRAPHS = 6
ADVISORY_MAX_WORDS = 250


def not_an_article(paragraphs: Sequence[str], dropped_reasons: Sequence[str]) -> str | None:
    """Why a document is wire furniture as a whole (a budget, a photo package, an advisory)
    rather than an article, or None.

    A budget or a photo package is a list of slugged items ("EDITORIAL-ELIAN _ ...",
    "(NYT42) NEW YORK -- Oct. 20, 1999 -- NY-METS, 10-20 -- ..."); an article has at most one
    such opening, its dateline. A document whose text was all furniture is an advisory.
    """
    slugged = sum(1 for paragraph in paragraphs if _SLUG_LINE.match(paragraph))
    # A column of short items can look the same ("JETBLUE _ Call it Airline.com."): a budget
    # also says it is one, with notices to its clients or with slugs of the trade's own shape.
    budget_like = any(reason in FURNITURE_REASONS for reason in dropped_reasons) or sum(
        1 for paragraph in paragraphs if _BUDGET_SLUG.match(paragraph)) >= 2
    if slugged >= DIGEST_MIN_ITEMS and slugged * 3 >= len(paragraphs) and budget_like:
        photos = sum(1 for paragraph in paragraphs if paragraph.startswith("(NYT"))
        kind = "a photo package" if photos * 2 >= slugged else "a budget of stories"
        return f"wire furniture: {kind} ({slugged} slugged items), not an article"
    # "EDITORS: ... We call your attention to the spot feature described below ...": a note
    # to editors that announces a story, with the story's slugged summary, is an advisory.
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    if ("editors' note" in dropped_reasons and slugged
            and len(paragraphs) <= ADVISORY_MAX_PARAGRAPHS and words <= ADVISORY_MAX_WORDS):
        return "wire furniture: an advisory to editors, not an article"
    if not paragraphs and dropped_reasons:
        wire = [reason for reason in dropped_reasons if reason in FURNITURE_REASONS]
        if wire:
            return f"wire furniture only ({', '.join(sorted(set(wire)))}), not an article"
    if words <= REQUEST_MAX_WORDS and _is_request(paragraphs):
        return "a request (questions and instructions only), not an article"
    return None


#: A tasking ("Describe the activities of ...; include ...") is short.
REQUEST_MAX_WORDS = 200
# The verbs a request for a brief opens its instructions with.
_INSTRUCTION = re.compile(
    r"(?:Describe|Discuss|Explain|Include|Give|List|Identify|Summari[sz]e|Compare|Outline|"
    r"Provide|Track|Assess|Evaluate|Analy[sz]e|Report on|Find|Tell|Name|Note|Consider|"
    r"Specify|Write|Detail|Indicate|Determine|Examine|Investigate|Review|Cover)\b")
# A news item reports someone's words; a request does not.
_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|according to)\b")
#: A request may set the scene first ("Kenya is attempting to ... What developments are
#: there?"): a body this short that ends by asking is one.
REQUEST_FRAMED_MAX_WORDS = 80


def _is_request(paragraphs: Sequence[str]) -> bool:
    """Whether a document only asks: after a title line, every sentence is a question or an
    instruction to the reader ("Describe ...", "What are ...?")."""
    body = list(paragraphs)
    if body and not body[0].rstrip().endswith((".", "?", "!", ":")):
        body = body[1:]  # the title: "Southern Poverty Law Center"
    sentences = [sentence for paragraph in body for sentence in split_sentences(paragraph)]

    def asks(sentence: str) -> bool:
        return sentence.rstrip().endswith("?") or bool(_INSTRUCTION.match(sentence.lstrip()))

    if not sentences:
        return False
    words = sum(len(sentence.split()) for sentence in sentences)
    reports = any(_REPORTING.search(sentence) for sentence in sentences)
    return all(asks(sentence) for sentence in sentences) or (
        words <= REQUEST_FRAMED_MAX_WORDS and asks(sentences[-1]) and not reports
        and sentences[-1].rstrip().endswith("?"))


#: Every reason ``furniture_reason`` and the cleaner give for wire furniture.
FURNITURE_REASONS = frozenset((
    "wire end or trim mark", "wire transmission stamp", "editors' note", "syndicate sales notice",
    "sales or contact notice", "photo or graphics advisory", "'On the Net:' links",
    "web link notice", "syndication notice", "copyright line", "budget notice",
    "copyright notice", "contact notice", "aside before an editors' note",
    "dateline inside the text", "dateline (undated)",
))
