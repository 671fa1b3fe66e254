"""The `withdrawals` table: documents taken out of the graph (a retracted article, a takedown, a document an analyst
rules out). A withdrawn document is not collected again, whatever its sources still offer, until it is restored;
its raw versions stay in the archive. The graph step of the next run removes its graph (`applied_at`, `batch`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.sources.archive import utc_now
from pipelines.sources.state.database import RegistryDatabase


@dataclass(frozen=True)
class Withdrawal:
    """A withdrawn document: why and when; `batch` and `applied_at` once its graph is removed."""

    doc_id: str
    reason: str
    requested_at: str
    batch: str | None
    applied_at: str | None


class WithdrawalRegistry(RegistryDatabase):
    """The `withdrawals` table."""

    def withdraw(self, doc_ids: Iterable[str], reason: str, at: str | None = None) -> list[str]:
        """Withdraw the registered documents among `doc_ids` (a document withdrawn already keeps its first
        request); returns the ids not registered, which are not withdrawn."""
        at = at or utc_now()
        unknown = []
        with self._tx() as db:
            for doc_id in doc_ids:
                if db.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone() is None:
                    unknown.append(doc_id)
                    continue
                db.execute(
                    "INSERT INTO withdrawals (doc_id, reason, requested_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    (doc_id, reason, at),
                )
                db.execute("DELETE FROM claims WHERE doc_id=?", (doc_id,))
        return unknown

    def restore(self, doc_ids: Iterable[str]) -> list[str]:
        """Lift the withdrawal of `doc_ids`: each is processed again by the next run (from the archive, as a
        document a run left unfinished). Returns the ids that were withdrawn."""
        restored = []
        with self._tx() as db:
            for doc_id in doc_ids:
                if db.execute("DELETE FROM withdrawals WHERE doc_id=?", (doc_id,)).rowcount:
                    db.execute("UPDATE documents SET processed_version=NULL WHERE doc_id=?", (doc_id,))
                    restored.append(doc_id)
        return restored

    def withdrawals(self, pending_only: bool = False) -> list[Withdrawal]:
        """Every withdrawal (only those whose graph is not removed yet, with `pending_only`), by request time."""
        where = " WHERE applied_at IS NULL" if pending_only else ""
        with self._lock:
            rows = self._db.execute(f"SELECT * FROM withdrawals{where} ORDER BY requested_at, doc_id").fetchall()
        return [Withdrawal(**{k: r[k] for k in r.keys()}) for r in rows]

    def withdrawn_ids(self) -> set[str]:
        """The ids of every withdrawn document, applied or not."""
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT doc_id FROM withdrawals")}

    def mark_withdrawals_applied(self, doc_ids: Iterable[str], batch: str, at: str | None = None) -> None:
        """Record that `batch`'s graph step removed the graphs of `doc_ids`."""
        at = at or utc_now()
        with self._tx() as db:
            db.executemany(
                "UPDATE withdrawals SET batch=?, applied_at=? WHERE doc_id=? AND applied_at IS NULL",
                [(batch, at, d) for d in doc_ids],
            )
