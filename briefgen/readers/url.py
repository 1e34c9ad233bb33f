"""Fetch an article from an http(s) URL: with a timeout, a size limit and a content-type check.

urllib honours the usual proxy variables (``http_proxy``, ``https_proxy``, ``no_proxy``) by
itself; redirects are followed and the final URL is the one recorded.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from briefgen import __version__
from briefgen.errors import InputError

USER_AGENT = f"briefgen/{__version__} (article reader; +https://pypi.org/project/briefgen/)"
# Content types briefgen can read, and the reader (by suffix) each goes to.
CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
}
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A fetched document: its final URL, bytes, and the reader suffix its type calls for."""

    url: str
    data: bytes
    suffix: str


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET ``url``; every failure is an ``InputError`` naming the URL and the problem."""
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,application/pdf;q=0.5",
    })
    deadline = time.monotonic() + timeout
    try:
        # A fresh opener reads the proxy variables now (urlopen's cached one read them once).
        opener = urllib.request.build_opener()
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            suffix = CONTENT_TYPES.get(content_type)
            if suffix is None:
                raise InputError(url, f"unsupported content type {content_type!r} "
                                 f"(readable: {', '.join(sorted(CONTENT_TYPES))})")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(url, f"page is {int(declared):,} bytes, over the "
                                 f"{max_bytes:,}-byte limit (see --max-input-size)")
            data = _read_limited(response, url, max_bytes, deadline, timeout)
            return Fetched(response.geturl(), data, suffix)
    except urllib.error.HTTPError as error:
        raise InputError(url, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, f"cannot fetch: {getattr(reason, 'strerror', None) or reason}") \
            from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as error:  # connection reset, malformed URL, bad headers
        raise InputError(url, f"cannot fetch: {error}") from None
    except http.client.HTTPException as error:  # not HTTP at all, or a broken response
        raise InputError(url, f"cannot fetch: invalid HTTP response ({type(error).__name__})") \
            from None


def _read_limited(response, url: str, max_bytes: int, deadline: float,  # noqa: ANN001
                  timeout: float) -> bytes:
    """The body, refusing it past ``max_bytes`` or past the overall deadline (a server that
    trickles bytes never trips the per-read socket timeout)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out after {timeout:g} s")
        chunk = response.read1(_CHUNK)  # what has arrived, not a blocking full chunk
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"page is over the {max_bytes:,}-byte limit "
                             "(see --max-input-size)")
        chunks.append(chunk)
