"""The `claims` table: which batch is processing a document, and whether a claim's process is gone."""

from __future__ import annotations

import time
from collections.abc import Iterable

from pipelines.sources.state.database import RegistryDatabase
from pipelines.sources.state.owners import process_owner

#: how long a batch's claim on a document holds before another batch may take it over (its batch is taken for dead)
DEFAULT_CLAIM_LEASE_S = 3600.0


class BatchClaims(RegistryDatabase):
    """Batches' claims on documents (the `claims` table)."""

    claim_lease_s: float
    owner: str | None

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
                    (doc_id, batch, now, self.owner or process_owner(), now - self.claim_lease_s),
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
