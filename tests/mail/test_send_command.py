"""`briefgen send` and `briefgen build --eml/--send-to`, end to end through the command line."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.mail.message import brief_message, write_message
from tests.conftest import SEEDS
from tests.mail.conftest import SMTP_PASSWORD, SMTP_USER

ARTICLE = """Envoys meet in Geneva over the grain corridor

Envoys from both governments met in Geneva on Monday to discuss the grain corridor, officials said.
The talks are the first since the corridor closed in July, the foreign ministry said.
Negotiators warned that shipping insurance costs could rise sharply if talks fail.
The United Nations said it would host a second round next month.
Traders said wheat prices fell two percent after the meeting was announced.
Analysts said the corridor carried 30 million tonnes of grain before it closed.
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str | None]:
    """An isolated environment: no user config, no ~/.netrc, no inherited mail variables."""
    home = tmp_path / "home"
    home.mkdir()
    names = ("BRIEFGEN_SMTP_PASSWORD", "BRIEFGEN_SMTP_HOST", "BRIEFGEN_SMTP_PORT",
             "BRIEFGEN_SMTP_USER", "BRIEFGEN_MAIL_FROM", "BRIEFGEN_SMTP_SECURITY", "NETRC",
             "BRIEFGEN_SMTP_CAFILE", "BRIEFGEN_MAIL_MAX_SIZE", "BRIEFGEN_SMTP_TIMEOUT")
    return {**dict.fromkeys(names), "HOME": str(home),
            "BRIEFGEN_CONFIG": str(tmp_path / "no-config.toml"),
            "BRIEFGEN_SMTP_RETRY_DELAYS": "0,0,0"}


@pytest.fixture
def run(env):
    def invoke(*args: str, **extra_env: str):  # noqa: ANN202
        return CliRunner().invoke(main, list(args), env={**env, **extra_env})

    return invoke


@pytest.fixture
def draft(small_brief, brief_files, tmp_path) -> Path:
    return write_message(brief_message(small_brief, brief_files), tmp_path / "brief.eml")


def server_args(server) -> list[str]:  # noqa: ANN001
    return ["--smtp-host", server.host, "--smtp-port", str(server.port)]


def test_send_an_eml_draft(run, smtp_server, draft, brief_files):
    server = smtp_server()
    result = run("send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
                 *server_args(server))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"sent to chief@example.org via 127.0.0.1:{server.port}\n"
    [received] = server.handler.received
    message = received.message
    assert message["Subject"] == "[TLP:AMBER] Troops to Russia - 2024-10-28"
    assert {p.get_filename(): p.get_content() for p in message.iter_attachments()} == {
        p.name: p.read_bytes() for p in brief_files}


def test_send_with_starttls_and_auth_password_from_the_environment(run, smtp_server, draft,
                                                                    cafile):
    server = smtp_server(tls="starttls", auth=True, auth_required=True)
    result = run("send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
                 *server_args(server), "--starttls", "--user", SMTP_USER, "--cafile", cafile,
                 BRIEFGEN_SMTP_PASSWORD=SMTP_PASSWORD)
    assert result.exit_code == 0, result.output
    [received] = server.handler.received
    assert received.authenticated and received.encrypted


def test_send_reads_server_and_sender_from_the_config_file(run, smtp_server, draft, tmp_path):
    server = smtp_server()
    config = tmp_path / "config.toml"
    config.write_text(f'[mail]\nfrom = "Desk <desk@example.org>"\nhost = "127.0.0.1"\n'
                      f"port = {server.port}\n", encoding="utf-8")
    result = run("send", str(draft), "--to", "chief@example.org", BRIEFGEN_CONFIG=str(config))
    assert result.exit_code == 0, result.output
    assert server.handler.received[0].message["From"] == "Desk <desk@example.org>"


