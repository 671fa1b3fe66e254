"""Typed resources: the only place configuration enters the Dagster layer.

The home folder and the sources file are given to the code location as `dg.EnvVar("POLICYGRAPH_HOME")` and
`dg.EnvVar("POLICYGRAPH_SOURCES")` (pipelines/definitions.py): the UI's Resources page names the variables, and
Dagster reads them when a run starts, never when the module is imported. `policygraph run` passes its own values.
The other settings have defaults that work on a fresh clone.
"""

import dataclasses
import gc
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import dagster as dg
from pydantic import Field

from pipelines.files import held
from pipelines.home import Home
from pipelines.kg.namespaces import DEFAULT_BASE
from pipelines.kg.store import GraphStore
from pipelines.nlp.settings import DEFAULT_MODEL
from pipelines.sources.config import SourcesConfig, load_sources
from pipelines.sources.http import HttpClient, HttpSettings
from pipelines.sources.state import DEFAULT_CLAIM_LEASE_S, FetchState, run_owner

#: The concurrency pool of the steps that open the embedded store (`knowledge_graph`, `published_graph`,
#: `graph_dumps`): RocksDB is single-writer, so one such step at a time across all runs of a home, while the other
#: steps of runs of different batches (collecting, parsing, extraction, the checks) run at once: the registry and
#: the entity catalogue (SQLite, or PostgreSQL) are databases written in transactions, and claims keep the batches'
#: documents apart.
#: deploy/local/dagster.yaml limits the pool to one step (op granularity).
STORE_POOL = "policygraph_store"
#: how long a step that holds the home's store lock waits for RocksDB's lock (a handle of an earlier step of its process
#: not collected yet) before it fails
STORE_LOCK_WAIT_S = 120.0
#: documents one batch takes at most unless configured: a batch (a partition) stays a few minutes of work, even when
#: the sources hold a whole archive
DEFAULT_MAX_BATCH = 2000


class HomeResource(dg.ConfigurableResource):
    """Where a run keeps everything it writes (archive, state, stores, dumps)."""

    path: str = Field(description="Home folder: archive, registry, store, snapshots, dumps ($POLICYGRAPH_HOME)")
    catalogue_url: str = Field(
        default="",
        description="The entity catalogue's PostgreSQL database, postgresql://host:port/dbname (the password in "
        "PGPASSWORD or PGPASSFILE, never in the URL; $POLICYGRAPH_CATALOGUE_URL in deploy/postgres/definitions.py); "
        "empty: the SQLite file HOME/work/entities.sqlite",
    )
    max_fetch_failures: int = Field(default=3, description="Failed fetches of a URL before it is quarantined")
    claim_lease_s: float = Field(
        default=DEFAULT_CLAIM_LEASE_S,
        gt=0,
        description="Seconds a batch's claim on its documents holds; older, another batch may take them over (the "
        "claiming run is taken for dead). Longer than a batch takes from parsing to the graph load",
    )

    def home(self) -> Home:
        return Home.at(self.path, catalogue_url=self.catalogue_url or None)

    @contextmanager
    def fetch_state(self):
        home = self.home()
        home.root.mkdir(parents=True, exist_ok=True)
        state = FetchState(
            home.state_db,
            max_failures=self.max_fetch_failures,
            claim_lease_s=self.claim_lease_s,
            owner=run_owner(),  # a step's process ends before its run: the run's documents stay claimed
        )
        try:
            yield state
        finally:
            state.close()


class SourcesResource(dg.ConfigurableResource):
    """The sources file listing feeds, article folders/URLs and cable folders."""

    path: str = Field(description="Sources YAML ($POLICYGRAPH_SOURCES; the bundled samples: data/sources.yaml)")
    max_batch: int = Field(
        default=DEFAULT_MAX_BATCH,
        ge=1,
        description="Documents one batch takes at most; the rest stay pending for the next batch (the sources "
        "file's `max_batch` wins)",
    )

    def file(self) -> Path:
        return Path(self.path)

    def load(self) -> SourcesConfig:
        config = load_sources(self.file())
        return dataclasses.replace(config, max_batch=config.max_batch or self.max_batch)


