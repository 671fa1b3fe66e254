"""Stage 7, publication: whether the store is published as it is, the snapshot and the remote push, the dumps,
and the summary of the current snapshot."""

from __future__ import annotations

from pathlib import Path

from pipelines.files import read_json
from pipelines.home import Home
from pipelines.kg.namespaces import DEFAULT_BASE
from pipelines.kg.store import GraphStore
from pipelines.stages.batches import batch_documents
from pipelines.stages.graph import graph_summary


def _current_snapshot(home: Home) -> tuple[Path | None, dict | None]:
    """The current snapshot and its manifest when it holds the store as it is now (the store's generation id), else
    (the current snapshot or None, None)."""
    from pipelines.kg.publish import MANIFEST_FILE, current_snapshot

    snapshot = current_snapshot(home.published)
    generation = (read_json(home.graph_generation_file, {}) or {}).get("generation")
    if snapshot is None or generation is None:
        return snapshot, None
    manifest = read_json(snapshot / MANIFEST_FILE, {}) or {}
    return snapshot, manifest if manifest.get("graph_generation") == generation else None


def unpublished_changes(home: Home) -> str | None:
    """Why the current snapshot is not the store as it is now, with its dumps, or the remote store lacks graphs an
    earlier push did not deliver; None when all is published (a run with nothing new then has nothing to check or
    publish)."""
    from pipelines.kg.remote import read_ledger

    undelivered = read_ledger(home.remote_ledger)
    if undelivered:
        parts = len(undelivered.subjects)
        return f"{len(undelivered.pending)} graphs (and {parts} in part) are not yet delivered to the remote store"
    snapshot, manifest = _current_snapshot(home)
    if snapshot is None:
        return "nothing is published yet"
    if manifest is None:
        return f"the graph changed since snapshot {snapshot.name}"
    if not (snapshot / "dumps").is_dir():
        return f"snapshot {snapshot.name} has no dumps"
    return None


def published_summary(home: Home, base: str = DEFAULT_BASE) -> dict | None:
    """`graph_summary` of the current snapshot (opened read-only, beside any run), or None before the first. A pass
    over the whole graph: the CLI's closing summary and the daily dumps give it, not every batch."""
    from pipelines.kg.publish import current_snapshot, snapshot_store

    snapshot = current_snapshot(home.published)
    if snapshot is None:
        return None
    store = GraphStore(snapshot_store(snapshot), read_only=True)
    try:
        return graph_summary(store, base)
    finally:
        store.close()


def publish_graph(
    home: Home, store: GraphStore, snapshot_id: str, base: str, endpoint_url: str, remote=None, batch: str | None = None
) -> dict:
    """Snapshot the store for the endpoint (switched to atomically), and push the batch's graphs (every graph
    without a batch; the graphs of the documents the batch withdrew are dropped) to a remote store if one is
    configured: its document graphs, the shared graphs its load rewrote, and the subjects it changed in the
    others (entities, facts, cables: `graph_changes.json`), with what an earlier push did not deliver
    (`kg.remote.push_pending`). When the current snapshot already holds the store as it is, no snapshot is made
    (`new_snapshot` False) and only the undelivered graphs are pushed."""
    from pipelines.kg.namespaces import Iris
    from pipelines.kg.publish import publish_snapshot
    from pipelines.kg.remote import push_pending

    current, manifest = _current_snapshot(home)
    graphs: list[str] | None = []
    subjects: dict[str, list[str]] = {}  # of the shared graphs the batch changed in part
    if current is not None and manifest is not None:
        report: dict = {"triples": manifest.get("quads", 0), "snapshot": current.name, "new_snapshot": False}
    else:
        generation = (read_json(home.graph_generation_file, {}) or {}).get("generation")
        store.flush()  # the quad count with the store: the snapshot takes it rather than counting the copy
        snapshot = publish_snapshot(
            home.store,
            home.published,
            snapshot_id,
            store=store.store,
            endpoint_url=endpoint_url,
            generation=generation,
            quads=len(store),
        )
        report = {"triples": len(store), "snapshot": snapshot.name, "new_snapshot": True}
        graphs = None
        if batch is not None:
            iris = Iris(base)
            withdrawn = read_json(home.batch_withdrawn_file(batch), []) or []  # dropped remotely: gone here
            graphs = [iris.document_graph(d).value for d in [*batch_documents(home, batch), *withdrawn]]
            changes = read_json(home.batch_graph_changes_file(batch), {}) or {}
            graphs += changes.get("rewritten", [])
            subjects = changes.get("subjects", {})
    if remote is not None:
        sent = push_pending(store.store, remote, graphs, home.remote_ledger, subjects)
        report["remote_graphs"], report["remote_triples"] = len(sent), sum(sent.values())
    return report


def write_graph_dumps(home: Home, base: str, endpoint_url: str) -> dict:
    """Dumps (Turtle, N-Triples, N-Quads, JSON-LD, ontology) and the VoID/DCAT and service descriptions of the
    current snapshot, written into the snapshot (a pass over the whole store: the nightly job does it)."""
    from pipelines.kg.publish import write_snapshot_dumps

    snapshot, files = write_snapshot_dumps(home.published, base, endpoint_url)
    return {"snapshot": snapshot, "files": files}
