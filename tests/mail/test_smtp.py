"""Delivery to a real SMTP server on 127.0.0.1: plain, STARTTLS, TLS, AUTH, refusals, retries."""

from __future__ import annotations

import pytest

from briefgen.mail.addresses import parse_mailbox
from briefgen.mail.credentials import Credentials
from briefgen.mail.errors import MailError
from briefgen.mail.message import brief_message
from briefgen.mail.outbox import outgoing, recipients
from briefgen.mail.smtp import deliver
from tests.mail.conftest import SMTP_PASSWORD, SMTP_USER

GOOD = Credentials(SMTP_USER, SMTP_PASSWORD, "test")


@pytest.fixture
def item(small_brief, brief_files):
    draft = brief_message(small_brief, brief_files)
    to = recipients(["Chief <chief@example.org>", "deputy@example.org"], ["desk@example.org"],
                    ["archive@example.org"])
    return outgoing(draft, parse_mailbox("Analyst <analyst@example.org>"), to)


def no_sleep(seconds: float) -> None:
    raise AssertionError(f"unexpected sleep({seconds})")


def test_plain_delivery_arrives_whole_with_byte_identical_attachments(smtp_server, item,
                                                                      brief_files):
    server = smtp_server()
    delivery = deliver(item, server.settings(), None, sleep=no_sleep)
    assert delivery.delivered == ("chief@example.org", "deputy@example.org", "desk@example.org",
                                  "archive@example.org")
    assert delivery.refused == {}
    [received] = server.handler.received
    assert received.mail_from == "analyst@example.org"
    assert received.rcpt_tos == list(delivery.delivered)
    message = received.message
    assert message["Subject"] == "[TLP:AMBER] Troops to Russia - 2024-10-28"
    assert message["To"] == "Chief <chief@example.org>, deputy@example.org"
    assert message["Cc"] == "desk@example.org"
    assert message["Bcc"] is None and b"archive@example.org" not in received.data
    assert message["X-Unsent"] is None  # a sent message is no longer a draft
    assert message["Message-ID"].endswith("@example.org>")
    attachments = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert attachments == {path.name: path.read_bytes() for path in brief_files}


def test_starttls_is_used_when_offered_and_the_certificate_checked(smtp_server, item, cafile):
    server = smtp_server(tls="starttls")
    deliver(item, server.settings(cafile=cafile), None, sleep=no_sleep)
    [received] = server.handler.received
    assert received.encrypted


def test_auth_over_starttls_with_the_right_password(smtp_server, item, cafile):
    server = smtp_server(tls="starttls", auth=True, auth_required=True)
    delivery = deliver(item, server.settings(cafile=cafile, user=SMTP_USER), GOOD)
    assert len(delivery.delivered) == 4
    [received] = server.handler.received
    assert received.authenticated and received.encrypted


def test_implicit_tls_with_ssl(smtp_server, item, cafile):
    server = smtp_server(tls="ssl")
    deliver(item, server.settings(cafile=cafile, security="ssl"), None, sleep=no_sleep)
    [received] = server.handler.received
    assert received.encrypted


def test_wrong_password_is_one_line_without_the_password(smtp_server, item, cafile):
    server = smtp_server(tls="starttls", auth=True, auth_required=True)
    wrong = Credentials(SMTP_USER, "not-the-password-xyz", "test")
    with pytest.raises(MailError) as error:
        deliver(item, server.settings(cafile=cafile), wrong, sleep=no_sleep)
    message = str(error.value)
    assert message.startswith(f"127.0.0.1:{server.port} refused authentication as analyst: 535")
    assert message.endswith("nothing sent")
    assert "not-the-password-xyz" not in message and "\n" not in message
    assert server.handler.received == []


def test_untrusted_certificate_is_a_tls_failure(smtp_server, item):
    server = smtp_server(tls="starttls")
    untrusted = (r"^TLS failure with 127\.0\.0\.1:\d+: certificate not trusted "
                 r"\(unable to get local issuer certificate\); --cafile")
    with pytest.raises(MailError, match=untrusted):
        deliver(item, server.settings(), None, sleep=no_sleep)
    assert server.handler.received == []


def test_required_starttls_missing_is_refused(smtp_server, item):
    server = smtp_server()
    with pytest.raises(MailError, match="does not offer STARTTLS"):
        deliver(item, server.settings(security="starttls"), None, sleep=no_sleep)
    assert server.handler.received == []


def test_password_is_never_sent_unencrypted(smtp_server, item):
    server = smtp_server()
    with pytest.raises(MailError, match="refusing to send the password unencrypted"):
        deliver(item, server.settings(), GOOD, sleep=no_sleep)
    assert server.handler.attempts == 0


