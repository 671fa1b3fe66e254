"""Publish an immutable snapshot of the live store so that readers never see a half-written graph.

Layout under a published root (by convention ``HOME/published``)::

    published/
      CURRENT                     # one line: the id of the current snapshot (switched by os.replace)
      snapshots/<id>/store/       # an Oxigraph store, a copy of the live store (never written again)
      snapshots/<id>/snapshot.json
      snapshots/<id>/dumps/       # optional: Turtle, N-Triples, N-Quads, JSON-LD, void.ttl, service description
      snapshots/<id>/.serving-*   # markers of the servers reading this snapshot (prune keeps it)

Why a copy: Oxigraph documents that reading a store while another process writes it is undefined behaviour, so the
SPARQL server only ever opens snapshots. ``Store.backup`` hard-links the immutable RocksDB files when source and
target share a file system, so a snapshot is cheap. A run killed during publication leaves at most a ``.tmp-*``
folder (removed by the next publication); CURRENT always names a complete snapshot.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from pipelines.files import fsync_dir, fsync_tree, write_atomic

CURRENT_FILE = "CURRENT"
SNAPSHOTS_DIR = "snapshots"
STORE_DIR = "store"
MANIFEST_FILE = "snapshot.json"
DUMPS_DIR = "dumps"
_SERVING_PREFIX = ".serving-"
_TMP_PREFIX = ".tmp-"
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def publish_snapshot(
    store_path: Path,
    published_root: Path,
    snapshot_id: str,
    *,
    store: ox.Store | None = None,
    dumps_base: str | None = None,
    endpoint_url: str = "http://127.0.0.1:7878/query",
    download_base: str | None = None,
    generation: str | None = None,
    quads: int | None = None,
) -> Path:
    """Copy the live store at ``store_path`` into a new snapshot and make it current; return the snapshot folder.

    ``store`` may be given when the caller already holds the live store open (a second open of the same on-disk
    store in one process would fail on RocksDB's lock). Otherwise the store is opened read-write, which also
    proves that no other process is writing it during the copy. With ``dumps_base`` (the data base IRI), the
    dumps, ``void.ttl`` and ``service-description.ttl`` are written from the copy into ``<snapshot>/dumps/``
    before the switch, so they always match what is served. Old snapshots are pruned, keeping the current one,
    the previous one and any snapshot a live server still reads. ``generation`` (the store's state, see
    `pipelines.stages.unpublished_changes`) is kept in the manifest as ``graph_generation``; ``quads``, the
    store's size as its writer keeps it (`GraphStore.__len__`), in the manifest's ``quads`` (else counted, a pass
    over the copy).
    """
    if not _SAFE_ID.match(snapshot_id):
        raise ValueError(f"snapshot id must match {_SAFE_ID.pattern}: {snapshot_id!r}")
    root = Path(published_root)
    snapshots = root / SNAPSHOTS_DIR
    snapshots.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(snapshots)

    final = _unused_dir(snapshots, snapshot_id)
    tmp = Path(tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-", dir=snapshots))
    try:
        _copy_store(store_path, store, tmp / STORE_DIR)
        manifest = _manifest(
            final.name, store_path, _count_quads(tmp / STORE_DIR) if quads is None else quads, generation
        )
        if dumps_base is not None:
            manifest["dumps"] = _write_release(
                tmp / STORE_DIR, tmp / DUMPS_DIR, dumps_base, endpoint_url, download_base
            )
        (tmp / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        fsync_tree(tmp)
        os.rename(tmp, final)  # atomic on one file system; `final` is unused so no reader can be affected
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    previous = current_snapshot_id(root)
    _write_current(root, final.name)
    prune_snapshots(root, keep={final.name} if previous is None else {final.name, previous})
    return final


def _copy_store(store_path: Path, store: ox.Store | None, target: Path) -> None:
    """Back up the live store into `target` (through `store` when the caller holds it open, else opened here)."""
    source = store if store is not None else ox.Store(str(store_path))
    try:
        source.flush()
        source.backup(str(target))
    finally:
        if store is None:
            del source


def _manifest(snapshot_id: str, store_path: Path, quads: int, generation: str | None) -> dict:
    """The snapshot's manifest: id, creation time, the store it copies, its quads and the graph generation."""
    manifest: dict = {
        "id": snapshot_id,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": str(store_path),
        "quads": quads,
    }
    if generation is not None:
        manifest["graph_generation"] = generation
    return manifest


def _write_release(store_dir: Path, out: Path, base: str, endpoint_url: str, download_base: str | None) -> dict:
    """Dumps, void.ttl and service-description.ttl of the store at `store_dir` into `out`; paths relative to the
    snapshot folder (`dumps/<name>`), since `out` is renamed into place afterwards."""
    from pipelines.kg.dumps import write_dumps
    from pipelines.kg.void import write_descriptions

    copy = ox.Store.read_only(str(store_dir))
    try:
        written = write_dumps(copy, out, base)
        write_descriptions(copy, out, base, endpoint_url, written, download_base=download_base)
    finally:
        del copy
    return {name: {**entry, "path": f"{DUMPS_DIR}/{name}"} for name, entry in written["files"].items()}


def write_snapshot_dumps(
    published_root: Path, base: str, endpoint_url: str = "http://127.0.0.1:7878/query", download_base: str | None = None
) -> tuple[str | None, dict]:
    """Write the dumps and descriptions of the CURRENT snapshot into its ``dumps/`` folder, if not there yet.

    Dumps cost a pass over the whole store, so they are their own step (in the nightly job) instead of part of
    every small publication. They go into the snapshot they were made from (through a temporary folder renamed
    into place), so downloads always match a published state. Returns (snapshot id, file name -> bytes).
    """
    snapshot = current_snapshot(published_root)
    if snapshot is None:
        return None, {}
    final = snapshot / DUMPS_DIR
    if final.is_dir():
        return snapshot.name, {}
    _remove_stale_temporaries(snapshot)  # left by a dumps run that was killed
    tmp = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=snapshot))
    try:
        files = _write_release(snapshot / STORE_DIR, tmp, base, endpoint_url, download_base)
        fsync_tree(tmp)
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return snapshot.name, {name: entry["bytes"] for name, entry in files.items()}


