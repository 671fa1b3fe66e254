"""Shared helpers of the benchmark scripts: timing, peak memory, running the real stages over a home folder."""

from __future__ import annotations

import dataclasses
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

BASE = "https://w3id.org/policygraph/"


def emit(figures: dict) -> None:
    """Print the benchmark's one JSON line on stdout (rounded floats); progress goes to stderr."""

    def tidy(v):
        if isinstance(v, float):
            return round(v, 4)
        if isinstance(v, dict):
            return {k: tidy(x) for k, x in v.items()}
        return v

    print(json.dumps({k: tidy(v) for k, v in figures.items()}, sort_keys=True), flush=True)


def note(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux ru_maxrss is in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable, *args, **kwargs) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t0, out


def p50(samples: list[float]) -> float:
    return statistics.median(samples)


def run_stages(
    home_dir: Path,
    sources_file: Path,
    extractor,
    write_dumps: bool = True,
    publish: bool = True,
    peaks: dict[str, float] | None = None,
    checks: bool = False,
    max_batch: int | None = None,
) -> dict[str, float]:
    """Run every stage of `policygraph run` (as plain functions, no Dagster) once; seconds per stage. With
    `checks`, the graph checks too (SHACL and the violation queries on the batch's graphs; not the reasoner).
    `max_batch` caps the batch as the run's resource does (the others stay pending for the next call).

    With `peaks`, the process's peak RSS (MB) after each stage is recorded in it (which stage raised the peak)."""
    from pipelines import stages
    from pipelines.home import Home, new_batch_key
    from pipelines.kg.statements import GraphBuilder
    from pipelines.kg.store import GraphStore
    from pipelines.sources.config import load_sources
    from pipelines.sources.state import FetchState

    home = Home.at(home_dir)
    home.root.mkdir(parents=True, exist_ok=True)
    config = load_sources(sources_file)
    if max_batch is not None:
        config = dataclasses.replace(config, max_batch=max_batch)
    times: dict[str, float] = {}
    batch = new_batch_key(f"bench-{len(home.batch_keys())}")  # each call is one run: a new batch

    def timed(fn, *args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        if peaks is not None:
            peaks[fn.__name__] = peak_rss_mb()
        return time.perf_counter() - t0, out

    state = FetchState(home.state_db)
    store = GraphStore(home.store)
    try:
        times["collect"], _ = timed(stages.collect_raw_documents, home, batch, config, None, state)
        times["parse"], _ = timed(stages.parse_documents, home, batch, state)
        times["extract"], _ = timed(stages.extract_mentions, home, batch, lambda: extractor)
        times["resolve"], _ = timed(stages.resolve_entities, home, batch)
        times["relations"], _ = timed(stages.check_relations, home, batch)
        times["load"], _ = timed(stages.load_knowledge_graph, home, batch, store, state, GraphBuilder(BASE))
        if checks:
            times["export_checks"], _ = timed(stages.export_checks, home, batch, store, BASE)
            times["checks"], _ = timed(stages.check_graph, home, batch, workers=extractor.settings.n_process)
        if publish:
            snapshot = f"bench-{int(time.time() * 1000)}"
            times["publish"], _ = timed(
                stages.publish_graph, home, store, snapshot, BASE, "http://127.0.0.1:7878/query"
            )
            if write_dumps:
                times["dumps"], _ = timed(stages.write_graph_dumps, home, BASE, "http://127.0.0.1:7878/query")
    finally:
        state.close()
        del store
    times["total"] = sum(times.values())
    return times


def make_extractor(n_process: int = 1, batch_size: int | None = None):
    """The extractor as a run builds it (the settings' default batch size unless given)."""
    from pipelines.nlp.extract import Extractor
    from pipelines.nlp.settings import NlpSettings

    settings = NlpSettings(n_process=n_process)
    return Extractor(settings if batch_size is None else NlpSettings(n_process=n_process, batch_size=batch_size))
