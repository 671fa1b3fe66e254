"""scale: throughput, memory and store-size dependence of a run with its checks, on synthetic cables and articles.

1. End to end (`run_stages` with the graph checks: collect .. load, SHACL and violation queries on the
   batch, publication without dumps), `--processes` spaCy processes (default 1), over `--docs` generated documents
   (`benchmarks.corpus`: the sample corpus's article and cable templates with the reference tables' names), in
   batches of at most `--max-batch` (a run each, its snapshot published, as `policygraph load` runs them):
   `docs_per_second`, each batch's seconds (`batch_seconds`), and `peak_rss_mb` of the whole run (this process,
   the model included; with `--processes` 2 or more, each spaCy worker process holds its own model besides).
2. What a batch costs as the store grows, without spaCy (synthetic extraction records, `benchmarks.statements`):
   a batch of `--batch` documents loaded into an on-disk store of `--store` documents and into one 10x bigger,
   then the checks of that batch and its snapshot; `batch_cost_ratio_10x` = cost on the bigger store / cost on the
   smaller. The whole-store passes of the daily job, the graph summary (`summary_s`) and the violation queries
   (`sweep_queries_s`), are timed beside them.
3. Two partitions at once, through Dagster as `policygraph run` runs them (`pipelines.defs.runner.run_job`, 1 spaCy
   process, no dumps, the home's instance with its pool `policygraph_store`): the wall time of one run of a batch of
   `--partition` documents in a child process, then of two runs of such batches started together on one home (each
   in its own process; claims give each its own documents). `two_partition_speedup` = 2 x one / two at once.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import BASE, emit, make_extractor, note, peak_rss_mb, run_stages, timed
from benchmarks.corpus import write_corpus
from pipelines.defs.resources import DEFAULT_MAX_BATCH


def end_to_end(root: Path, docs: int, processes: int = 1, max_batch: int = DEFAULT_MAX_BATCH) -> dict:
    """`docs` documents in batches of at most `max_batch`, one run each (as `policygraph load` runs them): seconds
    per stage over all batches, and each batch's seconds (a cost that grew with the store would show there)."""
    from pipelines.sources.config import PENDING_ONLY_SOURCES

    sources = write_corpus(root / "corpus", docs, seed=13)
    pending = root / "pending-only.yaml"
    pending.write_text(PENDING_ONLY_SOURCES, encoding="utf-8")
    extractor = make_extractor(n_process=processes)
    seconds: dict[str, float] = {}
    batches = []
    for done in range(0, docs, max_batch):
        then = sources if done == 0 else pending  # as `policygraph load`: the folder is read by the first batch
        times = run_stages(root / "home", then, extractor, write_dumps=False, checks=True, max_batch=max_batch)
        for stage, t in times.items():
            seconds[stage] = seconds.get(stage, 0.0) + t
        batches.append(round(times["total"], 1))
        note(f"scale: batch {len(batches)} ({done + min(max_batch, docs - done)} of {docs} documents): {times}")
    return {"docs": docs, "seconds": seconds, "batch_seconds": batches, "docs_per_second": docs / seconds["total"]}


def store_of(path: Path, docs: int):
    """An on-disk store holding `docs` synthetic documents (and the shared graphs, entities and facts)."""
    from benchmarks.statements import synthetic_records
    from pipelines.home import Home
    from pipelines.kg.build import load_entities, load_records, load_shared_graphs
    from pipelines.kg.statements import GraphBuilder
    from pipelines.kg.store import GraphStore

    home = Home.at(path)
    home.work.mkdir(parents=True, exist_ok=True)
    store, builder = GraphStore(home.store), GraphBuilder(BASE)
    load_shared_graphs(store, home.shared_graphs_file, BASE)
    catalogue: dict[str, dict] = {}
    records = synthetic_records(seed=3)
    for start in range(0, docs, 1000):  # in slices: the records of a big store are not held at once
        chunk = list(itertools.islice(records, min(1000, docs - start)))
        load_records(store, chunk, builder)
        for doc, ex in chunk:
            for m in ex.mentions:
                entry = catalogue.setdefault(m.entity_id, {"type": m.type, "label": m.label, "qid": m.qid, "docs": []})
                entry["docs"].append(doc.doc_id)
    load_entities(store, catalogue.items(), builder)
    # a store at rest, as a deployment's is between batches: the compaction a bulk build leaves to RocksDB's
    # background threads would otherwise run during the timed batch, on the same two cores
    store.flush()
    store.store.optimize()
    return store


def batch_cost(root: Path, store_docs: int, batch: int, repeats: int = 3) -> dict:
    """Seconds of loading, checking and publishing a batch of `batch` new documents on a store of `store_docs`, by
    the pipeline's path: the load writes the graphs for the checks (`written`), the checks' units are made from
    them and gathered into groups in files (`checks_s`: that export and the checks). One untimed batch first (the
    first batch of a process also pays for imports and caches), then `repeats` batches of other new documents;
    each figure is the median of those (a single batch of a few seconds on a shared host varied by 2x)."""
    from benchmarks.statements import synthetic_record
    from pipelines import stages
    from pipelines.home import Home

    t0 = time.perf_counter()
    home = Home.at(root / f"store-{store_docs}")
    store = store_of(home.root, store_docs)
    note(f"scale: store of {store_docs} documents ({len(store):,} quads) built in {time.perf_counter() - t0:.0f} s")
    queries = {path.stem: path for path in stages.violation_query_files()}
    runs: list[dict] = []
    for attempt in range(repeats + 1):
        records = [synthetic_record(4 + attempt, i) for i in range(batch)]
        run = _one_batch(home, store, records, root / f"batch-{store_docs}-{attempt}", queries)
        if attempt:  # the first is the warm-up
            runs.append(run)
    out: dict = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    out["batch_s_each"] = [round(r["batch_s"], 3) for r in runs]
    out["store_quads"] = len(store)
    out["summary_s"], _ = timed(stages.graph_summary, store, BASE)  # the whole store: daily, not per batch
    out["sweep_queries_s"], _ = timed(lambda: [stages.run_violation_query(store, p) for p in queries.values()])
    return out


