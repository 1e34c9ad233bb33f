"""The options every command that reads articles shares: size limit, encoding, timeout,
links."""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable
from typing import Any

import click

from briefgen.readers import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, ReadOptions

MEGABYTE = 1024 * 1024


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --max-input-size/--encoding/--timeout; the command receives them as
    ``read_options``."""

    @functools.wraps(command)
    def wrapper(*args: Any, max_input_size: float, encoding: str | None, timeout: float,
                follow_links: bool, **kwargs: Any) -> Any:
        options = ReadOptions(max_bytes=int(max_input_size * MEGABYTE), encoding=encoding,
                              timeout=timeout, follow_links=follow_links)
        return command(*args, read_options=options, **kwargs)

    for option in reversed((
        click.option("--max-input-size", type=click.FloatRange(min=0, min_open=True), metavar="MB",
                     default=DEFAULT_MAX_BYTES / MEGABYTE, show_default=True,
                     help="Skip any input larger than this many megabytes."),
        click.option("--encoding", callback=_check_encoding, metavar="NAME",
                     help="Text encoding of the inputs (e.g. cp1252, euc-kr) instead of "
                          "detecting it."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
                     default=DEFAULT_TIMEOUT, show_default=True,
                     help="Give up fetching a URL after this long."),
        click.option("--follow-links", is_flag=True,
                     help="Also read links in a named folder that lead out of it."),
    )):
        wrapper = option(wrapper)
    return wrapper
