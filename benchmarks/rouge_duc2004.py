"""Summary quality on DUC 2004 (task 2, the 25 dev clusters): ROUGE-1/2 recall of 100 words.

Run: .venv/bin/python benchmarks/rouge_duc2004.py   (or `make bench`)
Needs ../shared/data/duc2004-dev (beside the repository; never copied into it) and the scorer
(`.venv/bin/pip install -e '.[bench]'`: Google's rouge-score).

Scoring follows ../shared/data/README.md: Porter stemming, the first 100 words of the summary and
of each reference, recall averaged over the 4 references, then over the clusters, times 100.
1. Calibration: the published systems' outputs (sumrepo/) must score what the README says,
   within 0.05; otherwise the scorer is not trusted and nothing else is reported.
2. Each sumy method applied naively: all sentences of the cluster in one document, the
   best-rated ones (in document order) until 100 words.
3. briefgen: exactly `briefgen summarize --words 100 clusters/<id>/docs` (checked once against
   the real command), with the default method and, to choose that default, with every method.
4. How much 25 clusters can tell apart: the standard error of briefgen's mean and, against the
   best published system on each measure, the paired difference with a bootstrap interval.
There is no test split: every figure here is on the clusters the defaults were chosen on.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "duc2004-dev"
sys.path.insert(0, str(ROOT))

#: Dev-split reference figures from ../shared/data/README.md (ROUGE-1, ROUGE-2 recall x100).
PUBLISHED = {
    "Lead": (30.45, 5.63),
    "LexRank": (34.82, 7.07),
    "Centroid": (35.85, 7.24),
    "GreedyKL": (37.28, 7.59),
    "CLASSY04": (37.66, 8.96),
    "ICSISumm": (37.37, 8.87),
    "Submodular": (38.02, 8.64),
    "OCCAMS_V": (38.07, 9.05),
    "RegSum": (37.91, 9.15),
    "DPP": (39.07, 8.79),
}
TOLERANCE = 0.05
TARGET = (39.5, 9.8)
WORDS = 100
#: Resamples of the clusters for the bootstrap intervals (fixed seed: the same figures each run).
BOOTSTRAP_RESAMPLES = 10_000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sumy", action="store_true", help="Skip the naive sumy rows.")
    parser.add_argument("--no-methods", action="store_true",
                        help="Score briefgen with its default method only.")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"rouge_duc2004: {DATA} is missing: the DUC 2004 data lives beside the repository "
              "in ../shared/data/duc2004-dev; nothing measured.", file=sys.stderr)
        return 1
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("rouge_duc2004: the scorer is not installed: .venv/bin/pip install -e '.[bench]'; "
              "nothing measured.", file=sys.stderr)
        return 1
    scorer = Scorer(rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True))
    per_cluster: dict[str, list[tuple[float, float]]] = {}  # system -> scores in cluster order
    clusters = sorted(path.name for path in (DATA / "clusters").iterdir() if path.is_dir())
    rows: list[tuple[str, float, float, str]] = []

    calibrated = calibrate(scorer, clusters, rows, per_cluster)
    if not calibrated:
        print_table(rows)
        print("\nCalibration FAILED: the scorer does not reproduce the published dev table.")
        return 1

    from briefgen.nlp.summarize import DEFAULT_METHOD, METHODS

    if not args.no_sumy:
        for method in METHODS:
            started = time.perf_counter()
            r1, r2 = scorer.mean(clusters, lambda cluster, m=method: naive_sumy(cluster, m))
            rows.append((f"sumy {method}, naive on the concatenated cluster", r1, r2,
                         f"{time.perf_counter() - started:.0f} s"))

    check_against_cli(clusters[0])
    methods = [DEFAULT_METHOD] + ([] if args.no_methods else
                                  [m for m in METHODS if m != DEFAULT_METHOD])
    for method in methods:
        started = time.perf_counter()
        scores = scorer.scores(clusters, lambda cluster, m=method: briefgen_summary(cluster, m))
        per_cluster[f"briefgen {method}"] = scores
        r1, r2 = mean_percent(scores)
        label = (f"**briefgen** (default, --method {method})" if method == DEFAULT_METHOD
                 else f"briefgen --method {method}")
        rows.append((label, r1, r2, f"{time.perf_counter() - started:.0f} s"))
    print_table(rows)
    default = next(row for row in rows if row[0].startswith("**briefgen**"))
    print(f"\nTarget on the dev clusters: ROUGE-1 >= {TARGET[0]}, ROUGE-2 >= {TARGET[1]}. "
          f"briefgen: ROUGE-1 {default[1]:.2f} ({default[1] - TARGET[0]:+.2f}), "
          f"ROUGE-2 {default[2]:.2f} ({default[2] - TARGET[1]:+.2f}).")
    print("There is no test split: briefgen's settings were chosen on these same 25 clusters.")
    print_sampling_error(per_cluster, f"briefgen {DEFAULT_METHOD}")
    return 0


class Scorer:
    """ROUGE-1/2 recall of a summary against a cluster's references, as the README scores it."""

    def __init__(self, rouge) -> None:  # noqa: ANN001 - rouge_score.RougeScorer
        self.rouge = rouge
        self.references: dict[str, list[str]] = {}

    def score(self, cluster: str, summary: str) -> tuple[float, float]:
        if cluster not in self.references:
            paths = sorted((DATA / "clusters" / cluster / "refs").glob("*.txt"))
            self.references[cluster] = [first_words(p.read_text(encoding="utf-8")) for p in paths]
        references = self.references[cluster]
        scores = [self.rouge.score(ref, first_words(summary)) for ref in references]
        return (statistics.fmean(s["rouge1"].recall for s in scores),
                statistics.fmean(s["rouge2"].recall for s in scores))

    def scores(
        self, clusters: Sequence[str], summarise: Callable[[str], str]
    ) -> list[tuple[float, float]]:
        """ROUGE-1 and ROUGE-2 recall (x100) of each cluster's summary."""
        scores = []
        for cluster in clusters:
            rouge1, rouge2 = self.score(cluster, summarise(cluster))
            scores.append((100 * rouge1, 100 * rouge2))
        return scores

    def mean(self, clusters: Sequence[str], summarise: Callable[[str], str]) -> tuple[float, float]:
        return mean_percent(self.scores(clusters, summarise))


