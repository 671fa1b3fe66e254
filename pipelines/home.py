"""The run's home folder (POLICYGRAPH_HOME, default ./var): everything a run writes lives under it.

```
archive/raw/ab/<sha256>(.json)   raw bytes as fetched or read, content-addressed, never deleted
archive/quarantine/<key>.json    what could not be fetched or parsed, with the reason
state.sqlite                     fetch validators, failure counts, document registry (versions, processed,
                                 which running batch claims which document)
work/batches/<key>/items.json    a batch (one Dagster partition): the document versions it processes (new,
                                 changed or left pending when it was collected), fixed once collected
work/batches/<key>/documents.json  the batch's parsed documents (doc id -> registry id)
work/batches/<key>/not_extracted.json  those of them extraction set aside (quarantined)
work/batches/<key>/held_elsewhere.json  its documents another running batch had claimed (registry id -> batch)
work/batches/<key>/graph_changes.json  what its graph load changed in the shared graphs (subjects, or whole graphs):
                                 what its publication sends to a remote store besides its document graphs
work/shared_graphs.json          fingerprint of the ontology and reference files last loaded into the store
work/extractor.json              fingerprint of the model, rules and tables the processed documents were extracted
                                 with (a new one sends every document through the stages again)
work/graph_generation.json       the store's state (a new id whenever a run writes the store) and the inputs of
                                 its entities graph; a snapshot records the state it copied
work/documents/<doc_id>.json     clean text + metadata of each document's current version
work/extractions/<doc_id>.json   mentions and relation candidates of each document's current version (entity_mentions)
work/resolutions/<doc_id>.json   the mentions entity resolution re-pointed, and to what (entities)
work/relations/<doc_id>.json     the relations that fit the ontology's signatures (relations)
work/entities.sqlite             the entity catalogue across all documents (entities; `pipelines.catalogue`), unless
                                 it is in PostgreSQL (`Home.catalogue_url`)
work/loads/<hash>.yaml           the sources file `policygraph load FOLDER` writes for its folder
work/loads/pending-only.yaml     the sources file of its later batches: no source, the registry's pending documents
store/                           the embedded Oxigraph store (one named graph per document)
work/store.lock                  held by the step that has the store open (one at a time, across processes)
work/store_identity              the identity of the store the processed documents were written to
work/remote_pending.json         graphs (and subjects of graphs) a push to a remote store has not delivered yet
                                 (published_graph)
published/                       read-only snapshots served by `policygraph serve` (CURRENT names the live one),
                                 each with its dumps: Turtle, N-Triples, N-Quads, JSON-LD, VoID/DCAT
dagster/                         the Dagster instance (runs, schedules, sensor cursors)
```
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class Home:
    root: Path
    #: the entity catalogue's PostgreSQL database (`postgresql://host:port/dbname`, the password in PGPASSWORD or
    #: PGPASSFILE), or None for the SQLite file `catalogue_db` (`pipelines.catalogue.open_catalogue`)
    catalogue_url: str | None = None

    @classmethod
    def at(cls, root: str | os.PathLike[str], catalogue_url: str | None = None) -> Home:
        return cls(Path(root).expanduser().resolve(), catalogue_url or None)

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def state_db(self) -> Path:
        return self.root / "state.sqlite"

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def batches(self) -> Path:
        return self.work / "batches"

    def batch_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "items.json"

    def batch_documents_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "documents.json"

    def batch_not_extracted_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "not_extracted.json"

    def batch_withdrawn_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "withdrawn.json"

    def batch_graph_changes_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "graph_changes.json"

    def batch_held_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "held_elsewhere.json"

    def batch_loaded_graphs_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "loaded_graphs.nq"

    def batch_check_units_dir(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "check_units"

    def batch_checks_file(self, batch: str) -> Path:
        return self.batches / check_batch_key(batch) / "checks.json"

    def batch_keys(self) -> list[str]:
        """The batches collected so far, oldest first (keys start with their UTC time)."""
        return sorted(p.parent.name for p in self.batches.glob("*/items.json"))

    @property
    def shared_graphs_file(self) -> Path:
        return self.work / "shared_graphs.json"

    @property
    def extractor_file(self) -> Path:
        return self.work / "extractor.json"

    @property
    def graph_generation_file(self) -> Path:
        return self.work / "graph_generation.json"

    @property
    def store_identity_file(self) -> Path:
        """The identity (RocksDB's IDENTITY) of the store the processed documents were written to."""
        return self.work / "store_identity"

    def store_identity(self) -> str | None:
        path = self.store / "IDENTITY"
        return path.read_text(encoding="utf-8").strip() if path.is_file() else None

    def store_lost(self) -> bool:
        """Documents were written to a store that is no longer there (deleted, replaced, lost with its disk)."""
        if not self.store_identity_file.is_file():
            return False
        return self.store_identity_file.read_text(encoding="utf-8").strip() != (self.store_identity() or "")

    @property
    def pending_sources_file(self) -> Path:
        """A sources file naming no source (`PENDING_ONLY_SOURCES`), for the batches of a load after its first."""
        return self.work / "loads" / "pending-only.yaml"

    def load_sources_file(self, folder: Path) -> Path:
        """The sources file of `policygraph load FOLDER` (one per folder, named by a hash of its path)."""
        return self.work / "loads" / f"{hashlib.sha256(str(folder).encode()).hexdigest()[:16]}.yaml"

    @property
    def documents(self) -> Path:
        return self.work / "documents"

    @property
    def extractions(self) -> Path:
        return self.work / "extractions"

    @property
    def catalogue_db(self) -> Path:
        return self.work / "entities.sqlite"

    @property
    def legacy_catalogue_file(self) -> Path:
        """The catalogue as earlier versions kept it (imported into `catalogue_db`, then renamed)."""
        return self.work / "entities.json"

    @property
    def store(self) -> Path:
        return self.root / "store"

    @property
    def store_lock(self) -> Path:
        """The file lock a step holds while it has the store open (`GraphStoreResource.opened`)."""
        return self.work / "store.lock"

    @property
    def remote_ledger(self) -> Path:
        """Graphs a push to a remote store has not delivered yet (`kg.remote.push_pending`)."""
        return self.work / "remote_pending.json"

    @property
    def published(self) -> Path:
        return self.root / "published"

    @property
    def dagster(self) -> Path:
        return self.root / "dagster"

    def document_file(self, doc_id: str) -> Path:
        return self.documents / f"{doc_id}.json"

    def extraction_file(self, doc_id: str) -> Path:
        return self.extractions / f"{doc_id}.json"

    @property
    def resolutions(self) -> Path:
        return self.work / "resolutions"

    def resolution_file(self, doc_id: str) -> Path:
        return self.resolutions / f"{doc_id}.json"

    @property
    def checked_relations(self) -> Path:
        return self.work / "relations"

    def relations_file(self, doc_id: str) -> Path:
        return self.checked_relations / f"{doc_id}.json"


_BATCH_KEY = re.compile(r"[0-9]{8}T[0-9]{6}Z-[a-z0-9][a-z0-9-]{0,40}")


def new_batch_key(origin: str, at: datetime | None = None) -> str:
    """A batch key: its UTC time and what started it, e.g. `20261129T060000Z-feeds` (also a folder name)."""
    at = (at or datetime.now(UTC)).astimezone(UTC)
    return check_batch_key(f"{at:%Y%m%dT%H%M%SZ}-{origin}")


def check_batch_key(key: str) -> str:
    if not _BATCH_KEY.fullmatch(key):
        raise ValueError(f"not a batch key: {key!r} (expected like 20261129T060000Z-feeds)")
    return key
