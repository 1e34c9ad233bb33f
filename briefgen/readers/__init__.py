"""Readers turn one input (file, URL or stdin) into an ``Article``; chosen by suffix in READERS."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.readers import text

Reader = Callable[[Path], Article]

#: Reader for each supported file suffix. Adding a format is one module and one line here.
READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
}

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given, directories as their supported files in sorted order.

    A missing path or a file of an unsupported type raises ``InputError``; a directory with no
    supported file raises too, because the user surely meant something by naming it.
    """
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and supported(p))
            if not found:
                kinds = ", ".join(sorted(READERS))
                raise InputError(str(path), f"directory holds no supported files ({kinds})")
            paths.extend(found)
        elif not path.exists():
            raise InputError(str(path), "no such file or directory")
        elif not supported(path):
            kinds = ", ".join(sorted(READERS))
            problem = f"unsupported file type {path.suffix!r} (supported: {kinds})"
            raise InputError(str(path), problem)
        else:
            paths.append(path)
    return paths


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one input with the reader for its suffix."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    if size > max_bytes:
        raise InputError(str(path), f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(str(path), f"unsupported file type {path.suffix!r}")
    return reader(path)
