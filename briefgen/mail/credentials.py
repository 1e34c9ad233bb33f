"""The SMTP password: from BRIEFGEN_SMTP_PASSWORD or ~/.netrc, never the command line or logs."""

from __future__ import annotations

import netrc
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.mail.errors import MailError

PASSWORD_ENV = "BRIEFGEN_SMTP_PASSWORD"


@dataclass(frozen=True)
class Credentials:
    """A user name and password for SMTP AUTH; ``source`` says where the password came from."""

    user: str
    password: str = field(repr=False)  # repr=False: a traceback or debug print cannot show it
    source: str

    def __str__(self) -> str:
        return f"{self.user} (password from {self.source})"


def find_credentials(
    host: str | None, user: str | None, environ: Mapping[str, str] = os.environ
) -> Credentials | None:
    """Credentials for ``host``, or None when no user is configured and netrc has no entry.

    A user without a password anywhere is an error: better than an anonymous attempt the
    server would refuse with a less helpful message.
    """
    password = environ.get(PASSWORD_ENV)
    if password:
        if not user:
            raise MailError(f"{PASSWORD_ENV} is set but no user name: give --user or set "
                            "user in the config file")
        return Credentials(user, password, PASSWORD_ENV)
    entry = _netrc_entry(host, environ) if host else None
    if entry is not None:
        login, password, where = entry
        if password and (not user or not login or login == user):
            return Credentials(user or login, password, where)
    if user:
        raise MailError(f"no password for {user} at {host or 'the SMTP server'}: set "
                        f"{PASSWORD_ENV} or add the host to ~/.netrc")
    return None


def netrc_path(environ: Mapping[str, str] = os.environ) -> Path:
    """``$NETRC`` if set (as curl does), else ``~/.netrc``."""
    if environ.get("NETRC"):
        return Path(environ["NETRC"])
    home = environ.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".netrc"


def _netrc_entry(host: str, environ: Mapping[str, str]) -> tuple[str, str, str] | None:
    """(login, password, shown path) of the machine entry for host, or None."""
    path = netrc_path(environ)
    if not path.is_file():
        return None
    shown = "~/.netrc" if path == Path(environ.get("HOME") or "~") / ".netrc" else str(path)
    _check_private(path, shown)
    try:
        entries = netrc.netrc(str(path))
    except netrc.NetrcParseError as error:
        # Only the line number: the parser's message can quote a token, which may be a password.
        raise MailError(f"{shown}: cannot parse (line {error.lineno})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise MailError(f"{shown}: cannot read: {getattr(error, 'strerror', None) or error}") \
            from None
    found = entries.authenticators(host)
    if found is None:
        return None
    login, _account, password = found
    return login or "", password or "", shown


def _check_private(path: Path, shown: str) -> None:
    """Refuse a netrc others can read, as ftp and Python's netrc module do for ~/.netrc."""
    if os.name != "posix":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise MailError(f"{shown}: readable by other users; run chmod 600 on it")
