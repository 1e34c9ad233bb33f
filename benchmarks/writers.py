"""Writers benchmark: sizes of the seeds' briefs, time to set hostile and huge text, and
byte-for-byte reproducibility under SOURCE_DATE_EPOCH. Needs no evaluation data.

    .venv/bin/python benchmarks/writers.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.model import Paragraph, Row, Section, SourceList, Table  # noqa: E402
from briefgen.pipeline import build_brief, fit_to_pages  # noqa: E402
from briefgen.templates import load_template  # noqa: E402
from briefgen.writers import docx_writer, pdf_writer  # noqa: E402

SENTENCE = "Officials said the convoy crossed the border at dawn on Tuesday, according to reports. "


def quiet(message: str) -> None:
    pass


def timed(function, *arguments) -> tuple[float, bytes]:  # noqa: ANN001
    start = time.perf_counter()
    result = function(*arguments, warn=quiet)
    return time.perf_counter() - start, result


def with_section(brief, section):  # noqa: ANN001, ANN201
    return replace(brief, sections=(section, Section("sources", "Sources", (SourceList(),))))


def main() -> None:
    os.environ["SOURCE_DATE_EPOCH"] = "1730073600"
    print("| brief | pages | PDF bytes | DOCX bytes | PDF s | DOCX s |")
    print("|---|---|---|---|---|---|")
    briefs = {}
    for name in ("executive", "analyst", "press"):
        template = load_template(name)
        brief = build_brief([ROOT / "seeds"], template, brief_date=dt.date(2024, 10, 28))
        brief, template = fit_to_pages(brief, template)  # as `briefgen build` does
        briefs[name] = (brief, template)
        pdf_time, pdf = timed(pdf_writer.render, brief, template)
        docx_time, docx = timed(docx_writer.render, brief, template)
        pages = pdf_writer.page_count(brief, template)
        print(f"| seeds, {name} | {pages} | {len(pdf):,} | {len(docx):,} | {pdf_time:.2f} | "
              f"{docx_time:.2f} |")

    brief, template = briefs["analyst"]
    big = SENTENCE * (500_000 // len(SENTENCE))
    cases = {
        "one 500 KB paragraph": with_section(brief, Section("context", "Context",
                                                            (Paragraph(big, ("1",)),))),
        "a 100 KB table cell": with_section(brief, Section("figures", "Key figures", (
            Table(("Figure", "What it counts"), (Row(("12,000", big[:100_000]), ("1",)),)),))),
        "a 2,000-row table": with_section(brief, Section("timeline", "Timeline", (
            Table(("When", "What happened"),
                  tuple(Row((f"Day {i}", SENTENCE), ("1",)) for i in range(2000))),))),
        "a 100,000-character word": with_section(brief, Section("context", "Context",
                                                                (Paragraph("x" * 100_000),))),
    }
    print()
    print("| input | PDF pages | PDF s | DOCX s |")
    print("|---|---|---|---|")
    for label, case in cases.items():
        pdf_time, pdf = timed(pdf_writer.render, case, template)
        docx_time, _ = timed(docx_writer.render, case, template)
        pages = pdf.count(b"/Type /Page\n")
        print(f"| {label} | {pages} | {pdf_time:.2f} | {docx_time:.2f} |")

    print()
    for name, (brief, template) in briefs.items():
        digests = {fmt: {hashlib.sha256(writer(brief, template, warn=quiet)).hexdigest()[:16]
                         for _ in range(2)}
                   for fmt, writer in (("pdf", pdf_writer.render), ("docx", docx_writer.render))}
        verdict = all(len(found) == 1 for found in digests.values())
        print(f"{name}: two renders byte-identical: {verdict} {digests}")


if __name__ == "__main__":
    main()
