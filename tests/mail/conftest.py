"""A real SMTP server (aiosmtpd) on 127.0.0.1, a throw-away CA for TLS, and a small brief."""

from __future__ import annotations

import contextlib
import email
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from briefgen.errors import forget_secrets
from briefgen.mail.config import MailSettings
from briefgen.model import Brief, BulletList, Item, Paragraph, Section, Source, SourceList

SMTP_USER = "analyst"
SMTP_PASSWORD = "s3cret-Pa55word-never-shown"


@dataclass
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    authenticated: bool
    encrypted: bool

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Handler:
    """Records messages; refuses or defers chosen recipients; can defer DATA a number of times."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # address -> reply, e.g. "550 ..."
    defer: dict[str, int] = field(default_factory=dict)  # address -> 451 replies still to give
    defer_data: int = 0  # 451 replies still to give at end of DATA
    attempts: int = 0  # MAIL FROM commands seen

    async def handle_MAIL(self, server, session, envelope, address, options):  # noqa: ANN001
        self.attempts += 1
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: ANN001
        if address in self.refuse:
            return self.refuse[address]
        if self.defer.get(address, 0) > 0:
            self.defer[address] -= 1
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        if self.defer_data > 0:
            self.defer_data -= 1
            return "451 4.3.0 Queue full, try again later"
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      envelope.original_content, bool(session.authenticated),
                                      _encrypted(server, session)))
        return "250 Message accepted for delivery"


def _encrypted(server, session) -> bool:  # noqa: ANN001
    """True after STARTTLS (session.ssl) or on an implicit-TLS connection (the transport's)."""
    return session.ssl is not None or server.transport.get_extra_info("sslcontext") is not None


@dataclass
class Server:
    host: str
    port: int
    handler: Handler

    def settings(self, **overrides: object) -> MailSettings:
        """Settings pointing at this server, with no waiting between retries."""
        values: dict[str, object] = {"host": self.host, "port": self.port, "timeout": 5.0,
                                     "retry_delays": (0.0, 0.0, 0.0), "config_path": "-"}
        values.update(overrides)
        return MailSettings(**values)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN201
    good = (isinstance(auth_data, LoginPassword) and auth_data.login == SMTP_USER.encode()
            and auth_data.password == SMTP_PASSWORD.encode())
    return AuthResult(success=good, handled=False)  # handled=False: the server replies 535


@pytest.fixture(autouse=True)
def _forget_secrets() -> Iterator[None]:
    """Each test starts with no password registered for redaction (see briefgen.errors)."""
    yield
    forget_secrets()


@pytest.fixture(scope="session")
def certificate_authority() -> trustme.CA:
    """A CA made for this test run; nothing private is committed to the repository."""
    return trustme.CA()


@pytest.fixture(scope="session")
def server_tls(certificate_authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def cafile(certificate_authority: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "test-ca.pem"
    certificate_authority.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def smtp_server(server_tls: ssl.SSLContext) -> Iterator:
    """Start servers on free ports: ``smtp_server(tls="starttls"|"ssl"|None, auth=bool, ...)``."""
    with contextlib.ExitStack() as stack:

        def start(tls: str | None = None, auth: bool = False, **smtp_options: object) -> Server:
            handler = Handler()
            options: dict[str, object] = dict(smtp_options)
            if tls == "starttls":
                options["tls_context"] = server_tls
            if auth:
                options.update(authenticator=authenticator, auth_require_tls=True)
            for attempt in range(3):  # another process may take the free port first
                port = free_port()
                controller = Controller(handler, hostname="127.0.0.1", port=port,
                                        ssl_context=server_tls if tls == "ssl" else None,
                                        **options)
                try:
                    controller.start()
                    break
                except OSError:
                    if attempt == 2:
                        raise
            stack.callback(controller.stop)
            return Server("127.0.0.1", port, handler)

        yield start


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections but never greets: a server that hangs."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        yield listener.getsockname()[1]


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on: an unreachable server."""
    return free_port()


@pytest.fixture
def small_brief() -> Brief:
    """A brief with a marking, two bottom-line items, hostile text and two sources."""
    bottom_line = Section("bottom_line", "Bottom line", (
        BulletList((
            Item("Officials said 12,000 troops were pledged.", ("1", "2")),
            Item("AT&T said a<b holds and <script>alert(1)</script> was found.", ("2",),
                 label="Analysts"),
        )),
    ))
    context = Section("context", "Context", (Paragraph("Earlier, a treaty was signed.", ("1",)),))
    sources = Section("sources", "Sources", (SourceList(),))
    return Brief(
        title="Troops to Russia",
        topic="Troops to Russia",
        date="2024-10-28",
        template="analyst",
        audience="Analysts",
        sections=(bottom_line, context, sources),
        sources=(
            Source("1", "Seoul confirms deployment", outlet="Yonhap",
                   url="https://example.org/news?id=1&lang=en"),
            Source("2", "A <b>bold</b> report", outlet="CNA", url="javascript:alert(1)",
                   path="articles/cna.txt"),
        ),
        marking="TLP:AMBER",
        generator="briefgen test",
    )


@pytest.fixture
def brief_files(tmp_path: Path) -> list[Path]:
    """Stand-ins for the built DOCX and PDF: arbitrary bytes, compared byte for byte."""
    docx = tmp_path / "troops-to-russia.docx"
    pdf = tmp_path / "troops-to-russia.pdf"
    docx.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    pdf.write_bytes(b"%PDF-1.4\r\n" + bytes(range(255, -1, -1)) * 40 + b"\n%%EOF\n")
    return [docx, pdf]
