"""A step that opens the embedded store waits for another process's step to let go of it, however long that takes,
and finds what that step wrote: the home's store lock keeps one writer at a time, which the pool `policygraph_store`
alone does not on the local instance (Dagster's SQLite storage can give the pool's one slot to two steps that ask for
it at the same moment)."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from pipelines.home import Home

GRAPH = NamedNode("https://example.org/graph/lock-test")


def hold_store(root: str, name: str, seconds: float, rocksdb_wait: float, events) -> None:
    """Open the home's store as a step does, add one quad, keep it `seconds`; report when it had and let go of it."""
    from pipelines.defs import resources

    resources.STORE_LOCK_WAIT_S = rocksdb_wait  # how long a bare RocksDB lock is waited for
    with resources.GraphStoreResource().opened(Home.at(Path(root))) as store:
        events.put((name, "in", time.time(), len(store)))
        store.extend([Quad(GRAPH, GRAPH, Literal(name), GRAPH)])
        time.sleep(seconds)
        events.put((name, "out", time.time(), len(store)))


def test_a_store_step_waits_for_another_process_holding_the_store_longer_than_the_rocksdb_wait(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    events = ctx.Queue()
    root = str(tmp_path / "home")
    first = ctx.Process(target=hold_store, args=(root, "first", 3.0, 0.2, events))
    first.start()
    assert events.get(timeout=120)[:2] == ("first", "in")
    second = ctx.Process(target=hold_store, args=(root, "second", 0.0, 0.2, events))
    second.start()
    first.join(timeout=120)
    second.join(timeout=120)
    assert (first.exitcode, second.exitcode) == (0, 0)  # the second did not fail on RocksDB's lock after 0.2 s
    log = {(name, what): (at, quads) for name, what, at, quads in (events.get(timeout=10) for _ in range(3))}
    assert log[("second", "in")][0] >= log[("first", "out")][0]  # one holder at a time
    assert log[("second", "in")][1] == 1  # the second sees the quad the first wrote