def current_snapshot_id(published_root: Path) -> str | None:
    """The id named by CURRENT, or None when nothing was published (or CURRENT names a missing snapshot)."""
    try:
        name = (Path(published_root) / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    if not _SAFE_ID.match(name) or not (Path(published_root) / SNAPSHOTS_DIR / name / STORE_DIR).is_dir():
        return None
    return name


def current_snapshot(published_root: Path) -> Path | None:
    """The folder of the current snapshot (holding ``store/`` and ``snapshot.json``), or None."""
    name = current_snapshot_id(published_root)
    return None if name is None else Path(published_root) / SNAPSHOTS_DIR / name


def open_current(published_root: Path) -> ox.Store | None:
    """The current snapshot opened read-only (safe: snapshots are never written), e.g. for ``policygraph query``."""
    snapshot = current_snapshot(published_root)
    return None if snapshot is None else ox.Store.read_only(str(snapshot_store(snapshot)))


def snapshot_store(snapshot_dir: Path) -> Path:
    """The Oxigraph store folder inside a snapshot (what ``oxigraph serve-read-only --location`` opens)."""
    return Path(snapshot_dir) / STORE_DIR


def prune_snapshots(published_root: Path, keep: set[str]) -> list[str]:
    """Delete snapshots not in ``keep``, not current and not marked as served by a live process; return them."""
    snapshots = Path(published_root) / SNAPSHOTS_DIR
    current = current_snapshot_id(published_root)
    removed = []
    for folder in sorted(p for p in snapshots.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if folder.name in keep or folder.name == current or is_served(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder.name)
    return removed


def mark_serving(snapshot_dir: Path) -> Path:
    """Record that this process reads ``snapshot_dir`` (so pruning keeps it); delete the returned file when done."""
    fd, name = tempfile.mkstemp(prefix=f"{_SERVING_PREFIX}{os.getpid()}-", dir=snapshot_dir)
    os.close(fd)
    return Path(name)


def is_served(snapshot_dir: Path) -> bool:
    """True when a live process left a serving marker in ``snapshot_dir`` (markers of dead processes are ignored)."""
    for marker in Path(snapshot_dir).glob(f"{_SERVING_PREFIX}*"):
        pid = _pid_of(marker.name, _SERVING_PREFIX)
        if pid is not None and _pid_alive(pid):
            return True
    return False


def _write_current(root: Path, name: str) -> None:
    """Replace CURRENT atomically: readers see the old or the new id, never a partial file."""
    write_atomic(root / CURRENT_FILE, (name + "\n").encode("utf-8"))
    fsync_dir(root)


def _unused_dir(snapshots: Path, snapshot_id: str) -> Path:
    """A snapshot folder that does not exist yet: re-publishing an id never rewrites a snapshot in use."""
    candidate = snapshots / snapshot_id
    n = 1
    while candidate.exists():
        n += 1
        candidate = snapshots / f"{snapshot_id}.{n}"
    return candidate


def _remove_stale_temporaries(snapshots: Path) -> None:
    """Remove half-copied snapshots left by a killed publication (their owner pid is gone)."""
    for folder in snapshots.glob(f"{_TMP_PREFIX}*"):
        pid = _pid_of(folder.name, _TMP_PREFIX)
        if pid is None or not _pid_alive(pid) or pid == os.getpid():
            shutil.rmtree(folder, ignore_errors=True)


def _count_quads(store_dir: Path) -> int:
    store = ox.Store.read_only(str(store_dir))
    try:
        return len(store)
    finally:
        del store


def _pid_of(name: str, prefix: str) -> int | None:
    head = name[len(prefix) :].split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
