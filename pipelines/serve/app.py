"""``policygraph serve``: a read-only SPARQL endpoint, the YASGUI query page and dereferenceable IRIs.

One front server (stdlib ``ThreadingHTTPServer``, 127.0.0.1 unless configured) in front of an internal
``oxigraph serve-read-only`` process on the current published snapshot:

- ``/query`` and ``/sparql``: SPARQL 1.1 Protocol queries (GET, POST form, POST direct), with a time limit and a
  result cap; SPARQL Update, ``/update``, ``/store`` and PUT/DELETE/PATCH are refused (403/405).
- ``/``: Oxigraph's YASGUI query page (proxied with its script and style).
- ``/id/<kind>/<key>`` and ``/doc/<id>``: the entity or document IRI ``<base>id/...`` as HTML, Turtle or
  JSON-LD by content negotiation (or ``?format=ttl|jsonld|nt|html``).
- ``/dumps/<file>``, ``/.well-known/void`` and ``GET /query`` without a query: the dumps, the VoID description
  and the SPARQL Service Description published with the snapshot (when it was published with dumps); ``/dumps/``
  lists the dumps with their sizes and SHA-256 checksums (JSON, or HTML for a browser); ``/ontology`` is the
  ontology in Turtle, or its documentation for a browser.
- Every answer allows any origin (CORS: the data are public and nothing here takes credentials), and an
  ``OPTIONS`` preflight is answered, so a web page elsewhere can query the endpoint.
- ``/queries`` and ``/queries/<name>?param=value``: the analyst query library, with safely bound parameters.
- ``/health``: the snapshot being served.

A watcher polls ``published/CURRENT``; when a new snapshot is published it starts a second Oxigraph process on it,
switches new requests to it once it answers, and stops the old process after its requests in flight finished, so
there is neither a lock-out nor a half-written graph. A query that exceeds the time limit gets HTTP 503 and its
Oxigraph process is replaced (killing the runaway evaluation, which Oxigraph's own timeout does not always stop).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote

import pyoxigraph as ox
import requests

from pipelines.kg import dumps
from pipelines.kg.namespaces import DEFAULT_BASE
from pipelines.kg.publish import DUMPS_DIR, current_snapshot, published_root_for
from pipelines.kg.query import QueryError
from pipelines.paths import ONTOLOGY_DIR, QUERIES_DIR
from pipelines.serve import library, pages
from pipelines.serve.backend import Backend, BackendError
from pipelines.serve.conneg import negotiate
from pipelines.serve.sparql import QueryTimeout, Refused, answer_query, read_sparql_request

log = logging.getLogger(__name__)

STATIC_PATHS = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
DUMP_MEDIA_TYPES = {
    ".ttl": "text/turtle; charset=utf-8",
    ".nt.gz": "application/gzip",
    ".nq.gz": "application/gzip",
    ".jsonld": "application/ld+json",
}
PAGE_FORMATS = {
    "text/html": "html",
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
}

_DUMP_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*")
#: any web page may read this public, read-only data (no credentials are ever accepted)
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Expose-Headers": "X-SPARQL-Max-Rows, X-SPARQL-Results-Truncated",
    "Access-Control-Max-Age": "86400",
}


def _dump_media(name: str) -> str:
    return next((m for end, m in DUMP_MEDIA_TYPES.items() if name.endswith(end)), "application/octet-stream")


@lru_cache(maxsize=256)
def _sha256_of(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    """The file's SHA-256 (computed once per file version: a published dump never changes)."""
    stat = path.stat()
    return _sha256_of(str(path), stat.st_size, stat.st_mtime_ns)


_ENDPOINT_PROPERTIES = (
    ox.NamedNode("http://rdfs.org/ns/void#sparqlEndpoint"),
    ox.NamedNode("http://www.w3.org/ns/sparql-service-description#endpoint"),
)


