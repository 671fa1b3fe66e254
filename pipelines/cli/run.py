"""`policygraph run`: one Dagster run of the daily job in this process, under the home's lock, and the summary of
what the graph holds afterwards."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.cli.options import UserError, check_model, home_of
from pipelines.home import Home
from pipelines.paths import DEFAULT_SOURCES

if TYPE_CHECKING:  # the Dagster layer is imported when a command needs it (the CLI starts fast)
    from pipelines.defs.runner import JobRun


def cmd_run(args) -> int:
    from pipelines.sources.config import load_sources

    home = home_of(args)
    sources_file = Path(args.sources or os.environ.get("POLICYGRAPH_SOURCES") or DEFAULT_SOURCES)
    config = load_sources(sources_file)  # SourcesError is a UserError
    check_model(args.model)
    with home_lock(home):
        return _run(args, home, config)


@contextlib.contextmanager
def home_lock(home: Home):
    """One `policygraph run` per home at a time (the graph store is single-writer): a second one stops at once
    with one line instead of failing late on the store's lock. The lock goes with the process, however it ends."""
    home.root.mkdir(parents=True, exist_ok=True)
    with open(home.root / "run.lock", "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise UserError(
                f"{home.root} is in use by another policygraph run ({holder}): wait for it to end"
            ) from None
        fh.truncate(0)
        fh.write(f"pid {os.getpid()}\n")
        fh.flush()
        yield


def _run(args, home: Home, config) -> int:
    """The daily job (`--no-dumps`: the drop-folder sensor's job) on a new batch or, with --batch, an old one: one
    Dagster run in this process, recorded in the home's Dagster instance, with a line per stage as it ends."""
    run = execute(args, home, config, quiet=args.json)
    if args.json:
        print(json.dumps(run.progress.summary(run.batch, run.run_id, run.seconds, home), sort_keys=True, default=str))
    else:
        print(run.progress.checks_line() + "\n" + summary(run.progress.metadata, run.seconds, home), flush=True)
    return 0


def execute(args, home: Home, config, quiet: bool, max_batch: int | None = None) -> JobRun:
    """One run of the job (see `_run`), its stage lines on stdout unless `quiet`; `max_batch` caps the batch unless
    the sources file does."""
    from pipelines.defs.runner import JobFailed, run_job

    try:
        return run_job(
            home,
            config.path.resolve(),
            _batch_key(args.batch, home),
            model=args.model,
            processes=args.processes,
            with_dumps=not args.no_dumps,
            quiet=quiet,
            max_batch=max_batch,
            header=(" (re-run: same documents, nothing fetched)" if args.batch else "")
            + f", sources {config.path}, home {home.root}",
        )
    except JobFailed as failed:
        raise UserError(str(failed)) from None


def _batch_key(requested: str | None, home: Home) -> str:
    """The batch to run: a new one (named by the time) or, with --batch, one collected before (re-run)."""
    from pipelines.home import new_batch_key

    if requested is None:
        key, n = new_batch_key("cli"), 1
        while home.batch_file(key).exists():  # two runs within one second
            n += 1
            key = new_batch_key(f"cli-{n}")
        return key
    known = home.batch_keys()
    if requested not in known:
        listed = ", ".join(known[-5:]) or "none yet"
        raise UserError(f"no batch {requested!r} in {home.root} (latest: {listed}); run without --batch to collect one")
    return requested


def summary(metadata: dict, seconds: float, home: Home) -> str:
    """What the published graph holds after a run, and how to query it."""
    prog = os.path.relpath(sys.argv[0]) if sys.argv[0].endswith("policygraph") else "policygraph"
    kg = metadata.get("knowledge_graph", {})
    ent = metadata.get("entities", {})
    rel = metadata.get("relations", {})
    from pipelines.stages import published_summary

    counts = (published_summary(home) if kg else None) or {"triples": 0, "graphs": 0, "types": {}}
    types = counts["types"]
    docs = types.get("NewsArticle", 0) + types.get("Cable", 0)
    query = [
        "",
        "Query it:",
        f"  {prog} query --home {home.root} --list",
        f"  {prog} query --home {home.root} agencies-opposing-localization",
        f"  {prog} serve --home {home.root}      # SPARQL endpoint + entity pages on http://127.0.0.1:7878/",
    ]
    if not kg:
        return "\n".join(["", f"Done in {seconds:.1f}s. Nothing new: the published graph is as it was.", *query])
    lines = [
        "",
        f"Done in {seconds:.1f}s. The graph now holds:",
        f"  documents   {docs} ({types.get('NewsArticle', 0)} articles, {types.get('Cable', 0)} cables, counting cables"
        " known only by citation or report)",
        "  entities    "
        + ", ".join(f"{t} {types.get(t, 0)}" for t in ("State", "Agency", "IGO", "Firm", "Law", "DataType", "Person")),
        f"  catalogue   {ent.get('entities', 0)} entities, {ent.get('linked_to_wikidata', 0)} linked to Wikidata ("
        + ", ".join(f"{t} {v}" for t, v in (ent.get("linked_by_type") or {}).items())
        + f"; `{prog} unlinked` lists the others)",
        f"  relations   {types.get('RelationAssertion', 0)} assertions "
        f"(this run: {rel.get('relations', 0)}: {json.dumps(rel.get('relations_by_type', {}))}), "
        f"{rel.get('facts', 0)} of them facts (not facts: {json.dumps(rel.get('not_facts', {}))})",
        f"  triples     {counts['triples']} in {counts['graphs']} named graphs ({home.store})",
        *query,
    ]
    return "\n".join(lines)
