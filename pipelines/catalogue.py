"""The entity catalogue across all documents, in a database: one row per entity and one per entity and document.

Tables:
- `entities`: entity id -> type, label, Wikidata id (the first mention's type and label; the first Wikidata id any
  mention gives), the surname of a person named in full (lower case, for the cross-document surname resolution),
  and `seq`, the catalogue version that last changed the row.
- `entity_documents`: which documents mention which entity, replaced per document when the document is processed
  again. An entity that no document mentions any more is removed.
- `removed_entities`: the entities removed, with the version that removed them (the entities graph drops them).
- `catalogue_version`: one row, a counter that each write changing an entity's description increments: the
  entities graph is up to date when it was written from this version (`changes_since` gives what changed).

The database is SQLite by default (`HOME/work/entities.sqlite`, WAL mode), PostgreSQL when the home names one
(`Home.catalogue_url`, a `postgresql://` URL): the same code and the same SQL on both (`pipelines.database.Database`:
standard SQL, upserts as `ON CONFLICT ... DO UPDATE`). Every write is one transaction that takes the write lock
first (SQLite `BEGIN IMMEDIATE`; PostgreSQL `LOCK TABLE catalogue_version IN EXCLUSIVE MODE`), so two runs
updating the catalogue at once keep both their updates, while readers never wait. Readers stream rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipelines.database import Database
from pipelines.home import Home

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    entity_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    qid TEXT,
    surname TEXT,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_surname ON entities (surname);
CREATE INDEX IF NOT EXISTS entities_seq ON entities (seq);
CREATE TABLE IF NOT EXISTS entity_documents (
    entity_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, doc_id)
);
CREATE INDEX IF NOT EXISTS entity_documents_doc ON entity_documents (doc_id);
CREATE TABLE IF NOT EXISTS removed_entities (
    entity_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS catalogue_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT INTO catalogue_version (id, seq) VALUES (1, 0) ON CONFLICT (id) DO NOTHING
"""

#: Ids per `IN (...)` list: well under SQLite's limit on bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class CatalogueEntity:
    entity_id: str
    type: str
    label: str
    qid: str | None

    def to_entry(self) -> dict:
        """The entry as `GraphBuilder.entity_quads` and `pipelines.linking` read it."""
        return {"type": self.type, "label": self.label, "qid": self.qid}


def surname(type_: str, label: str) -> str | None:
    """The key a bare surname resolves by: the last word, lower case, of a person's name of two words or more."""
    words = label.split()
    return words[-1].lower() if type_ == "Person" and len(words) >= 2 else None


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(items: list) -> str:
    return ",".join("?" * len(items))


