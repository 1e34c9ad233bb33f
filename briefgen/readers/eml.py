"""Reader for articles forwarded by e-mail (.eml): the body, and attachments that are articles.

A forwarded article arrives either inline (the body is the article, after a "Forwarded message"
header block) or attached (the body is a cover note such as "FYI, see attached"). The body is
an article when it is the only thing in the message or long enough to be one; each attachment
with a readable type (or a forwarded message attached whole) is read by its own reader.
"""

from __future__ import annotations

import datetime as dt
import email
import re
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from briefgen.encoding import decode_declared
from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.readers.assemble import Metadata, Origin

if TYPE_CHECKING:
    from briefgen.readers import ReadOptions

# A cover note shorter than this is not an article when the message also attaches articles.
COVER_NOTE_MAX_WORDS = 60
_SUBJECT_PREFIX = re.compile(r"^\s*((fwd?|fw|re|tr|wg|aw)\s*:\s*)+", re.IGNORECASE)
_FORWARD_MARKER = re.compile(
    r"^\s*(-{2,}\s*(forwarded|original) message\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(r"^\s*(from|date|sent|subject|to|cc|reply-to)\s*:.*$", re.IGNORECASE)


def read(data: bytes, origin: Origin, options: ReadOptions) -> list[Article]:
    """The articles in one e-mail: its body if it is one, then its article attachments."""
    try:
        message = email.message_from_bytes(data, policy=policy.default)
    except Exception as error:  # the parser is lenient; anything it raises means "not e-mail"
        raise InputError(origin.name, f"not a readable e-mail ({error})") from None
    if not isinstance(message, EmailMessage) or not message.keys():
        raise InputError(origin.name, "not an e-mail message (no headers)")
    return articles_in(message, origin, options)


def articles_in(message: EmailMessage, origin: Origin, options: ReadOptions) -> list[Article]:
    """The body (if it is an article) and the attached articles; an attachment that cannot be
    read is noted on the first article, or raised when nothing else is readable."""
    attached, problems = _attachment_articles(message, origin, options)
    body = _body_article(message, origin, options)
    articles = attached
    if body is not None and (not attached or body.word_count > COVER_NOTE_MAX_WORDS):
        articles = [body, *attached]
    if not articles:
        if problems:
            raise problems[0]
        raise InputError(origin.name, "no article text found in the e-mail or its attachments")
    if problems:
        first = articles[0]
        notes = (*first.notes, *(f"skipped {problem}" for problem in problems))
        articles[0] = replace(first, notes=notes)
    return articles


def _body_article(message: EmailMessage, origin: Origin, options: ReadOptions) -> Article | None:
    from briefgen.readers.html import article_from_page
    from briefgen.readers.text import article_from_text

    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return None
    decoded = decode_declared(part.get_payload(decode=True) or b"", origin.name,
                              options.encoding, part.get_content_charset())
    subject = _SUBJECT_PREFIX.sub("", _header(message, "Subject")).strip() or None
    sender = _header(message, "From")
    notes = (*decoded.notes, f"e-mail from {sender}" if sender else "e-mail")
    try:
        if part.get_content_type() == "text/html":
            return article_from_page(decoded.text, origin, notes)
        text, forwarded = strip_forward_headers(decoded.text)
        metadata = Metadata(found_in="e-mail subject", title=forwarded.subject or subject,
                            date=header_date(forwarded.date), notes=notes,
                            date_found_in="forwarded message's Date header")
        return article_from_text(text, origin, metadata)
    except InputError:
        return None  # an empty body is fine when attachments carry the articles


def _header(message: EmailMessage, name: str) -> str:
    """A header's value as one line, or "" when absent."""
    try:
        value = str(message.get(name, ""))
    except Exception:  # the stdlib's address parser raises IndexError on 'From: "' and the like
        value = next((raw for key, raw in message.raw_items() if key.lower() == name.lower()), "")
    return " ".join(str(value).split())


@dataclass(frozen=True)
class ForwardedHeaders:
    """What the header block of a forwarded message said about it."""

    subject: str | None = None
    date: str | None = None  # as written: "Tue, Oct 29, 2024 at 8:00 AM"


def strip_forward_headers(text: str) -> tuple[str, ForwardedHeaders]:
    """The text without forwarding header blocks and "> " quoting; the forwarded Subject and
    Date (the first block's)."""
    lines = [re.sub(r"^(> ?)+", "", line) for line in text.splitlines()]
    subject: str | None = None
    date: str | None = None
    kept: list[str] = []
    in_header = False
    for line in lines:
        if _FORWARD_MARKER.match(line):
            in_header = True
            continue
        if in_header:
            if _HEADER_LINE.match(line):
                name, _, value = line.partition(":")
                if name.strip().lower() == "subject":
                    subject = _SUBJECT_PREFIX.sub("", value).strip() or None
                elif name.strip().lower() in ("date", "sent") and date is None:
                    date = value.strip() or None
                continue
            if not line.strip():
                in_header = False
                continue
            in_header = False
        kept.append(line)
    return "\n".join(kept), ForwardedHeaders(subject, date)


_WRITTEN_DATE = re.compile(
    r"\b(?:(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}),? (?P<year>\d{4})"
    r"|(?P<day2>\d{1,2}) (?P<month2>[A-Z][a-z]{2,8})\.? (?P<year2>\d{4}))\b"
)


def header_date(value: str | None) -> str | None:
    """The ISO date of a Date header, RFC 2822 ("Tue, 29 Oct 2024 08:00:00 +0000") or as mail
    programs write it in a forward ("Tue, Oct 29, 2024 at 8:00 AM", "29 October 2024 08:00")."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    match = _WRITTEN_DATE.search(value)
    if not match:
        return None
    month = (match["month"] or match["month2"])[:3].lower()
    day, year = int(match["day"] or match["day2"]), int(match["year"] or match["year2"])
    try:
        return dt.date(year, _MONTHS.index(month) + 1, day).isoformat()
    except ValueError:  # "Feb 30", or a word that only looks like a month
        return None


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _attachment_articles(message: EmailMessage, origin: Origin,
                         options: ReadOptions) -> tuple[list[Article], list[InputError]]:
    from briefgen.readers import READERS

    articles: list[Article] = []
    problems: list[InputError] = []
    for part in message.iter_attachments():
        name = part.get_filename() or ""
        where = Origin(name=f"{origin.name} (attachment {name or part.get_content_type()})",
                       path=origin.path)
        try:
            if part.get_content_type() == "message/rfc822":
                inner = part.get_content()
                if isinstance(inner, EmailMessage):
                    articles.extend(articles_in(inner, where, options))
                continue
            reader = READERS.get(PurePath(name).suffix.lower())
            if reader is None:
                continue  # images, signatures, calendar invites: not articles
            articles.extend(reader(part.get_payload(decode=True) or b"", where, options))
        except InputError as problem:
            problems.append(problem)
    return articles, problems
