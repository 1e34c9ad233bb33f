"""What `briefgen send FILES` sends, to whom, and what --dry-run shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.mail.addresses import parse_mailbox
from briefgen.mail.config import MailSettings
from briefgen.mail.credentials import Credentials
from briefgen.mail.errors import MailError
from briefgen.mail.message import attachments_of, brief_message, write_message
from briefgen.mail.outbox import (
    draft_from_files,
    dry_run_report,
    outgoing,
    recipients,
    sender_of,
)
from briefgen.model import brief_to_dict

SENDER = parse_mailbox("Analyst <analyst@example.org>")


def test_an_eml_draft_is_sent_as_it_is(small_brief, brief_files, tmp_path):
    path = write_message(brief_message(small_brief, brief_files), tmp_path / "brief.eml")
    draft = draft_from_files([path])
    assert draft["Subject"] == "[TLP:AMBER] Troops to Russia - 2024-10-28"
    assert len(attachments_of(draft)) == 2


def test_an_eml_goes_alone(small_brief, brief_files, tmp_path):
    path = write_message(brief_message(small_brief, brief_files), tmp_path / "brief.eml")
    with pytest.raises(MailError, match="an .eml message is sent on its own"):
        draft_from_files([path, brief_files[0]])


def test_a_json_brief_gives_subject_and_bodies_and_is_not_attached(small_brief, brief_files,
                                                                   tmp_path):
    brief_json = tmp_path / "troops-to-russia.json"
    brief_json.write_text(json.dumps(brief_to_dict(small_brief)), encoding="utf-8")
    draft = draft_from_files([*brief_files, brief_json])
    assert draft["Subject"] == "[TLP:AMBER] Troops to Russia - 2024-10-28"
    assert [a.filename for a in attachments_of(draft)] == [p.name for p in brief_files]
    assert "12,000 troops" in draft.get_body(("plain",)).get_content()


def test_other_json_is_just_an_attachment(brief_files, tmp_path):
    data = tmp_path / "data.json"
    data.write_text('{"a": 1}', encoding="utf-8")
    draft = draft_from_files([brief_files[1], data], subject="Figures")
    assert draft["Subject"] == "Figures"
    assert [a.filename for a in attachments_of(draft)] == ["troops-to-russia.pdf", "data.json"]


def test_files_without_a_brief_take_the_first_name_as_subject(brief_files):
    draft = draft_from_files(brief_files)
    assert draft["Subject"] == "troops-to-russia.docx"
    assert draft.get_body(("plain",)).get_content().startswith(
        "Attached: troops-to-russia.docx, troops-to-russia.pdf")


def test_missing_file_and_nothing_to_send(tmp_path):
    with pytest.raises(MailError, match=r"gone\.pdf: no such file"):
        draft_from_files([tmp_path / "gone.pdf"])
    with pytest.raises(MailError, match="nothing to send"):
        draft_from_files([])
    with pytest.raises(MailError, match="is a directory, not a file to attach"):
        draft_from_files([tmp_path])


def test_bcc_only_in_the_envelope_and_duplicates_once(small_brief, brief_files):
    to = recipients(["a@example.org", "A@EXAMPLE.org"], ["c@example.org"], ["a@example.org",
                                                                            "d@example.org"])
    item = outgoing(brief_message(small_brief, brief_files), SENDER, to)
    assert item.recipients == ("a@example.org", "c@example.org", "d@example.org")
    assert item.message["Bcc"] is None


def test_recipients_written_in_an_edited_draft_are_used_when_none_are_given(small_brief,
                                                                            brief_files):
    draft = brief_message(small_brief, brief_files)
    draft["To"] = "Chief <chief@example.org>"
    item = outgoing(draft, SENDER, recipients())
    assert item.recipients == ("chief@example.org",)
    del draft["To"]
    with pytest.raises(MailError, match="no recipients: give --to"):
        outgoing(draft, SENDER, recipients())


def test_sender_from_settings_or_user_or_an_error_naming_the_config_file():
    assert sender_of(MailSettings(sender="x@example.org")).addr_spec == "x@example.org"
    assert sender_of(MailSettings(user="me@example.org")).addr_spec == "me@example.org"
    with pytest.raises(MailError, match=r"no sender address: .* in /cfg/config\.toml"):
        sender_of(MailSettings(user="me", config_path="/cfg/config.toml"))


def test_dry_run_report_shows_headers_recipients_attachments_and_no_password(small_brief,
                                                                             brief_files):
    to = recipients(["chief@example.org"], bcc=["archive@example.org"])
    item = outgoing(brief_message(small_brief, brief_files), SENDER, to)
    settings = MailSettings(host="smtp.example.org", user="analyst")
    report = dry_run_report(item, settings, Credentials("analyst", "pw-hidden", "~/.netrc"))
    lines = report.splitlines()
    assert "From: Analyst <analyst@example.org>" in lines
    assert "To: chief@example.org" in lines
    assert "Subject: [TLP:AMBER] Troops to Russia - 2024-10-28" in lines
    assert "Recipients: chief@example.org, archive@example.org" in lines
    docx_size = Path(brief_files[0]).stat().st_size
    assert (f"  troops-to-russia.docx  application/vnd.openxmlformats-officedocument."
            f"wordprocessingml.document  {docx_size:,} bytes") in lines
    assert ("Server: smtp.example.org:587 (STARTTLS when offered), user analyst "
            "(password from ~/.netrc)") in lines
    assert lines[-1] == "Not sent (--dry-run)."
    assert "pw-hidden" not in report
