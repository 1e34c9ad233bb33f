"""Mail settings: command-line options over environment variables over the user config file."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from briefgen.mail.errors import MailError

SECURITY_MODES = ("auto", "starttls", "ssl")  # auto: STARTTLS whenever the server offers it
DEFAULT_MAX_SIZE = 10 * 1024 * 1024  # 10 MB, the smallest limit common mail servers impose
DEFAULT_RETRY_DELAYS = (2.0, 8.0, 30.0)  # seconds before each retry of a temporary (4xx) failure
CONFIG_ENV = "BRIEFGEN_CONFIG"

# setting name -> (key in the [mail] table of config.toml, environment variable)
_SOURCES: dict[str, tuple[str, str]] = {
    "sender": ("from", "BRIEFGEN_MAIL_FROM"),
    "host": ("host", "BRIEFGEN_SMTP_HOST"),
    "port": ("port", "BRIEFGEN_SMTP_PORT"),
    "security": ("security", "BRIEFGEN_SMTP_SECURITY"),
    "user": ("user", "BRIEFGEN_SMTP_USER"),
    "cafile": ("cafile", "BRIEFGEN_SMTP_CAFILE"),
    "timeout": ("timeout", "BRIEFGEN_SMTP_TIMEOUT"),
    "max_size": ("max_size", "BRIEFGEN_MAIL_MAX_SIZE"),
    "retry_delays": ("retry_delays", "BRIEFGEN_SMTP_RETRY_DELAYS"),
}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(|b|kb|kib|k|mb|mib|m|gb|gib|g)\s*", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2,
          "mib": 1024**2, "g": 1024**3, "gb": 1024**3, "gib": 1024**3}


@dataclass(frozen=True)
class MailSettings:
    """Where and how to send; every field may come from options, environment or config file."""

    sender: str | None = None
    host: str | None = None
    port: int | None = None  # None: 465 with --ssl, else 587 (submission)
    security: str = "auto"
    user: str | None = None
    cafile: str | None = None  # extra CA certificates to trust (e.g. a company CA)
    timeout: float = 30.0
    max_size: int = DEFAULT_MAX_SIZE
    retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS
    config_path: str | None = None  # the file the defaults were read from, for messages

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 465 if self.security == "ssl" else 587

    @property
    def server(self) -> str:
        return f"{self.host}:{self.effective_port}"


def default_config_path(environ: Mapping[str, str] = os.environ) -> Path:
    """``$BRIEFGEN_CONFIG``, else ``config.toml`` in the platform's user config directory."""
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    return platformdirs.user_config_path("briefgen") / "config.toml"


def load_settings(
    options: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] = os.environ,
    config_path: Path | None = None,
) -> MailSettings:
    """Settings from ``options`` (None = not given), then ``environ``, then the config file."""
    path = config_path or default_config_path(environ)
    raw: dict[str, Any] = dict(_read_config(path))
    for name, (_, variable) in _SOURCES.items():
        if environ.get(variable):
            raw[name] = environ[variable]
    for name, value in (options or {}).items():
        if value is not None:
            raw[name] = value
    settings = MailSettings(config_path=str(path))
    for field in fields(MailSettings):
        if field.name in raw:
            settings = replace(settings, **{field.name: _convert(field.name, raw[field.name])})
    return settings


def _read_config(path: Path) -> dict[str, Any]:
    """The [mail] table of the config file, keyed by setting name; {} when there is no file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise MailError(f"{path}: cannot read config file: {error}") from None
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        raise MailError(f"{path}: cannot read config file: nested too deeply") from None
    table = data.get("mail", {})
    if not isinstance(table, dict):
        raise MailError(f"{path}: [mail] must be a table")
    if "password" in table:
        # Never read: a password belongs in BRIEFGEN_SMTP_PASSWORD or ~/.netrc, not in config.
        raise MailError(f"{path}: passwords are not read from the config file; "
                        "use BRIEFGEN_SMTP_PASSWORD or ~/.netrc")
    by_key = {key: name for name, (key, _) in _SOURCES.items()}
    unknown = sorted(set(table) - set(by_key))
    if unknown:
        raise MailError(f"{path}: unknown key(s) in [mail]: {', '.join(unknown)} "
                        f"(known: {', '.join(by_key)})")
    return {by_key[key]: value for key, value in table.items()}


def _convert(name: str, value: Any) -> Any:
    """A setting's value in its proper type, or a one-line error naming the setting."""
    key = _SOURCES[name][0]
    try:
        if name == "port":
            port = int(value)
            if not 0 < port < 65536:
                raise ValueError
            return port
        if name == "timeout":
            timeout = float(value)
            if timeout <= 0:
                raise ValueError
            return timeout
        if name == "max_size":
            return parse_size(value)
        if name == "retry_delays":
            return _delays(value)
        if name == "security":
            if str(value) not in SECURITY_MODES:
                raise ValueError
            return str(value)
        if not isinstance(value, str):
            raise ValueError
        return value
    except (TypeError, ValueError):
        raise MailError(f"invalid mail setting {key} = {value!r}") from None


def parse_size(value: Any) -> int:
    """``10485760``, ``"10MB"``, ``"512 KB"`` -> bytes (1 KB = 1024 bytes)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _SIZE.fullmatch(str(value))
    if not match:
        raise ValueError(f"not a size: {value!r}")
    size = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    if size <= 0:
        raise ValueError(f"not a size: {value!r}")
    return size


def _delays(value: Any) -> tuple[float, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    delays = tuple(float(item) for item in items if str(item).strip())
    if any(delay < 0 for delay in delays):
        raise ValueError
    return delays
