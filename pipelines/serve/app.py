"""``policygraph serve``: a read-only SPARQL endpoint, the YASGUI query page and dereferenceable IRIs.

One front server (Starlette on uvicorn, 127.0.0.1 unless configured; routes in `web.py` and `files.py`, started by
`server.py`) in front of an internal ``oxigraph serve-read-only`` process on the current published snapshot:

- ``/query`` and ``/sparql``: SPARQL 1.1 Protocol queries (GET, POST form, POST direct), with a time limit and a
  result cap; SPARQL Update, ``/update``, ``/store`` and PUT/DELETE/PATCH are refused (403/405).
- ``/``: Oxigraph's YASGUI query page (proxied with its script and style).
- ``/id/<kind>/<key>`` and ``/doc/<id>``: the entity or document IRI ``<base>id/...`` as HTML, Turtle or
  JSON-LD by content negotiation (or ``?format=ttl|jsonld|nt|html``).
- ``/dumps/<file>``, ``/.well-known/void`` and ``GET /query`` without a query: the dumps, the VoID description
  and the SPARQL Service Description published with the snapshot (when it was published with dumps); ``/dumps/``
  lists the dumps with their sizes and SHA-256 checksums (JSON, or HTML for a browser); ``/ontology`` is the
  ontology in Turtle, or its documentation for a browser.
- Every answer allows any origin (CORS: the data are public and nothing here takes credentials), preflights are
  answered, and large answers are gzip-compressed for clients that accept it.
- ``/queries`` and ``/queries/<name>?param=value``: the analyst query library, with safely bound parameters.
- ``/health``: the snapshot being served.

A watcher polls ``published/CURRENT``; when a new snapshot is published it starts a second Oxigraph process on it,
switches new requests to it once it answers, and stops the old process after its requests in flight finished, so
there is neither a lock-out nor a half-written graph. A query that exceeds the time limit gets HTTP 503 and its
Oxigraph process is replaced (killing the runaway evaluation, which Oxigraph's own timeout does not always stop).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from pipelines.home import Home
from pipelines.kg.namespaces import DEFAULT_BASE
from pipelines.kg.publish import current_snapshot
from pipelines.paths import QUERIES_DIR
from pipelines.serve import library
from pipelines.serve.backend import Backend, BackendError

log = logging.getLogger(__name__)


@dataclass
class ServeConfig:
    """How to serve: the run home (its ``published/`` snapshots), address, limits and the data base IRI."""

    home: Path
    port: int = 7878
    host: str = "127.0.0.1"
    timeout_s: float = 30.0
    max_rows: int = 10_000
    base: str = DEFAULT_BASE
    poll_s: float = 1.0
    max_concurrent: int = 4
    max_body_bytes: int = 1_000_000
    oxigraph_bin: str | None = None
    queries_dir: Path = QUERIES_DIR
    #: address space of the Oxigraph process, in MiB (0: no limit); a query that needs more aborts the process,
    #: which is restarted on the same snapshot
    max_memory_mb: int = 4096
    #: the address users reach the server at ("https://data.example.org/policygraph"), named as the SPARQL endpoint
    #: in the VoID description and the service description; by default the address the server is bound to
    public_url: str | None = None
    #: open connections at most (idle keep-alive ones included); one more is answered 503 at once
    max_connections: int = 512
    #: the endpoints a federated query may ask (``SERVICE <iri>``, exact IRIs); any other SERVICE is refused
    service_allow: tuple[str, ...] = ()


class App:
    """Holds the current backend and switches it when a new snapshot is published."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.published_root = Home.at(config.home).published
        self._backend: Backend | None = None
        self._lock = threading.Lock()
        self._switch_lock = threading.Lock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._failed: str | None = None
        self._retiring: set[Backend] = set()
        self.slots = threading.BoundedSemaphore(config.max_concurrent)
        self.restarts = 0  # backends restarted after their process died
        self._restart_lock = threading.Lock()
        self.library = library.load_library(config.queries_dir)
        self.bound_url = f"http://{config.host}:{config.port}"  # set to the real address once listening

    @property
    def snapshot_id(self) -> str | None:
        backend = self._backend
        return backend.snapshot_id if backend else None

    def start(self) -> None:
        self.check_snapshot()
        self._watcher = threading.Thread(target=self._watch, name="snapshot-watcher", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        with self._switch_lock, self._lock:  # waits for a switch in progress, so its new process is stopped too
            backend, self._backend = self._backend, None
        if backend is not None:
            backend.stop()
        for retiring in list(self._retiring):  # do not leave an old Oxigraph process behind on the way out
            retiring.stop()

    def acquire(self) -> Backend | None:
        with self._lock:
            backend = self._backend
            if backend is not None:
                backend.enter()
            return backend

    def check_snapshot(self) -> None:
        """Switch to the current snapshot when it differs from the one being served."""
        snapshot = current_snapshot(self.published_root)
        if snapshot is None or snapshot.name in (self.snapshot_id, self._failed):
            return
        self._switch(snapshot)

    def recycle(self, stale: Backend) -> None:
        """Replace a backend stuck on a runaway query by a fresh process on the same snapshot."""
        if stale is self._backend:
            self._switch(stale.snapshot_dir, grace_s=2.0)

    def recycle_later(self, stale: Backend) -> None:
        threading.Thread(target=self.recycle, args=(stale,), daemon=True).start()

    def check_backend_later(self) -> None:
        threading.Thread(target=self.check_backend, daemon=True).start()

    def _switch(self, snapshot: Path, grace_s: float | None = None) -> None:
        with self._switch_lock:
            if self._stop.is_set():
                return
            try:
                new = Backend(
                    snapshot, self.config.oxigraph_bin, self.config.timeout_s, self.config.max_memory_mb
                ).start()
            except BackendError as err:
                log.error("cannot serve snapshot %s: %s", snapshot.name, err)
                self._failed = snapshot.name
                return
            with self._lock:
                old, self._backend = self._backend, new
            log.info("serving snapshot %s on internal port %d", new.snapshot_id, new.port)
        if old is not None:
            grace = self.config.timeout_s + 5 if grace_s is None else grace_s
            self._retiring.add(old)
            threading.Thread(target=self._retire, args=(old, grace), name="retire-backend", daemon=True).start()

    def _retire(self, backend: Backend, grace_s: float) -> None:
        backend.retire(grace_s)
        self._retiring.discard(backend)

    def backend_alive(self) -> bool:
        backend = self._backend
        return backend is not None and backend.alive

    def check_backend(self) -> None:
        """Start a new process on the same snapshot when the backend died (killed, out of memory, crashed), or
        hangs: idle (no request in flight, whose own time limit would replace it) and silent to a trivial query."""
        with self._restart_lock:  # the watcher and a request that saw the process die may both get here
            backend = self._backend
            if backend is None:
                return
            if not backend.alive:
                log.error("the Oxigraph process of snapshot %s died: starting a new one", backend.snapshot_id)
            elif backend.inflight == 0 and not backend.responds() and backend.inflight == 0:  # idle around the ping
                log.error("the Oxigraph process of snapshot %s does not answer: replacing it", backend.snapshot_id)
            else:
                return
            self._switch(backend.snapshot_dir, grace_s=0.0)
            self.restarts += self.backend_alive()

    def _watch(self) -> None:
        while not self._stop.wait(self.config.poll_s):
            try:
                self.check_backend()
                self.check_snapshot()
            except Exception:  # the watcher must survive a bad snapshot; the old one keeps serving
                log.exception("snapshot check failed")
