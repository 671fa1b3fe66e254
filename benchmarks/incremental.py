"""incremental: wall time of a run that adds 1% new documents vs a full rebuild from an empty home.

The real stages (`pipelines.stages`: collect, parse, extract, resolve, relations, load, publish) run as
plain functions with a real Extractor (built once, not timed: both sides share it), an on-disk GraphStore and
FetchState, over a generated corpus folder:

1. build a home from N documents (not compared; it sets up the previous state);
2. add N/100 new files to the corpus folder; run again on that home -> the incremental run;
3. run on an empty home over the same N + N/100 files -> the full rebuild.

The dumps (`write_graph_dumps`: Turtle, N-Triples, N-Quads, JSON-LD and VoID of the whole store, O(store) by
design) are their own asset, `graph_dumps`, which the nightly job materialises and the drop-folder sensor's
incremental job leaves out. So the incremental run is timed as that job runs (publication without dumps), and
publication is also timed with the dumps on both sides, reported separately.

Prints one JSON line: incremental_ratio (the incremental job: every stage, publication without dumps, on both
sides), incremental_ratio_with_dumps (both sides also write the dumps), and the seconds of every stage on both
sides.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import BASE, emit, make_extractor, note, run_stages, timed
from benchmarks.corpus import write_corpus


def publish_both(home_dir: Path) -> dict[str, float]:
    """Seconds of publish_graph with dumps and without, on the home's current store."""
    from pipelines import stages
    from pipelines.home import Home
    from pipelines.kg.store import GraphStore

    home = Home.at(home_dir)
    store = GraphStore(home.store)
    try:
        out = {}
        endpoint = "http://127.0.0.1:7878/query"
        snapshot = f"bench-{int(time.time() * 1000)}"
        out["publish_no_dumps"], _ = timed(stages.publish_graph, home, store, snapshot, BASE, endpoint)
        dumps, _ = timed(stages.write_graph_dumps, home, BASE, endpoint)
        out["publish_dumps"] = out["publish_no_dumps"] + dumps
        return out
    finally:
        del store


def side(home_dir: Path, sources: Path, extractor) -> dict[str, float]:
    times = run_stages(home_dir, sources, extractor, publish=False)
    times.update(publish_both(home_dir))
    core = times["total"]
    times["total_with_dumps"] = core + times["publish_dumps"]
    times["total_no_dumps"] = core + times["publish_no_dumps"]
    return times


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 documents (smoke run)")
    parser.add_argument("--docs", type=int, default=None, help="corpus size before the 1%% (default 400)")
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args(argv)
    docs = args.docs or (100 if args.quick else 400)
    added = max(1, docs // 100)

    root = Path(tempfile.mkdtemp(prefix="pg-bench-incr-"))
    try:
        extractor = make_extractor(n_process=1)
        sources = write_corpus(root / "corpus", docs, seed=5, words=args.words)
        t_initial = run_stages(root / "home_incremental", sources, extractor, write_dumps=True)
        note(f"incremental: initial build of {docs} documents: {t_initial['total']:.1f}s")
        write_corpus(root / "corpus", added, seed=5, start=docs, words=args.words)
        incremental = side(root / "home_incremental", sources, extractor)
        note(f"  incremental run (+{added}): {incremental}")
        full = side(root / "home_full", sources, extractor)
        note(f"  full rebuild ({docs + added}): {full}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    figures = {
        "benchmark": "incremental",
        "documents_before": docs,
        "documents_added": added,
        "incremental_ratio": incremental["total_no_dumps"] / full["total_no_dumps"],
        "incremental_ratio_with_dumps": incremental["total_with_dumps"] / full["total_with_dumps"],
        "incremental_ratio_measures": "the incremental job (drop-folder sensor): publication without graph_dumps",
        "incremental_s": incremental,
        "full_rebuild_s": full,
        "target_incremental_ratio": 0.03,
    }
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