class CatalogueUpdate:
    """One write transaction over the catalogue, opened by `EntityCatalogue.update` for some documents: their
    links are gone when it starts; `persons_by_surname` sees the rest of the catalogue; `add_document` links a
    document's entities."""

    def __init__(self, db: Database, doc_ids: list[str]):
        self._db = db
        self.seq = db.execute("SELECT seq FROM catalogue_version").fetchone()[0] + 1
        self.changed = False
        self._unlinked: set[str] = set()  # entities that lost a link: removed at the end if no document is left
        for chunk in _chunks(doc_ids):
            sql = f"SELECT DISTINCT entity_id FROM entity_documents WHERE doc_id IN ({_marks(chunk)})"
            rows = db.execute(sql, chunk)
            self._unlinked.update(r[0] for r in rows)
            db.execute(f"DELETE FROM entity_documents WHERE doc_id IN ({_marks(chunk)})", chunk)

    def persons_by_surname(self, surnames: Iterable[str]) -> dict[str, str]:
        """Entity id -> label of the persons named in full, with one of `surnames`, that some document mentions."""
        found: dict[str, str] = {}
        for chunk in _chunks(sorted(set(surnames))):
            rows = self._db.execute(
                f"SELECT entity_id, label FROM entities WHERE surname IN ({_marks(chunk)}) AND EXISTS "
                "(SELECT 1 FROM entity_documents d WHERE d.entity_id = entities.entity_id)",
                chunk,
            )
            found.update((eid, label) for eid, label in rows)
        return found

    def add_document(self, doc_id: str, entities: Iterable[CatalogueEntity]) -> None:
        """Link `doc_id` to `entities`; add those not in the catalogue, and give a Wikidata id to those without."""
        first: dict[str, CatalogueEntity] = {}
        for e in entities:
            seen = first.setdefault(e.entity_id, e)
            if not seen.qid and e.qid:
                first[e.entity_id] = CatalogueEntity(seen.entity_id, seen.type, seen.label, e.qid)
        ids = list(first)
        known: dict[str, str | None] = {}
        for chunk in _chunks(ids):
            rows = self._db.execute(f"SELECT entity_id, qid FROM entities WHERE entity_id IN ({_marks(chunk)})", chunk)
            known.update((eid, qid) for eid, qid in rows)
        new = [first[i] for i in ids if i not in known]
        qids = [(first[i].qid, self.seq, i) for i in ids if i in known and not known[i] and first[i].qid]
        self._db.executemany(
            "INSERT INTO entities (entity_id, type, label, qid, surname, seq) VALUES (?, ?, ?, ?, ?, ?)",
            [(e.entity_id, e.type, e.label, e.qid or None, surname(e.type, e.label), self.seq) for e in new],
        )
        self._db.executemany("UPDATE entities SET qid = ?, seq = ? WHERE entity_id = ?", qids)
        self._db.executemany(
            "INSERT INTO entity_documents (entity_id, doc_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(i, doc_id) for i in ids],
        )
        if new:
            removed = [e.entity_id for e in new]
            for chunk in _chunks(removed):
                self._db.execute(f"DELETE FROM removed_entities WHERE entity_id IN ({_marks(chunk)})", chunk)
        self.changed = self.changed or bool(new or qids)

    def finish(self) -> None:
        """Remove the entities no document mentions any more; count a new version if any entity changed."""
        orphans = []
        for chunk in _chunks(sorted(self._unlinked)):
            rows = self._db.execute(
                f"SELECT entity_id FROM entities WHERE entity_id IN ({_marks(chunk)}) AND NOT EXISTS "
                "(SELECT 1 FROM entity_documents d WHERE d.entity_id = entities.entity_id)",
                chunk,
            )
            orphans += [r[0] for r in rows]
        for chunk in _chunks(orphans):
            self._db.execute(f"DELETE FROM entities WHERE entity_id IN ({_marks(chunk)})", chunk)
        self._db.executemany(
            "INSERT INTO removed_entities (entity_id, seq) VALUES (?, ?) "
            "ON CONFLICT (entity_id) DO UPDATE SET seq = excluded.seq",
            [(eid, self.seq) for eid in orphans],
        )
        if self.changed or orphans:
            self._db.execute("UPDATE catalogue_version SET seq = ?", (self.seq,))


class EntityCatalogue:
    """The catalogue in `db` (see `open_catalogue` for a home's), its tables created if need be."""

    def __init__(self, db: Database):
        self._db = db
        db.create_schema(_SCHEMA)

    @property
    def where(self) -> str:
        """Which database holds the catalogue, without credentials: "sqlite" or postgresql://host:port/dbname."""
        return self._db.where

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> EntityCatalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def update(self, doc_ids: Iterable[str]) -> Iterator[CatalogueUpdate]:
        """Replace the links of `doc_ids` in one transaction (see `CatalogueUpdate`); nothing is kept if the block
        raises."""
        with self._db.write() as db:
            update = CatalogueUpdate(db, list(doc_ids))
            yield update
            update.finish()

    def version(self) -> int:
        """The catalogue's version: it grows whenever an entity is added, removed or given a Wikidata id."""
        return self._db.execute("SELECT seq FROM catalogue_version").fetchone()[0]

    def counts(self) -> list[tuple[str, int, int]]:
        """(type, entities, entities with a Wikidata id) per type."""
        rows = self._db.execute("SELECT type, COUNT(*), COUNT(qid) FROM entities GROUP BY type ORDER BY type")
        return [(t, n, linked) for t, n, linked in rows]

    def entities(self, unlinked_only: bool = False) -> Iterator[CatalogueEntity]:
        """Every entity (those without a Wikidata id only, with `unlinked_only`), streamed in id order."""
        where = " WHERE qid IS NULL" if unlinked_only else ""
        for row in self._db.stream(f"SELECT entity_id, type, label, qid FROM entities{where} ORDER BY entity_id"):
            yield CatalogueEntity(*row)

    def documents(self, entity_ids: Iterable[str]) -> dict[str, list[str]]:
        """Entity id -> the documents that mention it, for `entity_ids`."""
        found: dict[str, list[str]] = {}
        for chunk in _chunks(sorted(set(entity_ids))):
            rows = self._db.execute(
                f"SELECT entity_id, doc_id FROM entity_documents WHERE entity_id IN ({_marks(chunk)}) "
                "ORDER BY entity_id, doc_id",
                chunk,
            )
            for eid, doc_id in rows:
                found.setdefault(eid, []).append(doc_id)
        return found

    def changes_since(self, version: int) -> Iterator[tuple[str, CatalogueEntity | None]]:
        """The entities added, removed (None) or given a Wikidata id after `version`, streamed."""
        for (eid,) in self._db.stream("SELECT entity_id FROM removed_entities WHERE seq > ?", (version,)):
            yield eid, None
        for row in self._db.stream("SELECT entity_id, type, label, qid FROM entities WHERE seq > ?", (version,)):
            yield row[0], CatalogueEntity(*row)


