"""The `fetches` table: per URL, the conditional-GET validators, the last status, and the consecutive failures
that quarantine a URL."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from pipelines.sources.archive import utc_now
from pipelines.sources.state.database import RegistryDatabase


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


class FetchHistory(RegistryDatabase):
    """Per-URL fetch history (the `fetches` table)."""

    max_failures: int

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
