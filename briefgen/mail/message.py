"""Build, read and write the MIME message: subject, two alternative bodies, attachments."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import os
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email import policy
from email.header import Header, decode_header, make_header
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from briefgen.epoch import build_time
from briefgen.mail.addresses import Mailbox
from briefgen.mail.bodies import html_body, plain_body
from briefgen.mail.errors import MailError
from briefgen.model import Brief
from briefgen.sanitize import safe_text
from briefgen.writers.atomic import atomic_path

# CRLF line endings and 78-column folding: what SMTP and .eml readers expect.
MAIL_POLICY = policy.SMTP
DRAFT_DOMAIN = "briefgen.invalid"  # .invalid: a Message-ID domain that can never clash
MAX_SUBJECT = 250

CONTENT_TYPES: dict[str, str] = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".md": "text/markdown",
    ".json": "application/json",
    ".txt": "text/plain",
    ".html": "text/html",
    ".eml": "message/rfc822",
}
# Characters Windows, macOS or a mail client would choke on in an attachment's file name.
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"*/:<>?\\|\u2028\u2029]')
MAX_NAME = 120
# What must never be inside one header's decoded value: a line break hidden in an encoded word
# ("=?utf-8?q?a=0D=0AX-Injected:_yes?=") becomes a header of its own in any client that decodes.
_HEADER_BREAK = re.compile("[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ADDRESS_HEADERS = {"from", "sender", "reply-to", "to", "cc", "bcc", "resent-to", "resent-cc",
                    "resent-bcc", "resent-from"}


@dataclass(frozen=True)
class Attachment:
    """An attachment as listed by --dry-run: its file name, content type and size."""

    filename: str
    content_type: str
    size: int


def brief_subject(brief: Brief) -> str:
    """``[MARKING] Title - date``; the marking only when the template has one."""
    prefix = f"[{brief.marking}] " if brief.marking else ""
    return header_text(f"{prefix}{brief.title} - {brief.date}")


def header_text(text: str) -> str:
    """Text safe for one header: line breaks and controls become spaces, so no injection."""
    flat = " ".join(safe_text(text).split())
    return flat if len(flat) <= MAX_SUBJECT else flat[: MAX_SUBJECT - 1].rstrip() + "…"


def brief_message(
    brief: Brief,
    attachments: Sequence[Path],
    *,
    citation_style: str = "numbers",
    environ: Mapping[str, str] = os.environ,
) -> EmailMessage:
    """The draft of a brief: ``X-Unsent: 1``, no recipients yet, both bodies, files attached."""
    names = [safe_attachment_name(path.name) for path in attachments]
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = brief_subject(brief)
    message["X-Unsent"] = "1"  # Outlook and Apple Mail open such a file as a draft to send
    message.set_content(plain_body(brief, names, citation_style))
    message.add_alternative(html_body(brief, names, citation_style), subtype="html")
    _attach_all(message, attachments)
    _stamp(message, environ)
    return message


def files_message(
    attachments: Sequence[Path], subject: str, *, environ: Mapping[str, str] = os.environ
) -> EmailMessage:
    """A plain message carrying files that are not a brief we can read (no bottom line)."""
    names = [safe_attachment_name(path.name) for path in attachments]
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = header_text(subject)
    message.set_content(f"Attached: {', '.join(names)}\n")
    _attach_all(message, attachments)
    _stamp(message, environ)
    return message


def addressed(
    draft: EmailMessage,
    sender: Mailbox,
    to: Sequence[Mailbox],
    cc: Sequence[Mailbox] = (),
    subject: str | None = None,
    now: dt.datetime | None = None,
) -> EmailMessage:
    """A copy of the draft ready to send: From/To/Cc set, no Bcc, no X-Unsent, new Date and ID."""
    message = email.message_from_bytes(draft.as_bytes(policy=MAIL_POLICY), policy=MAIL_POLICY)
    assert isinstance(message, EmailMessage)
    defuse_headers(message)
    for name in ("From", "Sender", "To", "Cc", "Bcc", "X-Unsent", "Date", "Message-ID"):
        del message[name]
    if subject is not None:
        del message["Subject"]
        message["Subject"] = header_text(subject)
    message["From"] = sender.header()
    if to:
        message["To"] = [mailbox.header() for mailbox in to]
    if cc:
        message["Cc"] = [mailbox.header() for mailbox in cc]
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain=sender.addr_spec.rpartition("@")[2])
    return message


def attachments_of(message: EmailMessage) -> list[Attachment]:
    """Every attachment: file name, content type and decoded size."""
    found = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True) or b""
        found.append(Attachment(part.get_filename() or "(unnamed)", part.get_content_type(),
                                len(payload)))
    return found


def safe_attachment_name(name: str) -> str:
    """A file name every mail client and file system accepts; the suffix is kept."""
    name = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)
    name = " ".join(_UNSAFE_NAME.sub("_", name).split()).strip(". ")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = f".{suffix[:16]}" if suffix else ""
    stem = stem[: MAX_NAME - len(suffix)] or "attachment"
    return stem + suffix


def content_type(path: Path) -> tuple[str, str]:
    """(maintype, subtype) by suffix; unknown kinds travel as application/octet-stream."""
    maintype, _, subtype = CONTENT_TYPES.get(path.suffix.lower(),
                                             "application/octet-stream").partition("/")
    return maintype, subtype


def read_message(path: Path) -> EmailMessage:
    """An .eml file (e.g. a draft written by ``build --eml``), refused if it is not a message."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise MailError(f"{path}: cannot read: {error.strerror or error}") from None
    message = email.message_from_bytes(data, policy=MAIL_POLICY)
    assert isinstance(message, EmailMessage)
    try:
        defuse_headers(message)
    except MailError as error:
        raise MailError(f"{path}: {error}") from None
    if message.defects or not (message["Subject"] or message["Content-Type"]):
        raise MailError(f"{path}: not an e-mail message (no Subject or Content-Type header)")
    return message


