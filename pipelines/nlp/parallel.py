"""Run a function over shards of a list in forked worker processes (the extraction stage's parallelism).

Each worker is a fork of the calling process, made after the spaCy model is loaded, so the workers share the
model's memory (copy-on-write) instead of loading or unpickling it; each works through its own shard and writes its
own output files, and sends back only a small result (a report). Nothing else crosses a process boundary: unlike
`nlp.pipe(n_process=N)`, no text goes out and no `Doc` comes back through the parent.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class WorkerFailed(RuntimeError):
    """A worker raised (its traceback is the message) or died without a result (killed, out of memory)."""


def shards(items: Sequence[T], n: int) -> list[list[T]]:
    """`items` dealt round-robin into at most `n` non-empty shards (similar sizes whatever the order of sizes).

    >>> shards([1, 2, 3, 4, 5], 2)
    [[1, 3, 5], [2, 4]]
    >>> shards([1], 4)
    [[1]]
    """
    n = max(1, min(n, len(items)))
    return [list(items[i::n]) for i in range(n)]


def map_shards(fn: Callable[[list[T]], R], items: Sequence[T], n_process: int) -> list[R]:
    """`fn(shard)` for each of up to `n_process` shards of `items`, in forked processes; results in shard order.

    With one process (or fewer than two items, or inside a daemonic process) `fn` runs here, on the whole list.
    `fn` needs no pickling (the workers are forks); its result is pickled back. If a worker fails, the others are
    stopped and `WorkerFailed` is raised; a worker also dies with this process (it never outlives a killed run)."""
    parts = shards(items, n_process)
    if len(parts) <= 1 or multiprocessing.current_process().daemon:  # a daemonic process may not have children
        return [fn(list(items))]
    ctx = multiprocessing.get_context("fork")
    parent = os.getpid()
    workers = []
    try:
        for part in parts:
            receiver, sender = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_work, args=(fn, part, sender, parent), daemon=True)
            proc.start()
            sender.close()
            workers.append((proc, receiver))
        results = []
        for proc, receiver in workers:
            try:
                ok, value = receiver.recv()
            except EOFError:
                ok, value = False, f"worker {proc.pid} died without a result"
            proc.join()
            if not ok:
                raise WorkerFailed(value)
            results.append(value)
        return results
    finally:
        for proc, receiver in workers:
            if proc.is_alive():
                proc.kill()
                proc.join()
            receiver.close()


def _work(fn, part, sender, parent: int) -> None:
    _die_with_parent(parent)
    try:
        sender.send((True, fn(part)))
    except BaseException:
        sender.send((False, traceback.format_exc()))
    finally:
        sender.close()


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this worker when its parent dies (best effort elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
