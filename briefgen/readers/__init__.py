"""Readers turn one input (file, URL or stdin) into articles; chosen by suffix in READERS.

Every reader takes the input's bytes, where they came from and the reading options, and returns
its articles (one, except an e-mail with attached articles), all built by ``assemble``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.readers import docx, eml, html, pdf, text, url
from briefgen.readers.assemble import Origin

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
STDIN = "-"


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: size limit, forced text encoding, network timeout, stdin."""

    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None  # overrides detection for text-like inputs
    timeout: float = DEFAULT_TIMEOUT
    stdin: BinaryIO | None = None  # defaults to sys.stdin.buffer
    follow_links: bool = False  # read a folder's links that lead out of it (--follow-links)


@dataclass(frozen=True)
class OutsideLink:
    """A file in a named folder that is a link to somewhere outside it.

    Naming a folder means "the articles in here": a link inside it to ``~/.ssh/id_rsa`` or to
    a private note must not put that file's text in a brief to be mailed. It is refused when
    read (so reported and skipped like any bad input) unless --follow-links says otherwise.
    """

    path: Path
    target: Path

    def __str__(self) -> str:
        return str(self.path)


Reader = Callable[[bytes, Origin, ReadOptions], list[Article]]


def _one(read_one: Callable[[bytes, Origin, ReadOptions], Article]) -> Reader:
    return lambda data, origin, options: [read_one(data, origin, options)]


#: Reader for each supported file suffix. Adding a format is one module and one line here.
READERS: dict[str, Reader] = {
    ".txt": _one(text.read),
    ".md": _one(text.read),
    ".markdown": _one(text.read),
    ".html": _one(html.read),
    ".htm": _one(html.read),
    ".pdf": _one(pdf.read),
    ".docx": _one(docx.read),
    ".eml": eml.read,
}

Input = Path | str | OutsideLink  # a file, a URL / "-" (text: Path would mangle "http://")


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def is_url(item: str | Path) -> bool:
    return isinstance(item, str) and item.lower().startswith(("http://", "https://"))


def expand_input(item: str | Path) -> list[Input]:
    """One input as given: a URL, "-", a file, or a directory's supported files in sorted order.

    A missing path, a file of an unsupported type, or a directory with no supported file (the
    user surely meant something by naming it) raises ``InputError``.
    """
    if is_url(item) or item == STDIN:
        return [str(item)]
    path = Path(item)
    kinds = ", ".join(sorted(READERS))
    try:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and supported(p))
            if not found:
                raise InputError(str(path), f"directory holds no supported files ({kinds})")
            return [_inside(file, path) for file in found]
        if not path.exists():
            raise InputError(str(path), "no such file or directory")
    except OSError as error:  # an unlistable directory, a name too long for the file system
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    if not supported(path):
        raise InputError(str(path), f"unsupported file type {path.suffix!r} (supported: {kinds})")
    return [path]


def _inside(file: Path, folder: Path) -> Path | OutsideLink:
    """The folder's file, or an ``OutsideLink`` when it resolves to a place outside the folder."""
    target = file.resolve()
    if target.is_relative_to(folder.resolve()):
        return file
    return OutsideLink(file, target)


def expand_inputs(inputs: Iterable[str | Path]) -> list[Input]:
    """Every input expanded by :func:`expand_input`; the first problem raises."""
    return [found for item in inputs for found in expand_input(item)]


def read_all(item: Input, options: ReadOptions | None = None) -> list[Article]:
    """Every article in one input (a file, a URL or "-" for stdin)."""
    options = options or ReadOptions()
    if isinstance(item, OutsideLink):
        if not options.follow_links:
            raise InputError(str(item.path), "a link to a file outside the folder "
                             f"({item.target}); not read (--follow-links reads it)")
        item = item.path
    if is_url(item):
        fetched = url.fetch(str(item), timeout=options.timeout, max_bytes=options.max_bytes)
        origin = Origin(name=url.without_userinfo(str(item)), url=fetched.url)
        return READERS[fetched.suffix](fetched.data, origin, options)
    if item == STDIN:
        data = _read_stdin(options)
        return READERS[sniff_suffix(data)](data, Origin(name="<stdin>"), options)
    path = Path(item)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(str(path), f"unsupported file type {path.suffix!r}")
    return reader(read_file(path, options.max_bytes), Origin(name=str(path), path=str(path)),
                  options)


def read(item: Input, options: ReadOptions | None = None) -> Article:
    """The (first) article of one input; most inputs hold exactly one."""
    return read_all(item, options)[0]


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, refusing one over ``max_bytes`` before reading it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), f"file is {size:,} bytes, over the "
                             f"{max_bytes:,}-byte limit (see --max-input-size)")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None


def _read_stdin(options: ReadOptions) -> bytes:
    stream = options.stdin or sys.stdin.buffer
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError("<stdin>", f"input is over the {options.max_bytes:,}-byte limit "
                         "(see --max-input-size)")
    return data


def sniff_suffix(data: bytes) -> str:
    """The reader for bytes of unknown type (stdin), by their first bytes."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):
        return ".docx"
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return ".html"
    if lowered.startswith((b"received:", b"return-path:", b"mime-version:", b"from:",
                           b"delivered-to:")) and b"\nsubject:" in data[:8192].lower():
        return ".eml"
    return ".txt"
