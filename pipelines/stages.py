"""The pipeline's stages as plain functions over the home folder. Dagster assets and the CLI call these.

Each stage reads what the previous one wrote under `Home`, works only on the current batch (documents that are
new, changed, or left unfinished by a stopped run) and writes its output atomically, so any stage can be re-run
and a killed run resumes where it stopped. A document is marked processed in the registry only after its graph
is in the store.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.catalogue import CatalogueEntity, EntityCatalogue, open_catalogue
from pipelines.files import read_json, sync_folder, write_atomic, write_json
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
from pipelines.linking import unlinked_entities as unlinked
from pipelines.model import Document, Extraction, ExtractionFailure, Relation
from pipelines.nlp.parallel import map_shards
from pipelines.nlp.reported_cables import find_reported_cables
from pipelines.resolution import SurnameResolver, bare_person
from pipelines.sources.archive import Archive, ArchiveError
from pipelines.sources.collect import BatchItem, Collector, CollectReport
from pipelines.sources.config import SourcesConfig
from pipelines.sources.documents import DocumentError, to_document
from pipelines.sources.http import HttpClient
from pipelines.sources.state import FetchState
from pipelines.vocabulary import load_vocabulary

Log = Callable[[str], None]


def _quiet(msg: str) -> None:
    pass


class ProgressMeter:
    """Says how far a stage is through its documents (done/total, words/s, time left) through `log`: when another
    tenth of the documents is done or 10 s have passed, at most once a second, and at the end."""

    def __init__(self, what: str, total: int, log: Log, clock: Callable[[], float] = time.monotonic):
        self.what, self.total, self.log, self.clock = what, total, log, clock
        self.started = self.last_time = clock()
        self.done = self.words = self.last_done = 0

    def advance(self, documents: int = 1, words: int = 0) -> None:
        self.done += documents
        self.words += words
        now = self.clock()
        tenth = self.done - self.last_done >= max(1, self.total / 10)
        if self.done >= self.total or (now - self.last_time >= 1.0 and (tenth or now - self.last_time >= 10.0)):
            self.last_time, self.last_done = now, self.done
            self.log(self.describe(now))

    def describe(self, now: float) -> str:
        seconds = max(now - self.started, 1e-6)
        text = f"{self.what}: {self.done}/{self.total} documents"
        if self.words:
            text += f", {self.words:,} words, {self.words / seconds:,.0f} words/s"
        if self.done < self.total:
            text += f", about {(self.total - self.done) * seconds / max(self.done, 1):.0f} s left"
        return text


# -- 1. raw documents --
def collect_raw_documents(
    home: Home, batch: str, config: SourcesConfig, client: HttpClient | None, state: FetchState, log: Log = _quiet
) -> CollectReport:
    """Read and fetch every source, archive the bytes, and write the batch of documents to process.

    A batch is collected once: re-running it (a partition re-run or backfill) processes the same document
    versions again, from the archive, and fetches nothing. It takes at most `config.max_batch` documents; the
    others stay pending in the registry for the next batch. It claims each document it takes in the registry
    (`FetchState.claim`), so a batch collected at the same time takes others. When the graph store is missing,
    every document the registry marks processed joins the batch again (from the archive): losing the store loses
    no fact."""
    if home.batch_file(batch).exists():
        items = read_batch(home, batch)
        log(f"batch {batch} was collected before: re-processing its {len(items)} documents, fetching nothing")
        return CollectReport(batch=items, reused=True)
    recovered = 0
    if home.store_lost():
        recovered = state.forget_processed()
        log(f"the graph store {home.store} that {recovered} documents were processed into is gone: they are "
            "processed again from the archive")  # fmt: skip
    collector = Collector(Archive(home.archive), state, client, max_batch=config.max_batch, log=log, batch=batch)
    report = collector.collect(config)
    report.recovered = recovered
    write_json(home.batch_file(batch), [item.to_dict() for item in report.batch])
    return report


def failed_sources(config: SourcesConfig, report: CollectReport) -> list[str]:
    """The configured sources (feeds, article folders or pages, cable folders) that could not be read at all."""
    failed = {f["source"] for f in report.failures}
    return [s.location for s in (*config.feeds, *config.articles, *config.cables) if s.location in failed]


def read_batch(home: Home, batch: str) -> list[BatchItem]:
    return [BatchItem.from_dict(d) for d in read_json(home.batch_file(batch), [])]


# -- 2. documents --
@dataclass
class ParseReport:
    documents: list[str] = field(default_factory=list)  # doc ids written
    quarantined: list[dict] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)
    superseded: list[str] = field(default_factory=list)  # uris whose newer version a later batch holds
    held_elsewhere: dict[str, str] = field(default_factory=dict)  # uri -> the running batch that holds it


def claim_batch(home: Home, batch: str, state: FetchState) -> dict[str, str]:
    """Claim (or renew the claim on) the batch's documents in the registry, in one transaction; returns those that
    another running batch holds (registry id -> that batch), which this batch leaves alone. They are written down
    (`Home.batch_held_file`) for the stages after, until the batch is claimed again (a re-run)."""
    items = [i for i in read_batch(home, batch) if state.current_version(i.registry_id) in (None, i.raw.sha256)]
    taken = state.claim(batch, [item.registry_id for item in items])  # (a superseded version is not claimed)
    claims = state.claims()
    held = {i.registry_id: claims.get(i.registry_id, "?") for i in items if i.registry_id not in taken}
    write_json(home.batch_held_file(batch), held)
    return held


def current_items(home: Home, batch: str, state: FetchState) -> Iterator[tuple[BatchItem, str | None]]:
    """Each batch item, with why this batch leaves it alone (None: it processes it): a later batch holds a newer
    version (a re-run of an old batch must not bring back a version that a later batch replaced), or another
    running batch holds the document (`claim_batch`)."""
    held = read_json(home.batch_held_file(batch), {}) or {}
    for item in read_batch(home, batch):
        if state.current_version(item.registry_id) not in (None, item.raw.sha256):
            yield item, "superseded"
        elif item.registry_id in held:
            yield item, f"batch {held[item.registry_id]} is processing it"
        else:
            yield item, None


def parse_documents(home: Home, batch: str, state: FetchState, log: Log = _quiet) -> ParseReport:
    """Turn each batch item's archived bytes into a Document; quarantine what cannot be parsed, with the reason.
    The batch first claims its documents (`claim_batch`): one that another running batch holds is left to it."""
    archive = Archive(home.archive)
    report = ParseReport()
    doc_ids: dict[str, str] = {}  # doc id -> registry id, for this batch
    claim_batch(home, batch, state)
    for item, skip in current_items(home, batch, state):
        if skip == "superseded":
            report.superseded.append(item.raw.uri)
            log(f"skipped {item.raw.uri}: a later batch holds a newer version")
            continue
        if skip is not None:
            report.held_elsewhere[item.raw.uri] = skip
            log(f"skipped {item.raw.uri}: {skip}")
            continue
        try:
            charset = (archive.meta(item.raw.sha256) or {}).get("charset")
            doc = to_document(item.raw, archive.get(item.raw.sha256), item.registry_id, charset)
        except (DocumentError, ArchiveError) as exc:
            reason = exc.reason if isinstance(exc, DocumentError) else exc.args[0]
            archive.quarantine(item.raw.sha256, item.raw.uri, reason, "parse")
            report.quarantined.append({"uri": item.raw.uri, "reason": reason})
            log(f"quarantined {item.raw.uri}: {reason}")
            continue
        if doc.doc_id in doc_ids and doc_ids[doc.doc_id] != item.registry_id:
            reason = f"duplicate of document {doc.doc_id} (same cable reference id) in this batch"
            archive.quarantine(item.raw.sha256, item.raw.uri, reason, "parse")
            report.quarantined.append({"uri": item.raw.uri, "reason": reason})
            continue
        doc_ids[doc.doc_id] = item.registry_id
        write_json(home.document_file(doc.doc_id), doc.to_dict())
        report.documents.append(doc.doc_id)
        report.kinds[doc.kind] += 1
    write_json(home.batch_documents_file(batch), doc_ids)
    return report


def parsed_documents(home: Home, batch: str) -> dict[str, str]:
    """doc id -> registry id of the documents parsed in `batch` (the documents stage's file)."""
    return read_json(home.batch_documents_file(batch), {})


def batch_documents(home: Home, batch: str) -> dict[str, str]:
    """The documents of `batch` the stages after extraction work on: those parsed, less those extraction set aside
    (the entity_mentions stage's file)."""
    failed = set(read_json(home.batch_not_extracted_file(batch), []))
    return {doc_id: rid for doc_id, rid in parsed_documents(home, batch).items() if doc_id not in failed}


def _load_document(home: Home, doc_id: str) -> Document | None:
    data = read_json(home.document_file(doc_id))
    return Document.from_dict(data) if data else None


def _load_extraction(home: Home, doc_id: str) -> Extraction | None:
    data = read_json(home.extraction_file(doc_id))
    return Extraction.from_dict(data) if data else None


def _repointed(ex: Extraction, changes: dict[str, dict[str, str]]) -> Extraction:
    """`ex` with the mentions entity resolution re-pointed (mention index -> entity id and label)."""
    if not changes:
        return ex
    mentions = list(ex.mentions)
    for index, change in changes.items():
        mention = mentions[int(index)]
        mentions[int(index)] = dataclasses.replace(mention, entity_id=change["entity_id"], label=change["label"])
    return dataclasses.replace(ex, mentions=tuple(mentions))


def resolved_extraction(home: Home, doc_id: str) -> Extraction | None:
    """A document's extraction (entity_mentions' file) with its mentions re-pointed as entity resolution decided
    (entities' file; a decision made for another version of the document does not apply)."""
    ex = _load_extraction(home, doc_id)
    if ex is None:
        return None
    resolved = read_json(home.resolution_file(doc_id)) or {}
    return _repointed(ex, resolved["mentions"]) if resolved.get("version") == ex.version else ex


def final_extraction(home: Home, doc_id: str) -> Extraction | None:
    """A document's extraction as the graph states it: resolved (`resolved_extraction`), with the relations that fit
    the ontology (relations' file) instead of the candidates; none when that file is of another version."""
    ex = resolved_extraction(home, doc_id)
    if ex is None:
        return None
    checked = read_json(home.relations_file(doc_id)) or {}
    fitting = checked["relations"] if checked.get("version") == ex.version else []
    return dataclasses.replace(ex, relations=tuple(Relation.from_dict(r) for r in fitting))


# -- 3. entity mentions --
@dataclass
class ExtractReport:
    documents: int = 0
    mentions: Counter = field(default_factory=Counter)  # per entity type
    relations: int = 0
    words: int = 0
    reported_cables: int = 0
    not_english: int = 0  # documents with no English paragraph: kept with their language, not read
    quarantined: list[dict] = field(default_factory=list)  # documents the pipeline failed on, with the reason
    extractor: str = ""  # the extractor's version; empty when the batch had no documents (nothing was loaded)
    seconds: float = 0.0  # extraction time, the model's loading left out


def extract_mentions(
    home: Home, batch: str, load_extractor: Callable, log: Log = _quiet, progress: Log = _quiet
) -> ExtractReport:
    """Run the NLP extractor over the batch's documents (streamed through nlp.pipe) and write each extraction.

    `load_extractor()` gives the extractor; it is not called for a batch without documents (the model is not loaded
    for nothing). `progress` hears how far extraction is (see ProgressMeter; with one process only).
    With `n_process` > 1 the batch is dealt into that many shards, each extracted by a fork of this process (which
    shares the loaded model) running nlp.pipe on one process and writing its own files. Extraction files are
    written without an fsync each and made durable together before the stage returns."""

    doc_ids = list(parsed_documents(home, batch))  # a re-run tries again the documents set aside before
    if not doc_ids:
        return ExtractReport()
    extractor = load_extractor()
    started = time.perf_counter()
    n_process = extractor.settings.n_process
    meter = ProgressMeter("extraction", len(doc_ids), progress if n_process <= 1 else _quiet)

    def extract_shard(doc_ids: list[str]) -> ExtractReport:
        report = ExtractReport()
        docs: dict[str, Document] = {}  # read once; held only while nlp.pipe has the text in its current batch

        def items():
            for doc_id in doc_ids:
                doc = _load_document(home, doc_id)
                if doc is not None:
                    docs[doc.doc_id] = doc
                    report.words += len(doc.text.split())
                    yield doc.doc_id, doc.version, doc.text

        for ex in extractor.extract_many(items(), n_process=1):
            doc = docs.pop(ex.doc_id)
            meter.advance(1, len(doc.text.split()))
            if isinstance(ex, ExtractionFailure):
                # set aside with its reason; the batch goes on without it (its graph, if any, is left as it was)
                Archive(home.archive).quarantine(doc.version, doc.uri, ex.reason, "extract", doc_id=doc.doc_id)
                report.quarantined.append({"uri": doc.uri, "doc_id": doc.doc_id, "reason": ex.reason})
                log(f"quarantined {doc.uri}: {ex.reason}")
                continue
            if doc.kind == "article":
                cables = find_reported_cables(doc.text, ex.mentions, doc.published)
                ex = dataclasses.replace(ex, reported_cables=tuple(cables))
                report.reported_cables += len(cables)
            write_json(home.extraction_file(ex.doc_id), ex.to_dict(), durable=False)
            report.documents += 1
            report.mentions.update(m.type for m in ex.mentions)
            report.relations += len(ex.relations)
            report.not_english += not ex.english_read
        return report

    if n_process > 1:
        log(f"extracting {len(doc_ids)} documents in {min(n_process, len(doc_ids))} processes")
    report = ExtractReport(extractor=extractor.extractor_version)
    for part in map_shards(extract_shard, doc_ids, n_process):
        report.quarantined += part.quarantined
        report.documents += part.documents
        report.mentions.update(part.mentions)
        report.relations += part.relations
        report.words += part.words
        report.reported_cables += part.reported_cables
        report.not_english += part.not_english
    sync_folder(home.extractions)
    report.seconds = time.perf_counter() - started
    # the later stages leave these out (batch_documents); their graphs, if any, stay as they were
    write_json(home.batch_not_extracted_file(batch), sorted(q["doc_id"] for q in report.quarantined))
    return report


# -- 4. entities --
@dataclass
class EntityReport:
    entities: int = 0
    by_type: Counter = field(default_factory=Counter)
    merged: int = 0  # mentions re-pointed to an entity named in full in another document
    linked: int = 0  # entities with a Wikidata id
    linked_by_type: Counter = field(default_factory=Counter)

    def coverage(self) -> dict[str, str]:
        """Per type, how many entities of the catalogue have a Wikidata id: {"Agency": "12/51"}."""
        return {t: f"{self.linked_by_type[t]}/{n}" for t, n in sorted(self.by_type.items())}


def resolve_entities(home: Home, batch: str) -> EntityReport:
    """Maintain the cross-document entity catalogue and resolve short person names across documents.

    The catalogue (`pipelines.catalogue`: entity id -> type, label, Wikidata id, documents) is updated for the
    batch's documents only, in one transaction. A person mentioned by surname alone ("Rubio") resolves to the one
    person in the catalogue or the batch with that surname ("Marco Rubio"), when there is exactly one
    (`pipelines.resolution`).
    """
    batch_ids = batch_documents(home, batch)  # in batch order
    with open_catalogue(home) as catalogue:
        if not batch_ids:  # nothing to add or re-point: the catalogue stays as it is
            return _catalogue_report(catalogue, EntityReport())
        extractions = {doc_id: ex for doc_id in batch_ids if (ex := _load_extraction(home, doc_id)) is not None}
        bare = {m.label.lower() for ex in extractions.values() for m in ex.mentions if bare_person(m)}
        report = EntityReport()
        with catalogue.update(batch_ids) as update:  # the batch's documents are unlinked from here on
            full_names = update.persons_by_surname(bare)
            batch_mentions = (m for ex in extractions.values() for m in ex.mentions)
            full_names.update((m.entity_id, m.label) for m in batch_mentions if m.type == "Person")
            resolver = SurnameResolver(full_names)
            for doc_id, ex in extractions.items():
                repointed = resolver.repoint(ex.mentions)
                report.merged += len(repointed)
                resolution = {"doc_id": doc_id, "version": ex.version, "mentions": repointed}
                write_json(home.resolution_file(doc_id), resolution, durable=False)
                mentions = _repointed(ex, repointed).mentions
                update.add_document(doc_id, (CatalogueEntity(m.entity_id, m.type, m.label, m.qid) for m in mentions))
            sync_folder(home.resolutions)
        return _catalogue_report(catalogue, report)


def _catalogue_report(catalogue: EntityCatalogue, report: EntityReport) -> EntityReport:
    for type_, n, linked in catalogue.counts():
        report.entities += n
        report.by_type[type_] += n
        report.linked += linked
        if linked:
            report.linked_by_type[type_] += linked
    return report


def unlinked_entities(home: Home) -> list:
    """The catalogue's entities that link nowhere and no reviewer has judged, with their surface forms in the
    documents and their candidates in the reference tables (`pipelines.linking`)."""
    from pipelines.nlp.reference import load_reference

    index = load_reference()
    with open_catalogue(home) as catalogue:
        candidates = {e.entity_id: e.to_entry() for e in catalogue.entities(unlinked_only=True)}
        open_ids = {eid for eid in candidates if eid not in index.entities}
        for eid, docs in catalogue.documents(open_ids).items():
            candidates[eid]["docs"] = docs
    surfaces: dict[str, set[str]] = {}
    for doc_id in sorted({d for eid in open_ids for d in candidates[eid].get("docs", [])}):
        ex = resolved_extraction(home, doc_id)
        for m in ex.mentions if ex is not None else ():
            if m.entity_id in open_ids:
                surfaces.setdefault(m.entity_id, set()).add(" ".join(m.text.split()))
    return unlinked(candidates, surfaces, index, load_judgements(known=set(index.entities)))


# -- 5. relations --
@dataclass
class RelationReport:
    relations: Counter = field(default_factory=Counter)  # per relation type, facts and non-facts
    facts: int = 0  # asserted, stated and at or above the fact threshold
    not_facts: Counter = field(default_factory=Counter)  # the others, by "polarity/modality"
    dropped: int = 0  # candidates whose argument types do not fit the relation


def check_relations(home: Home, batch: str) -> RelationReport:
    """Keep the batch's relation candidates whose argument types fit the relation (the ontology's signature, see
    `pipelines.vocabulary`), once per statement and document."""
    vocabulary = load_vocabulary()
    report = RelationReport()
    for doc_id in batch_documents(home, batch):
        ex = resolved_extraction(home, doc_id)
        if ex is None:
            continue
        kept, seen = [], set()
        for r in ex.relations:
            head, tail = ex.mentions[r.head], ex.mentions[r.tail]
            relation = vocabulary.relations.get(r.type)
            key = (r.type, head.entity_id, tail.entity_id, r.sentence_start)
            if relation is None or not relation.allows(head.type, tail.type) or head.entity_id == tail.entity_id:
                report.dropped += 1
                continue
            if key not in seen:
                seen.add(key)
                kept.append(r)
                report.relations[r.type] += 1
                if r.fact:
                    report.facts += 1
                else:
                    report.not_facts[f"{r.polarity}/{r.modality}"] += 1
        checked = {"doc_id": doc_id, "version": ex.version, "relations": [r.to_dict() for r in kept]}
        write_json(home.relations_file(doc_id), checked, durable=False)
    sync_folder(home.checked_relations)
    return report


# -- 6. knowledge graph --
def load_knowledge_graph(
    home: Home,
    batch: str,
    store: GraphStore,
    state: FetchState,
    builder: GraphBuilder | None = None,
    progress: Log = _quiet,
) -> LoadReport:
    """Write the batch's document graphs (and the ontology/reference graphs when their files changed, the entities
    graph when the catalogue or the reviewers' judgements changed), then mark each document processed in the
    registry. A batch without documents, with nothing else changed, writes nothing (`report.changed` is False).

    Before the first write, the store gets a new generation id (HOME/work/graph_generation.json), which the next
    snapshot records: a run killed after that point leaves the store marked as not published yet. Last, the batch
    lets go of its claims on its documents (`claim_batch`)."""
    builder = builder or GraphBuilder()
    doc_ids = list(batch_documents(home, batch))
    recorded = read_json(home.graph_generation_file, {}) or {}
    report = LoadReport()
    with open_catalogue(home) as catalogue:
        # what the entities graph is written from: the catalogue's version and the reviewers' judgements
        entities_inputs = {"catalogue": catalogue.version(), "judgements": _digest(JUDGEMENTS_FILE)}
        written_from = recorded.get("entities")
        stale = shared_graphs_stale(store, home)
        if doc_ids or stale or written_from != entities_inputs:
            # only the entities changed since: when the graph holds this catalogue as of a version, with the same
            # judgements and reference graph (a rewrite killed half-way is recorded as no version: redone whole)
            since = _entities_graph_version(store, builder, written_from, entities_inputs, stale)
            generation = {"generation": uuid.uuid4().hex, "entities": None if since is None else written_from}
            write_json(home.graph_generation_file, generation)
            reloaded = load_shared_graphs(store, home)
            meter = ProgressMeter("graph load", len(doc_ids), progress)

            def records() -> Iterator[tuple[Document, Extraction | None]]:
                for doc_id in doc_ids:
                    doc = _load_document(home, doc_id)
                    if doc is None:
                        report.missing.append(doc_id)  # quarantined upstream
                        continue
                    ex = final_extraction(home, doc_id)
                    yield doc, ex if ex is not None and ex.version == doc.version else None  # never another version's
                    meter.advance()

            load_records(store, records(), builder, report)
            for doc, reason in report.failed:
                Archive(home.archive).quarantine(doc.version, doc.uri, reason, "knowledge_graph", doc_id=doc.doc_id)
            judgements = load_judgements()
            if since is None:
                load_entities(store, ((e.entity_id, e.to_entry()) for e in catalogue.entities()), builder, judgements)
            else:  # (rows changed after entities_inputs was read are rewritten now and next time: idempotent)
                changes = ((eid, e.to_entry() if e else None) for eid, e in catalogue.changes_since(since))
                update_entities(store, changes, builder, judgements)
            write_json(home.graph_generation_file, {**generation, "entities": entities_inputs})
            report.shared_graphs_reloaded, report.changed = reloaded, True
            write_atomic(home.store_identity_file, (home.store_identity() or "").encode())  # what the registry holds
    for item, skip in current_items(home, batch, state):
        if skip is None:  # parsed or quarantined: both are final
            state.mark_processed(item.registry_id, item.raw.sha256)
    state.release_claims(batch)  # done: what is still pending is free for the next batch
    return report


def _entities_graph_version(
    store: GraphStore, builder: GraphBuilder, written_from, inputs: dict, shared_stale: bool
) -> int | None:
    """The catalogue version the entities graph was written from, when only the entities changed since can be
    rewritten; None when the graph is to be written whole."""
    if not isinstance(written_from, dict) or written_from.get("judgements") != inputs["judgements"] or shared_stale:
        return None
    present = store.contains_graph(builder.iris.entities_graph)
    return written_from["catalogue"] if present else None


def _digest(path: Path) -> str:
    """A digest of the file's bytes ("-" stands for a file that is not there)."""
    return hashlib.sha256((path.read_bytes() if path.is_file() else b"-") + b"\0").hexdigest()


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

    undelivered, _ = read_ledger(home.remote_ledger)
    if undelivered:
        return f"{len(undelivered)} graphs are not yet delivered to the remote store"
    snapshot, manifest = _current_snapshot(home)
    if snapshot is None:
        return "nothing is published yet"
    if manifest is None:
        return f"the graph changed since snapshot {snapshot.name}"
    if not (snapshot / "dumps").is_dir():
        return f"snapshot {snapshot.name} has no dumps"
    return None


_TYPES_QUERY = """
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
  VALUES ?type { pg:State pg:Agency pg:IGO pg:Firm pg:Law pg:DataType pg:Person pg:Cable pg:NewsArticle
                 pg:Mention pg:RelationAssertion }
  { { SELECT DISTINCT ?s WHERE { GRAPH ?entities { ?s ?p ?o } } } ?s a ?type }  # typed there or in the reference
  UNION { GRAPH ?g { ?s a ?type } FILTER(STRSTARTS(STR(?g), ?prefix)) }
} GROUP BY ?type
"""


def graph_summary(store: GraphStore, base: str = DEFAULT_BASE) -> dict:
    """Triples, named graphs, and individuals per type that the documents mention or are (not the whole
    reference tables)."""
    from pyoxigraph import Literal

    from pipelines.kg.namespaces import PG

    query = _TYPES_QUERY.replace("?prefix", str(Literal(base + "graph/doc/")))
    rows = store.query(query.replace("?entities", f"<{base}graph/entities>"))
    types = {row["type"].value.removeprefix(str(PG)): int(row["n"].value) for row in rows}
    return {"triples": len(store), "graphs": len(store.named_graphs()), "types": dict(sorted(types.items()))}


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


def mention_provenance_errors(home: Home, batch: str) -> list[dict[str, object]]:
    """Mentions of the batch whose offsets fall outside their document or do not cut out their text."""
    bad: list[dict[str, object]] = []
    for doc_id in batch_documents(home, batch):
        doc, ex = _load_document(home, doc_id), _load_extraction(home, doc_id)
        if doc is None or ex is None:
            continue
        if ex.version != doc.version:
            bad.append({"doc": doc_id, "error": "extraction of another version"})
        for m in ex.mentions:
            if not (0 <= m.start < m.end <= len(doc.text)) or doc.text[m.start : m.end] != m.text:
                bad.append({"doc": doc_id, "start": m.start, "end": m.end, "text": m.text})
    return bad


def violation_query_files() -> list:
    """The data-quality queries in queries/checks/ (each must return no rows)."""
    from pipelines.paths import QUERIES_DIR

    return sorted((QUERIES_DIR / "checks").glob("*-violation.rq"))


def run_violation_query(store: GraphStore, path) -> list[dict]:
    """Rows of one violation query, as plain dicts of strings."""
    rows = store.query(path.read_text(encoding="utf-8"))
    return [{v.value: (row[v].value if row[v] is not None else None) for v in rows.variables} for row in rows]


# -- 7. publication --
def publish_graph(
    home: Home, store: GraphStore, snapshot_id: str, base: str, endpoint_url: str, remote=None, batch: str | None = None
) -> dict:
    """Snapshot the store for the endpoint (switched to atomically), and push the batch's graphs (every graph
    without a batch) to a remote store if one is configured, with those an earlier push did not deliver
    (`kg.remote.push_pending`). When the current snapshot already holds the store as it is, no snapshot is made
    (`new_snapshot` False) and only the undelivered graphs are pushed."""
    from pipelines.kg.namespaces import Iris
    from pipelines.kg.publish import MANIFEST_FILE, publish_snapshot
    from pipelines.kg.remote import push_pending

    current, manifest = _current_snapshot(home)
    graphs: list[str] | None = []
    if current is not None and manifest is not None:
        report: dict = {"triples": manifest.get("quads", 0), "snapshot": current.name, "new_snapshot": False}
    else:
        generation = (read_json(home.graph_generation_file, {}) or {}).get("generation")
        snapshot = publish_snapshot(
            home.store, home.published, snapshot_id, store=store.store, endpoint_url=endpoint_url, generation=generation
        )
        quads = (read_json(snapshot / MANIFEST_FILE, {}) or {}).get("quads", 0)  # counted once, by the snapshot
        report = {"triples": quads, "snapshot": snapshot.name, "new_snapshot": True}
        graphs = None
        if batch is not None:
            iris = Iris(base)
            graphs = [iris.document_graph(d).value for d in batch_documents(home, batch)]
            shared = (iris.reference_graph, iris.ontology_graph, iris.entities_graph, iris.facts_graph)
            graphs += [g.value for g in shared]
    if remote is not None:
        report["remote_graphs"] = len(push_pending(store.store, remote, graphs, home.remote_ledger))
    return report


def write_graph_dumps(home: Home, base: str, endpoint_url: str) -> dict:
    """Dumps (Turtle, N-Triples, N-Quads, JSON-LD, ontology) and the VoID/DCAT and service descriptions of the
    current snapshot, written into the snapshot (a pass over the whole store: the nightly job does it)."""
    from pipelines.kg.publish import write_snapshot_dumps

    snapshot, files = write_snapshot_dumps(home.published, base, endpoint_url)
    return {"snapshot": snapshot, "files": files}


def export_checks(home: Home, batch: str, store: GraphStore, base: str = DEFAULT_BASE, full: bool = False) -> int:
    """Write what the checks of the batch read from the store: the check unit of each of the batch's document
    graphs (its triples, the facts it asserts, the descriptions of what it mentions: `pipelines.kg.checks`) into
    the batch's `check_units.nq.gz`. With `full` (the daily job's sweep), every document graph and every entity of
    the store, and the rows of the violation queries of queries/checks/ on the store itself. The step that holds
    the store (`knowledge_graph`) calls this, so that the checks (`check_graph`: SHACL, the slow part) need no
    store and run outside its pool, beside another batch's graph work. Returns the number of units."""
    from pipelines.kg.checks import batch_units, sweep_units, write_units
    from pipelines.kg.namespaces import Iris

    iris = Iris(base)
    if full:
        units = sweep_units(store, iris)
    else:
        units = batch_units(store, [iris.document_graph(d) for d in batch_documents(home, batch)], iris)
    count = write_units(home.batch_check_units_file(batch), units)
    queries = {path.stem: path for path in violation_query_files()} if full else {}
    store_rows = {name: run_violation_query(store, path) for name, path in queries.items()}
    write_json(home.batch_checks_file(batch), {"full": full, "units": count, "store_violations": store_rows})
    return count


def check_graph(home: Home, batch: str, workers: int = 1):
    """SHACL and the violation queries of queries/checks/ on the check units `export_checks` wrote for the batch:
    the cost follows the batch, not the store, and a graph outside the batch is not checked again. After a full
    export, the violation rows are those of the whole store. The units file is removed once checked (a failed
    step keeps it, for a re-execution).

    SHACL runs in `workers` forked processes (the run's extraction processes: the checks come after extraction).
    Returns the `CheckReport`, the first group checked as an rdflib graph (the reasoner's input, bounded), and
    whether the whole store was checked."""
    from pipelines.kg.checks import check_units, read_units

    manifest = read_json(home.batch_checks_file(batch))
    units_file = home.batch_check_units_file(batch)
    if manifest is None or not units_file.exists():
        raise FileNotFoundError(f"batch {batch}: no check units ({units_file}): materialize knowledge_graph first")
    full = bool(manifest["full"])
    queries = {} if full else {path.stem: path for path in violation_query_files()}
    report, first = check_units(read_units(units_file), queries, keep_first_group=True, workers=workers)
    if full:
        report.violations = manifest["store_violations"]
    units_file.unlink()
    return report, first, full
