"""The embedded Oxigraph store: one named graph per document, replaced whole when the document changes.

Writes are idempotent. A document graph carries its version (pg:contentHash) inside the same transaction as its
facts, so `graph_version` tells whether a graph is complete and current: a run killed between dropping and
re-adding a graph leaves it absent, and the next run simply loads it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import NamedNode, Quad, Store

from pipelines.kg.namespaces import PREFIXES

_CONTENT_HASH = NamedNode("https://w3id.org/policygraph/ontology#contentHash")


class GraphStore:
    def __init__(self, path: Path | None):
        """`path=None` gives an in-memory store (tests, benchmarks)."""
        self.path = path
        if path is not None:
            path.mkdir(parents=True, exist_ok=True)
        self.store = Store(str(path)) if path is not None else Store()

    def graph_version(self, graph: NamedNode, doc: NamedNode) -> str | None:
        for q in self.store.quads_for_pattern(doc, _CONTENT_HASH, None, graph):
            return q.object.value
        return None

    def graph_versions(self) -> dict[str, str]:
        """graph IRI -> content hash of every document graph in the store (one scan)."""
        return {q.graph_name.value: q.object.value for q in self.store.quads_for_pattern(None, _CONTENT_HASH, None)}

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Drop a named graph and add its new quads. The add is one transaction."""
        if self.store.contains_named_graph(graph):
            self.store.remove_graph(graph)
        self.store.extend(quads)

    def remove_graph(self, graph: NamedNode) -> None:
        if self.store.contains_named_graph(graph):
            self.store.remove_graph(graph)

    def bulk_replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """For large shared graphs (reference, ontology): bulk load without holding all quads in memory."""
        self.remove_graph(graph)
        self.store.bulk_extend(quads)

    def named_graphs(self) -> list[str]:
        return [g.value for g in self.store.named_graphs()]

    def __len__(self) -> int:
        return len(self.store)

    def query(self, sparql: str, substitutions: dict | None = None):
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        return self.store.query(sparql, use_default_graph_as_union=True, prefixes=prefixes, substitutions=substitutions)

    def quads(self) -> Iterator[Quad]:
        return iter(self.store)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()
