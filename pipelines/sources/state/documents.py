"""The `documents` and `versions` tables: the document registry (canonical URL -> doc id, current and processed
version) and every version ever seen."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from pipelines.model import short_id
from pipelines.sources.archive import utc_now
from pipelines.sources.state.database import RegistryDatabase


@dataclass(frozen=True)
class DocumentEntry:
    """A registered document: `version` is the newest raw sha256; `processed_version` the last processed."""

    canonical_url: str
    doc_id: str
    kind: str | None
    version: str
    content_hash: str | None
    processed_version: str | None
    first_seen: str
    last_seen: str


@dataclass(frozen=True)
class Observation:
    """The registry's verdict on a document just fetched or read.

    `status` is "new" (never seen), "updated" (a new version of a known document), "pending" (this version was
    seen before but never marked processed: a previous run stopped early), "unchanged" (already processed: skip
    it) or "withdrawn" (taken out of the graph: skip it, whatever the version; see `withdrawals`).
    `previous_version` is the version it replaced, for "updated".
    """

    doc_id: str
    version: str
    status: str
    previous_version: str | None = None

    @property
    def needs_processing(self) -> bool:
        return self.status in ("new", "updated", "pending")


def doc_id_for(canonical_url: str) -> str:
    """The stable document id of a canonical URL (same rule as `pipelines.model.short_id`)."""
    return short_id(canonical_url)


class DocumentRegistry(RegistryDatabase):
    """The document registry (the `documents` and `versions` tables)."""

    def observe(
        self,
        canonical_url: str,
        version: str,
        *,
        kind: str | None = None,
        content_hash: str | None = None,
        seen_at: str | None = None,
    ) -> Observation:
        """Register that `canonical_url` was fetched with raw sha256 `version`; say whether to process it.

        `content_hash` (optional, e.g. the sha256 of the extracted text) lets a page whose raw bytes changed
        only in its chrome (ads, timestamps) count as unchanged when its text equals the processed version's.
        """
        seen_at = seen_at or utc_now()
        with self._tx() as db:
            row = db.execute("SELECT * FROM documents WHERE canonical_url=?", (canonical_url,)).fetchone()
            if row is None:
                doc_id = doc_id_for(canonical_url)
                db.execute(
                    "INSERT INTO documents (canonical_url, doc_id, kind, version, content_hash, first_seen, "
                    "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (canonical_url, doc_id, kind, version, content_hash, seen_at, seen_at),
                )
                db.execute("INSERT OR IGNORE INTO versions VALUES (?, ?, ?)", (doc_id, version, seen_at))
                return Observation(doc_id, version, "new")
            doc_id, current, processed = row["doc_id"], row["version"], row["processed_version"]
            if db.execute("SELECT 1 FROM withdrawals WHERE doc_id=?", (doc_id,)).fetchone() is not None:
                # recorded (a restored document is processed at its newest version), never processed
                sql = "UPDATE documents SET version=?, last_seen=? WHERE canonical_url=?"
                db.execute(sql, (version, seen_at, canonical_url))
                db.execute("INSERT OR IGNORE INTO versions VALUES (?, ?, ?)", (doc_id, version, seen_at))
                return Observation(doc_id, version, "withdrawn")
            same_text = content_hash is not None and content_hash == row["content_hash"] and processed == current
            if version == current or same_text:
                db.execute("UPDATE documents SET last_seen=? WHERE canonical_url=?", (seen_at, canonical_url))
                status = "unchanged" if processed == current else "pending"
                return Observation(doc_id, current, status)
            db.execute(
                "UPDATE documents SET version=?, content_hash=?, last_seen=?, kind=COALESCE(?, kind) "
                "WHERE canonical_url=?",
                (version, content_hash, seen_at, kind, canonical_url),
            )
            db.execute("INSERT OR IGNORE INTO versions VALUES (?, ?, ?)", (doc_id, version, seen_at))
            return Observation(doc_id, version, "updated", previous_version=current)

    def mark_processed(self, doc_id: str, version: str) -> None:
        """Record that `version` of `doc_id` went through the pipeline (its graph is written); its claim, if any,
        has done its work and goes too (a later version is free for the next batch)."""
        with self._tx() as db:
            db.execute("UPDATE documents SET processed_version=? WHERE doc_id=?", (version, doc_id))
            db.execute("DELETE FROM claims WHERE doc_id=?", (doc_id,))

    def forget_processed(self) -> int:
        """Mark every document unprocessed (its graph is gone: the store was lost); returns how many were marked
        processed. The next collection then takes them all again, from the archive."""
        with self._tx() as db:
            sql = "UPDATE documents SET processed_version=NULL WHERE processed_version IS NOT NULL"
            return db.execute(sql).rowcount

    def document(self, canonical_url: str) -> DocumentEntry | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE canonical_url=?", (canonical_url,)).fetchone()
        return _doc_entry(row) if row else None

    def current_version(self, doc_id: str) -> str | None:
        """The newest version seen of `doc_id` (None for an unknown id)."""
        with self._lock:
            row = self._db.execute("SELECT version FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return row["version"] if row else None

    def documents(self) -> list[DocumentEntry]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM documents ORDER BY canonical_url").fetchall()
        return [_doc_entry(r) for r in rows]

    def pending_documents(self) -> list[DocumentEntry]:
        """Documents whose current version has not been processed (new, updated, or left by a stopped run), but
        not a withdrawn one."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM documents WHERE (processed_version IS NULL OR processed_version != version) "
                "AND doc_id NOT IN (SELECT doc_id FROM withdrawals) ORDER BY canonical_url"
            ).fetchall()
        return [_doc_entry(r) for r in rows]

    def processed_count(self) -> int:
        """How many documents have their current version processed (their graph written)."""
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM documents WHERE processed_version = version").fetchone()[0]

    def versions(self, doc_id: str) -> list[str]:
        """Every version seen of `doc_id`, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT version FROM versions WHERE doc_id=? ORDER BY first_seen, rowid", (doc_id,)
            ).fetchall()
        return [r["version"] for r in rows]


def _doc_entry(row: sqlite3.Row) -> DocumentEntry:
    return DocumentEntry(**{k: row[k] for k in row.keys()})
