"""The executive one-pager on every story of a folder: does it hold its page, and what is on it.

    .venv/bin/python benchmarks/executive_page.py ../shared/data/stories-dev [--limit N] [--out DIR]

Each story (and the seeds) is built with ``-t executive -f pdf -f docx -f json``; the DOCX is set
by LibreOffice with the bundled fonts (as ``make preview`` does) when ``soffice`` is installed.
Per story: PDF pages, LibreOffice pages, bottom-line points, items per section, the share of the
page height the Sources take, the body size page fit chose, how many items it left out, and the
sections the template names that the page lacks. The Sources share is measured on the PDF's
last page from pypdf's text positions: from the "Sources" heading (its baseline plus its size)
down to the lowest line above the footer, over the page height.
Targets (issue 15): one page in both, bottom line >= 3, every named section, Sources < 15 %.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
NAMED = ("bottom_line", "figures", "risks", "stakeholders", "sources")
FOOTER_PT = 40.0  # text below this height is the footer
SOURCES_SHARE_TARGET = 0.15


def build(story: Path, out: Path, name: str) -> None:
    subprocess.run([sys.executable, "-m", "briefgen", "build", str(story), "-t", "executive",
                    "-f", "pdf", "-f", "docx", "-f", "json", "-o", str(out), "--name", name],
                   cwd=ROOT, check=True, capture_output=True,
                   env={**os.environ, "SOURCE_DATE_EPOCH": "1730073600"})


def libreoffice(out: Path) -> None:
    """Every DOCX in ``out`` as LibreOffice sets it, into ``out/lo``."""
    fonts = out / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{ROOT / "briefgen" / "fonts"}</dir><cachedir>{out / "fontcache"}</cachedir>'
        '</fontconfig>', encoding="utf-8")
    profile = (out / "lo-profile").as_uri()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile}",
                    "--convert-to", "pdf", "--outdir", str(out / "lo"),
                    *map(str, sorted(out.glob("*.docx")))],
                   check=True, capture_output=True,
                   env={**os.environ, "FONTCONFIG_FILE": str(fonts)})


def sources_share(pdf: Path) -> float:
    page = PdfReader(str(pdf)).pages[-1]
    lines: list[tuple[float, str, float]] = []

    def visit(text, cm, tm, font, size) -> None:  # noqa: ANN001
        if text.strip():
            lines.append((tm[5] * cm[3] + cm[5] if cm[3] else tm[5], text.strip(), size))

    page.extract_text(visitor_text=visit)
    headings = [(y, size) for y, text, size in lines if text.startswith("Sources")]
    if not headings:
        return 0.0
    top, size = min(headings)  # the section heading, below the tables' "Sources" column
    below = [y for y, _, _ in lines if FOOTER_PT < y < top]
    return (top + size - min(below, default=top)) / float(page.mediabox.height)


def measure(out: Path, name: str) -> dict:
    data = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    counts = {}
    for section in data["sections"]:
        counts[section["id"]] = sum(len(b.get("items", [])) + len(b.get("rows", []))
                                    + (b["kind"] == "paragraph") for b in section["blocks"])
    sizes = [float(m.group(1)) for note in data.get("notes", [])
             if (m := re.search(r"to ([\d.]+) pt", note))]
    lo = out / "lo" / f"{name}.pdf"
    return {
        "story": name, "pdf": len(PdfReader(str(out / f"{name}.pdf")).pages),
        "docx": len(PdfReader(str(lo)).pages) if lo.exists() else None,
        **{section: counts.get(section, 0) for section in NAMED[:-1]},
        "sources": sources_share(out / f"{name}.pdf"),
        "body": sizes[-1] if sizes else None,
        "left_out": sum(note.startswith("dropped") for note in data.get("notes", [])),
        "missing": [s for s in NAMED if s not in counts],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="executive-"))
    out.mkdir(parents=True, exist_ok=True)
    stories = sorted(p for p in args.stories.iterdir() if p.is_dir())[: args.limit]
    names = []
    for story in [*stories, ROOT / "seeds"]:
        name = story.name.lower()
        build(story, out, name)
        names.append(name)
    if shutil.which("soffice"):
        libreoffice(out)
    rows = [measure(out, name) for name in names]
    print("story        pdf docx  BL fig risk stak src%  body out missing")
    for r in rows:
        print(f"{r['story']:12} {r['pdf']:3} {r['docx']!s:4} {r['bottom_line']:3} "
              f"{r['figures']:3} {r['risks']:4} {r['stakeholders']:4} {100 * r['sources']:4.1f} "
              f"{r['body']!s:5} {r['left_out']:3} {','.join(r['missing'])}")
    met = [r for r in rows if r["pdf"] == 1 and r["docx"] in (1, None) and r["bottom_line"] >= 3
           and not r["missing"] and r["sources"] < SOURCES_SHARE_TARGET]
    print(f"every target met: {len(met)}/{len(rows)} (files in {out})")


if __name__ == "__main__":
    main()
