"""What do the readers make of the seeds? Line wraps, furniture, and the metadata recovered.

Run: .venv/bin/python benchmarks/readers_seeds.py
For each seed: every line break inside a paragraph of the raw file and how it was repaired;
words in the cleaned text that no dictionary knows (a broken word shows up here); short lines
left in the text (furniture shows up here); what was dropped and why; title, outlet, author,
dateline and dates and how each was found. Ends with the count of seeds whose outlet is known.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def main() -> int:
    from wordfreq import zipf_frequency

    from briefgen.readers import expand_inputs, read

    outlets = 0
    seeds = expand_inputs([ROOT / "seeds"])
    for path in seeds:
        raw = path.read_text(encoding="utf-8")
        article = read(path)
        text = article.text
        print(f"== {path.name}")
        for match in re.finditer(r"(\S+)\n(\S+)", raw):
            left, right = match.groups()
            if left[-1] in ".!?:”\"" or not right[0].islower() and not left[-1].isalpha():
                continue  # a paragraph break, not a wrap
            joined = left + right if (left + right) in text else f"{left} {right}"
            state = "ok" if joined in text else "NOT FOUND"
            print(f"  wrap  {left}|{right} -> {joined!r} {state}")
        unknown = sorted({word for word in _WORD.findall(text)
                          if word[0].islower() and zipf_frequency(word, "en") == 0})
        print(f"  lower-case words unknown to wordfreq: {unknown or 'none'}")
        short = [p for p in article.paragraphs if len(p.split()) < 8]
        print(f"  paragraphs under 8 words left in the text: {short or 'none'}")
        for dropped in article.dropped:
            print(f"  dropped ({dropped.reason}): {dropped.text[:70]!r}")
        for name in ("title", "outlet", "author"):
            print(f"  {name:<7}{getattr(article, name)!r}  [{article.found_by(name) or '-'}]")
        print(f"  dateline {article.dateline!r}; dates {list(article.dates_mentioned)}")
        outlets += article.outlet is not None
    print(f"\noutlet recovered for {outlets} of {len(seeds)} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
