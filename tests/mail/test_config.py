"""Mail settings: options over environment over the user config file; no passwords in config."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.mail.config import (
    DEFAULT_MAX_SIZE,
    MailSettings,
    default_config_path,
    load_settings,
    parse_size,
)
from briefgen.mail.errors import MailError

CONFIG = """
[mail]
from = "Analyst <analyst@example.org>"
host = "smtp.example.org"
port = 2525
security = "ssl"
user = "analyst"
max_size = "5MB"
retry_delays = [1, 2]
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_defaults_without_a_config_file(tmp_path):
    settings = load_settings({}, environ={}, config_path=tmp_path / "none.toml")
    assert settings.host is None and settings.security == "auto"
    assert settings.max_size == DEFAULT_MAX_SIZE == 10 * 1024 * 1024
    assert settings.effective_port == 587


def test_config_file_supplies_the_defaults(config):
    settings = load_settings({}, environ={}, config_path=config)
    assert settings.sender == "Analyst <analyst@example.org>"
    assert settings.server == "smtp.example.org:2525"
    assert settings.security == "ssl" and settings.user == "analyst"
    assert settings.max_size == 5 * 1024 * 1024
    assert settings.retry_delays == (1.0, 2.0)


def test_environment_overrides_config_and_options_override_both(config):
    environ = {"BRIEFGEN_SMTP_HOST": "env.example.org", "BRIEFGEN_SMTP_PORT": "587",
               "BRIEFGEN_MAIL_FROM": "env@example.org", "BRIEFGEN_SMTP_RETRY_DELAYS": "0,0"}
    settings = load_settings({"host": "cli.example.org", "port": None}, environ=environ,
                             config_path=config)
    assert settings.host == "cli.example.org"  # option
    assert settings.port == 587  # environment (the option was not given)
    assert settings.sender == "env@example.org"
    assert settings.retry_delays == (0.0, 0.0)
    assert settings.user == "analyst"  # config file


def test_config_path_is_in_the_platform_config_dir_unless_overridden(tmp_path):
    assert default_config_path({}).parts[-2:] == ("briefgen", "config.toml")
    assert default_config_path({"BRIEFGEN_CONFIG": str(tmp_path / "x.toml")}) == tmp_path / "x.toml"


def test_a_password_in_the_config_file_is_refused(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[mail]\nuser = "a"\npassword = "hunter2"\n', encoding="utf-8")
    with pytest.raises(MailError) as error:
        load_settings({}, environ={}, config_path=path)
    assert "passwords are not read from the config file" in str(error.value)
    assert "hunter2" not in str(error.value)


def test_unknown_keys_and_bad_values_are_named(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[mail]\nhots = "x"\n', encoding="utf-8")
    with pytest.raises(MailError, match=r"unknown key\(s\) in \[mail\]: hots"):
        load_settings({}, environ={}, config_path=path)
    path.write_text("[mail]\nport = 70000\n", encoding="utf-8")
    with pytest.raises(MailError, match="invalid mail setting port = 70000"):
        load_settings({}, environ={}, config_path=path)
    with pytest.raises(MailError, match="invalid mail setting security = 'tls'"):
        load_settings({"security": "tls"}, environ={}, config_path=tmp_path / "none.toml")


def test_broken_toml_is_one_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[mail\n", encoding="utf-8")
    with pytest.raises(MailError, match=r"config\.toml: cannot read config file"):
        load_settings({}, environ={}, config_path=path)


@pytest.mark.parametrize(("text", "size"), [
    ("10MB", 10 * 1024 * 1024), ("512 KB", 512 * 1024), ("1048576", 1048576), ("1.5m", 1572864),
    (2048, 2048),
])
def test_sizes(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "ten", "-1MB", "0", "5 TB"])
def test_bad_sizes(text):
    with pytest.raises(ValueError):
        parse_size(text)


def test_ssl_defaults_to_port_465():
    assert MailSettings(host="h", security="ssl").server == "h:465"


def test_a_config_file_nested_past_the_stack_is_one_line(tmp_path):
    from briefgen.mail.config import _read_config
    from briefgen.mail.errors import MailError

    path = tmp_path / "config.toml"
    path.write_text("[mail]\nhost = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(MailError, match=r"config.toml: cannot read config file: nested too deeply"):
        _read_config(path)
