"""Validate e-mail addresses before anything connects: one mailbox per value, no injection."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address

from briefgen.mail.errors import MailError

# RFC 5322 dot-atom for the local part (quoted local parts are legal but rare enough to refuse).
_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
# Anything that could end a header line or hide one: CR, LF, other controls, Unicode separators.
_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
MAX_ADDRESS_LENGTH = 254  # RFC 5321 path limit


@dataclass(frozen=True)
class Mailbox:
    """A validated address: an optional display name and an ASCII ``local@domain``."""

    display_name: str
    addr_spec: str

    def header(self) -> Address:
        """The address as the email package writes it into a header (display name encoded)."""
        return Address(display_name=self.display_name, addr_spec=self.addr_spec)

    def __str__(self) -> str:
        return str(self.header())


def parse_mailboxes(values: str | list[str] | tuple[str, ...]) -> tuple[Mailbox, ...]:
    """Every address in ``values`` (each may hold several, comma-separated), all validated."""
    if isinstance(values, str):
        values = (values,)
    mailboxes: list[Mailbox] = []
    for value in values:
        mailboxes.extend(_parse_value(value))
    return tuple(mailboxes)


def parse_mailbox(value: str) -> Mailbox:
    """Exactly one address, validated (e.g. the sender)."""
    mailboxes = _parse_value(value)
    if len(mailboxes) != 1:
        raise MailError(f"{_shown(value)}: expected one e-mail address, found {len(mailboxes)}")
    return mailboxes[0]


def _parse_value(value: str) -> list[Mailbox]:
    if _CONTROL.search(value):
        raise MailError(f"{_shown(value)}: invalid e-mail address (contains a line break "
                        "or control character)")
    if not value.strip():
        raise MailError("empty e-mail address")
    # The email package's own RFC 5322 parser; any defect it records means a malformed value.
    try:
        header = policy.default.header_factory("To", value)
    except (HeaderParseError, IndexError, TypeError, ValueError):  # e.g. "a@" -> IndexError
        raise MailError(f"{_shown(value)}: invalid e-mail address") from None
    if header.defects or not header.addresses:
        raise MailError(f"{_shown(value)}: invalid e-mail address")
    return [Mailbox(address.display_name.strip(), _checked_addr_spec(address, value))
            for address in header.addresses]


def _checked_addr_spec(address: Address, value: str) -> str:
    local, domain = address.username, address.domain
    if not local or not domain:
        raise MailError(f"{_shown(value)}: invalid e-mail address (expected name@domain)")
    if not local.isascii():
        raise MailError(f"{_shown(value)}: non-ASCII names before the @ are not supported")
    if not _LOCAL_PART.fullmatch(local):
        raise MailError(f"{_shown(value)}: invalid e-mail address (bad characters before the @)")
    ascii_domain = _ascii_domain(domain, value)
    addr_spec = f"{local}@{ascii_domain}"
    if len(addr_spec) > MAX_ADDRESS_LENGTH:
        raise MailError(f"{_shown(value)}: e-mail address longer than {MAX_ADDRESS_LENGTH} "
                        "characters")
    return addr_spec


def _ascii_domain(domain: str, value: str) -> str:
    """The domain in the ASCII form SMTP needs (internationalised names via IDNA)."""
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        raise MailError(f"{_shown(value)}: invalid domain name") from None
    labels = ascii_domain.rstrip(".").split(".")
    if len(labels) < 2 and ascii_domain.lower() != "localhost":
        raise MailError(f"{_shown(value)}: invalid e-mail address (domain has no dot)")
    if not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        raise MailError(f"{_shown(value)}: invalid e-mail address (bad domain name)")
    return ascii_domain.rstrip(".").lower()


def _shown(value: str) -> str:
    """The value as it may appear in a one-line message: controls made visible, length capped."""
    shown = repr(value)[1:-1]
    return shown if len(shown) <= 80 else shown[:77] + "..."
