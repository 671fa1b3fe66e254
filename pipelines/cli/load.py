"""`policygraph load`: a large local archive as successive batches of `policygraph run`, with progress, resumable."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.cli.options import UserError, check_model, home_of
from pipelines.cli.run import execute, home_lock, summary
from pipelines.home import Home

if TYPE_CHECKING:
    from pipelines.defs.runner import RunProgress


def cmd_load(args) -> int:
    """A large local archive as successive batches of at most --batch-size documents, each one `policygraph run`
    batch (without the dumps, whose cost grows with the store), until the registry holds nothing pending for it.
    The first batch reads the folder (archiving and registering every file); the others take what the registry
    holds pending, without reading the folder again. Stopped, it resumes where it was: the registry knows which
    documents are done (a file added to the folder meanwhile waits for the next run or load)."""
    from pipelines.defs.resources import DEFAULT_MAX_BATCH
    from pipelines.sources.config import PENDING_ONLY_SOURCES, load_sources

    home = home_of(args)
    folder = Path(args.folder).expanduser().resolve()
    if not folder.is_dir():
        raise UserError(f"no folder at {folder}")
    size = args.batch_size or DEFAULT_MAX_BATCH
    check_model(args.model)
    with home_lock(home):
        sources = home.load_sources_file(folder)
        sources.parent.mkdir(parents=True, exist_ok=True)
        sources.write_text(f"{args.kind}s: [{json.dumps(str(folder))}]\n", encoding="utf-8")
        config = load_sources(sources)
        home.pending_sources_file.write_text(PENDING_ONLY_SOURCES, encoding="utf-8")
        pending = load_sources(home.pending_sources_file)
        run_args = argparse.Namespace(model=args.model, processes=args.processes, no_dumps=True, batch=None)
        print(f"policygraph load: {folder} ({args.kind}s) into {home.root}, at most {size} documents per batch")
        started, done, k = time.perf_counter(), 0, 0
        processed_before = _processed(home)
        try:
            with _ctrl_c_seen() as ctrl_c:
                while True:
                    k += 1
                    sources_now = config if k == 1 else pending
                    progress = execute(run_args, home, sources_now, quiet=True, max_batch=size).progress
                    collected = progress.metadata.get("raw_documents", {})
                    done += collected.get("batch", 0)
                    left = collected.get("left_for_later", 0)
                    print(_load_line(k, size, done, left, time.perf_counter() - started, progress), flush=True)
                    if left and ctrl_c():
                        raise KeyboardInterrupt  # pressed while Dagster held the signal: its run went on to the end
                    if not left or not collected.get("batch"):
                        break
        except KeyboardInterrupt:  # the interrupted run may have got its batch into the graph all the same
            done = _processed(home) - processed_before
            print(f"policygraph load: stopped after {done} documents; the same command resumes", file=sys.stderr)
            raise
        except UserError as exc:
            done = _processed(home) - processed_before
            raise UserError(f"{exc}; stopped after {done} documents, the same command resumes") from None
    seconds = time.perf_counter() - started
    if done:
        print(f"\nLoaded {done} documents in {k} batch(es), {done / seconds:.2f} documents/s.")
    else:
        print(f"\nNothing new in {folder}: every file there is in the graph already.")
    print(summary(progress.metadata, seconds, home), flush=True)
    return 0


def _processed(home: Home) -> int:
    """Documents in the home's registry whose graph is written (what a stopped load has done, whatever its run's
    last moments were)."""
    from pipelines.sources.state import FetchState

    with FetchState(home.state_db) as state:
        return state.processed_count()


@contextlib.contextmanager
def _ctrl_c_seen():
    """A function that says whether Ctrl-C (SIGINT) came since the last call. Dagster holds a SIGINT that arrives
    between its steps' code and drops it when the run ends; the interpreter still writes every signal it receives
    to the wakeup file descriptor, whoever handles it, so `policygraph load` reads it there after each run."""
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    previous = signal.set_wakeup_fd(write_end)

    def seen() -> bool:
        try:
            return signal.SIGINT in os.read(read_end, 4096)
        except BlockingIOError:
            return False

    try:
        yield seen
    finally:
        signal.set_wakeup_fd(previous)
        os.close(read_end)
        os.close(write_end)


def _load_line(k: int, size: int, done: int, left: int, seconds: float, progress: RunProgress) -> str:
    """One batch of `policygraph load`: where it is, how fast, how long is left; the checks that failed, if any."""
    rate = done / max(seconds, 1e-6)
    line = f"batch {k} of about {k + -(-left // size)}: {done} documents so far, {rate:.2f} documents/s"
    line += f", about {left / rate:.0f} s left ({left} documents)" if left and rate else ", done"
    failed = [f"{c['check']} ({c['severity']})" for c in progress.checks if not c["passed"]]
    return line + (f"; checks failed: {', '.join(failed)}" if failed else "")