def defuse_headers(message: EmailMessage) -> None:
    """Flatten, in every part, each header whose decoded value hides a line break or control.

    The raw header is one line, but an encoded word may decode to CR/LF: a mail client, a
    relay or our own --dry-run that decodes it would see a header the sender never wrote. Such
    a value is re-encoded as one line of text; an address header that hides one is refused
    (who would get the message is not something to guess).
    """
    for part in message.walk():
        items = list(part.raw_items())
        fixed = [(name, _flat_header(raw)) for name, raw in items]
        for name, new in fixed:
            if new is not None and name.lower() in _ADDRESS_HEADERS:
                raise MailError(f"the {name} header hides a line break or control character "
                                "(refused: it could add headers or recipients)")
        if all(new is None for _name, new in fixed):
            continue
        for name in {name for name, _raw in items}:
            del part[name]
        for (name, raw), (_name, new) in zip(items, fixed, strict=True):
            part.set_raw(name, raw if new is None else new)


def _flat_header(raw: str) -> str | None:
    """The raw value re-encoded as one safe line, or None when it is safe as it is."""
    unfolded = _FOLD.sub("", str(raw))
    try:
        decoded = str(make_header(decode_header(unfolded)))
    except Exception:  # an unknown charset or broken encoded word: judge the raw text alone
        decoded = unfolded
    if not _HEADER_BREAK.search(decoded) and not _HEADER_BREAK.search(unfolded):
        return None
    flat = " ".join(_HEADER_BREAK.sub(" ", decoded).split())
    return flat if flat.isascii() else Header(flat, "utf-8").encode(linesep="\r\n")


def write_message(message: EmailMessage, path: Path) -> Path:
    """Write the message as an .eml file, whole or not at all."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(message.as_bytes(policy=MAIL_POLICY))
    return path


def message_size(message: EmailMessage) -> int:
    """Size on the wire, in bytes (what a server's size limit counts)."""
    return len(message.as_bytes(policy=MAIL_POLICY))


def _attach_all(message: EmailMessage, attachments: Sequence[Path]) -> None:
    for path in attachments:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise MailError(f"{path}: cannot attach: {error.strerror or error}") from None
        maintype, subtype = content_type(path)
        # Bytes travel as base64 whatever the type, so every attachment arrives byte-identical.
        message.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=safe_attachment_name(path.name))


def _stamp(message: EmailMessage, environ: Mapping[str, str]) -> None:
    """Date, Message-ID and MIME boundaries; all fixed by SOURCE_DATE_EPOCH for reproducibility."""
    fixed = build_time(dict(environ))
    digest = hashlib.sha256()
    for part in message.walk():
        if not part.is_multipart():
            digest.update(part.as_bytes(policy=MAIL_POLICY))
    fingerprint = digest.hexdigest()
    if fixed is not None:
        when = fixed
        message_id = f"<{fingerprint[:32]}@{DRAFT_DOMAIN}>"
    else:
        when = dt.datetime.now(dt.UTC)
        message_id = f"<{uuid.uuid4().hex}@{DRAFT_DOMAIN}>"
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id
    # The email package draws boundaries at random; derive them from the content instead.
    for index, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"=_briefgen_{fingerprint[:24]}_{index}")
