"""The SMTP password comes from BRIEFGEN_SMTP_PASSWORD or a private ~/.netrc, and is never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.mail.credentials import find_credentials, netrc_path
from briefgen.mail.errors import MailError


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


def write_netrc(home: Path, text: str, mode: int = 0o600) -> Path:
    path = home / ".netrc"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def test_no_user_and_no_netrc_means_no_authentication(home):
    assert find_credentials("smtp.example.org", None, {"HOME": str(home)}) is None


def test_password_from_the_environment(home):
    credentials = find_credentials("smtp.example.org", "analyst",
                                   {"HOME": str(home), "BRIEFGEN_SMTP_PASSWORD": "pw-123"})
    assert credentials.user == "analyst" and credentials.password == "pw-123"
    assert "pw-123" not in repr(credentials) and "pw-123" not in str(credentials)
    assert str(credentials) == "analyst (password from BRIEFGEN_SMTP_PASSWORD)"


def test_environment_password_needs_a_user(home):
    with pytest.raises(MailError, match="BRIEFGEN_SMTP_PASSWORD is set but no user name"):
        find_credentials("smtp.example.org", None,
                         {"HOME": str(home), "BRIEFGEN_SMTP_PASSWORD": "pw"})


def test_netrc_entry_for_the_host_gives_login_and_password(home):
    write_netrc(home, "machine smtp.example.org login analyst password pw-netrc\n"
                      "machine other.example.org login x password y\n")
    credentials = find_credentials("smtp.example.org", None, {"HOME": str(home)})
    assert (credentials.user, credentials.password) == ("analyst", "pw-netrc")
    assert credentials.source == "~/.netrc"


def test_netrc_entry_for_another_login_is_not_used(home):
    write_netrc(home, "machine smtp.example.org login someone-else password pw\n")
    with pytest.raises(MailError, match="no password for analyst at smtp.example.org"):
        find_credentials("smtp.example.org", "analyst", {"HOME": str(home)})


def test_netrc_readable_by_others_is_refused(home):
    write_netrc(home, "machine smtp.example.org login a password pw-secret\n", mode=0o644)
    with pytest.raises(MailError, match=r"~/\.netrc: readable by other users; run chmod 600"):
        find_credentials("smtp.example.org", None, {"HOME": str(home)})


def test_broken_netrc_is_reported_by_line_without_its_tokens(home):
    # A stray token (here a password pasted in the wrong place) makes the parser quote it.
    write_netrc(home, "machine smtp.example.org login a password p\nTopSecret-pasted\n")
    with pytest.raises(MailError) as error:
        find_credentials("smtp.example.org", None, {"HOME": str(home)})
    assert str(error.value).startswith("~/.netrc: cannot parse (line ")
    assert "TopSecret" not in str(error.value)


def test_netrc_variable_points_elsewhere(home, tmp_path):
    other = tmp_path / "mail.netrc"
    other.write_text("machine h.example.org login u password p\n", encoding="utf-8")
    other.chmod(0o600)
    environ = {"HOME": str(home), "NETRC": str(other)}
    assert netrc_path(environ) == other
    assert find_credentials("h.example.org", "u", environ).source == str(other)


def test_user_without_any_password_is_an_error(home):
    with pytest.raises(MailError, match="no password for analyst at smtp.example.org: set "
                                        "BRIEFGEN_SMTP_PASSWORD or add the host to ~/.netrc"):
        find_credentials("smtp.example.org", "analyst", {"HOME": str(home)})
