"""The exceptions briefgen raises for problems a user can fix."""

from __future__ import annotations

import base64
import re
import urllib.parse


class BriefgenError(Exception):
    """A problem to report to the user in one line, without a traceback."""

    exit_status = 1


class InputError(BriefgenError):
    """One input file or URL could not be turned into an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class TemplateError(BriefgenError):
    """An audience template is missing or invalid: a usage error, like a bad option."""

    exit_status = 2


class OutputError(BriefgenError):
    """A brief could not be written."""


# -- Redaction: no secret reaches anything briefgen prints -------------------------------------

# Shorter secrets are not hunted in text: a 3-letter password would blank out ordinary words.
MIN_SECRET_LENGTH = 4
# A token this long that is part of an encoded secret (a server echoing only the start of the
# AUTH data) is redacted too; shorter runs match ordinary words by chance.
MIN_ECHO_LENGTH = 8
REDACTED = "[redacted]"
_secrets: set[str] = set()  # every form a secret may take on the wire
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^/\s@:]*):[^/\s@]*@")
_TOKEN = re.compile(r"[A-Za-z0-9+/=_%-]+")


def register_secret(secret: str, user: str = "") -> None:
    """Remember a secret (a password) so that :func:`redact` removes it, and the forms it takes
    on the wire: base64 alone (AUTH LOGIN), with the user (AUTH PLAIN), percent-encoded (URL)."""
    if len(secret) < MIN_SECRET_LENGTH:
        return
    forms = {secret, urllib.parse.quote(secret, safe="")}
    for raw in (secret, f"\0{user}\0{secret}", f"{user}\0{secret}", f"{user}:{secret}"):
        encoded = base64.b64encode(raw.encode("utf-8", "replace")).decode("ascii")
        forms |= {encoded, encoded.rstrip("=")}
    _secrets.update(forms)


def forget_secrets() -> None:
    """Forget every registered secret (for tests, which log in many times in one process)."""
    _secrets.clear()


def redact(text: str) -> str:
    """``text`` without any registered secret (or a long part of an encoded one) and without
    the password of a ``scheme://user:password@host`` URL."""
    text = _URL_USERINFO.sub(rf"\1\2:{REDACTED}@", text)
    if not _secrets:
        return text
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)

    def echoed(match: re.Match[str]) -> str:
        token = match.group(0).rstrip("=")
        if len(token) >= MIN_ECHO_LENGTH and any(token in form for form in _secrets):
            return REDACTED
        return match.group(0)

    return _TOKEN.sub(echoed, text)


def shown(message: str) -> str:
    """What may be printed of a message: one line, no secret, no unprintable character."""
    message = one_line(redact(message))
    return message.encode("utf-8", "replace").decode("utf-8")


def one_line(text: str) -> str:
    """A message as one line: control characters (a newline in a file name) shown escaped."""
    return _CONTROL.sub(lambda match: repr(match.group(0))[1:-1], text)


_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
