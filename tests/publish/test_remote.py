"""Publishing to a remote SPARQL 1.1 store (Graph Store Protocol + Protocol), against a real Oxigraph server."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import requests

from pipelines.kg.query import load_queries, run_query
from pipelines.kg.remote import RemoteStore, RemoteStoreError, push_store
from pipelines.serve.backend import find_oxigraph, free_port

pytestmark = pytest.mark.network

REFERENCE = "https://w3id.org/policygraph/graph/reference"
NEWS = "https://w3id.org/policygraph/graph/doc/news-0001"


@pytest.fixture()
def oxigraph_server() -> Iterator[str]:
    """A read-write in-memory `oxigraph serve` on a free 127.0.0.1 port, stopped with its process group."""
    port = free_port()
    process = subprocess.Popen(
        [find_oxigraph(), "serve", "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if requests.get(url + "/query", params={"query": "ASK {}"}, timeout=1).ok:
                    break
            except requests.RequestException:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
            time.sleep(0.05)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _remote(url: str) -> RemoteStore:
    return RemoteStore(url + "/query", url + "/update", url + "/store")


def test_push_replaces_named_graphs_without_duplicates(fixture_store: ox.Store, oxigraph_server: str):
    remote = _remote(oxigraph_server)
    sent = push_store(fixture_store, remote)
    assert sum(sent.values()) == len(fixture_store) == remote.count()
    assert remote.graphs() == {g.value for g in fixture_store.named_graphs()}
    assert remote.count(NEWS) == sent[NEWS]

    push_store(fixture_store, remote)  # a re-run replaces, it does not add
    assert remote.count() == len(fixture_store)

    fixture_store.remove_graph(ox.NamedNode(NEWS))
    push_store(fixture_store, remote, drop_missing=True)
    assert NEWS not in remote.graphs()
    assert remote.count() == len(fixture_store)


def test_one_graph_can_be_replaced_alone(fixture_store: ox.Store, oxigraph_server: str):
    remote = _remote(oxigraph_server)
    push_store(fixture_store, remote)
    triple = b'<https://w3id.org/policygraph/id/state/BR> <http://www.w3.org/2000/01/rdf-schema#label> "Brazil"@en .\n'
    remote.replace_graph(NEWS, triple)
    assert remote.count(NEWS) == 1
    assert remote.count(REFERENCE) == sum(
        1 for _ in fixture_store.quads_for_pattern(None, None, None, ox.NamedNode(REFERENCE))
    )


def test_library_queries_run_against_the_remote_store(fixture_store: ox.Store, oxigraph_server: str, tmp_path):
    push_store(fixture_store, _remote(oxigraph_server))
    (tmp_path / "q.rq").write_text(
        "# title: States by label\n# param: name (type: string)\n"
        "SELECT ?state WHERE { GRAPH ?g { ?state a pg:State ; rdfs:label ?l } FILTER(STR(?l) = ?name) }\n"
    )
    query = load_queries(tmp_path)["q"]
    rows = run_query(query, {"name": "India"}, endpoint=oxigraph_server + "/query").rows
    assert [r["state"].value for r in rows] == ["https://w3id.org/policygraph/id/state/IN"]
    hostile = run_query(query, {"name": 'x" } UNION { ?state ?p ?o } #'}, endpoint=oxigraph_server + "/query")
    assert hostile.rows == []


def test_errors_are_reported(oxigraph_server: str):
    remote = RemoteStore(oxigraph_server + "/query", gsp_url=oxigraph_server + "/no-such-path")
    with pytest.raises(RemoteStoreError):
        remote.replace_graph(NEWS, b"")
    with pytest.raises(RemoteStoreError):
        RemoteStore(oxigraph_server + "/query").update("DROP ALL")
    with pytest.raises(RemoteStoreError, match="no SPARQL query URL"):  # a store configured for updates only
        push_store(ox.Store(), RemoteStore(None, gsp_url=oxigraph_server + "/store"), drop_missing=True)
