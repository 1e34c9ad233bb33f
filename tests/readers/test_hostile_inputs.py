"""Hostile files (made here, small): a folder's links stay inside it, every message is one
line, and bombs (zip, YAML, paragraphs, nesting) are refused within bounded time and memory."""

from __future__ import annotations

import io
import shutil
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.readers import limits
from briefgen.readers.assemble import iso_date
from tests.readers.conftest import HARBOUR_TXT, make_docx, make_pdf

PRIVATE_MARK = "Zanzibar-vault-7731"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding one good article."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(HARBOUR_TXT, inputs / "good.txt")
    return inputs


def _build(*args: str):  # noqa: ANN202
    return CliRunner().invoke(main, ["build", *args, "-f", "md"])


def _private_article(tmp_path: Path) -> Path:
    private = tmp_path / "private"
    private.mkdir()
    secret = private / "notes.txt"
    secret.write_text(HARBOUR_TXT.read_text(encoding="utf-8").replace(
        "night ferries", f"night ferries ({PRIVATE_MARK})"), encoding="utf-8")
    return secret


def test_a_link_out_of_a_named_folder_is_skipped_and_reported(folder, tmp_path):
    (folder / "leak.txt").symlink_to(_private_article(tmp_path))
    out = tmp_path / "out"
    result = _build(str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"skipped {folder / 'leak.txt'}: a link to a file outside the folder" in result.stderr
    [brief] = out.glob("*.md")
    assert PRIVATE_MARK not in brief.read_text(encoding="utf-8")


def test_strict_stops_at_a_link_out_of_the_folder(folder, tmp_path):
    (folder / "leak.txt").symlink_to(_private_article(tmp_path))
    result = _build(str(folder), "-o", str(tmp_path / "out"), "--strict")
    assert result.exit_code == 1 and "outside the folder" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_follow_links_reads_it_when_told(folder, tmp_path):
    (folder / "leak.txt").symlink_to(_private_article(tmp_path))
    result = CliRunner().invoke(main, ["inspect", str(folder), "--text", "--follow-links"])
    assert result.exit_code == 0, result.output
    assert PRIVATE_MARK in result.output


def test_a_link_that_stays_inside_the_folder_is_read(folder, tmp_path):
    (folder / "same.txt").symlink_to(folder / "good.txt")
    result = CliRunner().invoke(main, ["inspect", str(folder), "--json"])
    assert result.exit_code == 0, result.output


def test_a_file_name_with_a_newline_gives_a_one_line_message(tmp_path):
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"")
    result = _build(str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"briefgen: error: {tmp_path}/bad\\nname.txt: no article text found\n"


# -- Bombs: refused quickly, in one line, without reading what they would unpack to ----------

def _read_error(path: Path) -> str:
    """The one-line error `inspect` gives for one input (exit status 1, no traceback)."""
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    return result.stderr


def _with_member(docx: bytes, name: str, write) -> bytes:  # noqa: ANN001
    """The .docx with one more zip member, written in chunks by ``write(handle)``."""
    buffer = io.BytesIO(docx)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive, \
            archive.open(name, "w", force_zip64=True) as handle:
        write(handle)
    return buffer.getvalue()


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    over = limits.MAX_UNPACKED_BYTES // (1 << 20) + 8  # megabytes of zeros: ~100 KB zipped

    def zeros(handle) -> None:  # noqa: ANN001
        for _ in range(over):
            handle.write(bytes(1 << 20))

    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_with_member(make_docx([("Normal", "Text.")]), "word/media/x.bin", zeros))
    assert bomb.stat().st_size < 1024 * 1024
    tracemalloc.start()
    started = time.monotonic()
    try:
        message = _read_error(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f"{bomb}: unpacks to " in message and "(a zip bomb?)" in message
    assert peak < 50 * 1024 * 1024 and time.monotonic() - started < 3


def test_a_docx_whose_document_part_is_huge_is_refused(tmp_path):
    def xml(handle) -> None:  # noqa: ANN001
        for _ in range(limits.MAX_XML_PART_BYTES // (1 << 20) + 1):
            handle.write(b"<w:p/>" * ((1 << 20) // 6 + 1))

    path = tmp_path / "huge.docx"
    path.write_bytes(_with_member(make_docx([("Normal", "Text.")]), "word/extra.xml", xml))
    assert "word/extra.xml unpacks to" in _read_error(path)


def _with_paragraphs(docx: bytes, count: int) -> bytes:
    """The .docx with its body replaced by ``count`` one-word paragraphs (written as XML:
    python-docx takes seconds to add thousands)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>P{i}.</w:t></w:r></w:p>" for i in range(count))
    document = f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>'
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, \
            zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            target.writestr(member.filename,
                            document if member.filename == "word/document.xml" else data)
    return output.getvalue()


def test_a_docx_with_too_many_paragraphs_is_refused(tmp_path):
    path = tmp_path / "many.docx"
    path.write_bytes(_with_paragraphs(make_docx([("Normal", "Text.")]),
                                      limits.MAX_PARAGRAPHS + 1))
    assert f"{path}: {limits.MAX_PARAGRAPHS + 1:,} paragraphs, over the limit" in \
        _read_error(path)


def test_too_many_lines_of_text_are_refused_quickly(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("Tiny line.\n\n" * (limits.MAX_LINES + 1), encoding="utf-8")
    started = time.monotonic()
    assert f"{limits.MAX_LINES + 1:,} lines of text, over the limit" in _read_error(path)
    assert time.monotonic() - started < 5


def test_too_many_words_are_refused(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("word " * (limits.MAX_WORDS + 1) + ".", encoding="utf-8")
    assert "words, over the limit of" in _read_error(path)


def _front_matter(tmp_path: Path, yaml: str) -> Path:
    path = tmp_path / "fm.md"
    path.write_text(f"---\n{yaml}\n---\n" + HARBOUR_TXT.read_text(encoding="utf-8"),
                    encoding="utf-8")
    return path


def test_yaml_billion_laughs_in_front_matter_is_refused(tmp_path):
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        before, name = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{name}: &{name} [{', '.join([f'*{before}'] * 9)}]")
    lines.append("title: *j")
    started = time.monotonic()
    message = _read_error(_front_matter(tmp_path, "\n".join(lines)))
    assert "invalid YAML front matter (line 3: aliases (*name) are not allowed)" in message
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("nested", ["[" * 5000 + "]" * 5000, "{a: " * 3000 + "1" + "}" * 3000])
def test_deeply_nested_front_matter_is_one_line(tmp_path, nested):
    message = _read_error(_front_matter(tmp_path, f"title: {nested}"))
    assert f"nested more than {limits.MAX_NESTING} levels deep" in message


def test_huge_front_matter_is_refused(tmp_path):
    message = _read_error(_front_matter(tmp_path, "note: " + "x" * 70_000))
    assert "YAML front matter is 70,006 characters, over the limit" in message


def test_a_page_with_too_many_elements_is_refused_before_extraction(tmp_path):
    path = tmp_path / "tags.html"
    cells = "<span>x</span>" * (limits.MAX_PAGE_ELEMENTS + 1)
    path.write_text(f"<html><body><p>Hello there.</p>{cells}</body></html>", encoding="utf-8")
    started = time.monotonic()
    assert "HTML elements, over the limit of" in _read_error(path)
    assert time.monotonic() - started < 5


def test_deeply_nested_json_ld_is_ignored_not_a_traceback(tmp_path):
    from tests.readers.conftest import HARBOUR_HTML

    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    path = tmp_path / "deep.html"
    path.write_text(HARBOUR_HTML.read_text(encoding="utf-8").replace("</head>", deep + "</head>"),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(path), "--json"])
    assert result.exit_code == 0, result.output


def test_a_pdf_over_the_page_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 3)
    monkeypatch.setattr("briefgen.readers.pdf.MAX_PDF_PAGES", 3)
    path = tmp_path / "long.pdf"
    path.write_bytes(make_pdf([["Some text on a page."]] * 4))
    assert f"{path}: PDF has 4 pages, over the limit of 3" in _read_error(path)


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_an_impossible_front_matter_date_is_ignored(tmp_path, date):
    path = _front_matter(tmp_path, f"title: Harbour\ndate: {date}")
    result = _build(str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert iso_date(date) is None and iso_date("2024-10-29") == "2024-10-29"


def test_control_characters_removed_from_an_input_are_counted_on_stderr(tmp_path):
    path = tmp_path / "controls.txt"
    text = HARBOUR_TXT.read_text(encoding="utf-8")
    text = text.replace("approved", "\x01approved\x02", 1).replace("ferries", "fer\x1bries", 1)
    path.write_text(text, encoding="utf-8")
    result = _build(str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert f"briefgen: {path}: skipped 3 control character(s) no document can hold\n" in \
        result.stderr


def _page(tmp_path: Path, before_body: str = "") -> Path:
    paragraphs = HARBOUR_TXT.read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{' '.join(p.split())}</p>" for p in paragraphs[1:])
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Harbour ferries</title></head><body><article>"
                    f"{before_body}<h1>Harbour ferries</h1>{body}<p>Copyright 2022 Gazette.</p>"
                    "</article></body></html>", encoding="utf-8")
    return path


def test_a_page_without_a_date_gets_none_not_january_first_of_a_year(tmp_path):
    from briefgen.readers import read

    article = read(_page(tmp_path))
    assert article.date is None and "date" not in dict(article.provenance)


def test_a_page_dated_only_in_its_text_keeps_that_date(tmp_path):
    from briefgen.readers import read

    article = read(_page(tmp_path, "<p class='byline'>Published 14 March 2023</p>"))
    assert article.date == "2023-03-14"


@pytest.mark.parametrize("media", ['<embed src="clip.swf">', '<embed src="clip.swf" width="3"',
                                   '<video><source src="a.mp4"></video>'])
def test_an_html5_media_tag_before_the_headline_keeps_the_article(tmp_path, media):
    from briefgen.readers import read

    article = read(_page(tmp_path, media))
    assert article.title == "Harbour ferries" and len(article.paragraphs) >= 4
