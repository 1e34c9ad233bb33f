"""Property-based fuzzing (hypothesis) of the readers, the cleaner, the sectioner and the writers.

Whatever the input: no exception but briefgen's own one-line errors, every sentence a brief
shows is verbatim in an article it cites, and every file written reads back. `make test` runs
a few dozen examples per property (seconds); for a longer hunt, by hand:

    BRIEFGEN_FUZZ=long python -m pytest tests/test_fuzz.py    (thousands of examples each)
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.clean import clean_text
from briefgen.errors import BriefgenError
from briefgen.model import BulletList, Paragraph
from briefgen.nlp.tokenizer import split_sentences
from briefgen.pipeline import brief_from_articles
from briefgen.readers import READERS, ReadOptions, sniff_suffix
from briefgen.readers.assemble import Origin
from briefgen.readers.text import article_from_text
from briefgen.templates import load_template
from briefgen.writers import WRITERS
from tests.readers.conftest import HARBOUR_HTML, HARBOUR_TXT, make_docx, make_eml

settings.register_profile("default", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("BRIEFGEN_FUZZ", "default"))

OPTIONS = ReadOptions(max_bytes=1024 * 1024)
# Seeds the mutations start from: one well-formed input of every kind.
SEEDS = {
    ".txt": HARBOUR_TXT.read_bytes(),
    ".md": b"---\ntitle: Harbour\ndate: 2024-10-29\n---\n" + HARBOUR_TXT.read_bytes(),
    ".html": HARBOUR_HTML.read_bytes(),
    ".eml": make_eml(subject="Harbour", body=HARBOUR_TXT.read_text(encoding="utf-8")),
    ".docx": make_docx([("Title", "Harbour"), ("Normal", HARBOUR_TXT.read_text("utf-8"))]),
}
# Text with what hostile inputs carry: controls, separators, bidi marks, quotes, markup.
ODD_TEXT = st.lists(st.sampled_from(
    list("abc XYZ.,;:!?\"'’“”()-—\n\t\r") + ["\x00", "\x0b", "\x1b", "\u2028", "\u202e",
                                              "\ufeff", "\ud800", "<p>", "---", "# ", "==",
                                              "Mr.", "said", "2024-10-29", "10,000"]),
    max_size=300).map("".join)


def _read(suffix: str, data: bytes) -> None:
    # briefgen's own error is the one failure allowed: reported in one line, then skipped.
    with contextlib.suppress(BriefgenError):
        READERS[suffix](data, Origin(name=f"fuzz{suffix}"), OPTIONS)


@st.composite
def mutated(draw: st.DrawFn, suffix: str) -> bytes:
    """The seed of ``suffix`` with bytes flipped, cut or spliced in."""
    data = bytearray(SEEDS[suffix])
    for _ in range(draw(st.integers(1, 8))):
        where = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if action == "flip" and data:
            data[where] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[where: where + draw(st.integers(1, 64))]
        elif action == "insert":
            data[where:where] = draw(st.binary(max_size=32))
        else:
            del data[where:]
    return bytes(data)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
def test_readers_raise_only_their_own_errors_on_mutated_inputs(suffix):
    @given(mutated(suffix))
    def check(data: bytes) -> None:
        _read(suffix, data)

    check()


@given(st.binary(max_size=2048))
def test_any_bytes_to_any_reader_raise_only_briefgen_errors(data):
    for suffix in (".txt", ".html", ".eml", ".pdf", ".docx", sniff_suffix(data)):
        _read(suffix, data)


@given(ODD_TEXT)
def test_the_cleaner_takes_any_text(text):
    cleaned = clean_text(text, find_title=True)
    for paragraph in cleaned.paragraphs:
        assert "\x00" not in paragraph and "\x1b" not in paragraph


# -- Sectioner and writers: generated articles, a whole brief, every file read back ----------

NAMES = ["Ana Ruiz", "the council", "Mayor Lee", "the harbour authority", "residents"]
VERBS = ["said", "warned", "announced", "approved", "rejected"]
THINGS = ["the ferry trial", "a 12% fare rise", "night services", "the bridge repair",
          "3,200 signatures", "the budget of $4 million"]
SENTENCE = st.builds(lambda who, verb, what, tail: f"{who.capitalize()} {verb} {what}{tail}.",
                     st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(THINGS),
                     st.sampled_from(["", " on Tuesday", " in March", ", officials said",
                                      " after a vote"]))
ARTICLE = st.lists(st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join), min_size=2,
                   max_size=8).map("\n\n".join)


def _shown_sentences(brief):  # noqa: ANN001, ANN202
    """(sentence, citations) of every paragraph and bullet the brief shows."""
    for section in brief.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                yield from ((s, block.citations) for s in split_sentences(block.text))
            elif isinstance(block, BulletList):
                for item in block.items:
                    yield from ((s, item.citations) for s in split_sentences(item.text))


@settings(max_examples=int(os.environ.get("BRIEFGEN_FUZZ_BRIEFS", "8")))
@given(st.lists(ARTICLE, min_size=1, max_size=3), ODD_TEXT)
def test_briefs_quote_their_sources_verbatim_and_every_file_reads_back(texts, title):
    articles = []
    for number, text in enumerate(texts, 1):
        try:
            article = article_from_text(f"{title}\n\n{text}", Origin(name=f"a{number}.txt"))
        except BriefgenError:
            continue
        articles.append(article.__class__(**{**article.__dict__, "id": str(len(articles) + 1)}))
    if not articles:
        return
    brief = brief_from_articles(articles, load_template("analyst"))
    by_id = {article.id: " ".join(" ".join(article.paragraphs).split()) for article in articles}
    for sentence, citations in _shown_sentences(brief):
        words = " ".join(sentence.split())
        assert any(words in by_id.get(c, "") for c in citations), (sentence, citations)
    _write_and_read_back(brief)


def _write_and_read_back(brief) -> None:  # noqa: ANN001
    import docx

    template = load_template("analyst")
    with tempfile.TemporaryDirectory() as folder:
        for output_format in ("md", "json", "docx"):
            path = Path(folder) / f"brief.{output_format}"
            WRITERS[output_format](brief, template, path)
            if output_format == "json":
                json.loads(path.read_text(encoding="utf-8"))
            elif output_format == "docx":
                zipfile.ZipFile(path).testzip()
                docx.Document(str(path))
            else:
                path.read_text(encoding="utf-8")


@settings(max_examples=int(os.environ.get("BRIEFGEN_FUZZ_PDFS", "2")))
@given(st.lists(ARTICLE, min_size=1, max_size=2))
def test_pdf_briefs_read_back(texts):
    from pypdf import PdfReader

    articles = [article_from_text(text, Origin(name=f"a{n}.txt")) for n, text in
                enumerate(texts, 1)]
    articles = [a.__class__(**{**a.__dict__, "id": str(n)}) for n, a in enumerate(articles, 1)]
    brief = brief_from_articles(articles, load_template("analyst"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.pdf"
        WRITERS["pdf"](brief, load_template("analyst"), path)
        assert len(PdfReader(io.BytesIO(path.read_bytes())).pages) >= 1