def _one_batch(home, store, records: list, folder: Path, queries: dict) -> dict:
    """Seconds of loading `records`, checking them and publishing the store, as a run does."""
    from pipelines import stages
    from pipelines.kg.build import load_records
    from pipelines.kg.checks import check_groups, loaded_units, read_groups, write_units
    from pipelines.kg.namespaces import Iris
    from pipelines.kg.statements import GraphBuilder

    folder.mkdir(parents=True)
    written, units = folder / "loaded.nq", folder / "units"

    def load() -> None:
        with written.open("wb") as out:
            load_records(store, records, GraphBuilder(BASE), written=out)

    def check() -> None:
        write_units(units, loaded_units(store, written, Iris(BASE)))
        check_groups(read_groups(units), queries)

    run = {}
    run["load_s"], _ = timed(load)
    run["checks_s"], _ = timed(check)
    run["publish_s"], _ = timed(stages.publish_graph, home, store, "batch", BASE, "http://127.0.0.1:7878/query")
    run["batch_s"] = run["load_s"] + run["checks_s"] + run["publish_s"]
    return run


def _run_one(home: str, sources: str, key: str, docs: int, results) -> None:
    from pipelines.defs.runner import JobFailed, run_job
    from pipelines.home import Home
    from pipelines.nlp.settings import DEFAULT_MODEL

    try:
        run_job(Home.at(Path(home)), Path(sources), key, model=DEFAULT_MODEL, processes=1, with_dumps=False,
                quiet=True, max_batch=docs)  # fmt: skip
        results.put((key, "ok"))
    except JobFailed as exc:
        results.put((key, str(exc)))


def partitions_at_once(root: Path, docs: int, how_many: int) -> float:
    """Wall seconds of `how_many` runs of batches of `docs` documents started together on one new home."""
    from pipelines.defs.runner import home_instance
    from pipelines.home import Home, new_batch_key

    sources = write_corpus(root / "corpus", docs * how_many, seed=17)
    home = Home.at(root / "home")
    home_instance(home).dispose()
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    keys = [new_batch_key(f"part{i}") for i in range(how_many)]
    started = time.perf_counter()
    procs = [ctx.Process(target=_run_one, args=(str(home.root), str(sources), k, docs, results)) for k in keys]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=7200) for _ in procs]
    for proc in procs:
        proc.join()
    seconds = time.perf_counter() - started
    failed = [o for o in outcomes if o[1] != "ok"]
    if failed:
        raise RuntimeError(f"a partition failed: {failed}")
    return seconds


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke sizes (30 documents end to end; stores 50/500)")
    parser.add_argument("--processes", type=int, default=1, help="spaCy processes end to end (default 1)")
    parser.add_argument("--docs", type=int, default=None, help="documents end to end (default 500)")
    parser.add_argument("--store", type=int, default=None, help="documents of the smaller store (default 500)")
    parser.add_argument("--batch", type=int, default=None, help="documents of the batch (default: 1%% of the bigger)")
    parser.add_argument("--partition", type=int, default=None, help="documents per partition (default 200)")
    parser.add_argument(
        "--max-batch", type=int, default=DEFAULT_MAX_BATCH, help=f"end to end batch cap (default {DEFAULT_MAX_BATCH})"
    )
    parser.add_argument("--end-to-end-only", action="store_true", help="part 1 alone (the store parts are skipped)")
    args = parser.parse_args(argv)
    docs = args.docs or (30 if args.quick else 500)
    small = args.store or (50 if args.quick else 500)
    batch = args.batch or max(1, small * 10 // 100)
    partition = args.partition or (10 if args.quick else 200)

    root = Path(tempfile.mkdtemp(prefix="pg-bench-scale-"))
    try:
        run = end_to_end(root / "e2e", docs, args.processes, args.max_batch)
        peak = peak_rss_mb()
        note(f"scale: {docs} documents end to end: {run['seconds']}, peak RSS {peak:.0f} MB")
        figures = {
            "benchmark": "scale",
            "docs": docs,
            "docs_per_second": run["docs_per_second"],
            "end_to_end_s": run["seconds"],
            "max_batch": args.max_batch,
            "batch_seconds": run["batch_seconds"],
            "processes": args.processes,
            "peak_rss_mb": peak,
        }
        if not args.end_to_end_only:
            figures.update(store_parts(root, small, batch, partition))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    emit(figures)
    return figures


def store_parts(root: Path, small: int, batch: int, partition: int) -> dict:
    """Parts 2 and 3: a batch on two stores 10x apart, and two partitions at once."""
    costs = {n: batch_cost(root, n, batch) for n in (small, 10 * small)}
    note(f"scale: batch of {batch}: {costs}")
    one = partitions_at_once(root / "one", partition, 1)
    two = partitions_at_once(root / "two", partition, 2)
    note(f"scale: partitions of {partition} documents: one {one:.1f} s, two at once {two:.1f} s")
    return {
        "batch_documents": batch,
        "store_documents": [small, 10 * small],
        "batch_cost_ratio_10x": costs[10 * small]["batch_s"] / costs[small]["batch_s"],
        "batch_cost_s": {str(n): c for n, c in costs.items()},
        "partition_documents": partition,
        "one_partition_s": one,
        "two_partitions_s": two,
        "two_partition_speedup": 2 * one / two,
    }


if __name__ == "__main__":
    main()
