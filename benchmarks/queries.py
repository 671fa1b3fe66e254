"""queries: p50 latency of each library query (queries/*.rq) through the project vs bare Oxigraph, on a large graph.

The graph (10M document triples by default; 200k with --quick) is built from synthetic extraction records by the
knowledge-graph stage's own load functions (`pipelines.kg.build`: one named graph per document, the facts graph,
the entities graph from an entity catalogue, the real ontology and reference graphs) into an on-disk store, and
cached under --cache (default: pg-bench-cache in the system temporary folder) so a second run starts at once.

For each query, alternating, in a child process (so that a query that runs away in time or memory is stopped
at --timeout seconds / --memory-gb and reported, instead of stopping the benchmark):
- project: `pipelines.kg.query.run_query(query, {}, store=store)`: header parameters bound to their defaults,
  prefixes declared, the query run, the rows turned into dicts (what `policygraph query` and the endpoint pay);
- bare: `store.query(text, use_default_graph_as_union=True)` of the same final text, every row's terms read.

Prints one JSON line: query_ratio_max (the largest project p50 / bare p50 over the queries that finished), the
queries that did not finish, and per query the two p50s (seconds), the ratio and the row count.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from benchmarks.common import BASE, emit, note, p50
from benchmarks.statements import synthetic_records


def build_graph(path: Path, n_triples: int) -> int:
    """Write the synthetic graph into an on-disk store at `path` (reused when already built); its size.

    Built by the knowledge-graph stage's own code: `load_shared_graphs` (ontology and reference graphs),
    `load_records` (document graphs in bulk-loaded chunks, and the facts graph), `load_entities` (the entities
    graph from an entity catalogue kept as `resolve_entities` keeps it)."""
    from pipelines.home import Home
    from pipelines.kg.build import LoadReport, load_entities, load_records, load_shared_graphs
    from pipelines.kg.statements import GraphBuilder
    from pipelines.kg.store import GraphStore

    marker = path / "BENCH-COMPLETE"
    if marker.is_file():
        return int(marker.read_text())
    path.mkdir(parents=True, exist_ok=True)
    builder = GraphBuilder(BASE)
    store = GraphStore(path / "store")
    t0 = time.perf_counter()
    load_shared_graphs(store, Home.at(path / "home").shared_graphs_file, BASE)
    catalogue: dict[str, dict] = {}
    report = LoadReport()

    def records():
        for doc, ex in synthetic_records(seed=23):
            if report.quads >= n_triples:
                return
            for m in ex.mentions:
                entry = catalogue.setdefault(m.entity_id, {"type": m.type, "label": m.label, "qid": m.qid})
                entry["qid"] = entry["qid"] or m.qid
            yield doc, ex

    load_records(store, records(), builder, report)
    load_entities(store, catalogue.items(), builder)
    store.flush()
    size = len(store)
    note(f"queries: {report.quads} document quads from {len(report.loaded)} documents, {size} quads in all, loaded")
    note(f"queries: in {time.perf_counter() - t0:.0f}s")
    del store
    marker.write_text(str(size))
    return size


def bare_run(store: ox.Store, text: str) -> int:
    answer = store.query(text, use_default_graph_as_union=True)
    if isinstance(answer, bool):
        return 1
    if isinstance(answer, ox.QuerySolutions):
        return len([tuple(row) for row in answer])  # every term read, as the project's row dicts do
    return len(list(answer))  # CONSTRUCT/DESCRIBE triples


def measure_query(store_path: str, name: str, reps: int, budget: float) -> dict:
    """In the child: alternate bare and project runs of one library query; their times and the row count."""
    from pipelines.kg.query import bind_parameters, bound_query_text, find_query, run_query, with_prefixes

    q = find_query(name)
    store = ox.Store.read_only(str(Path(store_path) / "store"))
    text = with_prefixes(bound_query_text(q.text, bind_parameters(q, {})))
    bare_run(store, text)  # warm the page cache for both sides
    project, bare, rows = [], [], 0
    for i in range(reps):
        t0 = time.perf_counter()
        rows = bare_run(store, text)
        bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        run_query(q, {}, store=store)
        project.append(time.perf_counter() - t0)
        if sum(project) + sum(bare) > budget and i >= 2:
            break
    return {"project": project, "bare": bare, "rows": rows}


def run_child(store_path: Path, name: str, reps: int, budget: float, timeout: float, memory_gb: float) -> dict:
    def limit_memory() -> None:
        cap = int(memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    args = [sys.executable, "-m", "benchmarks.queries", "--child", str(store_path), name, "--reps", str(reps)]
    args += ["--budget", str(budget)]
    try:
        out = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=limit_memory,
            cwd=Path(__file__).resolve().parents[1],
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f}s"}
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or [""])[0][:160]
        return {"error": f"failed (exit {out.returncode}; memory cap {memory_gb} GB): {last}"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    from pipelines.kg.query import list_queries

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200k triples, 3 repetitions (smoke run)")
    parser.add_argument("--triples", type=int, default=None, help="graph size (default 10,000,000)")
    parser.add_argument("--reps", type=int, default=None, help="repetitions per side (default 7; 3 with --quick)")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per query before fewer repetitions")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per query (default 300; 30 quick)")
    parser.add_argument("--memory-gb", type=float, default=6.0, help="address-space cap of the query process")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(os.environ.get("PG_BENCH_CACHE") or Path(tempfile.gettempdir()) / "pg-bench-cache"),
    )
    parser.add_argument("--child", nargs=2, metavar=("STORE", "QUERY"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    n = args.triples or (200_000 if args.quick else 10_000_000)
    reps = args.reps or (3 if args.quick else 7)
    if args.child:
        print(json.dumps(measure_query(args.child[0], args.child[1], reps, args.budget)))
        return {}
    timeout = args.timeout or (30.0 if args.quick else 300.0)

    store_path = args.cache / f"graph-{n}-stage-load"
    size = build_graph(store_path, n)
    per_query, failed = {}, {}
    for q in list_queries():
        if q.name.startswith("checks/"):
            continue
        r = run_child(store_path, q.name, reps, args.budget, timeout, args.memory_gb)
        if "error" in r:
            failed[q.name] = r["error"]
            note(f"  {q.name}: {r['error']}")
            continue
        per_query[q.name] = {
            "project_p50_s": p50(r["project"]),
            "bare_p50_s": p50(r["bare"]),
            "ratio": p50(r["project"]) / p50(r["bare"]),
            "rows": r["rows"],
            "reps": len(r["project"]),
        }
        note(f"  {q.name}: {per_query[q.name]}")
    figures = {
        "benchmark": "queries",
        "graph_quads": size,
        "query_ratio_max": max((v["ratio"] for v in per_query.values()), default=float("nan")),
        "queries_finished": len(per_query),
        "queries_not_finished": failed,
        "queries": per_query,
        "target_query_ratio": 1.2,
    }
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
