"""Deliver a message over SMTP: TLS, AUTH, per-recipient refusals and retries of 4xx replies."""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefgen.errors import register_secret
from briefgen.mail.config import MailSettings
from briefgen.mail.credentials import Credentials
from briefgen.mail.errors import MailError
from briefgen.mail.message import message_size
from briefgen.mail.outbox import Outgoing

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class Refusal:
    """A server reply refusing something: the SMTP code and its text on one line."""

    code: int
    text: str

    @property
    def temporary(self) -> bool:
        return 400 <= self.code < 500

    def __str__(self) -> str:
        return f"{self.code} {self.text}".strip()


@dataclass(frozen=True)
class Delivery:
    """What happened: who got the message, who refused it and why, after how many attempts."""

    delivered: tuple[str, ...]
    refused: dict[str, Refusal] = field(default_factory=dict)
    attempts: int = 1

    def refused_summary(self) -> str:
        """One line naming every refused recipient and the reason the server gave."""
        listed = "; ".join(f"{address} ({reason})" for address, reason in self.refused.items())
        others = (f"; delivered to the other {len(self.delivered)}" if self.delivered
                  else "; delivered to nobody")
        return f"recipient(s) refused: {listed}{others}"


class _Temporary(Exception):
    """A 4xx reply to the whole transaction: worth another attempt after a pause."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


def check_size(item: Outgoing, settings: MailSettings) -> int:
    """The message's size in bytes; a one-line error when it is above the configured limit."""
    size = message_size(item.message)
    if size > settings.max_size:
        raise MailError(f"message is {_megabytes(size)}, above the {_megabytes(settings.max_size)}"
                        " limit (--max-size or max_size in the config file); nothing sent")
    return size


def deliver(
    item: Outgoing,
    settings: MailSettings,
    credentials: Credentials | None,
    *,
    sleep: Sleep = time.sleep,
) -> Delivery:
    """Send to every recipient; retry temporary failures, report permanent refusals per recipient.

    Raises MailError (one line) when nothing more can be delivered: unreachable server, TLS
    failure, refused authentication, refused sender or message, too large a message.
    """
    if not settings.host:
        raise MailError(f"no SMTP server: give --smtp-host, set BRIEFGEN_SMTP_HOST, or set host "
                        f"under [mail] in {settings.config_path}")
    check_size(item, settings)
    context = tls_context(settings)
    pending = list(item.recipients)
    delivered: list[str] = []
    refused: dict[str, Refusal] = {}
    delays: Sequence[float] = settings.retry_delays
    attempt = 0
    while True:
        attempt += 1
        try:
            rejected = _transaction(item, pending, settings, credentials, context)
        except _Temporary as problem:
            if attempt > len(delays):
                raise MailError(_partial(f"{problem} (still failing after {attempt} attempts)",
                                         delivered)) from None
            sleep(delays[attempt - 1])
            continue
        except MailError as error:
            raise MailError(_partial(str(error), delivered)) from None
        delivered += [address for address in pending if address not in rejected]
        refused.update({a: r for a, r in rejected.items() if not r.temporary})
        pending = [a for a, r in rejected.items() if r.temporary]
        if not pending:
            break
        if attempt > len(delays):
            refused.update({a: rejected[a] for a in pending})  # still deferred: report them
            break
        sleep(delays[attempt - 1])
    return Delivery(tuple(delivered), refused, attempt)


