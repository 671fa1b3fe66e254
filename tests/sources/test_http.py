"""The HTTP client against a real local server that misbehaves on purpose."""

from __future__ import annotations

import gzip
import socket
import time
from email.utils import formatdate
from pathlib import Path

import pytest

from pipelines.sources.archive import Archive
from pipelines.sources.feeds import parse_feed
from pipelines.sources.http import HttpClient, HttpSettings, archive_fetch, parse_retry_after
from pipelines.sources.pages import canonical_url, extract_page
from pipelines.sources.state import FetchState
from tests.support.httpserver import FailTimes, Oversize, Redirect, Slow, Static, Status, TooManyRequests, Trickle

pytestmark = pytest.mark.network

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
FEED = (WEB / "feeds" / "policy-rss20.xml").read_bytes()
PAGE = (WEB / "pages" / "localisation.html").read_bytes()


def fast(**overrides) -> HttpSettings:
    """Settings for tests: short waits, no per-host pause unless a test asks for one."""
    base = dict(timeout=2.0, total_timeout=5.0, max_retries=3, backoff_base=0.01, max_retry_wait=2.0, min_interval=0)
    return HttpSettings(**{**base, **overrides})


class RecordingSleep:
    """Sleeps for real, and remembers how long it was asked to."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds)


@pytest.fixture
def state(tmp_path):
    with FetchState(tmp_path / "state.sqlite", max_failures=3) as s:
        yield s


# -- conditional GET -----------------------------------------------------------------------------------------
def test_second_fetch_of_unchanged_feed_is_a_conditional_304(http_server, state, tmp_path):
    url = http_server.route("/feed.xml", Static(FEED, "application/rss+xml"))
    archive = Archive(tmp_path / "archive")
    with HttpClient(fast(), state) as client:
        first = client.fetch(url)
        assert first.ok and first.status == 200 and first.body == FEED and not first.not_modified
        sha = archive_fetch(archive, first, state, kind="feed")
        assert archive.get(sha) == FEED
        second = client.fetch(url)
    assert second.ok and second.not_modified and second.status == 304 and second.body is None
    assert archive_fetch(archive, second, state) is None  # nothing to archive, nothing to parse
    assert http_server.hits["/feed.xml"] == 2 and http_server.not_modified["/feed.xml"] == 1
    sent = http_server.requests_to("/feed.xml")[1].headers
    assert sent["if-none-match"] == first.etag
    assert sent["if-modified-since"] == first.last_modified


def test_validators_are_not_used_until_the_body_is_archived(http_server, state):
    # A run killed between fetch and archive must refetch the full body next time, not get a 304.
    url = http_server.route("/feed.xml", Static(FEED, "application/rss+xml"))
    with HttpClient(fast(), state) as client:
        client.fetch(url)
        again = client.fetch(url)
    assert again.status == 200 and again.body == FEED
    assert http_server.not_modified["/feed.xml"] == 0


def test_last_modified_alone_gives_a_304(http_server, state, tmp_path):
    url = http_server.route("/lm.xml", Static(FEED, "application/rss+xml", etag=False))
    with HttpClient(fast(), state) as client:
        archive_fetch(Archive(tmp_path), client.fetch(url), state)
        assert client.fetch(url).not_modified
    assert "if-none-match" not in http_server.requests_to("/lm.xml")[1].headers


def test_user_agent_names_the_project(http_server):
    url = http_server.route("/ua", Static(b"ok", "text/plain"))
    HttpClient(fast()).fetch(url)
    agent = http_server.requests_to("/ua")[0].headers["user-agent"]
    assert agent.startswith("policygraph/") and "+https://w3id.org/policygraph" in agent


# -- retries and failures ------------------------------------------------------------------------------------
def test_three_500s_then_200_is_fetched(http_server, state):
    url = http_server.route("/flaky.xml", FailTimes(3, Static(FEED, "application/rss+xml")))
    result = HttpClient(fast(max_retries=3), state).fetch(url)
    assert result.ok and result.body == FEED and result.attempts == 4
    assert http_server.hits["/flaky.xml"] == 4
    assert state.status(url).failures == 0
    assert len(parse_feed(result.body, url).items) == 3


def test_always_500_is_an_error_result_not_an_exception(http_server, state):
    url = http_server.route("/down.xml", Status(500))
    client = HttpClient(fast(max_retries=2), state)
    result = client.fetch(url)
    assert not result.ok and result.status == 500 and result.body is None
    assert "HTTP 500" in result.error and result.attempts == 3
    assert http_server.hits["/down.xml"] == 3
    # next runs retry; after max_failures (3) runs the URL is quarantined and no longer requested
    client.fetch(url)
    client.fetch(url)
    assert state.is_quarantined(url)
    skipped = client.fetch(url)
    assert skipped.skipped and "quarantined" in skipped.error
    assert http_server.hits["/down.xml"] == 9


def test_404_is_not_retried(http_server):
    url = http_server.url("/missing")
    result = HttpClient(fast()).fetch(url)
    assert result.status == 404 and result.error == "HTTP 404 Not Found" and result.attempts == 1


def test_connection_refused_is_an_error_result():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = HttpClient(fast(max_retries=1)).fetch(f"http://127.0.0.1:{port}/feed")
    assert not result.ok and result.status is None and "connection failed" in result.error
    assert result.attempts == 2


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "not a url", "http://"])
def test_non_http_urls_are_refused_without_a_request(url):
    result = HttpClient(fast()).fetch(url)
    assert not result.ok and "not an http(s) URL" in result.error and result.body is None


def test_429_retry_after_seconds_is_honoured(http_server):
    url = http_server.route("/busy", TooManyRequests("1", Static(b"fine", "text/plain")))
    sleep = RecordingSleep()
    started = time.monotonic()
    result = HttpClient(fast(), sleep=sleep).fetch(url)
    assert result.ok and result.body == b"fine" and result.attempts == 2
    assert sleep.waits == [1.0] and time.monotonic() - started >= 1.0


def test_429_retry_after_http_date_is_honoured(http_server):
    when = formatdate(time.time() + 2, usegmt=True)  # whole seconds: between 1 and 2 s from now
    url = http_server.route("/busy-date", TooManyRequests(when, Static(b"fine", "text/plain")))
    sleep = RecordingSleep()
    assert HttpClient(fast(max_retry_wait=3), sleep=sleep).fetch(url).ok
    assert len(sleep.waits) == 1 and 0.0 < sleep.waits[0] <= 2.0


def test_retry_after_beyond_the_cap_is_not_waited_for(http_server):
    url = http_server.route("/later", TooManyRequests("3600", Static(b"fine", "text/plain")))
    sleep = RecordingSleep()
    result = HttpClient(fast(max_retry_wait=2), sleep=sleep).fetch(url)
    assert not result.ok and result.status == 429 and "3600" in result.error
    assert sleep.waits == [] and http_server.hits["/later"] == 1


def test_backoff_grows_exponentially(http_server):
    url = http_server.route("/down", Status(503))
    sleep = RecordingSleep()
    HttpClient(fast(max_retries=3, backoff_base=0.05), sleep=sleep).fetch(url)
    assert sleep.waits == pytest.approx([0.05, 0.1, 0.2])


@pytest.mark.parametrize(
    ("value", "expected"),
    [("7", 7.0), ("0", 0.0), (None, None), ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value) == expected


# -- rate limit, size cap, redirects, slowness ----------------------------------------------------------------
def test_requests_to_one_host_are_spaced(http_server):
    url = http_server.route("/r", Static(b"ok", "text/plain"))
    client = HttpClient(fast(min_interval=0.3))
    started = time.monotonic()
    for _ in range(3):
        assert client.fetch(url).ok
    assert time.monotonic() - started >= 0.6


@pytest.mark.parametrize("declare", [True, False])
def test_oversize_body_is_stopped(http_server, declare):
    url = http_server.route("/big", Oversize(2_000_000, declare=declare))
    result = HttpClient(fast(max_bytes=100_000)).fetch(url)
    assert not result.ok and result.body is None and "body too large" in result.error
    assert ("Content-Length" in result.error) == declare


def test_redirect_loop_is_reported(http_server):
    http_server.route("/a", Redirect("/b"))
    url = http_server.route("/b", Redirect("/a"))
    result = HttpClient(fast(max_redirects=4)).fetch(url)
    assert not result.ok and "redirect limit exceeded" in result.error and "loop" in result.error
    assert http_server.hits["/a"] + http_server.hits["/b"] == 5  # the first request and 4 redirects


def test_redirect_is_followed_and_final_url_recorded(http_server):
    http_server.route("/feed.xml", Static(FEED, "application/rss+xml"))
    url = http_server.route("/old-feed", Redirect("/feed.xml", status=301))
    result = HttpClient(fast()).fetch(url)
    assert result.ok and result.body == FEED and result.final_url == http_server.url("/feed.xml")


def test_slow_response_times_out(http_server):
    url = http_server.route("/slow", Slow(3.0, Static(b"late", "text/plain")))
    started = time.monotonic()
    result = HttpClient(fast(timeout=0.5, max_retries=0)).fetch(url)
    assert not result.ok and "timeout" in result.error
    assert time.monotonic() - started < 2.5


def test_trickling_body_hits_the_total_deadline(http_server):
    url = http_server.route("/trickle", Trickle(Static(b"x" * 2000, "text/plain"), chunk=10, interval=0.05))
    started = time.monotonic()
    result = HttpClient(fast(total_timeout=0.5)).fetch(url)
    assert not result.ok and "longer than" in result.error
    assert time.monotonic() - started < 2.0  # the whole body would take 10 s


def test_gzip_bomb_is_stopped_at_the_cap_of_decoded_bytes(http_server):
    bomb = gzip.compress(b"\0" * 20_000_000)  # about 20 KB on the wire
    url = http_server.route("/bomb", Static(bomb, "text/html", headers={"Content-Encoding": "gzip"}))
    result = HttpClient(fast(max_bytes=1_000_000)).fetch(url)
    assert not result.ok and "body too large" in result.error


# -- pages through the client ----------------------------------------------------------------------------------
def test_wrong_charset_page_is_decoded_correctly(http_server):
    body = (WEB / "pages" / "accord-cp1252.html").read_bytes()
    url = http_server.route("/accord", Static(body, "text/html; charset=utf-8"))  # the label lies
    result = HttpClient(fast()).fetch(url)
    assert result.charset == "utf-8" and result.body == body  # raw bytes kept as they came
    page = extract_page(result.body, result.final_url, result.charset)
    assert "données fiscales" in page.text and "« C’est une étape »" in page.text
    assert page.language == "fr" and page.encoding == "cp1252"


def test_incremental_run_against_unchanged_sources_makes_nothing_new(http_server, state, tmp_path):
    """The whole web path, as the ingest assets chain it: feed -> items -> pages -> archive -> registry."""
    http_server.route("/feed.xml", Static(FEED, "application/rss+xml"))
    for name in ("localisation", "transfers", "health-data"):
        body = PAGE.replace(b"Ministry of Digital Affairs", name.encode())
        http_server.route(f"/articles/{name}.html", Static(body))
    archive = Archive(tmp_path / "archive")
    client = HttpClient(fast(), state)

    def run() -> list[str]:
        made = []
        feed = client.fetch(http_server.url("/feed.xml"))
        if feed.not_modified or not feed.ok:
            return made
        archive_fetch(archive, feed, state, kind="feed")
        for item in parse_feed(feed.body, feed.final_url).items:
            page = client.fetch(item.link)
            sha = archive_fetch(archive, page, state, kind="article", feed=feed.url)
            if sha is None:
                continue
            text = extract_page(page.body, page.final_url, page.charset)
            obs = state.observe(canonical_url(text.canonical_url or page.final_url), sha, kind="article")
            if obs.needs_processing:
                made.append(obs.doc_id)
                state.mark_processed(obs.doc_id, sha)
        return made

    assert len(run()) == 3
    assert run() == []
    assert http_server.hits["/feed.xml"] == 2 and http_server.not_modified["/feed.xml"] == 1
    assert sum(http_server.hits.values()) == 5  # one feed + three pages, then one conditional feed request
    assert len(archive.hashes()) == 4


def test_changed_article_keeps_its_doc_id_with_a_new_version(http_server, state, tmp_path):
    url = http_server.route("/articles/a.html", Static(PAGE))
    archive = Archive(tmp_path / "archive")
    client = HttpClient(fast(), state)

    def ingest():
        result = client.fetch(url)
        if result.not_modified:
            return None
        sha = archive_fetch(archive, result, state, kind="article")
        page = extract_page(result.body, result.final_url, result.charset)
        obs = state.observe(canonical_url(page.canonical_url or url), sha, kind="article")
        state.mark_processed(obs.doc_id, obs.version)
        return obs, page

    first, _ = ingest()
    assert ingest() is None  # unchanged: a 304, nothing downstream
    http_server.route("/articles/a.html", Static(PAGE.replace(b"next January", b"next March")))
    second, page = ingest()
    assert second.status == "updated" and second.doc_id == first.doc_id
    assert second.previous_version == first.version != second.version
    assert "next March" in page.text
    assert archive.get(first.version) == PAGE  # the old version is still archived
    assert state.versions(first.doc_id) == [first.version, second.version]


def test_a_slow_host_is_given_up_for_the_run_once_its_time_budget_is_spent(http_server):
    """Four slow URLs once held a run for 417 s; now a host gets its budget, the rest is skipped and reported."""
    from tests.support.httpserver import Slow, Static

    for name in ("a", "b", "c"):
        http_server.route(f"/{name}", Slow(0.6, Static(b"slow page")))
    settings = HttpSettings(timeout=5, max_retries=0, min_interval=0, host_budget=1.0, run_budget=60)
    with HttpClient(settings) as client:
        results = [client.fetch(http_server.url(f"/{name}")) for name in ("a", "b", "c")]
    assert [r.ok for r in results] == [True, True, False]
    assert results[2].skipped and "budget 1 s" in results[2].error and http_server.hits["/c"] == 0
    with HttpClient(HttpSettings(timeout=5, max_retries=0, min_interval=0, host_budget=0, run_budget=0.5)) as client:
        first, second = client.fetch(http_server.url("/a")), client.fetch(http_server.url("/b"))
    assert first.ok and second.skipped and "run's fetch budget" in second.error
