"""Fetch state: what we know about each URL between runs, in one small SQLite file.

Four tables:
- `fetches`: per URL, the conditional-GET validators (ETag, Last-Modified), the last status, and the count of
  consecutive failures with the last error. A URL that failed is retried on the next run; after `max_failures`
  consecutive failures it is marked quarantined and left alone until `release` is called.
- `documents`: the document registry. Canonical URL -> doc_id (stable across versions), the current
  version (sha256 of the raw bytes), the version last processed successfully, first and last seen.
  `observe` says whether a document is new, updated, pending (seen, not yet processed) or unchanged.
- `versions`: every version ever seen of a document, for history and audits.
- `claims`: which batch is processing a document (doc_id -> batch, when claimed). A batch claims each document
  before it takes it, so two batches running at once never take the same one (`claim`); the claim goes when its
  batch finishes, processed or failed (`release_claims`). A claim whose batch died without saying so may be taken
  over by another batch: one older than the lease, or one whose process (`owner`, host and pid) is gone from this
  host. The owner is the process that runs the batch: under Dagster's multiprocess executor each step is a child
  process that ends with its step, so the claim names its parent, the run's process (`run_owner`).

Validators are only saved by `save_validators`, which callers run *after* archiving the body: were they
saved first, a run killed between fetch and archive would get a 304 next time and lose the body for good.
Every write is one transaction; the database is in WAL mode so readers never wait for the writer.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipelines import sqlite
from pipelines.model import short_id
from pipelines.sources.archive import utc_now

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
"""


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back: If-None-Match <- etag, If-Modified-Since <- last_modified."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class FetchStatus:
    """The fetch history of one URL."""

    url: str
    etag: str | None
    last_modified: str | None
    last_status: int | None
    last_fetched_at: str | None
    last_success_at: str | None
    failures: int
    last_error: str | None
    quarantined: bool


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
    seen before but never marked processed: a previous run stopped early) or "unchanged" (already processed:
    skip it). `previous_version` is the version it replaced, for "updated".
    """

    doc_id: str
    version: str
    status: str
    previous_version: str | None = None

    @property
    def needs_processing(self) -> bool:
        return self.status != "unchanged"


#: how long a batch's claim on a document holds before another batch may take it over (its batch is taken for dead)
DEFAULT_CLAIM_LEASE_S = 3600.0


def doc_id_for(canonical_url: str) -> str:
    """The stable document id of a canonical URL (same rule as `pipelines.model.short_id`)."""
    return short_id(canonical_url)


class FetchState:
    """Per-URL fetch history and the document registry, in the SQLite file at `path`.

    `max_failures`: consecutive failures after which a URL is quarantined (not fetched again until released).
    `claim_lease_s`: how old a batch's claim on a document may grow before another batch may take it over (the
    batch is taken for dead). `owner`: the process named in the claims this instance makes (host:pid, see
    `run_owner`); by default the process that claims. One instance may be shared by the threads of one process;
    separate processes may open the same file.
    """

    def __init__(
        self,
        path: Path | str,
        max_failures: int = 3,
        claim_lease_s: float = DEFAULT_CLAIM_LEASE_S,
        owner: str | None = None,
    ) -> None:
        if max_failures < 1:
            raise ValueError("max_failures must be at least 1")
        if claim_lease_s <= 0:
            raise ValueError("claim_lease_s must be positive")
        self.path = Path(path)
        self.max_failures = max_failures
        self.claim_lease_s = claim_lease_s
        self.owner = owner
        self._lock = threading.RLock()
        self._db = sqlite.connect(self.path, timeout_s=30, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.create_function("owner_gone", 1, owner_gone)
        with self._lock:
            sqlite.create_schema(self._db, _SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> FetchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, sqlite.immediate(self._db) as db:  # and one thread at a time on this connection
            yield db

    # -- fetch history -------------------------------------------------------------------------------------
    def validators(self, url: str) -> Validators:
        """The saved ETag / Last-Modified of `url` (empty when none)."""
        with self._lock:
            row = self._db.execute("SELECT etag, last_modified FROM fetches WHERE url=?", (url,)).fetchone()
        return Validators(row["etag"], row["last_modified"]) if row else Validators()

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember the validators of a body that is now safely archived."""
        with self._tx() as db:
            db.execute(
                "INSERT INTO fetches (url, etag, last_modified) VALUES (?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified",
                (url, etag, last_modified),
            )

    def record_success(self, url: str, status: int, at: str | None = None) -> None:
        """A fetch got an answer we can use (2xx or 304): reset the failure count."""
        at = at or utc_now()
        with self._tx() as db:
            db.execute(
                "INSERT INTO fetches (url, last_status, last_fetched_at, last_success_at, failures, "
                "last_error) VALUES (?, ?, ?, ?, 0, NULL) "
                "ON CONFLICT(url) DO UPDATE SET last_status=excluded.last_status, "
                "last_fetched_at=excluded.last_fetched_at, last_success_at=excluded.last_success_at, "
                "failures=0, last_error=NULL",
                (url, status, at, at),
            )

    def record_failure(self, url: str, error: str, status: int | None = None, at: str | None = None) -> FetchStatus:
        """A fetch (or the parse of its body) failed: count it; quarantine after `max_failures` in a row."""
        at = at or utc_now()
        with self._tx() as db:
            db.execute(
                "INSERT INTO fetches (url, last_status, last_fetched_at, failures, last_error) "
                "VALUES (?, ?, ?, 1, ?) ON CONFLICT(url) DO UPDATE SET last_status=excluded.last_status, "
                "last_fetched_at=excluded.last_fetched_at, failures=failures+1, "
                "last_error=excluded.last_error",
                (url, status, at, error),
            )
            db.execute("UPDATE fetches SET quarantined=1 WHERE url=? AND failures>=?", (url, self.max_failures))
        status_row = self.status(url)
        assert status_row is not None
        return status_row

    def status(self, url: str) -> FetchStatus | None:
        """The fetch history of `url`, or None if it was never fetched."""
        with self._lock:
            row = self._db.execute("SELECT * FROM fetches WHERE url=?", (url,)).fetchone()
        return _fetch_status(row) if row else None

    def is_quarantined(self, url: str) -> bool:
        row = self.status(url)
        return bool(row and row.quarantined)

    def failing(self) -> list[FetchStatus]:
        """URLs whose last attempt failed and that are still to be retried (not quarantined)."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM fetches WHERE failures>0 AND quarantined=0 ORDER BY url").fetchall()
        return [_fetch_status(r) for r in rows]

    def quarantined_urls(self) -> list[FetchStatus]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM fetches WHERE quarantined=1 ORDER BY url").fetchall()
        return [_fetch_status(r) for r in rows]

    def release(self, url: str) -> None:
        """Let a quarantined URL be fetched again (its failure count starts from zero)."""
        with self._tx() as db:
            db.execute("UPDATE fetches SET quarantined=0, failures=0 WHERE url=?", (url,))

    # -- document registry ---------------------------------------------------------------------------------
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
        """Documents whose current version has not been processed (new, updated, or left by a stopped run)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM documents WHERE processed_version IS NULL OR processed_version != version "
                "ORDER BY canonical_url"
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

    # -- claims -------------------------------------------------------------------------------------------------
    def claim(self, batch: str, doc_ids: Iterable[str], now: float | None = None) -> set[str]:
        """Claim `doc_ids` for `batch`, in one transaction; returns those `batch` now holds. A document is taken
        when no batch holds it, when `batch` holds it already (its claim is renewed) or when its claim is older
        than the lease or its process is gone from this host; one that another live batch holds is left to it."""
        now = time.time() if now is None else now
        taken = set()
        with self._tx() as db:
            for doc_id in dict.fromkeys(doc_ids):
                db.execute(
                    "INSERT INTO claims (doc_id, batch, claimed_at, owner) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(doc_id) DO UPDATE SET batch=excluded.batch, claimed_at=excluded.claimed_at, "
                    "owner=excluded.owner "
                    "WHERE claims.batch=excluded.batch OR claims.claimed_at < ? OR owner_gone(claims.owner)",
                    (doc_id, batch, now, self.owner or _owner(), now - self.claim_lease_s),
                )
                row = db.execute("SELECT batch FROM claims WHERE doc_id=?", (doc_id,)).fetchone()
                if row["batch"] == batch:
                    taken.add(doc_id)
        return taken

    def claims(self) -> dict[str, str]:
        """Every claim: doc_id -> the batch holding it."""
        with self._lock:
            rows = self._db.execute("SELECT doc_id, batch FROM claims ORDER BY doc_id").fetchall()
        return {r["doc_id"]: r["batch"] for r in rows}

    def release_claims(self, batch: str) -> int:
        """The batch finished (processed or failed): its documents are free for other batches. Returns how many."""
        with self._tx() as db:
            return db.execute("DELETE FROM claims WHERE batch=?", (batch,)).rowcount


