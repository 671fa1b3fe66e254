"""Collecting from a live feed server: conditional GET, no duplicates, failures reported, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines import stages
from pipelines.home import Home, new_batch_key
from pipelines.sources.archive import Archive
from pipelines.sources.config import load_sources
from pipelines.sources.http import HttpClient, HttpSettings
from pipelines.sources.state import FetchState
from tests.support.httpserver import FailTimes, LocalHttpServer, Static, Status

pytestmark = pytest.mark.network

FAST = HttpSettings(timeout=5, max_retries=3, backoff_base=0.01, max_retry_wait=1, min_interval=0)


def page(title: str, body: str, canonical: str) -> bytes:
    return (
        f'<html><head><title>{title}</title><link rel="canonical" href="{canonical}"></head>'
        f"<body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"
    ).encode()


def rss(server: LocalHttpServer, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {p}</title><link>{server.url(p)}?utm_source=rss</link><guid>{p}</guid></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Policy wire</title>'
        f"<link>{server.url('/')}</link>{items}</channel></rss>"
    ).encode()


def collect(home: Home, sources: Path, state: FetchState):
    """One run's collection, into a new batch."""
    batch = new_batch_key(f"test-{len(home.batch_keys())}")
    with HttpClient(FAST, state) as client:
        return stages.collect_raw_documents(home, batch, load_sources(sources), client, state)


def mark_all_processed(home: Home, state: FetchState) -> None:
    for item in stages.read_batch(home, home.batch_keys()[-1]):
        state.mark_processed(item.registry_id, item.raw.sha256)


@pytest.fixture
def site(tmp_path):
    with LocalHttpServer() as server:
        body = (
            "Vietnam's Ministry of Public Security enforces Decree 53, which requires local storage of personal data."
        )
        for i in range(3):
            server.route(f"/story-{i}", Static(page(f"Story {i}", body, server.url(f"/story-{i}"))))
        server.route("/feed.xml", Static(rss(server, [f"/story-{i}" for i in range(3)]), "application/rss+xml"))
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"feeds: ['{server.url('/feed.xml')}']\n", encoding="utf-8")
        yield server, sources, Home.at(tmp_path / "home")


def test_second_run_against_unchanged_feed_sends_conditional_requests_and_makes_nothing_new(site):
    server, sources, home = site
    home.root.mkdir(parents=True)
    with FetchState(home.state_db) as state:
        first = collect(home, sources, state)
        assert len(first.batch) == 3 and {i.status for i in first.batch} == {"new"}
        mark_all_processed(home, state)
        hits_after_first = sum(server.hits.values())
        second = collect(home, sources, state)
    assert second.batch == []  # no new documents
    assert second.not_modified == 1  # the feed answered 304: its pages were not even asked for
    assert server.not_modified["/feed.xml"] == 1
    assert sum(server.hits.values()) == hits_after_first + 1


def test_changed_page_under_a_changed_feed_is_a_new_version_of_the_same_document(site):
    server, sources, home = site
    home.root.mkdir(parents=True)
    with FetchState(home.state_db) as state:
        first = collect(home, sources, state)
        mark_all_processed(home, state)
        old = {i.raw.uri: i for i in first.batch}
        changed = page("Story 1", "Vietnam repealed Decree 53.", server.url("/story-1"))
        server.route("/story-1", Static(changed))
        # a feed that changed (a new item order) is fetched again, and its pages with conditional GET
        server.route("/feed.xml", Static(rss(server, ["/story-1", "/story-0", "/story-2"]), "application/rss+xml"))
        second = collect(home, sources, state)
    assert [i.status for i in second.batch] == ["updated"]
    item = second.batch[0]
    assert item.registry_id == old[item.raw.uri].registry_id  # same document id, new version
    assert item.raw.sha256 != old[item.raw.uri].raw.sha256
    assert server.not_modified["/story-0"] == 1 and server.not_modified["/story-2"] == 1
    archive = Archive(home.archive)
    assert old[item.raw.uri].raw.sha256 in archive  # the previous version is still archived


