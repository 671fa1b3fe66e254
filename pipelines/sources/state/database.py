"""The registry's SQLite database: the schema of its five tables and the connection they share."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipelines import database
from pipelines.sources.state.owners import owner_gone

_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetches (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_status INTEGER,
    last_fetched_at TEXT,
    last_success_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    quarantined INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS documents (
    canonical_url TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    kind TEXT,
    version TEXT NOT NULL,
    content_hash TEXT,
    processed_version TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    doc_id TEXT NOT NULL,
    version TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (doc_id, version)
);
CREATE TABLE IF NOT EXISTS claims (
    doc_id TEXT PRIMARY KEY,
    batch TEXT NOT NULL,
    claimed_at REAL NOT NULL,
    owner TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_batch ON claims (batch);
CREATE TABLE IF NOT EXISTS withdrawals (
    doc_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    batch TEXT,
    applied_at TEXT
);
"""


class RegistryDatabase:
    """The SQLite connection the registry's tables share: one lock, one transaction per write."""

    _db: sqlite3.Connection
    _lock: threading.RLock

    def _open(self, path: Path) -> None:
        """Open (or create) the database at `path` in WAL mode, with the schema of every table."""
        self._lock = threading.RLock()
        self._db = database.connect_sqlite(path, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.create_function("owner_gone", 1, owner_gone)
        with self._lock:
            database.create_sqlite_schema(self._db, _SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, database.immediate(self._db) as db:  # and one thread at a time on this connection
            yield db