def mean_percent(scores: Sequence[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.fmean(s[0] for s in scores), statistics.fmean(s[1] for s in scores))


def print_sampling_error(per_cluster: dict[str, list[tuple[float, float]]], ours: str) -> None:
    """How far 25 clusters pin a mean down: its standard error, and the paired difference from
    the best published system on each measure with a bootstrap 95% interval over clusters."""
    mine = np.array(per_cluster[ours])
    published = [name for name in (f"SumRepo {system}" for system in PUBLISHED)
                 if name in per_cluster]
    resamples = np.random.default_rng(0).integers(0, len(mine), (BOOTSTRAP_RESAMPLES, len(mine)))
    print("\nSampling error over the clusters:")
    for column, measure in enumerate(("ROUGE-1", "ROUGE-2")):
        error = mine[:, column].std(ddof=1) / np.sqrt(len(mine))
        best = max(published, key=lambda system: statistics.fmean(
            s[column] for s in per_cluster[system]))
        difference = mine[:, column] - np.array(per_cluster[best])[:, column]
        low, high = np.percentile(difference[resamples].mean(axis=1), [2.5, 97.5])
        wins = int((difference > 0).sum())
        print(f"  {measure}: standard error of briefgen's mean {error:.2f}; against "
              f"{best.removeprefix('SumRepo ')}, "
              f"the best published, {difference.mean():+.2f} (95% interval {low:+.2f} to "
              f"{high:+.2f}; higher on {wins} of {len(mine)} clusters)")


def first_words(text: str, count: int = WORDS) -> str:
    return " ".join(text.split()[:count])


def calibrate(
    scorer: Scorer,
    clusters: Sequence[str],
    rows: list[tuple[str, float, float, str]],
    per_cluster: dict[str, list[tuple[float, float]]],
) -> bool:
    """Score every SumRepo system; the published ones must match the README within TOLERANCE."""
    ok = True
    for system in sorted(path.name for path in (DATA / "sumrepo").iterdir() if path.is_dir()):
        folder = DATA / "sumrepo" / system
        scores = scorer.scores(
            clusters, lambda cluster, f=folder: (f / f"{cluster}.txt").read_text(encoding="utf-8")
        )
        per_cluster[f"SumRepo {system}"] = scores
        r1, r2 = mean_percent(scores)
        note = "not in the README's dev table"
        if system in PUBLISHED:
            expected = PUBLISHED[system]
            deviation = max(abs(r1 - expected[0]), abs(r2 - expected[1]))
            ok &= deviation <= TOLERANCE
            note = (f"README {expected[0]:.2f} / {expected[1]:.2f}: "
                    f"{'reproduced' if deviation <= TOLERANCE else 'MISMATCH'} "
                    f"(largest difference {deviation:.3f})")
        rows.append((f"SumRepo {system}", r1, r2, note))
    return ok


def naive_sumy(cluster: str, method: str) -> str:
    """sumy as a user would first try it: the whole cluster as one document."""
    from briefgen.nlp.summarize import KL_MAX_SENTENCES, _sumy_order, article_sentences
    from briefgen.pipeline import read_articles

    articles = read_articles([DATA / "clusters" / cluster / "docs"])
    texts = list(dict.fromkeys(s.text for a in articles for s in article_sentences(a)))
    if method == "kl":
        texts = texts[:KL_MAX_SENTENCES]  # KL is worse than quadratic; briefgen caps it too
    ranked = _sumy_order(texts, method)
    chosen: set[str] = set()
    words = 0
    for text in ranked:
        if words >= WORDS:
            break
        chosen.add(text)
        words += len(text.split())
    return "\n".join(text for text in texts if text in chosen)


def briefgen_summary(cluster: str, method: str) -> str:
    """What `briefgen summarize --words 100 --method METHOD clusters/<id>/docs` prints."""
    from briefgen.nlp.select import Budget, summarize_documents
    from briefgen.pipeline import read_articles

    articles = read_articles([DATA / "clusters" / cluster / "docs"])
    budget = Budget.of(articles, words=WORDS)
    return "\n".join(claim.text for claim in summarize_documents(articles, budget, method))


def check_against_cli(cluster: str) -> None:
    """The library call above must print what the command prints."""
    from briefgen.nlp.summarize import DEFAULT_METHOD

    command = [str(ROOT / ".venv" / "bin" / "briefgen"), "summarize", "--words", str(WORDS),
               str(DATA / "clusters" / cluster / "docs")]
    if not Path(command[0]).exists():
        command[0:1] = [sys.executable, "-m", "briefgen"]
    printed = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if printed.rstrip("\n") != briefgen_summary(cluster, DEFAULT_METHOD):
        raise SystemExit(f"rouge_duc2004: the library call differs from the CLI on {cluster}")


def print_table(rows: Sequence[tuple[str, float, float, str]]) -> None:
    print("\nDUC 2004 dev clusters (25), 100 words, ROUGE recall x100 "
          "(rouge-score, Porter stemmer)")
    print()
    print("| system | ROUGE-1 | ROUGE-2 | note |")
    print("|---|---|---|---|")
    for name, r1, r2, note in rows:
        print(f"| {name} | {r1:.2f} | {r2:.2f} | {note} |")


if __name__ == "__main__":
    sys.exit(main())
