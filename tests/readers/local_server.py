"""A local HTTP server on 127.0.0.1 for the URL reader's tests: article pages, a redirect,
a 404, slow and trickling pages, a reply that is not HTTP, an image and over-size pages.
Proxied requests (whose request line carries a full URL) are answered too, so proxy support
can be tested offline."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.readers.conftest import HARBOUR_HTML, HARBOUR_TXT

PAGE = HARBOUR_HTML.read_bytes()


class Handler(BaseHTTPRequestHandler):
    """Routes: the article as HTML and text, a redirect, a 404, a slow page, a PNG, big pages."""

    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("://", 1)[-1].split("/", 1)[-1]  # proxied requests carry a URL
        if path == "article":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif path == "article.txt":
            self._send(200, "text/plain; charset=utf-8", HARBOUR_TXT.read_bytes())
        elif path == "moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
        elif path == "slow":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE)
        elif path == "trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b" " * 10)
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "not-http":
            self.wfile.write(b"garbage\r\n\r\n")  # no status line: http.client raises
        elif path == "photo.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif path == "declared-huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        elif path == "undeclared-huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(PAGE * 40)
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout, size limit) breaks the pipe: expected here


@contextmanager
def running_server() -> Iterator[str]:
    """The base URL of a server running in a thread until the block ends."""
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
    httpd.server_close()
