"""Speed at scale: `summarize` and `build` on 100, 300 and 1,000 BBC News articles.

Run: .venv/bin/python benchmarks/speed.py [summarize|build]   (or `make bench`: both)
Needs ../shared/data/bbc-news (beside the repository; never copied into it).

`build` is exactly `briefgen build -f json FILES...` with the default template. Its whole
process is timed as the real command in a fresh process; its stages are timed in another fresh
process that runs the same command in-process with each stage wrapped in a timer (read, rate,
claims, sections and each section builder, present, topic, fit to pages, write of the JSON).
Each stage's growth exponent from 100 to 1,000 articles is log(t1000/t100)/log(10): 1.0 is
linear, 2.0 quadratic. The target of issue 13: under 15 s whole process at 1,000 articles and
no stage faster than n^1.2. Both wall time and CPU time (of the process, user + system) are
shown; the exponents are taken on CPU time, which other programs on a busy machine disturb
far less than wall time.

`summarize`:

Each measurement runs in a fresh Python process, so that the peak memory (``ru_maxrss``) is
that run's alone. A briefgen run is exactly `briefgen summarize --words 100 FILES...`: read
every article, split, rate (LexRank), group claims, choose, order. Reported per size:
- process: wall time of the whole process (interpreter start, imports, work);
- work: reading and summarising, timed inside the process (what grows with the input);
- peak RSS of the process.
sumy's LexRank runs over the same sentences as the 100-article input (all of them in one
document, sentences already split and tokenised: only sumy's rating is timed).
Articles are taken in turn from each category (business, entertainment, ...), sorted by name.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "bbc-news"
SIZES = (100, 300, 1000)
SUMY_SIZE = 100
TARGET_SECONDS, TARGET_MEGABYTES, TARGET_SPEEDUP, TARGET_EXPONENT = 15.0, 1024.0, 20.0, 1.3
BUILD_TARGET_SECONDS, BUILD_TARGET_EXPONENT = 15.0, 1.2
# A stage this short at the largest size is reported but not judged on its exponent: at a few
# milliseconds the ratio of two timings is noise.
NEGLIGIBLE_SECONDS = 0.05


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", nargs="?", choices=("summarize", "build", "all"), default="all",
                        help="which command to measure (default: both)")
    parser.add_argument("--child", choices=("briefgen", "sumy", "build"), help=argparse.SUPPRESS)
    parser.add_argument("--articles", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"speed: {DATA} is missing: the BBC News data lives beside the repository in "
              "../shared/data/bbc-news; nothing measured.", file=sys.stderr)
        return 1
    if args.child:
        print(json.dumps(measure(args.child, args.articles)))
        return 0
    if args.bench in ("summarize", "all"):
        runs = {size: run_child("briefgen", size) for size in SIZES}
        sumy = run_child("sumy", SUMY_SIZE)
        report(runs, sumy)
    if args.bench in ("build", "all"):
        builds = {size: run_build(size) for size in SIZES}
        report_build(builds)
    return 0


def article_paths(count: int) -> list[Path]:
    """``count`` articles, one from each category in turn (a mixed week of news)."""
    categories = sorted(path for path in DATA.iterdir() if path.is_dir())
    per_category = [sorted((c / "articles").glob("*.txt")) for c in categories]
    chosen: list[Path] = []
    for index in range(max(len(paths) for paths in per_category)):
        for paths in per_category:
            if index < len(paths) and len(chosen) < count:
                chosen.append(paths[index])
    if len(chosen) < count:
        raise SystemExit(f"speed: only {len(chosen)} articles in {DATA}, {count} wanted")
    return chosen


def run_child(kind: str, count: int) -> dict:
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--articles", str(count)],
        capture_output=True, text=True, check=True,
    )
    result = json.loads(completed.stdout)
    result["process_seconds"] = time.perf_counter() - started
    return result


def measure(kind: str, count: int) -> dict:
    """Runs in the child process."""
    sys.path.insert(0, str(ROOT))
    paths = article_paths(count)
    if kind == "build":
        return measure_build_stages(paths)
    if kind == "briefgen":
        started = time.perf_counter()
        from briefgen.nlp.select import Budget, summarize_documents
        from briefgen.pipeline import read_articles

        imported = time.perf_counter()
        articles = read_articles(paths)
        summary = summarize_documents(articles, Budget.of(articles, words=100))
        finished = time.perf_counter()
        from briefgen.nlp.summarize import article_sentences

        sentences = sum(len(article_sentences(article)) for article in articles)
        result = {"import_seconds": imported - started, "work_seconds": finished - imported,
                  "sentences": sentences, "summary_sentences": len(summary)}
    else:
        result = measure_sumy(paths)
    result["peak_megabytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["articles"] = count
    return result


def measure_sumy(paths: Sequence[Path]) -> dict:
    """sumy's own LexRank over all sentences of the articles, as one document."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from briefgen.nlp.summarize import article_sentences
    from briefgen.nlp.tokenizer import OfflineTokenizer
    from briefgen.pipeline import read_articles

    articles = read_articles(paths)
    texts = list(dict.fromkeys(s.text for a in articles for s in article_sentences(a)))
    tokenizer = OfflineTokenizer("english")
    sentences = [Sentence(text, tokenizer) for text in texts]
    for sentence in sentences:
        _ = sentence.words  # tokenise before the clock starts: only the rating is timed
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    started = time.perf_counter()
    summarizer(ObjectDocumentModel([Paragraph(sentences)]), 5)
    return {"work_seconds": time.perf_counter() - started, "sentences": len(texts)}


