"""The embedded Oxigraph store: one named graph per document, replaced whole when the document changes.

Writes are idempotent: a graph is dropped before its quads are added, so loading the same document twice leaves
one copy. A run killed half-way leaves some graphs missing or partial; their documents are not yet marked processed
in the registry, so the next run loads them again.

The store's size is kept as it changes, not counted: `len` of an Oxigraph store is a pass over a whole index (0.5-0.8
microseconds a quad, ten minutes at 875M quads), and every batch's snapshot records it. Every write here knows how
many quads it adds or removes; the count lives in `QUAD_COUNT_FILE` inside the store's folder (RocksDB leaves files
it does not own alone, and a store deleted to be rebuilt takes its count with it). The file says "dirty" from the
first write until the next `flush`, so a process killed in between leaves a count that is recounted, never trusted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store, Triple

from pipelines.files import write_atomic
from pipelines.kg.namespaces import prefix_map

#: Below this many quads a batch is added in one transaction rather than bulk-loaded; above, it is bulk-loaded in
#: slices of this many quads.
BULK_MIN_QUADS = 50_000

#: The store's quad count, kept by the writes of `GraphStore` (see the module's docstring).
QUAD_COUNT_FILE = "policygraph-quad-count.json"


class GraphStore:
    """The store as the pipeline uses it: named graphs replaced whole, quads added, removed and matched, SPARQL with
    the project's prefixes. `store` is the raw pyoxigraph `Store`, for what needs pyoxigraph's own API on the whole
    store: publishing a snapshot (`Store.backup`, in `pipelines.kg.publish`) and pushing graphs to a remote store
    (`pipelines.kg.remote`), both of which also work on stores opened read-only outside this class."""

    def __init__(self, path: Path | None, read_only: bool = False):
        """`path=None` gives an in-memory store (tests, benchmarks); `read_only` opens a store no process writes (a
        published snapshot) without its lock."""
        self.path = path
        self._count: int | None = 0  # None: not kept (a read-only store: `len` counts)
        self._dirty = False
        if path is None:
            self.store = Store()
        elif read_only:
            self.store = Store.read_only(str(path))
            self._count = None
        else:
            path.mkdir(parents=True, exist_ok=True)
            self.store = Store(str(path))
            self._restore_count(path)

    def _restore_count(self, path: Path) -> None:
        """The count the last flush wrote, or the store counted (once) when there is none or it may be stale."""
        try:
            saved = json.loads((path / QUAD_COUNT_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = None
        if isinstance(saved, dict) and saved.get("dirty") is False and isinstance(saved.get("quads"), int):
            self._count = saved["quads"]
        else:
            self._count = len(self.store)
            self._write_count(dirty=False)

    def _write_count(self, dirty: bool) -> None:
        if self.path is not None and self._count is not None:
            data = json.dumps({"quads": self._count, "dirty": dirty}).encode()
            write_atomic(self.path / QUAD_COUNT_FILE, data)
        self._dirty = dirty

    def _changing(self) -> None:
        """Before a write: the saved count says it may be stale until the next flush."""
        if not self._dirty:
            self._write_count(dirty=True)

    def close(self) -> None:
        """Let go of the store (RocksDB's lock goes with the last reference to it): another process may open it.
        The object is unusable afterwards."""
        if self._dirty:
            self.flush()
        del self.store

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Drop a named graph and add its new quads. The add is one transaction."""
        self.remove_graph(graph)
        self.extend(quads)

    def _new(self, quads: Iterable[Quad], fresh: bool = False) -> list[Quad]:
        """`quads` without repeats and without those the store holds (not looked up when `fresh`), counted."""
        self._changing()
        new = list(dict.fromkeys(quads)) if fresh else [q for q in dict.fromkeys(quads) if q not in self.store]
        if self._count is not None:
            self._count += len(new)
        return new

    def add_bulk(self, quads: list[Quad], fresh: bool = False) -> None:
        """Add many quads at once: a bulk load (no transaction, far fewer writes) for large batches, a plain
        transaction for small ones (a bulk load always writes new files, which small runs should not pile up).
        `fresh`: the quads are all in graphs this writer has just removed, so none is in the store already (the
        count then need not look each one up).

        A bulk load sorts its quads for every index in memory, so large batches are bulk-loaded in equal slices
        of at most `BULK_MIN_QUADS`: the loader's memory stays that of one slice (measured on 1M quads in chunks
        of 200k: peak RSS +158 MB instead of +280 MB, and no slower)."""
        quads = self._new(quads, fresh)
        if len(quads) < BULK_MIN_QUADS:
            self.store.extend(quads)
            return
        size = -(-len(quads) // -(-len(quads) // BULK_MIN_QUADS))  # equal slices of at most BULK_MIN_QUADS
        for start in range(0, len(quads), size):
            self.store.bulk_extend(quads[start : start + size])

    def extend(self, quads: Iterable[Quad]) -> None:
        """Add quads in one transaction."""
        self.store.extend(self._new(quads))

    def remove(self, quads: Iterable[Quad]) -> None:
        """Remove quads (those absent are no error)."""
        self._changing()
        for q in [q for q in dict.fromkeys(quads) if q in self.store]:
            self.store.remove(q)
            if self._count is not None:
                self._count -= 1

    def remove_graph(self, graph: NamedNode) -> None:
        if self.store.contains_named_graph(graph):
            self._changing()
            if self._count is not None:
                self._count -= sum(1 for _ in self.store.quads_for_pattern(None, None, None, graph))
            self.store.remove_graph(graph)

    def add_graph(self, graph: NamedNode) -> None:
        """Make `graph` a named graph of the store even while it holds no quad."""
        self.store.add_graph(graph)

    def contains_graph(self, graph: NamedNode) -> bool:
        return self.store.contains_named_graph(graph)

    def named_graphs(self) -> list[NamedNode | BlankNode]:
        return list(self.store.named_graphs())

    def quads_for_pattern(
        self,
        subject: NamedNode | BlankNode | Triple | None,
        predicate: NamedNode | None,
        obj: NamedNode | BlankNode | Literal | Triple | None,
        graph: NamedNode | BlankNode | None = None,
    ) -> Iterator[Quad]:
        """The quads matching a pattern (None matches anything; no `graph` means any graph)."""
        return self.store.quads_for_pattern(subject, predicate, obj, graph)

    def __contains__(self, quad: Quad) -> bool:
        return quad in self.store

    def __len__(self) -> int:
        """The number of quads: kept as the store changes, counted only for a store opened read-only."""
        return len(self.store) if self._count is None else self._count

    def query(self, sparql: str, substitutions: dict | None = None, union: bool = True):
        """Run a SPARQL query with the project's prefixes; with `union` the default graph is the union of all
        graphs (what the endpoint answers), else the store's own (empty) default graph."""
        return self.store.query(
            sparql, use_default_graph_as_union=union, prefixes=prefix_map(), substitutions=substitutions
        )

    def quads(self) -> Iterator[Quad]:
        return iter(self.store)

    def flush(self) -> None:
        """Write what the store holds in memory to disk, and the quad count with it."""
        if self.path is not None:
            self.store.flush()
            if self._dirty:
                self._write_count(dirty=False)
