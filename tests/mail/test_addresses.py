"""Addresses are validated before anything connects, and cannot smuggle in a header."""

from __future__ import annotations

import pytest

from briefgen.mail.addresses import parse_mailbox, parse_mailboxes
from briefgen.mail.errors import MailError


def test_plain_named_and_comma_separated_addresses():
    found = parse_mailboxes(["chief@example.org", "Jane Doe <jane@example.org>, x@example.org"])
    assert [(m.display_name, m.addr_spec) for m in found] == [
        ("", "chief@example.org"), ("Jane Doe", "jane@example.org"), ("", "x@example.org")]
    assert str(found[1]) == "Jane Doe <jane@example.org>"


def test_quoted_display_name_with_a_comma_is_one_address():
    [mailbox] = parse_mailboxes('"Doe, Jane" <jane@example.org>')
    assert mailbox.display_name == "Doe, Jane"


def test_international_domain_becomes_ascii_for_smtp():
    mailbox = parse_mailbox("Jörg <j@bücher.de>")
    assert mailbox.addr_spec == "j@xn--bcher-kva.de"
    assert mailbox.display_name == "Jörg"


@pytest.mark.parametrize("value", [
    "chief@example.org\r\nBcc: spy@evil.example",
    "chief@example.org\nBcc: spy@evil.example",
    "Chief\u2028Bcc <chief@example.org>",
    "chief@example.org\x00",
])
def test_line_breaks_and_controls_are_refused(value):
    with pytest.raises(MailError, match="contains a line break or control character"):
        parse_mailboxes(value)


@pytest.mark.parametrize("value", [
    "not an address", "chief", "chief@", "@example.org", "a@@example.org", "a@example..org",
    "chief@example", "a@-example.org", "Ann <ann@x.org> <bob@y.org>", "chief@example.org>",
    "undisclosed-recipients:;", ",", "a b@example.org", '"a b"@example.org', "jörg@example.org",
])
def test_malformed_addresses_are_refused_in_one_line(value):
    with pytest.raises(MailError) as error:
        parse_mailboxes(value)
    assert "\n" not in str(error.value)


def test_empty_address_is_refused():
    with pytest.raises(MailError, match="empty e-mail address"):
        parse_mailboxes(" ")


def test_localhost_is_allowed_for_local_relays():
    assert parse_mailbox("root@localhost").addr_spec == "root@localhost"


def test_one_sender_only():
    with pytest.raises(MailError, match="expected one e-mail address, found 2"):
        parse_mailbox("a@example.org, b@example.org")


def test_domain_is_lowercased_but_the_local_part_kept():
    assert parse_mailbox("Chief.Of.Staff@Example.ORG").addr_spec == "Chief.Of.Staff@example.org"
