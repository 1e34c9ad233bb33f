"""Choosing a reader: by suffix, by URL scheme, and by the first bytes for stdin ("-")."""

import io

import pytest

from briefgen.errors import InputError
from briefgen.readers import ReadOptions, expand_inputs, read, sniff_suffix
from tests.readers.conftest import (
    FIRST_SENTENCE,
    HARBOUR_HTML,
    HARBOUR_TXT,
    make_docx,
    make_eml,
    make_pdf,
)


@pytest.mark.parametrize("make", [
    HARBOUR_TXT.read_bytes,
    HARBOUR_HTML.read_bytes,
    lambda: make_pdf([["Ferries approved", "", FIRST_SENTENCE[:70], FIRST_SENTENCE[70:]]]),
    lambda: make_docx([("Normal", FIRST_SENTENCE)]),
    lambda: make_eml(subject="Ferries", body=HARBOUR_TXT.read_text(encoding="utf-8")),
])
def test_stdin_is_read_by_the_reader_its_first_bytes_call_for(make):
    article = read("-", ReadOptions(stdin=io.BytesIO(make())))
    assert FIRST_SENTENCE in article.text
    assert article.path is None


def test_sniffing_recognises_each_kind():
    assert sniff_suffix(b"%PDF-1.7") == ".pdf"
    assert sniff_suffix(b"PK\x03\x04") == ".docx"
    assert sniff_suffix(b"  <!DOCTYPE html><html>") == ".html"
    assert sniff_suffix(b"From: a@b.c\nSubject: x\n\nbody") == ".eml"
    assert sniff_suffix(b"From: the harbour, a story.") == ".txt"


def test_stdin_over_the_size_limit_is_refused():
    with pytest.raises(InputError, match=r"<stdin>: input is over the 10-byte limit"):
        read("-", ReadOptions(max_bytes=10, stdin=io.BytesIO(b"x" * 11)))


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(InputError, match=r"big.txt: file is 5,000 bytes, over the 4,096-byte"):
        read(path, ReadOptions(max_bytes=4096))


def test_urls_and_stdin_pass_through_expansion_untouched():
    assert expand_inputs(["https://example.org/a", "-"]) == ["https://example.org/a", "-"]