def run_build(count: int) -> dict:
    """`briefgen build -f json` on ``count`` articles: the real command's wall time, and the
    stage times of the same command run in-process in another fresh process."""
    with tempfile.TemporaryDirectory(prefix="briefgen-speed-") as output:
        paths = [str(path) for path in article_paths(count)]
        cpu_before = _children_cpu()
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "briefgen", "build", "-f", "json", "-o", output, *paths],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )
        process_seconds = time.perf_counter() - started
        process_cpu = _children_cpu() - cpu_before
    result = run_child("build", count)
    result["process_seconds"] = process_seconds
    result["process_cpu_seconds"] = process_cpu
    return result


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_build_stages(paths: Sequence[Path]) -> dict:
    """Runs in the child: the `build` command in-process, each stage wrapped in a timer.

    The stages are wrapped where the pipeline and the CLI look them up (module globals), so
    what is timed is the code path of the command itself, not a copy of it.
    """
    started = time.perf_counter()
    from briefgen import cli, pipeline, sections

    imported = time.perf_counter()
    cpu_imported = time.process_time()
    times: dict[str, float] = {}
    cpu_times: dict[str, float] = {}

    def timed(name: str, function):  # noqa: ANN001, ANN202 - wraps any stage
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            begun, cpu_begun = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + time.perf_counter() - begun
                cpu_times[name] = cpu_times.get(name, 0.0) + time.process_time() - cpu_begun
        return wrapper

    pipeline.read_articles = timed("read", pipeline.read_articles)
    pipeline.rated_sentences = timed("rate", pipeline.rated_sentences)
    pipeline.group_claims = timed("claims", pipeline.group_claims)
    pipeline.build_sections = timed("sections", pipeline.build_sections)
    for section_id, builder in list(sections.SECTION_BUILDERS.items()):
        sections.SECTION_BUILDERS[section_id] = timed(f"sections: {section_id}", builder)
    pipeline.present = timed("present", pipeline.present)
    pipeline.story_topic = timed("topic", pipeline.story_topic)
    cli.fit_to_pages = timed("fit to pages", cli.fit_to_pages)
    cli.write = timed("write json", cli.write)
    with tempfile.TemporaryDirectory(prefix="briefgen-speed-") as output:
        arguments = ["build", "-f", "json", "-o", output, *map(str, paths)]
        with contextlib.redirect_stdout(io.StringIO()):
            cli.main(arguments, standalone_mode=False)
    finished = time.perf_counter()
    return {"import_seconds": imported - started, "work_seconds": finished - imported,
            "work_cpu_seconds": time.process_time() - cpu_imported,
            "stages": times, "cpu_stages": cpu_times, "articles": len(paths),
            "peak_megabytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def growth(small: float, large: float, ratio: float) -> float:
    """The exponent k of t ~ n^k between two sizes ``ratio`` apart."""
    if small <= 0 or large <= 0:
        return math.nan
    return math.log(large / small) / math.log(ratio)


def report_build(runs: dict[int, dict]) -> None:
    sizes = sorted(runs)
    ratio = sizes[-1] / sizes[0]
    print("\nBuilding a brief of BBC News articles (`briefgen build -f json`), "
          "one fresh process per size and measurement; wall time / CPU time\n")
    header = " | ".join(f"{size:,} articles" for size in sizes)
    print(f"| stage | {header} | growth n^k (CPU), {sizes[0]} to {sizes[-1]:,} |")
    print("|---|" + "---|" * len(sizes) + "---|")
    stages = list(dict.fromkeys(name for size in sizes for name in runs[size]["stages"]))
    rows = [("whole process", [(runs[n]["process_seconds"], runs[n]["process_cpu_seconds"])
                               for n in sizes]),
            ("work (in-process, after imports)",
             [(runs[n]["work_seconds"], runs[n]["work_cpu_seconds"]) for n in sizes])]
    rows += [(name, [(runs[n]["stages"].get(name, 0.0), runs[n]["cpu_stages"].get(name, 0.0))
                     for n in sizes]) for name in stages]
    too_fast: list[str] = []
    for name, seconds in rows:
        exponent = growth(seconds[0][1], seconds[-1][1], ratio)
        cells = " | ".join(f"{wall:.2f} / {cpu:.2f} s" for wall, cpu in seconds)
        print(f"| {name} | {cells} | {exponent:.2f} |")
        judged = name != "sections" and not name.startswith(("whole", "work"))
        if judged and seconds[-1][1] >= NEGLIGIBLE_SECONDS and exponent > BUILD_TARGET_EXPONENT:
            too_fast.append(f"{name} (n^{exponent:.2f})")
    largest = runs[sizes[-1]]
    print(f"\npeak RSS at {sizes[-1]:,} articles (stage run): "
          f"{largest['peak_megabytes']:.0f} MB\n")
    print("| target | measured | met |")
    print("|---|---|---|")
    _target_row(f"`build -f json` of {sizes[-1]:,} articles in under "
                f"{BUILD_TARGET_SECONDS:.0f} s (whole process)",
                f"{largest['process_seconds']:.2f} s wall, "
                f"{largest['process_cpu_seconds']:.2f} s CPU",
                largest["process_seconds"] < BUILD_TARGET_SECONDS)
    _target_row(f"every stage (of {NEGLIGIBLE_SECONDS} s CPU or more) no faster than "
                f"n^{BUILD_TARGET_EXPONENT}",
                ", ".join(too_fast) or "all stages", not too_fast)


def report(runs: dict[int, dict], sumy: dict) -> None:
    print("\nSummarising BBC News articles (`briefgen summarize --words 100`), "
          "one fresh process per size\n")
    print("| articles | sentences | process wall time | work (read + summarise) | peak RSS |")
    print("|---|---|---|---|---|")
    for size, run in runs.items():
        print(f"| {size:,} | {run['sentences']:,} | {run['process_seconds']:.2f} s | "
              f"{run['work_seconds']:.2f} s | {run['peak_megabytes']:.0f} MB |")
    print(f"| sumy LexRank, {sumy['articles']} articles as one document | "
          f"{sumy['sentences']:,} | {sumy['process_seconds']:.2f} s | "
          f"{sumy['work_seconds']:.2f} s (rating only) | {sumy['peak_megabytes']:.0f} MB |")
    largest, smallest = runs[max(runs)], runs[min(runs)]
    exponent = math.log(largest["work_seconds"] / smallest["work_seconds"]) / math.log(
        max(runs) / min(runs)
    )
    process_exponent = math.log(
        largest["process_seconds"] / smallest["process_seconds"]
    ) / math.log(max(runs) / min(runs))
    at_sumy_size = runs[sumy["articles"]]
    speedup = sumy["work_seconds"] / at_sumy_size["work_seconds"]
    speedup_process = sumy["work_seconds"] / at_sumy_size["process_seconds"]
    print("\n| target | measured | met |")
    print("|---|---|---|")
    _target_row(f"{max(runs):,} articles in under {TARGET_SECONDS:.0f} s (whole process)",
                f"{largest['process_seconds']:.2f} s",
                largest["process_seconds"] < TARGET_SECONDS)
    _target_row(f"peak memory under {TARGET_MEGABYTES:.0f} MB at {max(runs):,} articles",
                f"{largest['peak_megabytes']:.0f} MB",
                largest["peak_megabytes"] < TARGET_MEGABYTES)
    _target_row(f">= {TARGET_SPEEDUP:.0f}x faster than sumy's LexRank at {sumy['articles']} "
                "articles",
                f"{speedup:.1f}x on work ({speedup_process:.1f}x on the whole process)",
                speedup >= TARGET_SPEEDUP)
    _target_row(f"growth no faster than n^{TARGET_EXPONENT} from {min(runs)} to {max(runs)}",
                f"n^{exponent:.2f} on work (n^{process_exponent:.2f} on the whole process)",
                exponent <= TARGET_EXPONENT)


def _target_row(target: str, measured: str, met: bool) -> None:
    print(f"| {target} | {measured} | {'yes' if met else 'NO'} |")


if __name__ == "__main__":
    sys.exit(main())
