"""What to send: the message, its sender and its envelope recipients, and the --dry-run report."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from briefgen.mail.addresses import Mailbox, parse_mailbox, parse_mailboxes
from briefgen.mail.config import MailSettings
from briefgen.mail.credentials import Credentials
from briefgen.mail.errors import MailError
from briefgen.mail.message import (
    addressed,
    attachments_of,
    brief_message,
    files_message,
    message_size,
    read_message,
)
from briefgen.model import SCHEMA, Brief, brief_from_dict


@dataclass(frozen=True)
class Recipients:
    """Validated recipients; Bcc ones travel in the envelope only, never in a header."""

    to: tuple[Mailbox, ...] = ()
    cc: tuple[Mailbox, ...] = ()
    bcc: tuple[Mailbox, ...] = ()

    @property
    def envelope(self) -> tuple[str, ...]:
        """Every address once, in order To, Cc, Bcc."""
        return tuple(dict.fromkeys(m.addr_spec.lower() for m in (*self.to, *self.cc, *self.bcc)))

    def __bool__(self) -> bool:
        return bool(self.to or self.cc or self.bcc)


@dataclass(frozen=True)
class Outgoing:
    """A message addressed and ready for SMTP."""

    message: EmailMessage
    sender: Mailbox
    recipients: tuple[str, ...]


def recipients(to: Sequence[str] = (), cc: Sequence[str] = (), bcc: Sequence[str] = ()
               ) -> Recipients:
    """Parse and validate every address given on the command line (before anything connects)."""
    return Recipients(parse_mailboxes(tuple(to)), parse_mailboxes(tuple(cc)),
                      parse_mailboxes(tuple(bcc)))


def sender_of(settings: MailSettings) -> Mailbox:
    """The From address: --from, BRIEFGEN_MAIL_FROM or the config file, else the SMTP user."""
    if settings.sender:
        return parse_mailbox(settings.sender)
    if settings.user and "@" in settings.user:
        return parse_mailbox(settings.user)
    raise MailError(f"no sender address: give --from, set BRIEFGEN_MAIL_FROM, or set from = "
                    f"\"you@example.org\" under [mail] in {settings.config_path}")


def draft_from_files(
    files: Sequence[Path], subject: str | None = None, environ: Mapping[str, str] = os.environ
) -> EmailMessage:
    """The message that ``briefgen send FILES`` sends, before it is addressed.

    One ``.eml`` file: that message (e.g. a draft written by ``build --eml``). Otherwise every
    file is attached, except a briefgen JSON brief (``-f json``), which supplies the subject and
    the bodies instead; without one, the subject is --subject or the first file's name.
    """
    if not files:
        raise MailError("nothing to send: give an .eml draft or the files to attach")
    drafts = [path for path in files if path.suffix.lower() == ".eml"]
    if drafts:
        if len(files) > 1:
            raise MailError(f"{drafts[0]}: an .eml message is sent on its own; "
                            "give it without other files")
        return read_message(drafts[0])
    briefs = [(path, brief) for path in files if (brief := _json_brief(path)) is not None]
    if len(briefs) > 1:
        raise MailError(f"{briefs[1][0]}: one JSON brief per message")
    attachments = [path for path in files if path not in {p for p, _ in briefs}]
    for path in attachments:
        if path.is_dir():
            raise MailError(f"{path}: is a directory, not a file to attach")
        if not path.is_file():
            raise MailError(f"{path}: no such file")
    if briefs:
        return brief_message(briefs[0][1], attachments, environ=environ)
    return files_message(attachments, subject or attachments[0].name, environ=environ)


def outgoing(draft: EmailMessage, sender: Mailbox, to: Recipients,
             subject: str | None = None) -> Outgoing:
    """Address the draft; with no recipients given, use the To/Cc/Bcc the draft itself holds."""
    if not to:
        to = Recipients(*(_header_mailboxes(draft, name) for name in ("To", "Cc", "Bcc")))
    if not to:
        raise MailError("no recipients: give --to (or --cc/--bcc)")
    message = addressed(draft, sender, to.to, to.cc, subject)
    return Outgoing(message, sender, to.envelope)


def dry_run_report(item: Outgoing, settings: MailSettings,
                   credentials: Credentials | None, password_problem: str | None = None) -> str:
    """What would be sent, and where, without connecting: headers, recipients, attachments."""
    message = item.message
    lines = [f"{name}: {message[name]}" for name in ("From", "To", "Cc", "Subject", "Date",
                                                     "Message-ID") if message[name]]
    lines.append(f"Envelope sender: {item.sender.addr_spec}")
    lines.append(f"Recipients: {', '.join(item.recipients)}")
    attachments = attachments_of(message)
    lines.append("Attachments:" if attachments else "Attachments: none")
    lines += [f"  {a.filename}  {a.content_type}  {a.size:,} bytes" for a in attachments]
    size = message_size(message)
    over = "  ABOVE THE LIMIT" if size > settings.max_size else ""
    lines.append(f"Size: {size:,} bytes (limit {settings.max_size:,}){over}")
    mode = {"auto": "STARTTLS when offered", "starttls": "STARTTLS required",
            "ssl": "TLS"}[settings.security]
    server = settings.server if settings.host else "(no SMTP server configured)"
    login = f", user {credentials}" if credentials else ""
    if password_problem:
        login = f", {password_problem}"
    lines.append(f"Server: {server} ({mode}){login}")
    lines.append("Not sent (--dry-run).")
    return "\n".join(lines)


def _json_brief(path: Path) -> Brief | None:
    """The brief in a briefgen JSON file, or None when the file is anything else."""
    if path.suffix.lower() != ".json":
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        return None
    try:
        brief = brief_from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) \
            as error:  # a field of the wrong type: a list where a dict belongs, and so on
        problem = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        raise MailError(f"{path}: damaged briefgen brief ({problem[:200]})") from None
    wrong = _not_text(brief)
    if wrong:
        raise MailError(f"{path}: damaged briefgen brief ({wrong} is not text)")
    return brief


def _not_text(brief: Brief) -> str | None:
    """The first field of the rebuilt brief that holds something other than text (or None):
    brief_from_dict copies values as the JSON has them, and a number or a list where a title
    belongs would fail later, deep inside the message's composition."""
    stack: list[tuple[str, object]] = [("brief", brief)]
    while stack:
        where, value = stack.pop()
        if value is None or isinstance(value, str):
            continue
        if isinstance(value, tuple):
            stack.extend((f"{where}[{index}]", item) for index, item in enumerate(value))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            stack.extend((f"{where}.{item.name}", getattr(value, item.name))
                         for item in dataclasses.fields(value))
        else:
            return where
    return None


def _header_mailboxes(message: EmailMessage, name: str) -> tuple[Mailbox, ...]:
    values = message.get_all(name) or []
    return parse_mailboxes(tuple(str(value) for value in values)) if values else ()