def _transaction(item: Outgoing, recipients: Sequence[str], settings: MailSettings,
                 credentials: Credentials | None, context: ssl.SSLContext
                 ) -> dict[str, Refusal]:
    """One connection: greet, secure, log in, send; the recipients refused, by address."""
    where = settings.server
    try:
        client = _connect(settings, context)
        try:
            _secure_and_login(client, settings, credentials, context)
            try:
                rejected = client.send_message(item.message, item.sender.addr_spec,
                                               list(recipients))
            except smtplib.SMTPRecipientsRefused as error:
                rejected = error.recipients  # every one of them refused
        finally:
            _close(client)
        return {address: _refusal(code, text) for address, (code, text) in rejected.items()}
    except smtplib.SMTPAuthenticationError as error:
        refusal = _refusal(error.smtp_code, error.smtp_error)
        user = credentials.user if credentials else "?"
        _raise(refusal, f"{where} refused authentication as {user}: {refusal}")
    except smtplib.SMTPSenderRefused as error:
        refusal = _refusal(error.smtp_code, error.smtp_error)
        if refusal.code == 552:
            _raise(refusal, f"{where} refused the message as too large: {refusal}")
        _raise(refusal, f"{where} refused the sender {item.sender.addr_spec}: {refusal}")
    except smtplib.SMTPDataError as error:
        refusal = _refusal(error.smtp_code, error.smtp_error)
        _raise(refusal, f"{where} refused the message: {refusal}")
    except smtplib.SMTPConnectError as error:
        refusal = _refusal(error.smtp_code, error.smtp_error)
        _raise(refusal, f"{where} refused the connection: {refusal}")
    except smtplib.SMTPResponseException as error:
        refusal = _refusal(error.smtp_code, error.smtp_error)
        _raise(refusal, f"{where} replied {refusal}")
    except smtplib.SMTPNotSupportedError as error:
        raise MailError(f"{where}: {_one_line(str(error))}") from None
    except smtplib.SMTPServerDisconnected as error:
        if "timed out" in str(error):  # smtplib reports a read timeout as a disconnection
            raise MailError(f"{where} did not answer: timed out after {settings.timeout:g} s"
                            ) from None
        raise MailError(f"{where} closed the connection unexpectedly") from None
    except smtplib.SMTPException as error:  # before OSError: SMTPException is an OSError
        raise MailError(f"SMTP error with {where}: {_one_line(str(error))}") from None
    except ssl.SSLCertVerificationError as error:
        reason = error.verify_message or error.reason or "certificate verify failed"
        raise MailError(f"TLS failure with {where}: certificate not trusted ({reason}); "
                        "--cafile adds a CA to trust") from None
    except ssl.SSLError as error:
        raise MailError(f"TLS failure with {where}: {error.reason or error}") from None
    except socket.gaierror:
        raise MailError(f"cannot reach SMTP server {where}: unknown host") from None
    except TimeoutError:
        raise MailError(f"cannot reach SMTP server {where}: timed out after "
                        f"{settings.timeout:g} s") from None
    except OSError as error:
        raise MailError(f"cannot reach SMTP server {where}: "
                        f"{error.strerror or error.__class__.__name__}") from None
    raise AssertionError("unreachable")  # pragma: no cover


def tls_context(settings: MailSettings) -> ssl.SSLContext:
    """The system's trusted CAs (plus --cafile), certificate and host name checked."""
    try:
        return ssl.create_default_context(cafile=settings.cafile)
    except (OSError, ssl.SSLError) as error:
        reason = getattr(error, "strerror", None) or getattr(error, "reason", None) or error
        raise MailError(f"{settings.cafile}: cannot load CA certificates: {reason}") from None


def _connect(settings: MailSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    """Connect and read the greeting (given the host, smtplib checks the certificate against it)."""
    host, port = settings.host or "", settings.effective_port
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(host, port, timeout=settings.timeout, context=context)
    return smtplib.SMTP(host, port, timeout=settings.timeout)


def _secure_and_login(client: smtplib.SMTP, settings: MailSettings,
                      credentials: Credentials | None, context: ssl.SSLContext) -> None:
    client.ehlo()
    encrypted = settings.security == "ssl"
    if not encrypted and client.has_extn("starttls"):
        client.starttls(context=context)
        client.ehlo()
        encrypted = True
    elif settings.security == "starttls" and not encrypted:
        raise MailError(f"{settings.server} does not offer STARTTLS (required by --starttls)")
    if credentials is None:
        return
    if not encrypted:
        raise MailError(f"{settings.server} offers no STARTTLS: refusing to send the password "
                        "unencrypted (try --ssl)")
    if not client.has_extn("auth"):
        raise MailError(f"{settings.server} does not offer authentication (AUTH) but a user "
                        f"is configured ({credentials.user})")
    # Whatever echoes it now (a server reply quoting the AUTH data), it is never printed.
    register_secret(credentials.password, credentials.user)
    try:
        client.login(credentials.user, credentials.password)
    except UnicodeEncodeError:
        # smtplib sends AUTH data as ASCII; its error would quote the offending character.
        raise MailError("the SMTP user name or password has non-ASCII characters, which "
                        "smtplib cannot send") from None


def _close(client: smtplib.SMTP) -> None:
    """QUIT, but a failure now must not turn a delivered message into an error (or a resend)."""
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def _raise(refusal: Refusal, message: str) -> None:
    if refusal.temporary:
        raise _Temporary(message)
    raise MailError(message)


def _refusal(code: int, text: bytes | str) -> Refusal:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return Refusal(int(code), _one_line(text))


def _partial(message: str, delivered: Sequence[str]) -> str:
    if delivered:
        return f"{message}; already delivered to {', '.join(delivered)}"
    return f"{message}; nothing sent"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"
