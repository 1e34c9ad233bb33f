"""How well does the HTML reader recover the article of real saved pages?

Run: .venv/bin/python benchmarks/readers_html.py
Reads the four saved news pages in ../shared/data/html/ (DW, Reuters, The Guardian, SCMP; never
copied into this repository) and prints, for each: the title and site name recovered, whether the
article's first and last paragraphs are present, whether page furniture (navigation, cookie
notices, comments, related links, sharing) leaked in, the word count, and the time taken.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT.parent / "shared" / "data" / "html"

# What a reader of each page sees as its article: headline, site, first and last words.
# Furniture: strings that occur on the page outside the article (menus, related stories,
# cookie notices, sharing, comments) and must not reach the brief.
EXPECTED = {
    "dw.com.colonial.html": {
        "title": "Berlin confronts Germany's colonial past with new initiative",
        "site": "Deutsche Welle",
        "first": "The German capital has launched a five-year project to mark its part",
        "last": "which opened the gates to a period of intense imperialist activity.",
        "furniture": ["We use cookies", "Looted colonial art", "Permalink", "DW News on Facebook",
                      "Berlin Libya conference", "Namibians want Germany to remove monuments",
                      "Privacy Policy", "Author: Julia Hitz"],
    },
    "reuters.com.parasite.html": {
        "title": "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
        "site": "Reuters",
        "first": "South Korean thriller “Parasite” was the upset winner at the Screen Actors",
        "last": "It’s been the most beautiful dream,” Waller-Bridge said.",
        "furniture": ["Our Standards", "Editing by", "Additional reporting", "All quotes delayed",
                      "Apps", "Newsletters"],
    },
    "scmp.com.playbook.html": {
        "title": "Carrie Lam should study Tsai Ing-wen’s playbook",
        "site": "South China Morning Post",
        "first": "Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.",
        "last": "if she and her allies are to have any political future.",
        "furniture": ["Photo: AP", "Alice Wu is a political consultant", "Published:",
                      "Updated:", "Opinion", "fell down the rabbit hole"],
    },
    "theguardian.com.academics.html": {
        "title": "Thousands of UK academics 'treated as second-class citizens'",
        "site": "The Guardian",
        "first": "Thousands of academic staff at British universities are being treated as",
        "last": "with further strikes across British higher education on the cards later this "
                "year.",
        "furniture": ["Most popular", "Share on Facebook", "Topics", "Reuse this content",
                      "Newsletters"],
    },
}


def main() -> int:
    if not PAGES.is_dir():
        print(f"MISSING: {PAGES} is absent; this benchmark needs the shared evaluation data "
              "beside the repository (../shared/data/html/). Nothing measured.")
        return 1
    from briefgen.errors import InputError
    from briefgen.readers import read

    ok = 0
    for name, expected in EXPECTED.items():
        path = PAGES / name
        if not path.exists():
            print(f"{name}: MISSING")
            continue
        started = time.perf_counter()
        try:
            article = read(path)
        except InputError as error:
            print(f"{name}: FAILED {error}")
            continue
        seconds = time.perf_counter() - started
        first = article.paragraphs[0].startswith(expected["first"])
        last = article.paragraphs[-1].endswith(expected["last"])
        page = path.read_bytes().decode("utf-8", "replace")
        absent = [s for s in expected["furniture"] if s not in page]  # a check that cannot fail
        leaked = [s for s in expected["furniture"] if s in article.text]
        title = article.title == expected["title"]
        site = article.outlet == expected["site"]
        good = first and last and not leaked and title and site
        ok += good
        print(f"{name}: {'OK' if good else 'SHORT'} in {seconds:.2f} s")
        print(f"  title  {'ok ' if title else 'BAD'} {article.title!r}")
        print(f"  site   {'ok ' if site else 'BAD'} {article.outlet!r}")
        print(f"  author     {article.author!r}   date {article.date}   "
              f"dateline {article.dateline}")
        print(f"  first  {'ok ' if first else 'BAD'} {article.paragraphs[0][:80]!r}")
        print(f"  last   {'ok ' if last else 'BAD'} {article.paragraphs[-1][-80:]!r}")
        print(f"  furniture leaked: {leaked or 'none'} (checked {len(expected['furniture'])}"
              f" strings found on the page{'; not on the page: ' + str(absent) if absent else ''})")
        print(f"  {article.word_count} words in {len(article.paragraphs)} paragraphs, "
              f"{len(article.subheads)} subheads, {len(article.dropped)} dropped: "
              f"{sorted({d.reason for d in article.dropped})}")
        for note in article.notes:
            print(f"  note: {note}")
    print(f"\n{ok}/{len(EXPECTED)} pages: title, site, first and last paragraph right, "
          "no furniture")
    return 0


if __name__ == "__main__":
    sys.exit(main())