_HOST = socket.gethostname()


def _owner() -> str:
    """The process that claims (asked at each claim: a forked worker is another process)."""
    return f"{_HOST}:{os.getpid()}"


def run_owner() -> str:
    """The process that runs this batch, as a claim's owner: the parent of a process that `multiprocessing` started
    (a step of Dagster's multiprocess executor runs in one, and ends with its step while the run goes on), else this
    process (the in-process executor, `policygraph run`)."""
    parent = multiprocessing.parent_process()
    return f"{_HOST}:{parent.pid}" if parent is not None and parent.pid else _owner()


def owner_gone(owner: str) -> bool:
    """The claiming process ran on this host and is gone (exited, killed; a zombie counts as gone). A process of
    another host is never taken for gone: its claim waits for the lease."""
    host, _, pid = owner.rpartition(":")
    if host != _HOST or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:  # Linux: a killed process its parent has not waited for yet is a zombie
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def _fetch_status(row: sqlite3.Row) -> FetchStatus:
    return FetchStatus(
        url=row["url"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_status=row["last_status"],
        last_fetched_at=row["last_fetched_at"],
        last_success_at=row["last_success_at"],
        failures=row["failures"],
        last_error=row["last_error"],
        quarantined=bool(row["quarantined"]),
    )


def _doc_entry(row: sqlite3.Row) -> DocumentEntry:
    return DocumentEntry(**{k: row[k] for k in row.keys()})