def test_wrong_password_is_one_line_and_never_shows_the_password(run, smtp_server, draft,
                                                                 cafile):
    server = smtp_server(tls="starttls", auth=True, auth_required=True)
    result = run("send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
                 *server_args(server), "--user", SMTP_USER, "--cafile", cafile,
                 BRIEFGEN_SMTP_PASSWORD="wrong-Pa55-zzz")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefgen: error: 127.0.0.1:{server.port} refused "
                                    "authentication as analyst: 535")
    assert result.stderr.count("\n") == 1
    assert "wrong-Pa55-zzz" not in result.output
    assert server.handler.received == []


def test_there_is_no_password_option(run, draft):
    result = run("send", str(draft), "--to", "chief@example.org", "--password", "x")
    assert result.exit_code == 2
    assert "No such option '--password'" in result.stderr


def test_refused_recipient_listed_others_delivered(run, smtp_server, draft):
    server = smtp_server()
    server.handler.refuse["nobody@example.org"] = "550 5.1.1 No such user"
    result = run("send", str(draft), "--to", "chief@example.org", "--to", "nobody@example.org",
                 "--cc", "desk@example.org", "--from", "a@example.org", *server_args(server))
    assert result.exit_code == 1
    assert result.stdout == (f"sent to chief@example.org, desk@example.org via "
                             f"127.0.0.1:{server.port}\n")
    assert result.stderr == ("briefgen: error: recipient(s) refused: nobody@example.org "
                             "(550 5.1.1 No such user); delivered to the other 2\n")


def test_invalid_address_is_refused_before_connecting(run, smtp_server, draft):
    server = smtp_server()
    result = run("send", str(draft), "--to", "chief@example.org\r\nBcc: spy@evil.example",
                 "--from", "a@example.org", *server_args(server))
    assert result.exit_code == 1
    assert result.stderr == ("briefgen: error: chief@example.org\\r\\nBcc: spy@evil.example: "
                             "invalid e-mail address (contains a line break or control "
                             "character)\n")
    assert server.handler.attempts == 0


def test_unreachable_server(run, draft, closed_port):
    result = run("send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
                 "--smtp-host", "127.0.0.1", "--smtp-port", str(closed_port))
    assert result.exit_code == 1
    assert result.stderr == (f"briefgen: error: cannot reach SMTP server 127.0.0.1:{closed_port}"
                             ": Connection refused; nothing sent\n")


def test_untrusted_certificate(run, smtp_server, draft):
    server = smtp_server(tls="starttls")
    result = run("send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
                 *server_args(server))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefgen: error: TLS failure with 127.0.0.1:{server.port}")


def test_message_above_the_size_limit(run, smtp_server, draft):
    server = smtp_server()
    result = run("send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
                 *server_args(server), "--max-size", "10KB")
    assert result.exit_code == 1
    assert result.stderr.startswith("briefgen: error: message is ")
    assert "above the 10,240 bytes limit" in result.stderr and result.stderr.count("\n") == 1
    assert server.handler.attempts == 0


def test_temporary_failure_is_retried(run, smtp_server, draft):
    server = smtp_server()
    server.handler.defer_data = 2
    result = run("send", str(draft), "--to", "chief@example.org", "--from", "a@example.org",
                 *server_args(server))
    assert result.exit_code == 0, result.output
    assert server.handler.attempts == 3 and len(server.handler.received) == 1


