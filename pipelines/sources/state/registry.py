"""`FetchState`: the fetch history, the document registry, the batches' claims and the withdrawals over one SQLite
file."""

from __future__ import annotations

from pathlib import Path

from pipelines.sources.state.claims import DEFAULT_CLAIM_LEASE_S, BatchClaims
from pipelines.sources.state.documents import DocumentRegistry
from pipelines.sources.state.fetches import FetchHistory
from pipelines.sources.state.withdrawals import WithdrawalRegistry


class FetchState(FetchHistory, DocumentRegistry, BatchClaims, WithdrawalRegistry):
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
        self._open(self.path)

    def __enter__(self) -> FetchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
