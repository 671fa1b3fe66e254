"""Publish the graph to a remote triple store through the SPARQL 1.1 Graph Store Protocol and Protocol.

Works with any store that implements the standards (Apache Jena Fuseki, GraphDB, Virtuoso, an Oxigraph server):
give the store's query URL, update URL and Graph Store URL, e.g. for Oxigraph ``http://host:7878/query``,
``/update`` and ``/store``; for Fuseki ``http://host:3030/ds/query``, ``/ds/update`` and ``/ds/data``.
A document's named graph is replaced as a whole with one HTTP PUT, so a re-run never duplicates statements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
import requests
from requests.auth import AuthBase

from pipelines.kg.dumps import serialized

#: The credentials ``requests`` accepts: a (user, password) pair for HTTP Basic, or an authentication object.
Auth = tuple[str, str] | AuthBase | None


class RemoteStoreError(RuntimeError):
    """The remote store refused a request or could not be reached."""


@dataclass
class RemoteStore:
    """A remote SPARQL 1.1 store, with the credentials to send (``auth``: e.g. ``("user", "password")``)."""

    query_url: str | None
    update_url: str | None = None
    gsp_url: str | None = None
    auth: Auth = None
    timeout_s: float = 120.0

    def replace_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace the named graph ``graph_iri`` with the given N-Triples (Graph Store Protocol PUT)."""
        if not self.gsp_url:
            raise RemoteStoreError("no Graph Store Protocol URL configured")
        ox.NamedNode(graph_iri)  # refuse a malformed graph IRI before sending anything
        self._request(
            "PUT",
            self.gsp_url,
            params={"graph": graph_iri},
            data=ntriples,
            headers={"Content-Type": "application/n-triples"},
        )

    def drop_graph(self, graph_iri: str) -> None:
        """Delete one named graph (GSP DELETE; a graph that does not exist is not an error)."""
        if not self.gsp_url:
            raise RemoteStoreError("no Graph Store Protocol URL configured")
        ox.NamedNode(graph_iri)
        self._request("DELETE", self.gsp_url, params={"graph": graph_iri}, allow=(404,))

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update written by the program (never by a user) on the update endpoint."""
        if not self.update_url:
            raise RemoteStoreError("no SPARQL Update URL configured")
        self._request(
            "POST",
            self.update_url,
            data=sparql_update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    def select(self, sparql: str) -> list[dict]:
        """Rows of a SELECT query as {variable: pyoxigraph term}."""
        if not self.query_url:
            raise RemoteStoreError("no SPARQL query URL configured")
        response = self._request(
            "POST",
            self.query_url,
            data=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        )
        answer = ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
        if not isinstance(answer, ox.QuerySolutions):
            raise RemoteStoreError(f"POST {self.query_url}: a SELECT query was not answered with solutions")
        names = [v.value for v in answer.variables]
        return [{n: row[n] for n in names if row[n] is not None} for row in answer]

    def count(self, graph_iri: str | None = None) -> int:
        """Number of triples in one named graph, or in all named graphs when ``graph_iri`` is None."""
        if graph_iri is None:
            pattern = "GRAPH ?g { ?s ?p ?o }"
        else:
            pattern = f"GRAPH {ox.NamedNode(graph_iri)} {{ ?s ?p ?o }}"
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
        return int(rows[0]["n"].value)

    def graphs(self) -> set[str]:
        """The IRIs of the named graphs the remote store holds."""
        return {row["g"].value for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}

    def _request(self, method: str, url: str, allow: tuple[int, ...] = (), **kwargs) -> requests.Response:
        try:
            response = requests.request(method, url, auth=self.auth, timeout=self.timeout_s, **kwargs)
        except requests.RequestException as err:
            raise RemoteStoreError(f"{method} {url}: {type(err).__name__}: {err}") from None
        if response.status_code >= 300 and response.status_code not in allow:
            raise RemoteStoreError(f"{method} {url}: HTTP {response.status_code}: {response.text[:300]}")
        return response


def push_store(
    store: ox.Store, remote: RemoteStore, graphs: Iterable[str] | None = None, *, drop_missing: bool = False
) -> dict[str, int]:
    """Replace each named graph of ``store`` (or only ``graphs``) on ``remote``; return triples sent per graph.

    With ``drop_missing``, named graphs the remote holds and the local store does not are deleted, so the remote
    ends up with exactly the local named graphs (e.g. after documents were withdrawn).
    """
    local = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    selected = sorted(local if graphs is None else set(graphs))
    sent = {}
    for graph_iri in selected:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))]
        remote.replace_graph(graph_iri, serialized(triples, ox.RdfFormat.N_TRIPLES))
        sent[graph_iri] = len(triples)
    if drop_missing:
        for graph_iri in sorted(remote.graphs() - local):
            remote.drop_graph(graph_iri)
    return sent