def import_json(update: CatalogueUpdate, path: Path) -> int:
    """Add the catalogue of an earlier version (`work/entities.json`: entity id -> type, label, qid, docs) in
    `update`; returns how many entities it held. Importing it twice changes nothing."""
    catalogue: dict[str, dict] = json.loads(path.read_text(encoding="utf-8")) or {}
    by_doc: dict[str, list[CatalogueEntity]] = {}
    for eid, e in catalogue.items():
        for doc_id in e["docs"]:
            by_doc.setdefault(doc_id, []).append(CatalogueEntity(eid, e["type"], e["label"], e.get("qid")))
    for doc_id, entities in by_doc.items():
        update.add_document(doc_id, entities)
    return len(catalogue)


def import_catalogue(update: CatalogueUpdate, source: EntityCatalogue) -> int:
    """Add every entity of `source` (the catalogue in another database), with the documents that mention it, in
    `update`; returns how many entities it held. Importing it twice changes nothing."""
    entities = {e.entity_id: e for e in source.entities()}
    by_doc: dict[str, list[CatalogueEntity]] = {}
    for eid, doc_ids in source.documents(entities).items():
        for doc_id in doc_ids:
            by_doc.setdefault(doc_id, []).append(entities[eid])
    for doc_id, found in by_doc.items():
        update.add_document(doc_id, found)
    return len(entities)


def open_database(home: Home) -> Database:
    """The home's catalogue database: PostgreSQL at `home.catalogue_url` when it is set, else the SQLite file
    `HOME/work/entities.sqlite`. Raises DatabaseError for a URL that is not PostgreSQL's or when psycopg is
    missing."""
    if not home.catalogue_url:
        return Database.sqlite(home.catalogue_db, write_lock="catalogue_version")
    return Database.postgresql(home.catalogue_url, write_lock="catalogue_version")


def open_catalogue(home: Home) -> EntityCatalogue:
    """The home's catalogue (`open_database`). A catalogue of an earlier version is imported once: the JSON file
    `work/entities.json` (then renamed `entities.json.imported`), and, when the catalogue moves into PostgreSQL,
    the home's SQLite catalogue (into an empty PostgreSQL catalogue; the file stays as it was), so that the
    documents processed before keep their entities."""
    catalogue = EntityCatalogue(open_database(home))
    if home.catalogue_url and home.catalogue_db.is_file() and catalogue.version() == 0:
        source = EntityCatalogue(open_database(Home.at(home.root)))
        try:
            with catalogue.update([]) as update:
                if update.seq == 1:  # still empty now that this run holds the write lock
                    import_catalogue(update, source)
        finally:
            source.close()
    legacy = home.legacy_catalogue_file
    if legacy.is_file():
        with catalogue.update([]) as update:
            if legacy.is_file():  # and not imported by another run while this one waited for the lock
                import_json(update, legacy)
        try:  # renamed after the commit: a run killed in between imports it again, which changes nothing
            legacy.replace(legacy.with_name(legacy.name + ".imported"))
        except FileNotFoundError:
            pass  # another run renamed it
    return catalogue
