"""queries: p50 latency of each library query (queries/*.rq) through the project vs bare Oxigraph, on a large graph.

The graph (10M triples by default; 200k with --quick) is built from synthetic extraction records through the
project's GraphBuilder (one named graph per document) plus the real ontology and reference graphs, bulk-loaded
into an on-disk store, and cached under --cache (default /tmp/pg-bench-cache) so a second run starts at once.

For each query, alternating:
- project: `pipelines.kg.query.run_query(query, {}, store=store)`: header parameters bound to their defaults,
  prefixes declared, the query run, the rows turned into dicts (what `policygraph query` and the endpoint pay);
- bare: `store.query(text, use_default_graph_as_union=True)` of the same final text, every row's terms read.

Prints one JSON line: query_ratio_max (the largest project p50 / bare p50 over the queries), and per query the
two p50s (seconds), the ratio and the row count.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pyoxigraph as ox

from benchmarks.common import BASE, emit, note, p50
from benchmarks.statements import synthetic_records


def build_graph(path: Path, n_triples: int) -> int:
    """Write the synthetic graph into an on-disk store at `path` (reused when already built); its size."""
    from pipelines.kg.build import ontology_quads
    from pipelines.kg.namespaces import Iris
    from pipelines.kg.reference import reference_quads
    from pipelines.kg.statements import GraphBuilder
    from pipelines.paths import REFERENCE_DIR

    marker = path / "BENCH-COMPLETE"
    if marker.is_file():
        return int(marker.read_text())
    path.mkdir(parents=True, exist_ok=True)
    nquads = path.parent / (path.name + ".nq")
    builder = GraphBuilder(BASE)
    iris = Iris(BASE)
    total = 0
    t0 = time.perf_counter()
    with nquads.open("wb") as fh:
        chunk: list[ox.Quad] = list(ontology_quads(ox.NamedNode(str(iris.ontology_graph))))
        chunk += list(reference_quads(REFERENCE_DIR, BASE))
        for doc, ex in synthetic_records(seed=23):
            quads = builder.document_quads(doc, ex)
            chunk.extend(quads)
            total += len(quads)
            if len(chunk) >= 200_000 or total >= n_triples:
                fh.write(ox.serialize(chunk, format=ox.RdfFormat.N_QUADS))
                chunk = []
            if total >= n_triples:
                break
    note(f"queries: {total} document triples generated in {time.perf_counter() - t0:.0f}s; bulk loading")
    t0 = time.perf_counter()
    store = ox.Store(str(path))
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.flush()
    size = len(store)
    del store
    nquads.unlink()
    note(f"queries: {size} quads bulk-loaded in {time.perf_counter() - t0:.0f}s")
    marker.write_text(str(size))
    return size


def bare_run(store: ox.Store, text: str) -> int:
    answer = store.query(text, use_default_graph_as_union=True)
    if isinstance(answer, bool):
        return 1
    n = 0
    for row in answer:
        n += 1
        for term in row:  # read every term, as the project's row dicts do
            pass
    return n


def main(argv: list[str] | None = None) -> dict:
    from pipelines.kg.query import bind_parameters, bound_query_text, list_queries, run_query, with_prefixes

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200k triples, 3 repetitions (smoke run)")
    parser.add_argument("--triples", type=int, default=None, help="graph size (default 10,000,000)")
    parser.add_argument("--reps", type=int, default=None, help="repetitions per side (default 7; 3 with --quick)")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per query before fewer repetitions")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("PG_BENCH_CACHE", "/tmp/pg-bench-cache")))
    args = parser.parse_args(argv)
    n = args.triples or (200_000 if args.quick else 10_000_000)
    reps = args.reps or (3 if args.quick else 7)

    size = build_graph(args.cache / f"graph-{n}", n)
    store = ox.Store.read_only(str(args.cache / f"graph-{n}"))
    per_query = {}
    for q in list_queries():
        if q.name.startswith("checks/"):
            continue
        text = with_prefixes(bound_query_text(q.text, bind_parameters(q, {})))
        bare_run(store, text)  # warm the page cache for both sides
        project, bare = [], []
        rows = 0
        for i in range(reps):
            t0 = time.perf_counter()
            rows = bare_run(store, text)
            bare.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            run_query(q, {}, store=store)
            project.append(time.perf_counter() - t0)
            if sum(project) + sum(bare) > args.budget and i >= 2:
                break
        per_query[q.name] = {
            "project_p50_s": p50(project),
            "bare_p50_s": p50(bare),
            "ratio": p50(project) / p50(bare),
            "rows": rows,
            "reps": len(project),
        }
        note(f"  {q.name}: {per_query[q.name]}")
    figures = {
        "benchmark": "queries",
        "graph_quads": size,
        "query_ratio_max": max(v["ratio"] for v in per_query.values()),
        "queries": per_query,
        "target_query_ratio": 1.2,
    }
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