def test_flaky_feed_is_ingested_and_a_dead_one_is_reported_without_failing(tmp_path):
    with LocalHttpServer() as server:
        server.route(
            "/story", Static(page("Story", "The RBI requires local storage of payment data.", server.url("/story")))
        )
        server.route("/flaky.xml", FailTimes(3, Static(rss(server, ["/story"]), "application/rss+xml")))
        server.route("/dead.xml", Status(500))
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"feeds: ['{server.url('/flaky.xml')}', '{server.url('/dead.xml')}']\n", encoding="utf-8")
        home = Home.at(tmp_path / "home")
        home.root.mkdir(parents=True)
        with FetchState(home.state_db) as state:
            report = collect(home, sources, state)
    assert [i.raw.uri for i in report.batch] == [server.url("/story")]
    assert server.hits["/flaky.xml"] == 4  # 500, 500, 500, then 200
    assert [f["source"] for f in report.failures] == [server.url("/dead.xml")]
    assert {f["source"]: f["status"] for f in report.feeds}[server.url("/dead.xml")].startswith("failed")


def test_a_feed_cannot_turn_the_fetcher_towards_an_internal_service(tmp_path):
    """Items and redirects that lead to another internal host (however the address is written) are refused;
    only the configured feed's own host may be internal."""
    from tests.support.httpserver import Redirect

    with LocalHttpServer() as server:
        port = server.port
        server.route("/admin", Static(page("Internal admin console", "secret token", server.url("/admin"))))
        server.route("/story", Static(page("Story", "Decree 53 requires local storage.", server.url("/story"))))
        server.route("/moved", Redirect(f"http://localhost:{port}/admin"))
        items = [server.url("/story"), f"http://localhost:{port}/admin", f"http://0x7f000001:{port}/admin",
                 server.url("/moved")]  # fmt: skip
        feed = "".join(f"<item><title>{i}</title><link>{u}</link><guid>{i}</guid></item>" for i, u in enumerate(items))
        server.route("/feed.xml", Static(f'<rss version="2.0"><channel>{feed}</channel></rss>'.encode()))
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"feeds: ['{server.url('/feed.xml')}']\n", encoding="utf-8")
        home = Home.at(tmp_path / "home")
        with FetchState(home.state_db) as state:
            report = collect(home, sources, state)
        assert server.hits["/admin"] == 0 and server.hits["/story"] == 1
        assert [item.raw.uri for item in report.batch] == [server.url("/story")]
        refused = [f for f in report.failures if "non-public address" in f["error"]]
        assert len(refused) == 3, report.failures
        with HttpClient(FAST) as client:  # found in a feed on another host: refused even on this one
            result = client.fetch(server.url("/story"), trusted="https://news.example.org/feed.xml")
        assert result.error and result.error.startswith("refused") and server.hits["/story"] == 1


def test_a_name_that_resolves_public_then_internal_is_refused_at_connect(monkeypatch):
    """DNS rebinding: the name was public when checked, internal when connected to; the address reached is
    checked too, and nothing is sent to it."""
    from pipelines.sources.http import guard

    with LocalHttpServer() as server:
        server.route("/admin", Static(page("Internal admin console", "secret token", server.url("/admin"))))
        monkeypatch.setattr(guard, "non_public_address", lambda host, port: None)  # the first answer: public
        with HttpClient(FAST) as client:
            result = client.fetch(f"http://localhost:{server.port}/admin", trusted="https://news.example.org/f.xml")
            assert result.error and "non-public address (127.0.0.1)" in result.error, result.error
            assert server.hits["/admin"] == 0
            allowed = client.fetch(server.url("/admin"), trusted=server.url("/feed.xml"))  # a configured source
            assert allowed.error is None and server.hits["/admin"] == 1


