"""Attribution benchmark on PolNeAR: how well briefgen finds who said what.

    .venv/bin/python benchmarks/attribution_polnear.py [--split dev|train] [--limit N] [--errors N]

Gold: every ``E`` attribution of an article's first annotation file (sorted order), with its
Source, Cue and Content spans (character offsets into ``text/<article>.txt``). A prediction
*matches* a gold attribution when at least half of the gold content's word tokens are in the
predicted content and at least half of the predicted content's tokens are in the gold content
(lower-cased alphanumeric tokens).

- precision: share of predictions that match some gold attribution;
- speech recall: share of gold attributions whose cue holds a form of say, tell, according to,
  add, note, write, warn, announce, claim, state, argue, ask, insist, explain, report,
  acknowledge, declare or describe that some prediction matches;
- speaker accuracy: among matched predictions, the share whose speaker shares a content word
  with the gold Source (a gold pronoun source counts as correct when a speaker is given).

The data lives beside the repository in ../shared/data/polnear (never copied into it).
Targets on dev: precision >= 0.85, speech recall >= 0.75, speaker accuracy >= 0.90.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sumy.utils import get_stop_words

from briefgen.extract.attribution import find_attributions

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
TARGETS = {"precision": 0.85, "speech_recall": 0.75, "speaker_accuracy": 0.90}

_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = frozenset(get_stop_words("english"))
_PRONOUNS = frozenset(re.findall(r"\w+", (
    "i me my we us our you your he him his she her it its they them their this that these "
    "those who which one someone")))
_SPEECH_CUE = re.compile(
    r"\b(say|says|said|saying|tell|tells|told|telling|according to|add|adds|added|adding|"
    r"note|notes|noted|noting|write|writes|wrote|written|writing|warn|warns|warned|warning|"
    r"announce|announces|announced|announcing|claim|claims|claimed|claiming|state|states|"
    r"stated|stating|argue|argues|argued|arguing|ask|asks|asked|asking|insist|insists|"
    r"insisted|insisting|explain|explains|explained|explaining|report|reports|reported|"
    r"reporting|acknowledge|acknowledges|acknowledged|acknowledging|declare|declares|"
    r"declared|declaring|describe|describes|described|describing)\b"
)


@dataclass(frozen=True)
class Gold:
    source: str
    cue: str
    content: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def matches(predicted: str, gold: str) -> bool:
    """Half of each side's tokens are found in the other side."""
    p, g = tokens(predicted), tokens(gold)
    if not p or not g:
        return False
    p_set, g_set = set(p), set(g)
    gold_covered = sum(token in p_set for token in g) / len(g)
    predicted_covered = sum(token in g_set for token in p) / len(p)
    return gold_covered >= 0.5 and predicted_covered >= 0.5


def speaker_correct(speaker: str | None, gold_source: str) -> bool:
    if not speaker:
        return False
    gold_words = set(tokens(gold_source))
    if gold_words and gold_words <= _PRONOUNS:
        return True
    content = {w for w in gold_words if w not in _STOP}
    return bool(content & set(tokens(speaker)))


def read_gold(ann_path: Path, text: str) -> list[Gold]:
    """The E attributions of one brat file, with span texts taken from the article by offset."""
    spans: dict[str, str] = {}
    events: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label_and_offsets = parts[1].split(" ", 1)
            if len(label_and_offsets) != 2:
                continue
            pieces = []
            for fragment in label_and_offsets[1].split(";"):
                start, end = (int(n) for n in fragment.split())
                pieces.append(text[start:end])
            spans[parts[0]] = " ".join(pieces)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    gold = []
    for roles in events:
        gold.append(Gold(
            source=spans.get(roles.get("Source", ""), ""),
            cue=spans.get(roles.get("Cue", ""), ""),
            content=spans.get(roles.get("Content", ""), ""),
        ))
    return gold


def articles(split: str) -> list[tuple[str, Path, Path]]:
    folder = DATA / split
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        annotations.setdefault(article, ann)  # two annotators: the first file in sorted order
    return [
        (name, folder / "text" / f"{name}.txt", ann)
        for name, ann in sorted(annotations.items())
        if (folder / "text" / f"{name}.txt").is_file()
    ]


def evaluate(split: str, limit: int | None = None, show_errors: int = 0) -> dict[str, float]:
    found = articles(split)[:limit]
    predicted_total = predicted_matched = 0
    speech_total = speech_found = 0
    speaker_total = speaker_right = 0
    gold_total = 0
    misses: list[str] = []
    false_hits: list[str] = []
    wrong_speakers: list[str] = []
    cue_misses: Counter[str] = Counter()
    started = time.perf_counter()
    for name, text_path, ann_path in found:
        text = text_path.read_text(encoding="utf-8")
        gold = read_gold(ann_path, text)
        gold_total += len(gold)
        predictions = find_attributions(text)
        matched_gold: set[int] = set()
        for prediction in predictions:
            predicted_total += 1
            hits = [i for i, g in enumerate(gold) if matches(prediction.content, g.content)]
            if not hits:
                false_hits.append(f"{name}: [{prediction.speaker}] {prediction.cue} "
                                  f"<{prediction.content}>")
                continue
            predicted_matched += 1
            matched_gold.update(hits)
            speaker_total += 1
            if any(speaker_correct(prediction.speaker, gold[i].source) for i in hits):
                speaker_right += 1
            else:
                wrong_speakers.append(f"{name}: predicted [{prediction.speaker}] gold "
                                      f"[{gold[hits[0]].source}] <{prediction.content[:80]}>")
        for index, g in enumerate(gold):
            if _SPEECH_CUE.search(g.cue.lower()):
                speech_total += 1
                if index in matched_gold:
                    speech_found += 1
                else:
                    cue_misses[g.cue.lower()] += 1
                    misses.append(f"{name}: [{g.source}] {g.cue} <{g.content[:160]}>")
    elapsed = time.perf_counter() - started
    figures = {
        "precision": predicted_matched / max(predicted_total, 1),
        "speech_recall": speech_found / max(speech_total, 1),
        "speaker_accuracy": speaker_right / max(speaker_total, 1),
    }
    print(f"PolNeAR {split}: {len(found)} articles, {gold_total} gold attributions "
          f"({speech_total} with a speech cue), {predicted_total} predicted, {elapsed:.1f} s")
    for key, value in figures.items():
        verdict = "meets" if value >= TARGETS[key] else "BELOW"
        print(f"  {key:17s} {value:.3f}  (target >= {TARGETS[key]:.2f}: {verdict})")
    if show_errors:
        print("\n-- missed speech attributions (top cues):", cue_misses.most_common(15))
        for title, rows in (("missed", misses), ("unmatched predictions", false_hits),
                            ("wrong speakers", wrong_speakers)):
            print(f"\n-- {title} ({len(rows)}):")
            for row in rows[:show_errors]:
                print("  ", row)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print N examples of each error")
    args = parser.parse_args()
    if not (DATA / args.split / "text").is_dir():
        print(f"attribution benchmark: PolNeAR data not found at {DATA / args.split} "
              "(it lives in ../shared/data beside the repository); nothing measured",
              file=sys.stderr)
        return 1
    evaluate(args.split, args.limit, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