@lru_cache(maxsize=16)
def _with_endpoint(path: str, mtime_ns: int, endpoint: str) -> bytes:
    """A published description (Turtle) with the endpoint it names replaced by `endpoint` (and the IRIs made from
    it, such as `<endpoint#service>`)."""
    triples = list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
    named = {
        t.object.value for t in triples if t.predicate in _ENDPOINT_PROPERTIES and isinstance(t.object, ox.NamedNode)
    }

    def moved(term):
        if isinstance(term, ox.NamedNode):
            for old in named:
                if term.value == old or term.value.startswith(old + "#"):
                    return ox.NamedNode(endpoint + term.value[len(old) :])
        return term

    out = [ox.Triple(moved(t.subject), t.predicate, moved(t.object)) for t in triples]
    return ox.serialize(out, format=ox.RdfFormat.TURTLE, prefixes=dumps.prefix_map())


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
    #: the endpoints a federated query may ask (``SERVICE <iri>``, exact IRIs); any other SERVICE is refused
    service_allow: tuple[str, ...] = ()


class App:
    """Holds the current backend and switches it when a new snapshot is published."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.published_root = published_root_for(config.home)
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
        """Start a new process on the same snapshot when the backend died (killed, out of memory, crashed)."""
        with self._restart_lock:  # the watcher and a request that saw the process die may both get here
            backend = self._backend
            if backend is not None and not backend.alive:
                log.error("the Oxigraph process of snapshot %s died: starting a new one", backend.snapshot_id)
                self._switch(backend.snapshot_dir, grace_s=0.0)
                self.restarts += self.backend_alive()

    def _watch(self) -> None:
        while not self._stop.wait(self.config.poll_s):
            try:
                self.check_backend()
                self.check_snapshot()
            except Exception:  # the watcher must survive a bad snapshot; the old one keeps serving
                log.exception("snapshot check failed")


class Handler(BaseHTTPRequestHandler):
    server_version = "policygraph"
    protocol_version = "HTTP/1.1"
    #: seconds a connection may stay silent (idle keep-alive, a client that stops sending) before it is closed
    timeout = 60

    @property
    def app(self) -> App:
        return self.server.app  # type: ignore[attr-defined]

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self):
        self._dispatch("GET")

    def do_HEAD(self):
        self._dispatch("HEAD")

    def do_POST(self):
        self._dispatch("POST")

    def do_OPTIONS(self):
        self._send(204, "text/plain; charset=utf-8", b"", {"Allow": "GET, HEAD, POST, OPTIONS"}, head=True)

    def do_PUT(self):
        self._dispatch("PUT")

    def do_DELETE(self):
        self._dispatch("DELETE")

    def do_PATCH(self):
        self._dispatch("PATCH")

    def _dispatch(self, method: str) -> None:
        try:
            self._route(method)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception:  # never show a traceback to the client
            log.exception("error answering %s %s", method, self.path)
            self._send(500, "text/plain; charset=utf-8", b"internal error")

    def _route(self, method: str) -> None:
        path, _, query_string = self.path.partition("?")
        if path in ("/update", "/store") or path.startswith("/store/"):
            self._discard_body()
            return self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only")
        if method not in ("GET", "HEAD", "POST"):
            self._discard_body()
            return self._send(
                405, "text/plain; charset=utf-8", b"read-only endpoint: GET and POST only", {"Allow": "GET, POST"}
            )
        if method == "POST" and path not in ("/query", "/sparql"):
            self._discard_body()  # read, so that it is never taken for the next request on the connection
            return self._send(405, "text/plain; charset=utf-8", b"POST is for /query", {"Allow": "GET"})
        if path == "/health":  # 503 while no backend answers: a load balancer takes the server out
            alive = self.app.backend_alive()
            state = {"snapshot": self.app.snapshot_id, "backend": "up" if alive else "down"}
            body = json.dumps({**state, "restarts": self.app.restarts}).encode()
            return self._send(200 if alive else 503, "application/json", body, head=method == "HEAD")
        if path in ("/query", "/sparql"):
            if method != "POST" and not query_string:  # SPARQL 1.1 Service Description convention
                return self._description("service-description.ttl", head=method == "HEAD")
            return self._sparql(method, query_string)
        if path == "/.well-known/void":
            return self._description("void.ttl", head=method == "HEAD")
        if path in ("/dumps", "/dumps/"):
            return self._dump_listing(head=method == "HEAD")
        if path.startswith("/dumps/"):
            return self._dump_file(path[len("/dumps/") :], head=method == "HEAD")
        if path == "/ontology":
            if negotiate(self.headers.get("Accept"), ["text/turtle", "text/html"]) == "text/html":
                page = (ONTOLOGY_DIR / "docs" / "index.html").read_bytes()  # the ontology's documentation
                return self._send(200, "text/html; charset=utf-8", page, {"Vary": "Accept"}, head=method == "HEAD")
            return self._dump_file(dumps.ONTOLOGY, head=method == "HEAD")
        if path in STATIC_PATHS:
            return self._static(path, head=method == "HEAD")
        if path.startswith(("/id/", "/doc/", "/run/")):
            return self._resource(path, query_string, head=method == "HEAD")
        if path.startswith("/graph/"):
            return self._resource(path, query_string, head=method == "HEAD", graph=True)
        if path == "/queries":
            answer = library.list_queries(self.app.library, self.headers.get("Accept"))
            return self._send(answer.status, answer.content_type, answer.body, head=method == "HEAD")
        if path.startswith("/queries/"):
            return self._library_query(unquote(path[len("/queries/") :]), query_string, head=method == "HEAD")
        return self._send(404, "text/plain; charset=utf-8", b"not found", head=method == "HEAD")

    # --- SPARQL -------------------------------------------------------------------------------------------------

    def _sparql(self, method: str, query_string: str) -> None:
        body = b""
        if method == "POST":
            body = self._read_body()
            if body is None:
                return
        try:
            request = read_sparql_request(
                "GET" if method == "HEAD" else method, query_string, self.headers.get("Content-Type"), body
            )
        except Refused as refused:
            return self._send(refused.status, "text/plain; charset=utf-8", refused.message.encode())
        with self._backend() as backend:
            if backend is None:
                return
            try:
                answer = answer_query(
                    request,
                    self.headers.get("Accept"),
                    backend.query_url,
                    timeout_s=self.app.config.timeout_s,
                    max_rows=self.app.config.max_rows,
                    service_allow=self.app.config.service_allow,
                )
            except Refused as refused:
                return self._send(refused.status, "text/plain; charset=utf-8", refused.message.encode())
            except QueryTimeout:
                threading.Thread(target=self.app.recycle, args=(backend,), daemon=True).start()
                message = f"query exceeded the time limit of {self.app.config.timeout_s:g} s"
                return self._send(503, "text/plain; charset=utf-8", message.encode())
            if answer.status == 502 and backend.died():  # the query took more memory than the process may
                threading.Thread(target=self.app.check_backend, daemon=True).start()
                message = f"the query needed more than the {self.app.config.max_memory_mb} MiB this endpoint allows"
                return self._send(503, "text/plain; charset=utf-8", message.encode())
        self._send(answer.status, answer.content_type, answer.body, answer.headers, head=method == "HEAD")

    def _library_query(self, name: str, query_string: str, head: bool) -> None:
        with self._backend() as backend:
            if backend is None:
                return
            try:
                answer = library.run_library_query(
                    self.app.library,
                    name,
                    query_string,
                    self.headers.get("Accept"),
                    backend.query_url,
                    timeout_s=self.app.config.timeout_s,
                    max_rows=self.app.config.max_rows,
                )
            except QueryTimeout:
                threading.Thread(target=self.app.recycle, args=(backend,), daemon=True).start()
                return self._send(503, "text/plain; charset=utf-8", b"query exceeded the time limit")
        self._send(answer.status, answer.content_type, answer.body, answer.headers, head=head)

    # --- files of the served snapshot ---------------------------------------------------------------------------

    def _dumps_dir(self, backend: Backend) -> Path:
        folder = backend.snapshot_dir / DUMPS_DIR
        return folder if folder.is_dir() else self.app.config.home / "dumps"  # published without dumps: the run's

    def _dump_listing(self, head: bool) -> None:
        with self._backend() as backend:
            if backend is None:
                return
            folder = self._dumps_dir(backend)
            files = [
                {
                    "name": f.name,
                    "url": "/dumps/" + f.name,
                    "bytes": f.stat().st_size,
                    "sha256": _sha256(f),
                    "media_type": _dump_media(f.name).split(";")[0],
                }
                for f in (sorted(folder.iterdir()) if folder.is_dir() else [])
                if f.is_file() and _DUMP_NAME.fullmatch(f.name)
            ]
            snapshot = backend.snapshot_id
        if negotiate(self.headers.get("Accept"), ["application/json", "text/html"]) == "text/html":
            body = pages.dump_listing_html(snapshot, files)
            return self._send(200, "text/html; charset=utf-8", body, head=head)
        body = json.dumps({"snapshot": snapshot, "files": files}, indent=2).encode()
        self._send(200, "application/json", body, head=head)

    @contextlib.contextmanager
    def _published(self, name: str, head: bool):
        """The served snapshot's dump file `name`, leased while the caller reads it; None when there is none (and
        the answer, 503 or 404, is sent)."""
        with self._backend() as backend:
            path = self._dumps_dir(backend) / name if backend is not None else None
            if path is not None and not path.is_file():
                self._send(404, "text/plain; charset=utf-8", b"not published", head=head)
                path = None
            yield path

    def _description(self, name: str, head: bool) -> None:
        """The VoID or service description of the snapshot, naming this server's public address as the endpoint
        (the run that published it may have named another)."""
        with self._published(name, head) as path:
            if path is None:
                return
            host, port = self.server.server_address[:2]
            public = (self.app.config.public_url or f"http://{host}:{port}").rstrip("/") + "/query"
            body = _with_endpoint(str(path), path.stat().st_mtime_ns, public)
        self._send(200, "text/turtle; charset=utf-8", body, head=head)

    def _dump_file(self, name: str, head: bool) -> None:
        if not _DUMP_NAME.fullmatch(name):
            return self._send(404, "text/plain; charset=utf-8", b"not found", head=head)
        with self._published(name, head) as path:
            if path is None:
                return
            with open(path, "rb") as fh:  # streamed: dumps can be large; the lease keeps the snapshot alive
                self.send_response(200)
                self.send_header("Content-Type", _dump_media(name))
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Content-Length", str(os.fstat(fh.fileno()).st_size))
                self.end_headers()
                if not head:
                    shutil.copyfileobj(fh, self.wfile, 1 << 20)

    # --- pages --------------------------------------------------------------------------------------------------

    def _static(self, path: str, head: bool) -> None:
        with self._backend() as backend:
            if backend is None:
                return
            upstream = requests.get(backend.url + path, timeout=10)
        if upstream.status_code != 200:
            return self._send(502, "text/plain; charset=utf-8", b"query page unavailable")
        content_type = upstream.headers.get("Content-Type", "application/octet-stream")
        self._send(200, content_type, upstream.content, {"Cache-Control": "max-age=3600"}, head=head)

    def _resource(self, path: str, query_string: str, head: bool, graph: bool = False) -> None:
        """An entity, document or run IRI: what the graph says about it; a graph IRI (`graph`): the graph's
        triples (up to the row cap)."""
        base = self.app.config.base
        iri = base + path[1:]
        try:
            ox.NamedNode(iri)
        except ValueError:
            return self._send(404, "text/plain; charset=utf-8", b"not a valid IRI", head=head)
        requested = parse_qs(query_string).get("format", [None])[0]
        if requested not in (None, *PAGE_FORMATS.values()):
            return self._send(400, "text/plain; charset=utf-8", b"format is one of html, ttl, jsonld, nt")
        media = (
            next(m for m, f in PAGE_FORMATS.items() if f == requested)
            if requested
            else negotiate(self.headers.get("Accept"), list(PAGE_FORMATS))
        )
        if media is None:
            return self._send(406, "text/plain; charset=utf-8", b"available: " + ", ".join(PAGE_FORMATS).encode())
        vary = {"Vary": "Accept", "Link": f'<{iri}>; rel="canonical"'}
        timeout = self.app.config.timeout_s
        with self._backend() as backend:
            if backend is None:
                return
            try:
                if graph:
                    triples = pages.graph_triples(backend.query_url, iri, self.app.config.max_rows, timeout)
                    if not triples:
                        return self._send(404, "text/plain; charset=utf-8", b"no such graph", head=head)
                    body = (
                        pages.render_graph_html(iri, triples, self.app.config.max_rows, base)
                        if media == "text/html"
                        else pages.render_triples(triples, media)
                    )
                elif media == "text/html":
                    view = pages.fetch_resource(backend.union_query_url, iri, timeout)
                    if not view.exists:
                        return self._send(404, "text/html; charset=utf-8", pages.render_not_found(iri), head=head)
                    body = pages.render_html(view, base)
                else:
                    triples = pages.describe_graph(backend.union_query_url, iri, timeout)
                    if not triples:
                        return self._send(404, "text/plain; charset=utf-8", b"not found", head=head)
                    body = pages.render_triples(triples, media)
            except QueryError:
                return self._send(503, "text/plain; charset=utf-8", b"the SPARQL backend did not answer in time")
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        self._send(200, media + charset, body, vary, head=head)

    # --- plumbing -----------------------------------------------------------------------------------------------

    def _backend(self):
        handler = self

        class _Lease:
            def __enter__(self):
                if not handler.app.slots.acquire(timeout=handler.app.config.timeout_s):
                    handler._send(
                        503, "text/plain; charset=utf-8", b"too many concurrent requests", {"Retry-After": "5"}
                    )
                    self.backend, self.slot = None, False
                    return None
                self.slot = True
                self.backend = handler.app.acquire()
                if self.backend is None:
                    handler._send(503, "text/plain; charset=utf-8", b"no snapshot has been published yet")
                return self.backend

            def __exit__(self, *exc):
                if self.backend is not None:
                    self.backend.leave()
                if self.slot:
                    handler.app.slots.release()
                return False

        return _Lease()

    def _read_body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._send(411, "text/plain; charset=utf-8", b"Content-Length required", {"Connection": "close"})
            return None
        if int(length) > self.app.config.max_body_bytes:
            self._send(413, "text/plain; charset=utf-8", b"request too large", {"Connection": "close"})
            return None
        return self.rfile.read(int(length))

    def _discard_body(self) -> None:
        length = self.headers.get("Content-Length", "0")
        if length.isdigit() and int(length) <= self.app.config.max_body_bytes:
            self.rfile.read(int(length))
        else:
            self.close_connection = True

    def _send(self, status, content_type, body: bytes, headers=None, head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in CORS_HEADERS.items():
            self.send_header(key, value)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)


class ServeError(RuntimeError):
    """The server cannot start (the port is taken, the address is not this machine's)."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, app: App):
        super().__init__(address, Handler)
        self.app = app


class ServerHandle:
    """A running endpoint (front server thread + Oxigraph process); a context manager that stops everything."""

    def __init__(self, home: Path, port: int = 0, host: str = "127.0.0.1", **options):
        self.config = ServeConfig(home=Path(home), port=port, host=host, **options)
        self.app = App(self.config)
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> ServerHandle:
        try:
            self._httpd = _Server((self.config.host, self.config.port), self.app)
        except OSError as err:
            raise ServeError(f"cannot listen on {self.config.host}:{self.config.port}: {err.strerror or err}") from None
        atexit.register(self.stop)
        try:
            self.app.start()
        except BaseException:
            self.stop()
            raise
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="policygraph-serve", daemon=True)
        self._thread.start()
        return self

    def wait_for_snapshot(self, snapshot_id: str, timeout_s: float = 30.0) -> bool:
        """Block until the given snapshot is being served (for tests and scripts)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.app.snapshot_id == snapshot_id:
                return True
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self._httpd is not None:
            if self._thread is not None:
                self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        self.app.stop()
        atexit.unregister(self.stop)

    def __enter__(self) -> ServerHandle:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(
    home: Path,
    port: int = 7878,
    host: str = "127.0.0.1",
    timeout_s: float = 30.0,
    max_rows: int = 10_000,
    **options,
) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM); stops the Oxigraph process on the way out."""
    stopping = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    with ServerHandle(home, port, host, timeout_s=timeout_s, max_rows=max_rows, **options) as handle:
        snapshot = handle.app.snapshot_id or "none yet (waiting for a publication)"
        print(
            f"policygraph SPARQL endpoint at {handle.url}/query (query page {handle.url}/, read-only; Ctrl-C stops), "
            f"snapshot {snapshot}",
            flush=True,
        )
        try:
            while not stopping.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
