"""Language processing: offline tokenisation, per-article summaries, cross-article selection.

NLTK (used here for its rule-based word tokenizer, and by sumy for its stemmers) imports every
one of its subpackages when any is imported, and ``nltk.metrics.association`` then imports
``scipy.stats`` for one collocation measure (Fisher's exact test) that briefgen never uses. That
import alone took 0.7 s of a 1.6 s start on this machine, for every command. So NLTK is loaded
here, before any module of this package can import it, with ``scipy.stats`` hidden: NLTK
catches the ImportError and defines that one measure to raise ``NotImplementedError`` instead.
``scipy.stats`` itself stays importable afterwards for anyone who wants it.
"""

import sys


def _import_nltk_without_scipy_stats() -> None:
    if "nltk" in sys.modules or "scipy.stats" in sys.modules:
        return  # too late or nothing to save: a normal import
    sys.modules["scipy.stats"] = None  # type: ignore[assignment]  # "import" raises ImportError
    try:
        import nltk  # noqa: F401
    finally:
        del sys.modules["scipy.stats"]


_import_nltk_without_scipy_stats()