class HttpResource(dg.ConfigurableResource):
    """The one HTTP client all fetches go through: user agent, timeouts, retries, rate limit, size cap."""

    timeout: float = 20.0
    max_retries: int = 3
    backoff_base: float = 1.0
    max_retry_wait: float = 60.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    min_interval: float = 1.0
    host_budget: float = 300.0  # seconds of fetching per host and run
    run_budget: float = 1800.0  # seconds of fetching per run
    #: internal hosts ("host" or "host:port", comma-separated) the fetcher may reach; `POLICYGRAPH_FETCH_ALLOW` adds
    #: to it (for tests and intranet deployments)
    fetch_allow: str = ""

    def settings(self) -> HttpSettings:
        listed = f"{self.fetch_allow},{os.environ.get('POLICYGRAPH_FETCH_ALLOW', '')}"
        return HttpSettings(
            fetch_allow=frozenset(h.strip().lower() for h in listed.split(",") if h.strip()),
            timeout=self.timeout,
            max_retries=self.max_retries,
            backoff_base=self.backoff_base,
            max_retry_wait=self.max_retry_wait,
            max_bytes=self.max_bytes,
            max_redirects=self.max_redirects,
            min_interval=self.min_interval,
            host_budget=self.host_budget,
            run_budget=self.run_budget,
        )

    @contextmanager
    def client(self, state: FetchState):
        client = HttpClient(self.settings(), state)
        try:
            yield client
        finally:
            client.close()


class NlpResource(dg.ConfigurableResource):
    """The spaCy model and rules. `model` may be any installed English pipeline (en_core_web_sm/md/lg/trf).

    `n_process`: extraction processes (the batch is dealt to that many forks of the run process, which share the
    loaded model); `batch_size`: documents per `nlp.pipe` batch (spaCy's working memory grows with it)."""

    model: str = DEFAULT_MODEL
    n_process: int = 1
    batch_size: int = 16

    def settings(self):
        from pipelines.nlp.settings import NlpSettings

        return NlpSettings(model=self.model, n_process=self.n_process, batch_size=self.batch_size)

    def extractor(self):
        return _extractor(self.settings())


@lru_cache(maxsize=2)
def _extractor(settings):
    from pipelines.nlp.extract import Extractor

    return Extractor(settings)


class GraphStoreResource(dg.ConfigurableResource):
    """The embedded Oxigraph store under the home folder (`store/`), plus an optional remote SPARQL target."""

    base_iri: str = DEFAULT_BASE
    remote_query_url: str | None = None
    remote_update_url: str | None = None
    remote_gsp_url: str | None = None
    remote_user: str | None = Field(default=None, description="HTTP Basic user of the remote store, if it wants one")
    remote_password: str | None = Field(
        default=None, description="its password (give it as {env: POLICYGRAPH_REMOTE_PASSWORD}, never in a file)"
    )

    @contextmanager
    def opened(self, home: Home) -> Iterator[GraphStore]:
        """The embedded store for one step, let go of when the step is done (the next step, maybe another run's in
        another process, opens it next). The step first waits, however long, for the home's store lock
        (`Home.store_lock`), held until the store is let go of: the pool `policygraph_store` queues the steps, but
        Dagster's SQLite storage (the local instance) can give the pool's one slot to two steps that ask for it at
        the same moment (its claim reads the free slot, then writes it: two processes can both read it), so the
        pool alone does not keep a second writer from RocksDB's lock. A RocksDB lock still held after that (a handle
        of an earlier step of this process not collected yet) is waited for up to `STORE_LOCK_WAIT_S`."""
        with held(home.store_lock):
            deadline = time.monotonic() + STORE_LOCK_WAIT_S
            while True:
                try:
                    store = GraphStore(home.store)
                    break
                except OSError:  # RocksDB's lock: a handle of an earlier step not collected yet
                    gc.collect()  # one in a reference cycle of this process lets go of the lock when collected
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            try:
                yield store
            finally:
                store.close()
                gc.collect()  # what still refers to the store from a reference cycle

    def remote(self):
        """The remote SPARQL 1.1 store to publish to (Fuseki, GraphDB, Virtuoso, Oxigraph server), or None."""
        if not (self.remote_gsp_url or self.remote_update_url):
            return None
        from pipelines.kg.remote import RemoteStore

        auth = (self.remote_user, self.remote_password or "") if self.remote_user else None
        return RemoteStore(self.remote_query_url, self.remote_update_url, self.remote_gsp_url, auth=auth)


class PublishResource(dg.ConfigurableResource):
    """How the published data set describes itself: the public SPARQL endpoint named in VoID and in the service
    description."""

    endpoint_url: str = "http://127.0.0.1:7878/query"
