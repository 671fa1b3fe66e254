"""Stage 6, knowledge graph: the batch's document graphs, the shared graphs and the entities graph into the store,
then the registry marks the documents processed; and the summary of what a store holds."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import NamedNode

from pipelines.catalogue import EntityCatalogue, open_catalogue
from pipelines.files import read_json, write_atomic, write_json
from pipelines.home import Home
from pipelines.kg.build import (
    LoadReport,
    load_entities,
    load_records,
    load_shared_graphs,
    shared_graphs_stale,
    update_entities,
)
from pipelines.kg.namespaces import DEFAULT_BASE
from pipelines.kg.statements import GraphBuilder
from pipelines.kg.store import GraphStore
from pipelines.linking import JUDGEMENTS_FILE, load_judgements
from pipelines.model import Document, Extraction
from pipelines.sources.archive import Archive
from pipelines.sources.state import FetchState
from pipelines.stages.batches import batch_documents, final_extraction, load_document
from pipelines.stages.parse import current_items
from pipelines.stages.progress import Log, ProgressMeter, quiet


def load_knowledge_graph(
    home: Home,
    batch: str,
    store: GraphStore,
    state: FetchState,
    builder: GraphBuilder | None = None,
    progress: Log = quiet,
) -> LoadReport:
    """Write the batch's document graphs (and the ontology/reference graphs when their files changed, the entities
    graph when the catalogue or the reviewers' judgements changed), then mark each document processed in the
    registry. The graphs of the documents withdrawn since (`policygraph withdraw`) are removed, and the
    withdrawals marked applied by this batch (listed in the batch's `withdrawn.json`, which publication reads). A
    batch without documents, with nothing else changed, writes nothing (`report.changed` is False).

    Before the first write, the store gets a new generation id (HOME/work/graph_generation.json), which the next
    snapshot records: a run killed after that point leaves the store marked as not published yet. Last, the batch
    lets go of its claims on its documents (`claim_batch`)."""
    builder = builder or GraphBuilder()
    doc_ids = list(batch_documents(home, batch))
    withdrawn = [w.doc_id for w in state.withdrawals(pending_only=True)]
    recorded = read_json(home.graph_generation_file, {}) or {}
    report = LoadReport()
    with open_catalogue(home) as catalogue:
        # what the entities graph is written from: the catalogue's version and the reviewers' judgements (and which
        # database, when it is PostgreSQL's: a catalogue moved there counts its versions anew)
        entities_inputs = {"catalogue": catalogue.version(), "judgements": _digest(JUDGEMENTS_FILE)}
        if catalogue.where != "sqlite":
            entities_inputs["catalogue_at"] = catalogue.where
        written_from = recorded.get("entities")
        stale = shared_graphs_stale(store, home.shared_graphs_file)
        if doc_ids or withdrawn or stale or written_from != entities_inputs:
            # only the entities changed since: when the graph holds this catalogue as of a version, with the same
            # judgements and reference graph (a rewrite killed half-way is recorded as no version: redone whole)
            since = _entities_graph_version(store, builder, written_from, entities_inputs, stale)
            generation = {"generation": uuid.uuid4().hex, "entities": None if since is None else written_from}
            write_json(home.graph_generation_file, generation)
            reloaded = load_shared_graphs(store, home.shared_graphs_file)
            kept = [d for d in doc_ids if d not in withdrawn]  # (a document withdrawn while its batch ran)
            _load_documents(home, batch, store, builder, kept, withdrawn, report, progress)
            report.subjects_changed(builder.iris.entities_graph, _load_entities(store, builder, catalogue, since))
            write_json(home.graph_generation_file, {**generation, "entities": entities_inputs})
            report.shared_graphs_reloaded, report.changed = reloaded, True
            if reloaded:
                report.rewritten |= {builder.iris.ontology_graph.value, builder.iris.reference_graph.value}
            _note_graph_changes(home, batch, report)
            write_atomic(home.store_identity_file, (home.store_identity() or "").encode())  # what the registry holds
    _mark_processed(home, batch, state)
    if withdrawn:  # (with those of an earlier execution of the batch's step)
        earlier = read_json(home.batch_withdrawn_file(batch), []) or []
        write_json(home.batch_withdrawn_file(batch), sorted({*earlier, *withdrawn}))
        state.mark_withdrawals_applied(withdrawn, batch)
    return report


def _load_documents(
    home: Home,
    batch: str,
    store: GraphStore,
    builder: GraphBuilder,
    doc_ids: list[str],
    withdrawn: list[str],
    report: LoadReport,
    progress: Log,
) -> None:
    """Write each document's graph from its final extraction; quarantine the documents whose graph failed; remove
    the graphs of the `withdrawn` documents. The graphs written go to the batch's `loaded_graphs.nq` too, which
    the checks' export reads."""
    meter = ProgressMeter("graph load", len(doc_ids), progress)

    def records() -> Iterator[tuple[Document, Extraction | None]]:
        for doc_id in doc_ids:
            doc = load_document(home, doc_id)
            if doc is None:
                report.missing.append(doc_id)  # quarantined upstream
                continue
            ex = final_extraction(home, doc_id)
            yield doc, ex if ex is not None and ex.version == doc.version else None  # never another version's
            meter.advance()

    written = home.batch_loaded_graphs_file(batch)
    written.parent.mkdir(parents=True, exist_ok=True)
    with written.open("wb") as out:  # not compressed: read back once, at once, then removed
        load_records(store, records(), builder, report, written=out, removed=withdrawn)
    for doc, reason in report.failed:
        Archive(home.archive).quarantine(doc.version, doc.uri, reason, "knowledge_graph", doc_id=doc.doc_id)


def _load_entities(
    store: GraphStore, builder: GraphBuilder, catalogue: EntityCatalogue, since: int | None
) -> list[NamedNode] | None:
    """Write the entities graph whole (`since` None: returns None), or only the catalogue's entities changed since
    that version (returns them)."""
    judgements = load_judgements()
    if since is None:
        load_entities(store, ((e.entity_id, e.to_entry()) for e in catalogue.entities()), builder, judgements)
        return None
    # (rows changed after entities_inputs was read are rewritten now and next time: idempotent)
    changes = [(eid, e.to_entry() if e else None) for eid, e in catalogue.changes_since(since)]
    update_entities(store, changes, builder, judgements)
    return [builder.entity(eid) for eid, _ in changes]


def _note_graph_changes(home: Home, batch: str, report: LoadReport) -> None:
    """Add what the load changed in the shared graphs (`report.changed_subjects`, `report.rewritten`) to the
    batch's `graph_changes.json`, which its publication sends to a remote store (with an earlier execution's: a
    re-executed step finds less to change, and the remote store may not have had the first)."""
    path = home.batch_graph_changes_file(batch)
    earlier = read_json(path, {}) or {}
    subjects = {g: set(s) for g, s in earlier.get("subjects", {}).items()}
    for graph_iri, changed in report.changed_subjects.items():
        subjects.setdefault(graph_iri, set()).update(changed)
    rewritten = sorted({*earlier.get("rewritten", []), *report.rewritten})
    write_json(path, {"rewritten": rewritten, "subjects": {g: sorted(s) for g, s in sorted(subjects.items())}})


def _mark_processed(home: Home, batch: str, state: FetchState) -> None:
    """Mark the batch's documents processed in the registry and let go of the batch's claims."""
    for item, skip in current_items(home, batch, state):
        if skip is None:  # parsed or quarantined: both are final
            state.mark_processed(item.registry_id, item.raw.sha256)
    state.release_claims(batch)  # done: what is still pending is free for the next batch


def _entities_graph_version(
    store: GraphStore, builder: GraphBuilder, written_from, inputs: dict, shared_stale: bool
) -> int | None:
    """The catalogue version the entities graph was written from, when only the entities changed since can be
    rewritten; None when the graph is to be written whole."""
    if not isinstance(written_from, dict) or shared_stale:
        return None
    if any(written_from.get(key) != inputs.get(key) for key in ("judgements", "catalogue_at")):
        return None
    present = store.contains_graph(builder.iris.entities_graph)
    return written_from["catalogue"] if present else None


def _digest(path: Path) -> str:
    """A digest of the file's bytes ("-" stands for a file that is not there)."""
    return hashlib.sha256((path.read_bytes() if path.is_file() else b"-") + b"\0").hexdigest()


def graph_summary(store: GraphStore, base: str = DEFAULT_BASE) -> dict:
    """Triples, named graphs, and individuals per type that the documents mention or are (not the whole
    reference tables): the library query `individuals-per-type` on the graphs of `base`."""
    from pipelines.kg.namespaces import PG
    from pipelines.kg.query import find_query, run_query

    params = {"entities": f"{base}graph/entities", "documents": f"{base}graph/doc/"}
    rows = run_query(find_query("individuals-per-type"), params, store=store.store).rows
    types = {row["type"].value.removeprefix(str(PG)): int(row["n"].value) for row in rows}
    return {"triples": len(store), "graphs": len(store.named_graphs()), "types": dict(sorted(types.items()))}
