"""Remote publication against Virtuoso 7.2 (Debian's virtuoso-opensource), the other store the deployment docs
name: the same graphs as the local store after a whole push and after a push of changed subjects, staging graphs
gone, and library queries answered through its endpoint (form-encoded: Virtuoso 7.2 hangs on a query sent as
application/sparql-query)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from pipelines.kg.query import load_queries, run_query
from pipelines.kg.remote import STAGING_PREFIX, RemoteStore, push_pending

pytestmark = pytest.mark.network

REFERENCE = "https://w3id.org/policygraph/graph/reference"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture
def virtuoso(virtuoso_server: str):
    """The session's Virtuoso with none of our graphs (it keeps graphs of its own beside them)."""
    sparql, gsp = virtuoso_server + "/sparql", virtuoso_server + "/sparql-graph-crud"
    remote = RemoteStore(sparql, sparql, gsp)
    for graph in _ours(remote):
        remote.update(f"DROP SILENT GRAPH <{graph}>")
    return remote


def _ours(remote: RemoteStore) -> set[str]:
    return {g for g in remote.graphs() if g.startswith(("https://w3id.org/policygraph/", STAGING_PREFIX))}


XSD_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


def _text(term) -> str:
    """A term as a comparable string: every blank node "_:", a boolean in its canonical form (Virtuoso stores
    true as 1, another lexical form of the same value)."""
    if isinstance(term, ox.BlankNode):
        return "_:"
    if isinstance(term, ox.Literal) and term.datatype == XSD_BOOLEAN:
        return str(ox.Literal({"1": "true", "0": "false"}.get(term.value, term.value), datatype=XSD_BOOLEAN))
    return str(term)


def _triples(store_or_remote, graph: str) -> list[tuple[str, ...]]:
    """One graph's statements, sorted, as comparable strings (`_text`)."""
    if isinstance(store_or_remote, RemoteStore):
        rows = store_or_remote.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        terms = [(r["s"], r["p"], r["o"]) for r in rows]
    else:
        terms = [tuple(q)[:3] for q in store_or_remote.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    return sorted(tuple(_text(t) for t in spo) for spo in terms)


def _same_graphs(local: ox.Store, remote: RemoteStore) -> None:
    graphs = {g.value for g in local.named_graphs()}
    assert _ours(remote) == graphs  # no staging graph left
    for graph in sorted(graphs):
        assert _triples(remote, graph) == _triples(local, graph), graph


def test_a_push_and_a_push_of_changed_subjects_leave_virtuoso_equal_to_the_local_store(
    fixture_store: ox.Store, virtuoso: RemoteStore, tmp_path
):
    ledger = tmp_path / "remote_pending.json"
    push_pending(fixture_store, virtuoso, None, ledger)
    _same_graphs(fixture_store, virtuoso)

    china, india = (ox.NamedNode(f"https://w3id.org/policygraph/id/state/{c}") for c in ("CN", "IN"))
    label, g = ox.NamedNode(RDFS_LABEL), ox.NamedNode(REFERENCE)
    fixture_store.remove(next(iter(fixture_store.quads_for_pattern(china, label, None, g))))
    fixture_store.add(ox.Quad(china, label, ox.Literal("Zhongguo", language="zh-Latn"), g))
    for q in list(fixture_store.quads_for_pattern(india, None, None, g)):
        fixture_store.remove(q)
    push_pending(fixture_store, virtuoso, [], ledger, {REFERENCE: [china.value, india.value]})
    _same_graphs(fixture_store, virtuoso)


def test_library_queries_are_answered_by_virtuoso(fixture_store: ox.Store, virtuoso: RemoteStore, tmp_path):
    push_pending(fixture_store, virtuoso, None, tmp_path / "remote_pending.json")
    (tmp_path / "q.rq").write_text(
        "# title: States by label\n# param: name (type: string)\n"
        "SELECT ?state WHERE { GRAPH ?g { ?state a pg:State ; rdfs:label ?l } FILTER(STR(?l) = ?name) }\n"
    )
    query = load_queries(tmp_path)["q"]
    rows = run_query(query, {"name": "India"}, endpoint=virtuoso.query_url, timeout_s=30).rows
    assert [r["state"].value for r in rows] == ["https://w3id.org/policygraph/id/state/IN"]
    assert run_query(query, {"name": 'x" } UNION { ?state ?p ?o } #'}, endpoint=virtuoso.query_url).rows == []
