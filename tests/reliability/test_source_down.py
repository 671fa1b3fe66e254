"""A feed on a real local HTTP server goes down (always 500) while the local sources are fine.

Run 1: the server is up; its feed item's page is fetched, archived and loaded. Run 2: the server answers 500 to
everything; the run still succeeds, reports the failed feed, and loses nothing: the archived bytes and the graph
of the page fetched in run 1 stay. Run 3: the server is back with a new item; it is ingested.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from pipelines.home import Home
from pipelines.sources.archive import Archive
from pipelines.sources.pages import canonical_url
from pipelines.sources.state import FetchState, doc_id_for
from tests.support.httpserver import LocalHttpServer, Static, Status
from tests.support.runs import CORPUS, materialize

pytestmark = [pytest.mark.slow, pytest.mark.network]

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
PAGE_A = (WEB / "pages" / "localisation.html").read_bytes()
PAGE_B = (WEB / "pages" / "accord-cp1252.html").read_bytes()
DOC_GRAPH = "https://w3id.org/policygraph/graph/doc/"


def feed(server: LocalHttpServer, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Item {p}</title><link>{server.url(p)}</link><guid>{server.url(p)}</guid>"
        f"<description>Short summary of {p}.</description></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local wire</title>'
        f"<link>{server.url('/')}</link><description>Test feed</description>{items}</channel></rss>"
    ).encode()


def graphs(home: Path) -> set[str]:
    store = ox.Store.read_only(str(Home.at(home).store))
    try:
        return {g.value for g in store.named_graphs()}
    finally:
        del store


def meta(result, stage: str) -> dict:
    (mat,) = result.asset_materializations_for_node(stage)
    return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}


def test_a_source_that_is_down_fails_alone_loses_nothing_and_is_ingested_when_back(tmp_path):
    home = tmp_path / "home"
    with LocalHttpServer() as server:
        feed_url = server.url("/feed.xml")
        sources = tmp_path / "sources.yaml"
        sources.write_text(
            f"feeds:\n  - {feed_url}\n  - {CORPUS / 'feeds' / 'news.rss'}\n"
            f"articles:\n  - {CORPUS / 'articles'}\ncables:\n  - {CORPUS / 'cables'}\n",
            encoding="utf-8",
        )
        graph_a = DOC_GRAPH + doc_id_for(canonical_url(server.url("/a.html")))
        graph_b = DOC_GRAPH + doc_id_for(canonical_url(server.url("/b.html")))

        # 1. Up: the feed and its page are fetched, archived and loaded.
        server.route("/feed.xml", Static(feed(server, ["/a.html"]), "application/rss+xml"))
        server.route("/a.html", Static(PAGE_A))
        first = materialize(home, sources)
        assert first.success and meta(first, "raw_documents")["failures"] == 0
        assert graph_a in graphs(home)
        archive = Archive(Home.at(home).archive)
        archived = set(archive.hashes())
        local_graphs = graphs(home) - {graph_a}

        # 2. Down: every path answers 500. The run succeeds and says which source failed.
        for path in ("/feed.xml", "/a.html", "/b.html"):
            server.route(path, Status(500))
        second = materialize(home, sources)
        assert second.success
        raw = meta(second, "raw_documents")
        assert raw["failures"] == 1 and raw["partial_success"] is True
        (failure,) = raw["failed_sources"]
        assert failure["source"] == feed_url and "500" in failure["error"]
        (status,) = [f for f in raw["feeds"] if f["source"] == feed_url]
        assert status["status"].startswith("failed")
        assert set(archive.hashes()) >= archived  # nothing archived is lost
        assert archive.get(archive.hashes()[0])  # and still readable
        assert graphs(home) >= local_graphs | {graph_a}  # the page fetched in run 1 is still in the graph
        with FetchState(Home.at(home).state_db) as state:
            fetch = state.status(feed_url)
            assert fetch is not None and fetch.failures == 1 and not fetch.quarantined  # retried next run

        # 3. Back, with a new item: it is ingested; the old one costs a 304 and nothing downstream.
        server.route("/feed.xml", Static(feed(server, ["/a.html", "/b.html"]), "application/rss+xml"))
        server.route("/a.html", Static(PAGE_A))
        server.route("/b.html", Static(PAGE_B, "text/html; charset=windows-1252"))
        third = materialize(home, sources)
        assert third.success
        raw = meta(third, "raw_documents")
        assert raw["failures"] == 0 and raw["new"] == 1
        assert {graph_a, graph_b} <= graphs(home)
        with FetchState(Home.at(home).state_db) as state:
            fetch = state.status(feed_url)
            assert fetch is not None and fetch.failures == 0 and fetch.last_status == 200
