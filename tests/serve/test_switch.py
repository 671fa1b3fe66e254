"""Publishing while serving: queries keep working, the switch is atomic, the old Oxigraph process goes away."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from pipelines.home import Home
from pipelines.kg.publish import is_served, publish_snapshot
from pipelines.serve import ServerHandle

pytestmark = pytest.mark.network

STATES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/policygraph/ontology#State> }"
NEWS2 = """
@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/policygraph/graph/doc/news-0002> {
  <https://w3id.org/policygraph/doc/news-0002> a pg:NewsArticle ; dcterms:title "<script>alert(1)</script>" ;
    pg:mentions <https://w3id.org/policygraph/id/state/BR> .
  <https://w3id.org/policygraph/id/state/BR> a pg:State ; rdfs:label "Brazil <b>bold</b>"@en ;
    owl:sameAs <javascript:alert(2)> .
}
"""


def _states(url: str) -> int:
    answer = requests.get(url + "/query", params={"query": STATES}, headers={"Accept": "application/json"}, timeout=10)
    answer.raise_for_status()
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def test_publication_switches_the_endpoint_without_a_gap(home: Path, server: ServerHandle):
    root = Home.at(home).published
    assert _states(server.url) == 3
    seen, errors, stop = [], [], threading.Event()

    def keep_querying():
        while not stop.is_set():
            try:
                seen.append(_states(server.url))
            except Exception as err:  # any failure during the switch is a test failure
                errors.append(repr(err))

    worker = threading.Thread(target=keep_querying)
    worker.start()
    try:
        live = ox.Store(str(home / "store"))
        live.load(NEWS2.encode(), ox.RdfFormat.TRIG)
        live.flush()
        del live
        publish_snapshot(home / "store", root, "run-2")
        assert server.wait_for_snapshot("run-2", timeout_s=30)
        time.sleep(0.3)
    finally:
        stop.set()
        worker.join()
    assert errors == []
    assert seen and set(seen) <= {3, 4} and seen == sorted(seen)  # old data, then new data, never a mix
    assert _states(server.url) == 4

    deadline = time.monotonic() + 15
    while is_served(root / "snapshots" / "run-1") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not is_served(root / "snapshots" / "run-1")  # the old Oxigraph process was stopped
    publish_snapshot(home / "store", root, "run-3")
    assert sorted(p.name for p in (root / "snapshots").iterdir()) == ["run-2", "run-3"]


def test_untrusted_text_is_escaped_in_pages(home: Path, server: ServerHandle):
    live = ox.Store(str(home / "store"))
    live.load(NEWS2.encode(), ox.RdfFormat.TRIG)
    live.flush()
    del live
    publish_snapshot(home / "store", Home.at(home).published, "run-2")
    assert server.wait_for_snapshot("run-2", timeout_s=30)
    page = requests.get(server.url + "/id/state/BR", headers={"Accept": "text/html"}).text
    assert "Brazil &lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page
    assert 'href="javascript:' not in page
