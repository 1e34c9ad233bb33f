"""Reproducible builds: one build time, zips that depend on their contents only."""

import datetime as dt
import io
import zipfile

from briefgen.writers.reproducible import build_time, normalized_zip


def _zip(when: tuple[int, ...]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("b.xml", "a.xml"):
            archive.writestr(zipfile.ZipInfo(name, date_time=when), f"<{name}/>")
    return buffer.getvalue()


def test_normalized_zips_differ_only_by_content():
    first, second = _zip((2024, 1, 1, 9, 0, 0)), _zip((2025, 6, 30, 23, 59, 58))
    assert first != second
    assert normalized_zip(first) == normalized_zip(second)
    archive = zipfile.ZipFile(io.BytesIO(normalized_zip(first)))
    assert archive.namelist() == ["b.xml", "a.xml"]  # order kept: [Content_Types].xml first
    assert archive.read("a.xml") == b"<a.xml/>"


def test_build_time_is_source_date_epoch_in_utc(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1730073600")
    assert build_time() == dt.datetime(2024, 10, 28, tzinfo=dt.UTC)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build_time().tzinfo is dt.UTC
