"""Publish the graph to a remote triple store through the SPARQL 1.1 Graph Store Protocol and Protocol.

Works with any store that implements the standards (Apache Jena Fuseki, GraphDB, Virtuoso, an Oxigraph server):
give the store's query URL, update URL and Graph Store URL, e.g. for Oxigraph ``http://host:7878/query``,
``/update`` and ``/store``; for Fuseki ``http://host:3030/ds/query``, ``/ds/update`` and ``/ds/data``.

Readers never see a mixed state: each graph is first PUT under a staging name, then one SPARQL Update request
moves every staged graph onto its live name (the store runs one request as one transaction), so a failure on
the way leaves the live graphs as they were. A graph is replaced as a whole, or, for the shared graphs that a batch
changes only in part (entities, facts, cables), subject by subject: the current statements of the changed subjects
are staged, and the switch deletes those subjects' statements from the live graph and adds the staged ones, so a
batch sends what it changed, not the whole graph. Either way a re-run never duplicates statements. A ledger file
remembers the graphs and subjects a push has not delivered yet and the staging graphs it may have left behind
(`push_pending`): the next run sends the first again and drops the others in its switch, so an outage
of the remote store heals and leaves nothing behind. Requests that fail on the network or with 429/502/503/504
are retried with backoff; queries and updates are sent form-encoded (every SPARQL 1.1 server takes that form).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import requests
from requests.auth import AuthBase

from pipelines.files import read_json, write_json
from pipelines.kg.dumps import serialized

#: The credentials ``requests`` accepts: a (user, password) pair for HTTP Basic, or an authentication object.
Auth = tuple[str, str] | AuthBase | None
#: answers that say "try again later" (the request is retried with backoff)
RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: where staged graphs live until the switch (one token per push)
STAGING_PREFIX = "urn:policygraph:staging:"
#: a graph with more changed subjects than this is sent whole (the switch names every changed subject)
MAX_SUBJECTS = 20_000
#: subjects per DELETE operation of the switch
_SUBJECTS_PER_DELETE = 500


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
    retries: int = 3
    backoff_s: float = 1.0

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
        self._request("POST", self.update_url, data={"update": sparql_update})

    def select(self, sparql: str) -> list[dict]:
        """Rows of a SELECT query as {variable: pyoxigraph term}."""
        if not self.query_url:
            raise RemoteStoreError("no SPARQL query URL configured")
        response = self._request(
            "POST", self.query_url, data={"query": sparql}, headers={"Accept": "application/sparql-results+json"}
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
        """One request, retried `retries` times with exponential backoff on network errors and on 429/502/503/504
        (honouring a Retry-After in seconds, up to a minute)."""
        for attempt in range(self.retries + 1):
            wait = self.backoff_s * 2**attempt
            try:
                response = requests.request(method, url, auth=self.auth, timeout=self.timeout_s, **kwargs)
            except requests.RequestException as err:
                if attempt == self.retries:
                    raise RemoteStoreError(f"{method} {url}: {type(err).__name__}: {err}") from None
            else:
                if response.status_code not in RETRY_STATUSES or attempt == self.retries:
                    break
                after = response.headers.get("Retry-After", "")
                wait = min(float(after), 60.0) if after.isdigit() else wait
            time.sleep(wait)
        if response.status_code >= 300 and response.status_code not in allow:
            raise RemoteStoreError(f"{method} {url}: HTTP {response.status_code}: {response.text[:300]}")
        return response


def staging_names(token: str, graphs: Iterable[str]) -> dict[str, str]:
    """The staging name of each graph a push with ``token`` sends (live IRI -> staging IRI)."""
    return {graph_iri: f"{STAGING_PREFIX}{token}:{i}" for i, graph_iri in enumerate(graphs)}


def push_plan(
    graphs: Iterable[str], subjects: Mapping[str, Iterable[str]] | None = None
) -> tuple[list[str], dict[str, list[str]]]:
    """The graphs to send whole, sorted, and the others' changed subjects (graph -> sorted subject IRIs): a graph
    that is also sent whole, or that has more than `MAX_SUBJECTS` changed subjects, is sent whole."""
    whole = set(graphs)
    partial: dict[str, list[str]] = {}
    for graph_iri, changed in (subjects or {}).items():
        if graph_iri not in whole:
            partial[graph_iri] = sorted(set(changed))
            if len(partial[graph_iri]) > MAX_SUBJECTS:
                whole.add(graph_iri)
                del partial[graph_iri]
    return sorted(whole), dict(sorted(partial.items()))


def push_store(
    store: ox.Store,
    remote: RemoteStore,
    graphs: Iterable[str] | None = None,
    *,
    drop_missing: bool = False,
    token: str | None = None,
    drop: Iterable[str] = (),
    subjects: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, int]:
    """Replace each named graph of ``store`` (or only ``graphs``) on ``remote`` in one switch, and the statements of
    the changed ``subjects`` of other graphs (graph IRI -> subject IRIs); return the triples sent per graph. A graph
    of ``graphs`` the local store does not hold (or holds empty) is dropped remotely; a changed subject the local
    graph no longer describes is deleted remotely.

    Every graph is PUT under a staging name first (for a graph changed in part: the current statements of its
    changed subjects); one SPARQL Update then moves them all onto their live names (for a graph changed in part:
    deletes its changed subjects' statements and adds the staged ones), and drops the others, so readers see the
    old graphs or the new ones, never a mix. A failure before the switch leaves the live graphs as they were (the
    staged copies are deleted when the store still answers). With ``drop_missing``, named graphs the remote holds
    and the local store does not are dropped in the same switch, so the remote ends up with exactly the local named
    graphs (e.g. after documents were withdrawn). ``token`` names the staging graphs (`staging_names` of the whole
    graphs then the graphs changed in part, as `push_plan` orders them; a new token by default); ``drop``: more
    graphs to drop in the switch (the staging graphs an earlier, failed push may have left)."""
    if not (remote.gsp_url and remote.update_url):
        raise RemoteStoreError("publishing needs the Graph Store Protocol URL and the SPARQL Update URL")
    local = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    selected, partial = push_plan(local if graphs is None else graphs, subjects)
    for iri in [*selected, *partial, *(s for changed in partial.values() for s in changed)]:
        ox.NamedNode(iri)  # refuse a malformed IRI before sending anything
    names = staging_names(token or uuid.uuid4().hex, [*selected, *partial])
    staged: dict[str, str] = {}
    sent: dict[str, int] = {}
    try:
        for graph_iri in [*selected, *partial]:
            g = ox.NamedNode(graph_iri)
            if graph_iri in partial:
                found = (store.quads_for_pattern(ox.NamedNode(s), None, None, g) for s in partial[graph_iri])
                triples = [q.triple for quads in found for q in quads]
            else:
                triples = [q.triple for q in store.quads_for_pattern(None, None, None, g)]
            if triples:
                staged[graph_iri] = names[graph_iri]
                remote.replace_graph(staged[graph_iri], serialized(triples, ox.RdfFormat.N_TRIPLES))
            sent[graph_iri] = len(triples)
        dropped = [g for g in selected if g not in staged] + sorted(set(drop) - set(names.values()))
        if drop_missing:
            dropped += sorted(g for g in remote.graphs() - local if not g.startswith(STAGING_PREFIX))
        if staged or dropped or partial:
            remote.update(switch_update(staged, dropped, partial))
    except RemoteStoreError:
        for staging in staged.values():
            try:
                remote.drop_graph(staging)
            except RemoteStoreError:
                break  # the store is not answering: the next push's switch never names these
        raise
    return sent


def switch_update(
    staged: dict[str, str], dropped: Iterable[str], partial: Mapping[str, list[str]] | None = None
) -> str:
    """One SPARQL Update request: every staged graph moved onto its live name (replacing it), `dropped` dropped;
    a graph changed in part (`partial`: graph -> changed subjects) loses its changed subjects' statements and gets
    its staged ones (if any)."""
    partial = partial or {}
    operations = [f"MOVE <{staging}> TO <{live}>" for live, staging in staged.items() if live not in partial]
    for live, changed in partial.items():
        operations += _delete_subjects(live, changed)
        if live in staged:
            operations += [f"ADD <{staged[live]}> TO <{live}>", f"DROP SILENT GRAPH <{staged[live]}>"]
    operations += [f"DROP SILENT GRAPH <{graph}>" for graph in dropped]
    return " ;\n".join(operations)


def _delete_subjects(graph: str, subjects: list[str]) -> list[str]:
    """DELETE operations of every statement of `subjects` in `graph`, `_SUBJECTS_PER_DELETE` subjects each."""
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}"
    chunks = (subjects[i : i + _SUBJECTS_PER_DELETE] for i in range(0, len(subjects), _SUBJECTS_PER_DELETE))
    return [
        f"DELETE {{ {pattern} }} WHERE {{ VALUES ?s {{ {' '.join(f'<{s}>' for s in c)} }} {pattern} }}" for c in chunks
    ]


@dataclass
class Ledger:
    """What a push has not delivered yet: graphs to send whole (`pending`), subjects of graphs changed in part
    (`subjects`: graph -> subject IRIs), and the staging graphs a failed push may have left on the remote store."""

    pending: list[str]
    subjects: dict[str, list[str]]
    staging: list[str]

    def __bool__(self) -> bool:
        """Something is not delivered yet."""
        return bool(self.pending or self.subjects)


def read_ledger(ledger: Path) -> Ledger:
    """The ledger file (see `Ledger`)."""
    entry = read_json(ledger, {}) or {}
    if isinstance(entry, list):  # the ledger of earlier versions: the pending graphs only
        return Ledger(entry, {}, [])
    return Ledger(list(entry.get("pending", [])), dict(entry.get("subjects", {})), list(entry.get("staging", [])))


def push_pending(
    store: ox.Store,
    remote: RemoteStore,
    graphs: Iterable[str] | None,
    ledger: Path,
    subjects: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, int]:
    """`push_store` of ``graphs`` (every local graph when None) and the changed ``subjects`` of other graphs, plus
    what an earlier push did not deliver, as the ledger file says. The graphs and subjects, and the staging names
    they will be sent under, are written down before anything is sent and crossed off once the switch is done: a
    run that finds the remote store down fails, and the next run (even one with nothing new) sends them again (the
    subjects' statements as they are then) and drops in its switch whatever staging graph the failed one left. (A
    remote store changed for a new, empty one wants every graph: ``graphs=None``.)"""
    local = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    before = read_ledger(ledger)
    changed: dict[str, set[str]] = {}
    for source in (before.subjects, subjects or {}):
        for graph_iri, subs in source.items():
            changed.setdefault(graph_iri, set()).update(subs)
    whole, partial = push_plan({*before.pending, *(local if graphs is None else graphs)}, changed)
    if not (whole or partial):
        return {}
    token = uuid.uuid4().hex
    staging = before.staging + list(staging_names(token, [*whole, *partial]).values())
    write_json(ledger, {"pending": whole, "subjects": partial, "staging": staging})
    sent = push_store(store, remote, whole, token=token, drop=before.staging, subjects=partial)
    write_json(ledger, {"pending": [], "subjects": {}, "staging": []})
    return sent
