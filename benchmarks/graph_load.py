"""graph_load: the project's graph-loading path vs pyoxigraph `bulk_load` of the same quads, on disk.

For N = 100k and 1M triples (10k and 100k with --quick) of synthetic extraction records shaped like a real run's:

- project: for each document, `GraphBuilder.document_quads` (statements -> quads) and `GraphStore.replace_graph`
  (one named graph per document, one transaction each), then `flush`: what `load_documents` does after reading
  the JSON files;
- bare: the same quads, serialised to N-Quads beforehand (not timed), loaded with `Store.bulk_load` into an
  empty on-disk store;
- also timed: `bulk_extend` of the prebuilt quads, quad building alone (to split the project's time), and the
  batched path proposed for `load_documents` (`load_batched` below: the graphs of many documents per
  `bulk_extend`, each graph's version quad written last in one small transaction).

Prints one JSON line: graph_load_ratio (project / bulk_load at the largest N) and the raw seconds per N.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from benchmarks.common import emit, note
from benchmarks.statements import synthetic_records
from pipelines.kg.statements import GraphBuilder
from pipelines.kg.store import GraphStore


def records_for(n_triples: int, seed: int = 11) -> tuple[list, int]:
    builder = GraphBuilder()
    records, total = [], 0
    for doc, ex in synthetic_records(seed):
        records.append((doc, ex))
        total += len(builder.document_quads(doc, ex))
        if total >= n_triples:
            return records, total
    raise AssertionError("unreachable")


_CONTENT_HASH = ox.NamedNode("https://w3id.org/policygraph/ontology#contentHash")


def load_batched(store: GraphStore, builder: GraphBuilder, records, batch_quads: int = 200_000) -> None:
    """The proposed fix for `pipelines.kg.build.load_documents`: drop the old graphs of a batch of documents,
    `bulk_extend` their facts, then add their `pg:contentHash` quads in one transaction. A run killed in between
    leaves graphs without a version, which `graph_version` reports as absent, so the next run reloads them."""
    pending: list[ox.Quad] = []
    versions: list[ox.Quad] = []

    def write() -> None:
        store.store.bulk_extend(pending)
        store.store.extend(versions)
        pending.clear()
        versions.clear()

    for doc, ex in records:
        graph = ox.NamedNode(str(builder.iris.document_graph(doc.doc_id)))
        store.remove_graph(graph)
        for q in builder.document_quads(doc, ex):
            (versions if q.predicate == _CONTENT_HASH else pending).append(q)
        if len(pending) >= batch_quads:
            write()
    write()
    store.flush()


def measure(n_triples: int, workdir: Path) -> dict:
    records, total = records_for(n_triples)
    builder = GraphBuilder()

    t0 = time.perf_counter()
    built = [(builder.document_quads(d, e), d.doc_id) for d, e in records]
    build_s = time.perf_counter() - t0
    all_quads = [q for quads, _ in built for q in quads]
    nquads = ox.serialize(all_quads, format=ox.RdfFormat.N_QUADS)

    # Project path: statements -> quads -> one replace_graph per document.
    store = GraphStore(workdir / "project")
    t0 = time.perf_counter()
    for doc, ex in records:
        store.replace_graph(ox.NamedNode(str(builder.iris.document_graph(doc.doc_id))), builder.document_quads(doc, ex))
    store.flush()
    project_s = time.perf_counter() - t0
    assert len(store) == len(set(all_quads)), "project path lost or duplicated quads"
    del store

    store = GraphStore(workdir / "batched")
    t0 = time.perf_counter()
    load_batched(store, builder, records)
    batched_s = time.perf_counter() - t0
    assert len(store) == len(set(all_quads)), "batched path lost or duplicated quads"
    del store

    bare = ox.Store(str(workdir / "bare"))
    t0 = time.perf_counter()
    bare.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    bare.flush()
    bulk_load_s = time.perf_counter() - t0
    del bare

    bare = ox.Store(str(workdir / "bare_extend"))
    t0 = time.perf_counter()
    bare.bulk_extend(all_quads)
    bare.flush()
    bulk_extend_s = time.perf_counter() - t0
    del bare

    return {
        "triples": total,
        "documents": len(records),
        "project_s": project_s,
        "build_quads_s": build_s,
        "bulk_load_s": bulk_load_s,
        "bulk_extend_s": bulk_extend_s,
        "batched_s": batched_s,
        "ratio": project_s / bulk_load_s,
        "batched_ratio": batched_s / bulk_load_s,
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k triples (smoke run)")
    parser.add_argument("--sizes", type=int, nargs="*", help="triple counts (default 100000 1000000)")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [100_000, 1_000_000])
    results = {}
    for n in sizes:
        workdir = Path(tempfile.mkdtemp(prefix="pg-bench-load-"))
        try:
            results[n] = measure(n, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        note(f"graph_load {n}: {results[n]}")
    largest = max(results)
    figures = {
        "benchmark": "graph_load",
        "graph_load_ratio": results[largest]["ratio"],
        "graph_load_ratio_batched_proposal": results[largest]["batched_ratio"],
        "target_graph_load_ratio": 2.0,
        "sizes": {str(n): r for n, r in results.items()},
    }
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
