"""Which offline sentence splitter should feed sumy? Measured on tricky cases and the seeds.

Run: .venv/bin/python benchmarks/splitters.py
Candidates that are not installed are reported as such (pysbd is optional: pip install pysbd).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (paragraph, expected sentences): written for this benchmark, in the style of the seeds.
CASES: list[tuple[str, list[str]]] = [
    ("On Oct. 28, the Pentagon confirmed it. NATO agreed.",
     ["On Oct. 28, the Pentagon confirmed it.", "NATO agreed."]),
    ("The U.S. Army sent advisers. Seoul objected.",
     ["The U.S. Army sent advisers.", "Seoul objected."]),
    ("Mr. Kim met Dr. Lee and Mrs. Park. They talked.",
     ["Mr. Kim met Dr. Lee and Mrs. Park.", "They talked."]),
    ("The raid came on Jan. 21, 1968, at night. It failed.",
     ["The raid came on Jan. 21, 1968, at night.", "It failed."]),
    ("North Korea pledged 12,000 troops. About 1,500 arrived.",
     ["North Korea pledged 12,000 troops.", "About 1,500 arrived."]),
    ("Growth was 1.5% last year. Prices rose 3.2%.",
     ["Growth was 1.5% last year.", "Prices rose 3.2%."]),
    ("She said they would fight within “the next several weeks.” Then she left.",
     ["She said they would fight within “the next several weeks.”", "Then she left."]),
    ('"Will they come back?" he asked. Nobody knew.',
     ['"Will they come back?" he asked.', "Nobody knew."]),
    ("Talks ended at 5 p.m. on Friday. A deal followed.",
     ["Talks ended at 5 p.m. on Friday.", "A deal followed."]),
    ("The deal was done... Or so it seemed.", ["The deal was done...", "Or so it seemed."]),
    ("Acme Inc. said it would sell. Shares fell.",
     ["Acme Inc. said it would sell.", "Shares fell."]),
    ("See the report at example.com for details. It is long.",
     ["See the report at example.com for details.", "It is long."]),
    ("The envoy (see p. 4) arrived. He left.", ["The envoy (see p. 4) arrived.", "He left."]),
    ("Officials, i.e. the NIS, confirmed it. The army did too.",
     ["Officials, i.e. the NIS, confirmed it.", "The army did too."]),
    ("It happened in 2024. 2025 looks worse.", ["It happened in 2024.", "2025 looks worse."]),
    ("J. R. R. Tolkien wrote it. Readers loved it.",
     ["J. R. R. Tolkien wrote it.", "Readers loved it."]),
    ("He lives at No. 10 Downing St. in London. He is busy.",
     ["He lives at No. 10 Downing St. in London.", "He is busy."]),
    ("Is it war? Yes! It is.", ["Is it war?", "Yes!", "It is."]),
    ("K.C.N.A. said so. Seoul disagreed.", ["K.C.N.A. said so.", "Seoul disagreed."]),
    ("Gen. Kim Yong-bok led the unit. It moved north.",
     ["Gen. Kim Yong-bok led the unit.", "It moved north."]),
    ("The Storm Corps, also known as the 11th Army Corps, left. It was elite.",
     ["The Storm Corps, also known as the 11th Army Corps, left.", "It was elite."]),
    ("The visit was set for Sept. 3. The Kremlin agreed.",
     ["The visit was set for Sept. 3.", "The Kremlin agreed."]),
]
ABBREVIATION_ENDS = re.compile(r"\b(Oct|Jan|Sept|Mr|Mrs|Dr|Gen|No|St|Inc|U\.S|p)\.$")


def candidates() -> dict[str, Callable[[str], list[str]] | str]:
    found: dict[str, Callable[[str], list[str]] | str] = {}
    from briefgen.nlp.tokenizer import split_sentences

    found["syntok (briefgen)"] = split_sentences
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = lambda text: [s.strip() for s in segmenter.segment(text) if s.strip()]
    except ImportError:
        found["pysbd"] = "not installed"
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    untrained = PunktSentenceTokenizer()
    found["nltk punkt, untrained (no data)"] = untrained.tokenize
    naive = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])")
    found["naive regex"] = lambda text: [s for s in naive.split(text) if s]
    return found


def seed_paragraphs() -> list[str]:
    from briefgen.readers import expand_inputs, read

    return [p for path in expand_inputs([ROOT / "seeds"]) for p in read(path).paragraphs]


def main() -> None:
    paragraphs = seed_paragraphs()
    print(f"{'splitter':34} {'tricky exact':>12} {'seed sents':>10} {'seed bad cuts':>13} "
          f"{'ms/seeds':>9}")
    for name, split in candidates().items():
        if isinstance(split, str):
            print(f"{name:34} {split}")
            continue
        exact = sum(split(text) == expected for text, expected in CASES)
        started = time.perf_counter()
        sentences = [s for p in paragraphs for s in split(p)]
        elapsed = (time.perf_counter() - started) * 1000
        # A cut after an abbreviation, or a sentence starting lower-case, is a wrong boundary.
        bad = sum(bool(ABBREVIATION_ENDS.search(s)) or s[:1].islower() for s in sentences)
        print(f"{name:34} {exact:>7}/{len(CASES):<4} {len(sentences):>10} {bad:>13} "
              f"{elapsed:>9.1f}")
        for text, expected in CASES:
            got = split(text)
            if got != expected and "--verbose" in sys.argv:
                print(f"    {got}")


if __name__ == "__main__":
    main()
