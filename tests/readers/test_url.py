"""The URL reader, against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import time
from http.server import ThreadingHTTPServer

import pytest

from briefgen.errors import InputError
from briefgen.readers import ReadOptions, read
from briefgen.readers.url import USER_AGENT
from tests.readers.conftest import FIRST_SENTENCE
from tests.readers.local_server import Handler


@pytest.fixture(autouse=True)
def direct(no_proxy):
    """Every test here reaches the local server directly unless it says otherwise."""


def test_a_page_is_fetched_with_a_clear_user_agent_and_read_as_html(server):
    article = read(f"{server}/article")
    assert article.paragraphs[0] == FIRST_SENTENCE
    assert article.title == "Harbour authority approves night ferry trial"
    assert article.url == "https://gazette.example/news/night-ferry-trial"  # canonical link
    assert Handler.seen_agents[-1] == USER_AGENT
    assert article.path is None


def test_plain_text_is_read_as_text_and_keeps_the_fetched_url(server):
    article = read(f"{server}/article.txt")
    assert article.outlet == "Wellport Gazette"
    assert article.url == f"{server}/article.txt"


def test_redirects_are_followed(server):
    assert read(f"{server}/moved").paragraphs[0] == FIRST_SENTENCE


@pytest.mark.parametrize(("route", "problem"), [
    ("gone", "HTTP 404 Not Found"),
    ("photo.png", "unsupported content type 'image/png'"),
    ("not-http", "cannot fetch: invalid HTTP response (BadStatusLine)"),
    ("declared-huge", "page is 52,428,800 bytes, over the 1,048,576-byte limit"),
    ("undeclared-huge", "page is over the 65,536-byte limit"),
])
def test_bad_urls_are_named_with_their_problem(server, route, problem):
    limit = 1024 * 1024 if route == "declared-huge" else 65536
    with pytest.raises(InputError) as raised:
        read(f"{server}/{route}", ReadOptions(max_bytes=limit))
    assert str(raised.value).startswith(f"{server}/{route}: {problem}")


@pytest.mark.parametrize("route", ["slow", "trickle"])
def test_a_slow_server_times_out(server, route):
    started = time.monotonic()
    with pytest.raises(InputError, match=rf"{route}: timed out after 0.5 s"):
        read(f"{server}/{route}", ReadOptions(timeout=0.5))
    assert time.monotonic() - started < 1.4


def test_a_refused_connection_is_reported(server):
    closed = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = closed.server_address[1]
    closed.server_close()
    with pytest.raises(InputError, match=rf"127.0.0.1:{port}/article: cannot fetch: "):
        read(f"http://127.0.0.1:{port}/article")


def test_the_proxy_variables_are_honoured(server, monkeypatch):
    # The local server answers proxied requests too: a host that does not exist is reached
    # only if the request went through the proxy named by http_proxy.
    monkeypatch.setenv("http_proxy", server)
    monkeypatch.delenv("no_proxy")
    article = read("http://news.example.invalid/article")
    assert article.paragraphs[0] == FIRST_SENTENCE
