"""Shared fixtures: the seeds, small hand-made articles, and the golden-file flag."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest

from briefgen.pipeline import build_brief, read_articles
from briefgen.templates import load_template

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED_DATA = ROOT.parent / "shared" / "data"
FIXED_DATE = dt.date(2024, 10, 28)


@pytest.fixture(scope="session")
def seed_articles():
    """The seeds' five articles, read once for the whole session."""
    return read_articles([SEEDS])


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true",
                     help="Rewrite the golden files from the current output (review the diff!).")


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture(scope="session", autouse=True)
def no_user_templates(tmp_path_factory: pytest.TempPathFactory):
    """Templates in the developer's own config directory or $BRIEFGEN_TEMPLATES must not change
    what the tests see: point both at an empty place for the whole session."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        patch.delenv("BRIEFGEN_TEMPLATES", raising=False)
        yield


@pytest.fixture(scope="session")
def analyst_template():
    return load_template("analyst")


@pytest.fixture(scope="session")
def seeds_brief(analyst_template):
    """The analyst brief of the seeds, dated so that it does not change from day to day, and
    read as ``seeds/`` from the repository root so its Sources do not depend on the checkout."""
    with contextlib.chdir(ROOT):
        return build_brief(["seeds"], analyst_template, brief_date=FIXED_DATE)


@pytest.fixture
def write_article(tmp_path: Path):
    """Write a small article file and return its path."""

    def write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write


HOSTILE_ARTICLE = """Hostile text for the writers

AT&T said a<b holds and that <b>bold claims</b> need checking, officials said.

The envoy arrived in 서울 on Monday\x0bfor talks about the treaty, the ministry said.

Analysts warned that <img src="/etc/passwd"/> and <a href="javascript:alert(1)">links</a>
could appear in scraped text.
"""