def test_a_feed_summary_never_replaces_a_page_fetched_from_another_source(tmp_path):
    """A second feed lists an article another source configured; when the page cannot be fetched, that feed's
    summary must not become the article's new version (text and provenance of another source)."""
    with LocalHttpServer() as server:
        article = server.url("/article")
        server.route("/article", Static(page("Decree 53", "Decree 53 requires local storage.", article)))
        item = f"<item><title>Other</title><link>{article}</link><description>A rival summary.</description></item>"
        server.route("/other.xml", Static(f'<rss version="2.0"><channel>{item}</channel></rss>'.encode()))
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"articles: ['{article}']\n", encoding="utf-8")
        home = Home.at(tmp_path / "home")
        with FetchState(home.state_db) as state:
            first = collect(home, sources, state)
            assert [i.raw.uri for i in first.batch] == [article]
            mark_all_processed(home, state)
            server.route("/article", Status(500))  # the page is down when the second feed first lists it
            sources.write_text(f"articles: ['{article}']\nfeeds: ['{server.url('/other.xml')}']\n", encoding="utf-8")
            second = collect(home, sources, state)
            assert second.batch == [] and state.pending_documents() == []
            assert any("the page fetched before is kept" in f["error"] for f in second.failures), second.failures


def test_a_link_that_leads_out_of_a_folder_source_is_not_read(tmp_path):
    """A file dropped as a symbolic link to a file elsewhere (a secret, /etc/...) is left out."""
    secret = tmp_path / "secret.txt"
    secret.write_text("internal token 1234\n", encoding="utf-8")
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "article.txt").write_text("Kenya's Data Protection Act regulates personal data.\n", encoding="utf-8")
    (drop / "leak.txt").symlink_to(secret)
    (drop / "inside.txt").symlink_to(drop / "article.txt")  # a link within the folder is still read
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"drop: {drop}\n", encoding="utf-8")
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        report = collect(home, sources, state)
    read = {Path(item.raw.uri.removeprefix("file://")).name for item in report.batch}
    assert "leak.txt" not in read and "article.txt" in read
    assert all(b"internal token" not in path.read_bytes() for path in home.archive.rglob("*") if path.is_file())


def test_feed_items_without_link_id_or_title_are_each_a_document(tmp_path):
    """Untitled items with no GUID and no link were all one document ("...feed-item:None")."""
    items = "".join(f"<item><description>Text of item {i} about Decree 53.</description></item>" for i in range(3))
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>', encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"feeds: ['{feed}']\n", encoding="utf-8")
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        report = collect(home, sources, state)
    uris = [item.raw.uri for item in report.batch]
    assert len(uris) == len(set(uris)) == 3 and not any(u.endswith(":None") for u in uris)


def test_internal_hosts_allowed_explicitly_are_fetched(tmp_path, monkeypatch):
    """An intranet deployment lists its internal hosts: the sources file's `fetch_allow` or POLICYGRAPH_FETCH_ALLOW."""
    from pipelines.defs.resources import HttpResource

    with LocalHttpServer() as server:
        port = server.port
        server.route("/admin", Static(page("Intranet note", "Decree 53 requires local storage.", server.url("/admin"))))
        item = f"<item><title>n</title><link>http://localhost:{port}/admin</link><guid>n</guid></item>"
        server.route("/feed.xml", Static(f'<rss version="2.0"><channel>{item}</channel></rss>'.encode()))
        sources = tmp_path / "sources.yaml"
        sources.write_text(
            f"feeds: ['{server.url('/feed.xml')}']\nfetch_allow: ['localhost:{port}']\n", encoding="utf-8"
        )
        home = Home.at(tmp_path / "home")
        with FetchState(home.state_db) as state:
            report = collect(home, sources, state)
        assert server.hits["/admin"] == 1 and len(report.batch) == 1
        monkeypatch.setenv("POLICYGRAPH_FETCH_ALLOW", f"intranet.example, localhost:{port}")
        assert HttpResource().settings().fetch_allow == {"intranet.example", f"localhost:{port}"}


def test_an_article_page_answering_with_no_body_is_reported_as_an_empty_response(tmp_path):
    """A 200 with an empty body fails the page with a reason (it was reported as the error None)."""
    with LocalHttpServer() as server:
        server.route("/empty", Static(b""))
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"articles: ['{server.url('/empty')}']\n", encoding="utf-8")
        home = Home.at(tmp_path / "home")
        with FetchState(home.state_db) as state:
            report = collect(home, sources, state)
    assert report.batch == []
    assert report.failures == [{"source": server.url("/empty"), "error": "empty response"}]
