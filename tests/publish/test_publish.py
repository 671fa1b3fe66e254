"""Snapshots: a complete copy, an atomic CURRENT switch, pruning that spares what is still served."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from pipelines.kg.publish import (
    CURRENT_FILE,
    current_snapshot,
    current_snapshot_id,
    mark_serving,
    publish_snapshot,
    snapshot_store,
)


def _quads(path: Path) -> set[str]:
    store = ox.Store.read_only(str(path))
    return {str(q) for q in store}


def test_snapshot_is_a_full_copy_and_current(live_store_path: Path, tmp_path: Path):
    root = tmp_path / "published"
    snapshot = publish_snapshot(live_store_path, root, "run-1")
    assert snapshot == root / "snapshots" / "run-1"
    assert current_snapshot_id(root) == "run-1"
    assert current_snapshot(root) == snapshot
    assert _quads(snapshot_store(snapshot)) == _quads(live_store_path)
    assert len(_quads(snapshot_store(snapshot))) == 117
    assert (root / CURRENT_FILE).read_text().strip() == "run-1"


def test_snapshot_does_not_change_when_the_live_store_does(live_store_path: Path, tmp_path: Path):
    root = tmp_path / "published"
    snapshot = publish_snapshot(live_store_path, root, "run-1")
    before = _quads(snapshot_store(snapshot))
    live = ox.Store(str(live_store_path))
    live.clear()
    live.flush()
    del live
    assert _quads(snapshot_store(snapshot)) == before


def test_prune_keeps_current_previous_and_served(live_store_path: Path, tmp_path: Path):
    root = tmp_path / "published"
    first = publish_snapshot(live_store_path, root, "run-1")
    marker = mark_serving(first)  # a server still reads run-1
    publish_snapshot(live_store_path, root, "run-2")
    publish_snapshot(live_store_path, root, "run-3")
    publish_snapshot(live_store_path, root, "run-4")
    names = sorted(p.name for p in (root / "snapshots").iterdir())
    assert names == ["run-1", "run-3", "run-4"]
    marker.unlink()
    publish_snapshot(live_store_path, root, "run-5")
    assert sorted(p.name for p in (root / "snapshots").iterdir()) == ["run-4", "run-5"]


def test_republishing_an_id_never_rewrites_the_served_snapshot(live_store_path: Path, tmp_path: Path):
    root = tmp_path / "published"
    first = publish_snapshot(live_store_path, root, "nightly")
    second = publish_snapshot(live_store_path, root, "nightly")
    assert first != second and first.is_dir() and second.is_dir()
    assert current_snapshot(root) == second


def test_leftovers_of_a_killed_publication_are_removed(live_store_path: Path, tmp_path: Path):
    root = tmp_path / "published"
    publish_snapshot(live_store_path, root, "run-1")
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    half = root / "snapshots" / f".tmp-{dead_pid}-abc"
    (half / "store").mkdir(parents=True)
    (half / "store" / "junk").write_bytes(b"partial")
    publish_snapshot(live_store_path, root, "run-2")
    assert not half.exists()
    assert current_snapshot_id(root) == "run-2"


def test_current_never_names_a_missing_snapshot(tmp_path: Path):
    root = tmp_path / "published"
    root.mkdir()
    assert current_snapshot(root) is None
    (root / CURRENT_FILE).write_text("run-9\n")
    assert current_snapshot(root) is None  # named but absent: treated as nothing published


@pytest.mark.parametrize("bad", ["../escape", "a/b", "", ".hidden", "x" * 200])
def test_unsafe_snapshot_ids_are_refused(live_store_path: Path, tmp_path: Path, bad: str):
    with pytest.raises(ValueError):
        publish_snapshot(live_store_path, tmp_path / "published", bad)
    assert not os.path.exists(tmp_path / "escape")


def test_an_open_live_store_can_be_passed(live_store_path: Path, tmp_path: Path):
    live = ox.Store(str(live_store_path))
    snapshot = publish_snapshot(live_store_path, tmp_path / "published", "run-1", store=live)
    live.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/b"), ox.Literal("c")))
    del live
    assert len(_quads(snapshot_store(snapshot))) == 117


KILLER = """
import sys
from pathlib import Path
from pipelines.kg.publish import publish_snapshot
store, root = Path(sys.argv[1]), Path(sys.argv[2])
n = 0
while True:
    n += 1
    publish_snapshot(store, root, f"loop-{n}", dumps_base="https://w3id.org/policygraph/")
    print(n, flush=True)
"""


@pytest.mark.parametrize("delay", [0.3, 0.9, 1.7])
def test_a_publication_killed_at_any_moment_leaves_a_complete_current_snapshot(
    live_store_path: Path, tmp_path: Path, delay: float
):
    import signal
    import subprocess
    import sys
    import time

    from pipelines.kg.publish import open_current

    root = tmp_path / "published"
    publish_snapshot(live_store_path, root, "first")
    process = subprocess.Popen([sys.executable, "-c", KILLER, str(live_store_path), str(root)], stdout=subprocess.PIPE)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)  # kill -9: no cleanup code runs
    process.wait()
    store = open_current(root)
    assert store is not None and len(store) == 117  # whatever CURRENT names is complete
    del store
    publish_snapshot(live_store_path, root, "after")  # and the next publication cleans up and succeeds
    assert current_snapshot_id(root) == "after"
    assert not list((root / "snapshots").glob(".tmp-*"))
