"""Hostile web servers (all on 127.0.0.1): the timeout is one deadline for the whole fetch,
redirects go only to http(s) and not forever, and no password in a URL is ever printed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.errors import InputError
from briefgen.readers import url as url_reader
from tests.readers.local_server import PAGE, QuietServer

HOPS = 8  # slow redirects before the article: each quicker than the timeout, all far slower


class Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        path = self.path.lstrip("/")
        if path == "drip-headers":  # a status line, then one header byte every 0.1 s
            self.wfile.write(b"HTTP/1.0 200 OK\r\n")
            for byte in b"X-Slow: " + b"a" * 60:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
        elif path.startswith("hop/"):
            number = int(path.split("/")[1])
            time.sleep(0.35)
            self._redirect(f"/hop/{number + 1}" if number < HOPS else "/article")
        elif path == "to-ftp":
            self._redirect("ftp://127.0.0.1:9/secret.txt")
        elif path == "to-file":
            self._redirect("file:///etc/passwd")
        elif path == "loop":
            self._redirect("/loop")
        elif path == "article":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_error(404)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Hostile)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _fetch(url: str, timeout: float = 1.0) -> url_reader.Fetched:
    return url_reader.fetch(url, timeout=timeout, max_bytes=1024 * 1024)


def test_a_server_that_drips_its_headers_is_cut_off_at_the_deadline(hostile, no_proxy):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"drip-headers: timed out after 1 s$"):
        _fetch(f"{hostile}/drip-headers")
    assert time.monotonic() - started < 2.0


def test_the_timeout_bounds_all_redirects_together_not_each_hop(hostile, no_proxy):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"timed out after 1 s$"):
        _fetch(f"{hostile}/hop/1")  # 8 hops of 0.35 s: each under the timeout, all far over
    assert time.monotonic() - started < 2.0


def test_slow_redirects_within_the_deadline_still_arrive(hostile, no_proxy):
    fetched = _fetch(f"{hostile}/hop/{HOPS - 1}", timeout=5.0)
    assert fetched.url.endswith("/article") and fetched.suffix == ".html"


@pytest.mark.parametrize("route, scheme", [("to-ftp", "ftp"), ("to-file", "file")])
def test_a_redirect_to_another_scheme_is_refused(hostile, no_proxy, route, scheme):
    with pytest.raises(InputError, match=rf"redirected to a {scheme}: URL .*only http\(s\)"):
        _fetch(f"{hostile}/{route}")


def test_a_redirect_loop_is_one_line(hostile, no_proxy):
    result = CliRunner().invoke(main, ["summarize", f"{hostile}/loop", "--timeout", "2"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "redirect loop" in result.output
    assert "Traceback" not in result.output


def test_a_password_in_a_url_is_never_printed(hostile, no_proxy):
    secret = "hunter2-sekrit"
    target = f"http://reader:{secret}@127.0.0.1:9/article"  # nothing listens on port 9
    result = CliRunner().invoke(main, ["summarize", target, "--timeout", "1"])
    assert result.exit_code == 1
    assert secret not in result.output and "reader:[redacted]@" in result.output


def test_the_recorded_url_of_an_article_has_no_password():
    assert url_reader.without_userinfo("https://u:p@example.org/a?b") == "https://example.org/a?b"
    assert url_reader.without_userinfo("https://example.org/a") == "https://example.org/a"