def test_unreachable_server(item, closed_port):
    from briefgen.mail.config import MailSettings

    settings = MailSettings(host="127.0.0.1", port=closed_port, timeout=2)
    with pytest.raises(MailError) as error:
        deliver(item, settings, None, sleep=no_sleep)
    assert str(error.value) == (f"cannot reach SMTP server 127.0.0.1:{closed_port}: "
                                "Connection refused; nothing sent")


def test_server_that_never_answers_times_out(item, silent_port):
    from briefgen.mail.config import MailSettings

    settings = MailSettings(host="127.0.0.1", port=silent_port, timeout=0.3)
    with pytest.raises(MailError, match=r"did not answer: timed out after 0\.3 s; nothing sent$"):
        deliver(item, settings, None, sleep=no_sleep)


def test_refused_recipient_is_listed_and_the_others_still_delivered(smtp_server, item):
    server = smtp_server()
    server.handler.refuse["deputy@example.org"] = "550 5.1.1 No such user"
    delivery = deliver(item, server.settings(), None, sleep=no_sleep)
    assert delivery.delivered == ("chief@example.org", "desk@example.org",
                                  "archive@example.org")
    assert list(delivery.refused) == ["deputy@example.org"]
    assert delivery.refused_summary() == ("recipient(s) refused: deputy@example.org "
                                          "(550 5.1.1 No such user); delivered to the other 3")
    [received] = server.handler.received
    assert received.rcpt_tos == list(delivery.delivered)


def test_every_recipient_refused(smtp_server, item):
    server = smtp_server()
    for address in item.recipients:
        server.handler.refuse[address] = "550 5.7.1 Relaying denied"
    delivery = deliver(item, server.settings(), None, sleep=no_sleep)
    assert delivery.delivered == ()
    assert delivery.refused_summary().endswith("; delivered to nobody")


def test_temporary_recipient_failure_is_retried_for_that_recipient_only(smtp_server, item):
    server = smtp_server()
    server.handler.defer["desk@example.org"] = 2
    slept: list[float] = []
    delivery = deliver(item, server.settings(retry_delays=(0.01, 0.02, 0.03)), None,
                       sleep=slept.append)
    assert slept == [0.01, 0.02]  # back-off: each pause from the configured list, in order
    assert delivery.attempts == 3 and delivery.refused == {}
    assert [r.rcpt_tos for r in server.handler.received] == [
        ["chief@example.org", "deputy@example.org", "archive@example.org"],
        ["desk@example.org"],
    ]


def test_temporary_data_failure_is_retried(smtp_server, item):
    server = smtp_server()
    server.handler.defer_data = 1
    slept: list[float] = []
    delivery = deliver(item, server.settings(), None, sleep=slept.append)
    assert slept == [0.0] and delivery.attempts == 2
    assert len(server.handler.received) == 1 and len(delivery.delivered) == 4


def test_temporary_failure_that_persists_gives_up_after_the_retries(smtp_server, item):
    server = smtp_server()
    server.handler.defer_data = 100
    slept: list[float] = []
    with pytest.raises(MailError) as error:
        deliver(item, server.settings(), None, sleep=slept.append)
    assert len(slept) == 3 and server.handler.attempts == 4
    assert str(error.value) == (f"127.0.0.1:{server.port} refused the message: 451 4.3.0 Queue "
                                "full, try again later (still failing after 4 attempts); "
                                "nothing sent")


def test_deferred_recipient_that_stays_deferred_is_reported(smtp_server, item):
    server = smtp_server()
    server.handler.defer["desk@example.org"] = 100
    delivery = deliver(item, server.settings(retry_delays=(0.0,)), None, sleep=lambda s: None)
    assert list(delivery.refused) == ["desk@example.org"]
    assert str(delivery.refused["desk@example.org"]).startswith("451 4.3.0")


def test_message_above_the_limit_is_refused_before_connecting(item, closed_port):
    from briefgen.mail.config import MailSettings

    settings = MailSettings(host="127.0.0.1", port=closed_port, max_size=4096)
    with pytest.raises(MailError) as error:
        deliver(item, settings, None, sleep=no_sleep)
    assert str(error.value).startswith("message is ")
    assert "above the 4,096 bytes limit" in str(error.value)


def test_server_size_limit_is_reported(smtp_server, item):
    server = smtp_server(data_size_limit=4096)
    with pytest.raises(MailError, match=r"refused the message as too large: 552"):
        deliver(item, server.settings(), None, sleep=no_sleep)


def test_no_server_configured(item):
    from briefgen.mail.config import MailSettings

    with pytest.raises(MailError, match="^no SMTP server: give --smtp-host"):
        deliver(item, MailSettings(config_path="cfg.toml"), None, sleep=no_sleep)
