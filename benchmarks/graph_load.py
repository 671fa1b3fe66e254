"""graph_load: the project's graph-loading path vs pyoxigraph `bulk_load` of the same quads, on disk.

For N = 100k and 1M triples (10k and 100k with --quick) of synthetic extraction records shaped like a real run's:

- project: `pipelines.kg.build.load_records`, what the knowledge_graph stage does after reading the JSON files: for each
  document `GraphBuilder.document_quads` (statements -> quads) and the drop of its old graph, with the quads of
  many documents added per chunk (bulk-loaded when large), then the facts graph derived from the relation
  assertions (each direct triple once), then `flush`;
- bare: the same quads (document graphs and facts graph), serialised to N-Quads beforehand (not timed), loaded
  with `Store.bulk_load` into an empty on-disk store;
- also timed: `bulk_extend` of the prebuilt quads, quad building alone (to split the project's time), and the
  previous path (one `replace_graph` transaction per document).

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
from pipelines.kg.build import load_records
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


def measure(n_triples: int, workdir: Path) -> dict:
    records, total = records_for(n_triples)
    builder = GraphBuilder()

    t0 = time.perf_counter()
    built = [(builder.document_quads(d, e), d.doc_id) for d, e in records]
    build_s = time.perf_counter() - t0
    facts_graph = builder.iris.facts_graph
    facts = set().union(*(builder.relation_facts(e) for _, e in records))
    all_quads = [q for quads, _ in built for q in quads] + [ox.Quad(s, p, o, facts_graph) for s, p, o in facts]
    nquads = ox.serialize(all_quads, format=ox.RdfFormat.N_QUADS)

    # Project path: statements -> quads -> the knowledge-graph stage's loader (chunked, bulk when large).
    store = GraphStore(workdir / "project")
    t0 = time.perf_counter()
    load_records(store, records, builder)
    project_s = time.perf_counter() - t0
    assert len(store) == len(set(all_quads)), "project path lost or duplicated quads"
    del store

    # The previous path, for comparison: one replace_graph transaction per document.
    store = GraphStore(workdir / "per_document")
    t0 = time.perf_counter()
    for doc, ex in records:
        store.replace_graph(builder.iris.document_graph(doc.doc_id), builder.document_quads(doc, ex))
    store.flush()
    per_document_s = time.perf_counter() - t0
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
        "per_document_s": per_document_s,
        "ratio": project_s / bulk_load_s,
        "per_document_ratio": per_document_s / bulk_load_s,
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
        "graph_load_ratio_per_document": results[largest]["per_document_ratio"],
        "target_graph_load_ratio": 2.0,
        "sizes": {str(n): r for n, r in results.items()},
    }
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