def test_dry_run_prints_and_does_not_connect(run, draft, closed_port):
    result = run("send", str(draft), "--to", "chief@example.org", "--bcc", "arch@example.org",
                 "--from", "a@example.org", "--smtp-host", "127.0.0.1", "--smtp-port",
                 str(closed_port), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Subject: [TLP:AMBER] Troops to Russia - 2024-10-28" in result.stdout
    assert "Recipients: chief@example.org, arch@example.org" in result.stdout
    assert "  troops-to-russia.pdf  application/pdf  " in result.stdout
    assert "Bcc" not in result.stdout


def test_send_attachments_with_a_subject(run, smtp_server, brief_files):
    server = smtp_server()
    result = run("send", *map(str, brief_files), "--to", "chief@example.org", "--from",
                 "a@example.org", "--subject", "Tonight's brief", *server_args(server))
    assert result.exit_code == 0, result.output
    message = server.handler.received[0].message
    assert message["Subject"] == "Tonight's brief"
    assert [p.get_filename() for p in message.iter_attachments()] == [
        p.name for p in brief_files]


def test_missing_sender_is_explained(run, draft):
    result = run("send", str(draft), "--to", "chief@example.org", "--dry-run")
    assert result.exit_code == 1
    assert result.stderr.startswith("briefgen: error: no sender address: give --from")


def test_build_eml_of_the_seeds_with_the_executive_template(run, tmp_path):
    out = tmp_path / "out"
    result = run("build", str(SEEDS), "-t", "executive", "--eml", "-o", str(out), "--name", "nk")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(out / "nk.docx"), str(out / "nk.pdf"),
                                     str(out / "nk.eml")]
    message = email.message_from_bytes((out / "nk.eml").read_bytes(), policy=policy.default)
    assert message["Subject"].startswith("[UNCLASSIFIED//FOR OFFICIAL USE ONLY] North Korea")
    assert message["X-Unsent"] == "1"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Bottom line" in plain and "Bottom line" in html
    assert plain.count("\n- ") >= 3  # the bottom line's points
    assert {p.get_filename(): p.get_content() for p in message.iter_attachments()} == {
        "nk.docx": (out / "nk.docx").read_bytes(), "nk.pdf": (out / "nk.pdf").read_bytes()}


def test_build_and_send_in_one_step(run, smtp_server, tmp_path):
    server = smtp_server()
    article = tmp_path / "geneva.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(article), "-o", str(out), "--name", "geneva", "--send-to",
                 "chief@example.org", "--from", "a@example.org", *server_args(server))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (f"sent to chief@example.org via "
                                              f"127.0.0.1:{server.port}")
    message = server.handler.received[0].message
    assert message["To"] == "chief@example.org" and message["X-Unsent"] is None
    assert {p.get_filename(): p.get_content() for p in message.iter_attachments()} == {
        "geneva.docx": (out / "geneva.docx").read_bytes(),
        "geneva.pdf": (out / "geneva.pdf").read_bytes()}
    assert not (out / "geneva.eml").exists()  # --eml was not asked for


def test_build_send_failure_keeps_the_built_files(run, tmp_path, closed_port):
    article = tmp_path / "geneva.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(article), "-o", str(out), "--name", "geneva", "--eml",
                 "--send-to", "chief@example.org", "--from", "a@example.org",
                 "--smtp-host", "127.0.0.1", "--smtp-port", str(closed_port))
    assert result.exit_code == 1
    assert result.stderr.endswith("Connection refused; nothing sent (the built files are "
                                  "kept)\n")
    assert sorted(p.name for p in out.iterdir()) == ["geneva.docx", "geneva.eml", "geneva.pdf"]


def test_build_with_a_bad_address_builds_nothing(run, tmp_path):
    article = tmp_path / "geneva.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(article), "-o", str(out), "--send-to", "chief@", "--from",
                 "a@example.org")
    assert result.exit_code == 1
    assert result.stderr == "briefgen: error: chief@: invalid e-mail address\n"
    assert not out.exists()


def test_build_eml_that_cannot_be_written_is_one_line(run, tmp_path):
    article = tmp_path / "geneva.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    (out / "geneva.eml").mkdir(parents=True)  # something in the way of the file
    result = run("build", str(article), "-o", str(out), "--name", "geneva", "--eml")
    assert result.exit_code == 1
    assert result.stderr == f"briefgen: error: {out / 'geneva.eml'}: cannot write: Is a directory\n"
    assert sorted(p.name for p in out.iterdir()) == ["geneva.docx", "geneva.eml", "geneva.pdf"]
    assert [p.name for p in (out / "geneva.eml").iterdir()] == []  # no temporary left inside
