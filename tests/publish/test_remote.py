"""Publishing to a remote SPARQL 1.1 store (Graph Store Protocol + Protocol), against a real Oxigraph server."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pyoxigraph as ox
import pytest

from pipelines.kg.query import load_queries, run_query
from pipelines.kg.remote import (
    STAGING_PREFIX,
    RemoteStore,
    RemoteStoreError,
    push_pending,
    push_plan,
    push_store,
)

pytestmark = pytest.mark.network

REFERENCE = "https://w3id.org/policygraph/graph/reference"
NEWS = "https://w3id.org/policygraph/graph/doc/news-0001"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


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
        updates_only = RemoteStore(None, oxigraph_server + "/update", oxigraph_server + "/store")
        push_store(ox.Store(), updates_only, drop_missing=True)
    with pytest.raises(RemoteStoreError, match="SPARQL Update URL"):  # the switch needs the update endpoint
        push_store(ox.Store(), RemoteStore(None, gsp_url=oxigraph_server + "/store"))


def test_a_push_that_fails_leaves_the_live_graphs_as_they_were_and_the_next_run_heals(
    fixture_store: ox.Store, oxigraph_server: str, tmp_path
):
    remote, ledger = _remote(oxigraph_server), tmp_path / "remote_pending.json"
    push_pending(fixture_store, remote, None, ledger)
    before = remote.count(NEWS)
    added = ox.Quad(ox.NamedNode("https://w3id.org/policygraph/id/state/BR"), ox.NamedNode(RDFS_LABEL),
                    ox.Literal("Brasil", language="pt"), ox.NamedNode(NEWS))  # fmt: skip
    fixture_store.add(added)
    broken = RemoteStore(remote.query_url, oxigraph_server + "/no-such-update", remote.gsp_url, retries=0)
    with pytest.raises(RemoteStoreError, match="no-such-update"):  # the switch fails after the graphs were staged
        push_pending(fixture_store, broken, [NEWS, REFERENCE], ledger)
    assert remote.count(NEWS) == before  # readers still see the old graph, whole
    assert not [g for g in remote.graphs() if g.startswith(STAGING_PREFIX)]  # the staged copies are gone
    broken.update_url = remote.update_url  # the store is back: the next run, even with nothing new, delivers
    assert set(push_pending(fixture_store, broken, [], ledger)) == {NEWS, REFERENCE}
    assert remote.count(NEWS) == before + 1 and remote.count() == len(fixture_store)
    assert push_pending(fixture_store, broken, [], ledger) == {}  # nothing left pending


class _GoneAfterStaging(RemoteStore):
    """A store that stops answering updates and deletes once the graphs are staged (as one going down would)."""

    def update(self, sparql_update: str) -> None:
        raise RemoteStoreError("the store went away")

    def drop_graph(self, graph_iri: str) -> None:
        raise RemoteStoreError("the store went away")


def test_staging_graphs_a_failed_push_left_behind_are_dropped_by_the_next_push(
    fixture_store: ox.Store, oxigraph_server: str, tmp_path
):
    remote, ledger = _remote(oxigraph_server), tmp_path / "remote_pending.json"
    gone = _GoneAfterStaging(remote.query_url, remote.update_url, remote.gsp_url, retries=0)
    with pytest.raises(RemoteStoreError, match="went away"):
        push_pending(fixture_store, gone, [NEWS, REFERENCE], ledger)
    assert len([g for g in remote.graphs() if g.startswith(STAGING_PREFIX)]) == 2  # left on the store
    assert set(push_pending(fixture_store, remote, [], ledger)) == {NEWS, REFERENCE}  # the store is back
    assert remote.graphs() == {NEWS, REFERENCE}  # the live graphs, and no staging graph
    assert remote.count() == remote.count(NEWS) + remote.count(REFERENCE) > 0


def test_a_ledger_written_by_an_earlier_version_is_still_delivered(
    fixture_store: ox.Store, oxigraph_server: str, tmp_path
):
    ledger = tmp_path / "remote_pending.json"
    ledger.write_text(f'["{NEWS}"]')  # a plain list of the graphs not yet delivered
    assert set(push_pending(fixture_store, _remote(oxigraph_server), [], ledger)) == {NEWS}


def _triples(store_or_remote, graph: str) -> list[tuple[str, str, str]]:
    """The statements of one graph, sorted, as comparable strings (every blank node "_:", since each store names
    them its own way), from the local store or the remote one."""
    if isinstance(store_or_remote, RemoteStore):
        rows = store_or_remote.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        terms = [(r["s"], r["p"], r["o"]) for r in rows]
    else:
        terms = [tuple(q)[:3] for q in store_or_remote.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    return sorted(tuple("_:" if isinstance(t, ox.BlankNode) else str(t) for t in spo) for spo in terms)


def test_a_graph_changed_in_part_is_sent_subject_by_subject(fixture_store: ox.Store, oxigraph_server: str, tmp_path):
    remote, ledger = _remote(oxigraph_server), tmp_path / "remote_pending.json"
    push_pending(fixture_store, remote, None, ledger)
    china, india = (ox.NamedNode(f"https://w3id.org/policygraph/id/state/{c}") for c in ("CN", "IN"))
    new = ox.NamedNode("https://w3id.org/policygraph/id/state/XX")
    label, g = ox.NamedNode(RDFS_LABEL), ox.NamedNode(REFERENCE)
    fixture_store.remove(next(iter(fixture_store.quads_for_pattern(china, label, None, g))))  # one changed
    fixture_store.add(ox.Quad(china, label, ox.Literal("Zhongguo", language="zh-Latn"), g))
    for q in list(fixture_store.quads_for_pattern(india, None, None, g)):  # one gone
        fixture_store.remove(q)
    fixture_store.add(ox.Quad(new, label, ox.Literal("Nowhere"), g))  # one new
    subjects = {REFERENCE: [china.value, india.value, new.value]}
    sent = push_pending(fixture_store, remote, [], ledger, subjects)
    described = sum(1 for s in (china, new) for _ in fixture_store.quads_for_pattern(s, None, None, g))
    assert sent == {REFERENCE: described}  # what the changed subjects say now, not the graph
    assert _triples(remote, REFERENCE) == _triples(fixture_store, REFERENCE)
    assert remote.graphs() == {g.value for g in fixture_store.named_graphs()}  # no staging graph left
    assert push_pending(fixture_store, remote, [], ledger, subjects) == {REFERENCE: described}  # a re-run: the same
    assert _triples(remote, REFERENCE) == _triples(fixture_store, REFERENCE)


def test_subjects_a_failed_push_did_not_deliver_are_sent_as_they_are_by_the_next(
    fixture_store: ox.Store, oxigraph_server: str, tmp_path
):
    remote, ledger = _remote(oxigraph_server), tmp_path / "remote_pending.json"
    push_pending(fixture_store, remote, None, ledger)
    china, label = ox.NamedNode("https://w3id.org/policygraph/id/state/CN"), ox.NamedNode(RDFS_LABEL)
    fixture_store.add(ox.Quad(china, label, ox.Literal("Zhongguo", language="zh-Latn"), ox.NamedNode(REFERENCE)))
    gone = _GoneAfterStaging(remote.query_url, remote.update_url, remote.gsp_url, retries=0)
    with pytest.raises(RemoteStoreError, match="went away"):
        push_pending(fixture_store, gone, [], ledger, {REFERENCE: [china.value]})
    assert _triples(remote, REFERENCE) != _triples(fixture_store, REFERENCE)
    fixture_store.add(ox.Quad(china, label, ox.Literal("Chine", language="fr"), ox.NamedNode(REFERENCE)))
    assert set(push_pending(fixture_store, remote, [], ledger)) == {REFERENCE}  # the store is back: nothing new
    assert _triples(remote, REFERENCE) == _triples(fixture_store, REFERENCE)  # both labels, as the store is now
    assert remote.graphs() == {g.value for g in fixture_store.named_graphs()}  # the staged copy dropped


def test_too_many_changed_subjects_send_the_graph_whole(monkeypatch):
    monkeypatch.setattr("pipelines.kg.remote.MAX_SUBJECTS", 2)
    whole, partial = push_plan([NEWS], {REFERENCE: ["a", "b", "c"], "urn:g": ["x", "x"], NEWS: ["y"]})
    assert (whole, partial) == ([NEWS, REFERENCE], {"urn:g": ["x"]})


class _FlakyStore(BaseHTTPRequestHandler):
    """Answers 503 to the first two requests, then 204 (PUT) or an empty SELECT result (POST); records each."""

    seen: list[tuple[str, str, str]] = []

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).seen.append(
            (self.command, self.headers.get("Content-Type", ""), self.headers.get("Authorization", ""))
        )
        if len(type(self).seen) <= 2:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        if self.command == "PUT":
            self.send_response(204)
            self.end_headers()
            return
        assert parse_qs(body.decode())["query"]
        answer = b'{"head": {"vars": ["g"]}, "results": {"bindings": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_PUT = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


def test_requests_are_retried_and_carry_credentials_and_form_encoded_queries():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FlakyStore)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        remote = RemoteStore(url + "/query", url + "/update", url + "/store", auth=("pg", "secret"), backoff_s=0.01)
        remote.replace_graph(NEWS, b"")  # 503, 503, then 204
        assert remote.graphs() == set()
    finally:
        server.shutdown()
    assert [m for m, _, _ in _FlakyStore.seen] == ["PUT", "PUT", "PUT", "POST"]
    assert _FlakyStore.seen[-1][1] == "application/x-www-form-urlencoded"  # the form every SPARQL server takes
    assert all(auth.startswith("Basic ") for _, _, auth in _FlakyStore.seen)


def test_the_job_publishes_to_the_remote_store_and_heals_after_an_outage(oxigraph_server: str, tmp_path):
    import dagster as dg

    from pipelines.definitions import definitions
    from pipelines.defs.ingest.partitions import batches
    from pipelines.defs.resources import GraphStoreResource, HomeResource, SourcesResource
    from pipelines.home import Home, new_batch_key
    from pipelines.serve.backend import free_port

    articles = tmp_path / "articles"
    articles.mkdir()
    sources = tmp_path / "sources.yaml"
    sources.write_text("articles: [articles]\n")
    home = Home.at(tmp_path / "home")
    down = f"http://127.0.0.1:{free_port()}"  # nothing listens there

    def run(url: str, story: str) -> bool:
        if story:
            (articles / f"{len(list(articles.iterdir()))}.txt").write_text(story, encoding="utf-8")
        remote = {
            "remote_query_url": url + "/query",
            "remote_update_url": url + "/update",
            "remote_gsp_url": url + "/store",
        }
        defs = definitions(
            home=HomeResource(path=str(home.root)),
            sources=SourcesResource(path=str(sources)),
            graph_store=GraphStoreResource(**remote),
        )
        key = new_batch_key("remote")
        instance.add_dynamic_partitions(batches.name, [key])
        job = defs.resolve_job_def("policygraph_incremental_job")
        return job.execute_in_process(instance=instance, partition_key=key, raise_on_error=False).success

    def local_graphs() -> dict[str, list]:
        store = ox.Store.read_only(str(home.store))  # beside the handle a failed run may leave open
        return {g.value: _triples(store, g.value) for g in store.named_graphs()}

    def remote_graphs() -> dict[str, list]:
        return {g: _triples(remote, g) for g in remote.graphs()}

    remote = _remote(oxigraph_server)
    with dg.instance_for_test() as instance:
        assert run(
            oxigraph_server,
            "Data law\n\nVietnam adopted Decree 53 in 2022. Decree 53 requires the localisation of personal data.\n",
        )
        assert remote_graphs() == local_graphs()
        assert not run(down, "Brazil\n\nBrazil enacted the LGPD in 2018.\n")  # the remote is down: the run fails
        assert len(local_graphs()) > len(remote.graphs())
        assert run(oxigraph_server, "")  # nothing new: the graphs the failed run could not deliver are sent
        assert remote_graphs() == local_graphs()
        # a batch that adds entities and facts sends those subjects, not the entities and facts graphs whole
        assert run(oxigraph_server, "India\n\nIndia requires payment data to be stored locally.\n")
        changes = json.loads(
            home.batch_graph_changes_file(instance.get_dynamic_partitions(batches.name)[-1]).read_text()
        )
        assert changes["rewritten"] == [] and len(changes["subjects"]) == 3  # entities, facts, cables
        assert remote_graphs() == local_graphs()
