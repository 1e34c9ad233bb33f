"""Fetch an article from an http(s) URL: with a timeout, a size limit and a content-type check.

The one place briefgen reaches the network. urllib honours the usual proxy variables
(``http_proxy``, ``https_proxy``, ``no_proxy``) by itself; redirects are followed only to other
http(s) URLs, at most ``MAX_REDIRECTS`` of them, and the final URL is the one recorded. The
timeout is one deadline for the whole fetch (connections, every redirect, headers and body):
a watchdog closes the sockets when it passes, so a server that drips its headers a byte at a
time cannot hold briefgen past it.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from briefgen import __version__
from briefgen.errors import InputError, redact

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
# Redirects followed before giving up: a real article moves once or twice (http to https, an
# old path); more is a loop or a trap, and each hop costs time out of the one deadline.
MAX_REDIRECTS = 10
FOLLOWED_SCHEMES = ("http", "https")  # never ftp:, file: or data: (urllib would follow ftp:)


@dataclass(frozen=True)
class Fetched:
    """A fetched document: its final URL, bytes, and the reader suffix its type calls for."""

    url: str
    data: bytes
    suffix: str


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET ``url``; every failure is an ``InputError`` naming the URL and the problem."""
    shown = redact(url)
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,application/pdf;q=0.5",
    })
    watchdog = _Watchdog(timeout)
    try:
        # A fresh opener reads the proxy variables now (urlopen's cached one read them once).
        opener = urllib.request.build_opener(_WatchedHTTPHandler(watchdog),
                                             _WatchedHTTPSHandler(watchdog),
                                             _RedirectHandler(shown))
        with watchdog, opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            suffix = CONTENT_TYPES.get(content_type)
            if suffix is None:
                raise InputError(shown, f"unsupported content type {content_type!r} "
                                 f"(readable: {', '.join(sorted(CONTENT_TYPES))})")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(shown, f"page is {int(declared):,} bytes, over the "
                                 f"{max_bytes:,}-byte limit (see --max-input-size)")
            data = _read_limited(response, shown, max_bytes, watchdog, timeout)
            return Fetched(without_userinfo(response.geturl()), data, suffix)
    except InputError:
        raise
    except Exception as error:
        if watchdog.expired:  # whatever the closed socket made the reader raise
            raise InputError(shown, f"timed out after {timeout:g} s") from None
        raise InputError(shown, _problem(error, timeout)) from None


def without_userinfo(url: str) -> str:
    """The URL without a ``user:password@`` part: what a brief may cite and print."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _problem(error: Exception, timeout: float) -> str:
    """What went wrong, in one line."""
    if isinstance(error, urllib.error.HTTPError):
        if "infinite loop" in str(error.msg):  # urllib's two-line message
            return f"redirect loop or more than {MAX_REDIRECTS} redirects"
        return f"HTTP {error.code} {' '.join(str(error.reason).split())}"
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
        if isinstance(reason, TimeoutError):
            return f"timed out after {timeout:g} s"
        return f"cannot fetch: {getattr(reason, 'strerror', None) or reason}"
    if isinstance(error, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(error, http.client.HTTPException):  # not HTTP at all, or a broken response
        return f"cannot fetch: invalid HTTP response ({type(error).__name__})"
    if isinstance(error, OSError | ValueError):  # connection reset, malformed URL, bad headers
        return f"cannot fetch: {error}"
    raise error  # a bug, not a bad page: let it show


class _Watchdog:
    """One deadline for a whole fetch: when it passes, every socket opened so far is shut."""

    def __init__(self, timeout: float) -> None:
        self.deadline = time.monotonic() + timeout
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()

    def start(self) -> None:
        if not self._timer.is_alive() and not self._timer.finished.is_set():
            self._timer.start()

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            raise TimeoutError("deadline passed")
        return left

    def track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)
        return sock

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing to wake
        sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked reading it


def _watched(connection_class: type[http.client.HTTPConnection], watchdog: _Watchdog,
             host: str, **kwargs: object) -> http.client.HTTPConnection:
    """A connection whose sockets the watchdog shuts at the deadline, each connect bounded by
    the time left (whatever hop of the redirects it is)."""
    watchdog.start()
    kwargs["timeout"] = min(float(kwargs.get("timeout") or watchdog.remaining()),  # type: ignore[arg-type]
                            watchdog.remaining())
    connection = connection_class(host, **kwargs)  # type: ignore[arg-type]
    create = connection._create_connection  # type: ignore[attr-defined]

    def create_watched(address, timeout, *args):  # noqa: ANN001, ANN002, ANN202
        return watchdog.track(create(address, min(timeout, watchdog.remaining()), *args))

    connection._create_connection = create_watched  # type: ignore[attr-defined]
    return connection


class _WatchedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self.watchdog = watchdog

    def http_open(self, req: urllib.request.Request):  # noqa: ANN201
        return self.do_open(functools.partial(_watched, http.client.HTTPConnection,
                                              self.watchdog), req)


class _WatchedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self.watchdog = watchdog

    def https_open(self, req: urllib.request.Request):  # noqa: ANN201
        return self.do_open(functools.partial(_watched, http.client.HTTPSConnection,
                                              self.watchdog), req,
                            context=self._context)  # type: ignore[attr-defined]


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only, at most ``MAX_REDIRECTS``."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, shown: str) -> None:
        super().__init__()
        self.shown = shown

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: ANN001, ANN201
        location = headers.get("location") or headers.get("uri")
        if location:
            target = urllib.parse.urljoin(req.full_url, location)
            scheme = urllib.parse.urlsplit(target).scheme.lower()
            if scheme not in FOLLOWED_SCHEMES:
                raise InputError(self.shown, f"redirected to a {scheme}: URL "
                                 f"({redact(target)[:200]}); only http(s) is followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _read_limited(response, url: str, max_bytes: int, watchdog: _Watchdog,  # noqa: ANN001
                  timeout: float) -> bytes:
    """The body, refusing it past ``max_bytes`` or past the overall deadline (a server that
    trickles bytes never trips the per-read socket timeout)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > watchdog.deadline:
            raise InputError(url, f"timed out after {timeout:g} s")
        chunk = response.read1(_CHUNK)  # what has arrived, not a blocking full chunk
        if not chunk:
            if watchdog.expired:  # the watchdog's shut socket reads as the end of the body
                raise InputError(url, f"timed out after {timeout:g} s")
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"page is over the {max_bytes:,}-byte limit "
                             "(see --max-input-size)")
        chunks.append(chunk)
