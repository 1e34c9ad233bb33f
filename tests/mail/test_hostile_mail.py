"""Hostile drafts and servers: no header hidden in an encoded word goes out, no traceback for a
To header that hides a line break, and the password never reaches the output, even when a
server's reply quotes the AUTH data back."""

from __future__ import annotations

import base64
import email
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.errors import redact, register_secret
from tests.mail.conftest import SMTP_PASSWORD, SMTP_USER, Handler, free_port

INJECTED_SUBJECT = "=?utf-8?q?Talks_fail=0D=0AX-Injected:_yes?="


def _draft(tmp_path: Path, **headers: str) -> Path:
    lines = [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    raw = "\r\n".join([*lines, "Content-Type: text/plain; charset=utf-8", "", "Body.", ""])
    path = tmp_path / "draft.eml"
    path.write_bytes(raw.encode("ascii"))
    return path


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str | None]:
    home = tmp_path / "home"
    home.mkdir()
    return {"HOME": str(home), "BRIEFGEN_CONFIG": str(tmp_path / "none.toml"), "NETRC": None,
            "BRIEFGEN_SMTP_PASSWORD": None, "BRIEFGEN_SMTP_USER": None,
            "BRIEFGEN_SMTP_HOST": None, "BRIEFGEN_MAIL_FROM": None,
            "BRIEFGEN_SMTP_RETRY_DELAYS": "0"}


def test_an_encoded_word_hiding_a_line_break_sends_no_extra_header(tmp_path, env, smtp_server):
    server = smtp_server()
    draft = _draft(tmp_path, From="desk@example.org", Subject=INJECTED_SUBJECT)
    result = CliRunner().invoke(main, [
        "send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
        "--smtp-host", server.host, "--smtp-port", str(server.port)], env=env)
    assert result.exit_code == 0, result.output
    [received] = server.handler.received
    # However the receiving client decodes the Subject, it is one line: no X-Injected header.
    decoded = email.message_from_bytes(received.data, policy=policy.default)
    assert decoded["X-Injected"] is None
    assert str(decoded["Subject"]) == "Talks fail X-Injected: yes"
    assert b"=0D=0A" not in received.data and b"=0A" not in received.data


def test_dry_run_shows_the_subject_as_it_will_go(tmp_path, env):
    draft = _draft(tmp_path, From="desk@example.org", Subject=INJECTED_SUBJECT)
    result = CliRunner().invoke(main, ["send", str(draft), "--to", "chief@example.org",
                                       "--from", "a@example.org", "--dry-run"], env=env)
    assert result.exit_code == 0, result.output
    assert "Subject: Talks fail X-Injected: yes\n" in result.output
    assert "\nX-Injected" not in result.output


@pytest.mark.parametrize("header", ["To", "Cc"])
def test_an_address_header_hiding_a_line_break_is_refused_in_one_line(tmp_path, env, header):
    hidden = "=?utf-8?q?bob=0D=0ABcc:_evil@example.org?= <bob@example.org>"
    draft = _draft(tmp_path, From="desk@example.org", Subject="Talks", **{header: hidden})
    result = CliRunner().invoke(main, ["send", str(draft), "--from", "a@example.org",
                                       "--dry-run"], env=env)
    assert result.exit_code == 1
    assert result.output == (f"briefgen: error: {draft}: the {header} header hides a line "
                             "break or control character (refused: it could add headers or "
                             "recipients)\n")


def _echoing_authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN201
    """Refuses every login, quoting back the AUTH PLAIN data as a careless server might."""
    plain = base64.b64encode(b"\0" + auth_data.login + b"\0" + auth_data.password).decode()
    return AuthResult(success=False, handled=False,
                      message=f"535 5.7.8 Authentication failed for credentials {plain} "
                              f"(password {auth_data.password.decode()})")


def test_a_server_that_echoes_the_auth_data_never_shows_the_password(tmp_path, env, server_tls,
                                                                      cafile):
    port = free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=server_tls,
                            authenticator=_echoing_authenticator, auth_require_tls=True)
    controller.start()
    try:
        draft = _draft(tmp_path, From="desk@example.org", Subject="Talks")
        result = CliRunner().invoke(main, [
            "send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
            "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--user", SMTP_USER,
            "--cafile", cafile], env={**env, "BRIEFGEN_SMTP_PASSWORD": SMTP_PASSWORD})
    finally:
        controller.stop()
    assert result.exit_code == 1
    plain = base64.b64encode(f"\0{SMTP_USER}\0{SMTP_PASSWORD}".encode()).decode()
    assert "535" in result.output and "[redacted]" in result.output
    for leaked in (SMTP_PASSWORD, plain, plain[:24], base64.b64encode(SMTP_PASSWORD.encode())
                   .decode()):
        assert leaked not in result.output
    assert result.output.count("\n") == 1


def test_redaction_covers_every_wire_form_of_a_secret():
    register_secret("Open/Sesame@42", "ali")
    for form in ("Open/Sesame@42", "Open%2FSesame%4042",
                 base64.b64encode(b"Open/Sesame@42").decode(),
                 base64.b64encode(b"\0ali\0Open/Sesame@42").decode()):
        assert "Sesame" not in redact(f"reply: {form}.") and "[redacted]" in redact(form)
    assert redact("ftp://ali:pw@host/x failed") == "ftp://ali:[redacted]@host/x failed"
    assert redact("nothing secret here") == "nothing secret here"


def test_the_html_body_names_a_local_source_by_file_name_only(small_brief):
    from dataclasses import replace

    from briefgen.mail.bodies import html_body, plain_body
    from briefgen.model import Source

    local = Source("3", "Harbour notes", outlet="Desk", path="/home/ana/private/cases/notes.txt")
    brief = replace(small_brief, sources=(*small_brief.sources, local))
    for body in (html_body(brief, []), plain_body(brief, [])):
        assert "notes.txt" in body and "/home/ana" not in body


_BRIEF = {"title": "T", "topic": "T", "date": "2024-01-01", "template": "analyst",
          "audience": "A", "sections": [], "sources": []}


@pytest.mark.parametrize("shape, problem", [
    ({"sections": "x"}, "TypeError"),
    ({"sections": [1]}, "TypeError"),
    ({"sources": [[]]}, "TypeError"),
    ({"title": 5}, "brief.title is not text"),
    ({"sources": [{"id": "1", "title": ["x"]}]}, "brief.sources[0].title is not text"),
    ({"sections": [{"id": "b", "title": "B", "blocks": [
        {"kind": "paragraph", "text": {"a": 1}, "citations": []}]}]},
     "brief.sections[0].blocks[0].text is not text"),
])
def test_a_json_brief_of_the_wrong_shape_is_one_line(tmp_path, env, shape, problem):
    import json

    from briefgen.model import SCHEMA

    path = tmp_path / "brief.json"
    path.write_text(json.dumps({"schema": SCHEMA, **_BRIEF, **shape}), encoding="utf-8")
    result = CliRunner().invoke(main, ["send", str(path), "--to", "a@example.org", "--from",
                                       "b@example.org", "--dry-run"], env=env)
    assert result.exit_code == 1
    assert result.output.startswith(f"briefgen: error: {path}: damaged briefgen brief (")
    assert problem in result.output and result.output.count("\n") == 1
