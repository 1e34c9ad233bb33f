"""briefgen.nlp loads NLTK without the scipy.stats import NLTK makes for a measure never used."""

import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_cli_starts_without_importing_scipy_stats():
    assert _run("import sys, briefgen.cli; print('scipy.stats' in sys.modules)") == "False"


def test_nltk_and_scipy_stats_both_still_work_after_it():
    out = _run(
        "import briefgen.nlp\n"
        "from nltk.tokenize import NLTKWordTokenizer\n"
        "import scipy.stats\n"
        "print(NLTKWordTokenizer().tokenize(\"Kim's troops\"), scipy.stats.norm.cdf(0))"
    )
    assert out == "['Kim', \"'s\", 'troops'] 0.5"


def test_a_process_that_already_loaded_scipy_stats_imports_nltk_normally():
    out = _run(
        "import scipy.stats, briefgen.nlp\n"
        "from nltk.metrics.association import fisher_exact\n"
        "print(fisher_exact is scipy.stats.fisher_exact)"
    )
    assert out == "True"
