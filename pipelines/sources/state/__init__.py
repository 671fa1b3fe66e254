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

The package: `registry` (FetchState, over the tables' classes), `fetches`, `documents` (with `versions`), `claims`
(with `owners`: which process holds a claim), `database` (the schema and the shared connection).
"""

from pipelines.sources.state.claims import DEFAULT_CLAIM_LEASE_S
from pipelines.sources.state.documents import DocumentEntry, Observation, doc_id_for
from pipelines.sources.state.fetches import FetchStatus, Validators
from pipelines.sources.state.owners import owner_gone, run_owner
from pipelines.sources.state.registry import FetchState

__all__ = [
    "DEFAULT_CLAIM_LEASE_S",
    "DocumentEntry",
    "FetchState",
    "FetchStatus",
    "Observation",
    "Validators",
    "doc_id_for",
    "owner_gone",
    "run_owner",
]
