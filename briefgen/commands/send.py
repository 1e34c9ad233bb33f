"""`briefgen send` and the mail steps of `build --eml/--send-to`: options in, mail package out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from briefgen.errors import OutputError
from briefgen.mail.addresses import Mailbox
from briefgen.mail.config import MailSettings, load_settings
from briefgen.mail.credentials import Credentials, find_credentials
from briefgen.mail.errors import MailError
from briefgen.mail.message import brief_message, write_message
from briefgen.mail.outbox import (
    Outgoing,
    Recipients,
    draft_from_files,
    dry_run_report,
    outgoing,
    recipients,
    sender_of,
)
from briefgen.mail.smtp import check_size, deliver
from briefgen.model import Brief
from briefgen.templates import Template

# Options shared by `send` and `build --send-to`; their values go to load_settings() by name.
_SMTP_OPTIONS = (
    click.option("--from", "sender", metavar="ADDR",
                 help="Sender address. [default: from the config file or BRIEFGEN_MAIL_FROM]"),
    click.option("--smtp-host", "host", metavar="HOST", help="SMTP server."),
    click.option("--smtp-port", "port", type=click.IntRange(1, 65535),
                 help="SMTP port. [default: 587, or 465 with --ssl]"),
    click.option("--starttls", "security", flag_value="starttls",
                 help="Require STARTTLS. [default: use it whenever the server offers it]"),
    click.option("--ssl", "security", flag_value="ssl", help="Connect with TLS from the start."),
    click.option("--user", metavar="NAME",
                 help="SMTP user; the password comes from BRIEFGEN_SMTP_PASSWORD or ~/.netrc."),
    click.option("--cafile", type=click.Path(dir_okay=False),
                 help="Extra CA certificates (PEM) to trust for the server's certificate."),
    click.option("--max-size", "max_size", metavar="SIZE",
                 help="Largest message to send, e.g. 10MB. [default: 10MB]"),
    click.option("--dry-run", is_flag=True,
                 help="Print headers, recipients and attachments; do not connect."),
)


def smtp_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """Add the SMTP options to a click command."""
    for option in reversed(_SMTP_OPTIONS):
        function = option(function)
    return function


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path), metavar="[BRIEF FILE]...")
@click.option("--to", multiple=True, metavar="ADDR", help="Recipient; repeat for several.")
@click.option("--cc", multiple=True, metavar="ADDR", help="Copy recipient; repeatable.")
@click.option("--bcc", multiple=True, metavar="ADDR",
              help="Blind copy recipient (never in the headers); repeatable.")
@click.option("--subject", help="Subject. [default: the brief's \"[MARKING] Title - date\"]")
@smtp_options
def send(files: tuple[Path, ...], to: tuple[str, ...], cc: tuple[str, ...],
         bcc: tuple[str, ...], subject: str | None, dry_run: bool, **options: Any) -> None:
    """Send a brief by e-mail: an .eml draft from `build --eml`, or the files to attach.

    With files, a JSON brief (`build -f json`) among them gives the subject and the bottom line
    and sources in the body; the other files are attached.
    """
    addressees = recipients(to, cc, bcc)  # validated before anything else happens
    settings = load_settings(options)
    sender = sender_of(settings)
    item = outgoing(draft_from_files(list(files), subject), sender, addressees, subject)
    dispatch(item, settings, dry_run=dry_run)


@dataclass(frozen=True)
class BuildMail:
    """The mail part of a build, checked before the brief is built."""

    eml: bool
    send_to: Recipients
    settings: MailSettings | None
    sender: Mailbox | None
    dry_run: bool


def plan_build_mail(eml: bool, send_to: Sequence[str], options: dict[str, Any]) -> BuildMail:
    """Validate --send-to addresses and the mail settings up front, so a bad one costs no build."""
    dry_run = bool(options.pop("dry_run", False))
    addressees = recipients(send_to)
    if not addressees:
        return BuildMail(eml, addressees, None, None, dry_run)
    settings = load_settings(options)
    return BuildMail(eml, addressees, settings, sender_of(settings), dry_run)


def finish_build_mail(plan: BuildMail, brief: Brief, template: Template,
                      written: Sequence[Path], eml_path: Path) -> None:
    """Write ``<name>.eml`` and/or send the built files; on failure the files stay on disk."""
    if not plan.eml and not plan.send_to:
        return
    draft = brief_message(brief, written, citation_style=template.citation_style)
    if plan.eml:
        try:
            write_message(draft, eml_path)
        except OSError as error:
            raise OutputError(f"{eml_path}: cannot write: {error.strerror or error}") from None
        click.echo(str(eml_path))
    if plan.send_to and plan.settings and plan.sender:
        try:
            item = outgoing(draft, plan.sender, plan.send_to)
            dispatch(item, plan.settings, dry_run=plan.dry_run)
        except MailError as error:
            raise MailError(f"{error} (the built files are kept)") from None


def dispatch(item: Outgoing, settings: MailSettings, *, dry_run: bool) -> None:
    """Print the dry-run report, or deliver and print who got the message."""
    if dry_run:
        credentials, problem = _credentials_for_report(settings)
        click.echo(dry_run_report(item, settings, credentials, problem))
        check_size(item, settings)
        return
    delivery = deliver(item, settings, find_credentials(settings.host, settings.user))
    if delivery.delivered:
        click.echo(f"sent to {', '.join(delivery.delivered)} via {settings.server}")
    if delivery.refused:
        raise MailError(delivery.refused_summary())


def _credentials_for_report(settings: MailSettings) -> tuple[Credentials | None, str | None]:
    try:
        return find_credentials(settings.host, settings.user), None
    except MailError as error:
        return None, str(error)
