"""The endpoint's HTTP front: a Starlette application over an `App` (the backend being served).

Starlette routes the requests and answers 404/405 for what is not here; uvicorn (see `app.ServerHandle`) parses
HTTP, keeps connections alive, closes idle ones and holds slow clients without a thread each. CORS and gzip are
Starlette's middleware. What waits on the backend (a query, a page, a dump file) runs in Starlette's thread pool
under a lease (`_lease`): a concurrency slot and the backend process, kept until the answer is built.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox
import requests
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from pipelines.kg import dumps
from pipelines.kg.namespaces import prefix_map
from pipelines.kg.publish import DUMPS_DIR
from pipelines.kg.query import QueryError
from pipelines.paths import ONTOLOGY_DIR
from pipelines.serve import library, pages
from pipelines.serve.app import App
from pipelines.serve.backend import Backend
from pipelines.serve.conneg import negotiate
from pipelines.serve.sparql import Answer, QueryTimeout, Refused, answer_query, read_sparql_request

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
#: seconds a client may take to send a request body
BODY_TIMEOUT_S = 30.0

_DUMP_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*")
_ENDPOINT_PROPERTIES = (
    ox.NamedNode("http://rdfs.org/ns/void#sparqlEndpoint"),
    ox.NamedNode("http://www.w3.org/ns/sparql-service-description#endpoint"),
)


class _Reply(Exception):
    """An answer decided deep in a handler (no backend, too many requests): sent as it is."""

    def __init__(self, response: Response):
        self.response = response


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(message, status, headers, media_type="text/plain; charset=utf-8")


def _answer(answer: Answer) -> Response:
    return Response(answer.body, answer.status, answer.headers, media_type=answer.content_type)


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
    return dumps.serialized(out, ox.RdfFormat.TURTLE, prefix_map())


@contextlib.contextmanager
def _lease(app: App) -> Iterator[Backend]:
    """The backend being served, held (with one of the concurrency slots) while the caller uses it."""
    if not app.slots.acquire(timeout=app.config.timeout_s):
        raise _Reply(_text(503, "too many concurrent requests", {"Retry-After": "5"}))
    try:
        backend = app.acquire()
        if backend is None:
            raise _Reply(_text(503, "no snapshot has been published yet"))
        try:
            yield backend
        finally:
            backend.leave()
    finally:
        app.slots.release()


def _dumps_dir(backend: Backend) -> Path:
    """The dumps published with the served snapshot (none when it was published without them)."""
    return backend.snapshot_dir / DUMPS_DIR


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, up to `limit` bytes, sent within `BODY_TIMEOUT_S` (413 or 408 otherwise)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _Reply(_text(413, "request too large", {"Connection": "close"}))
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(BODY_TIMEOUT_S):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise _Reply(_text(413, "request too large", {"Connection": "close"}))
                chunks.append(chunk)
    except TimeoutError:
        raise _Reply(_text(408, "the request body was not sent in time", {"Connection": "close"})) from None
    except ClientDisconnect:
        raise _Reply(_text(400, "the client went away")) from None
    return b"".join(chunks)


def create_web_app(app: App) -> Starlette:
    """The Starlette application answering for `app`."""
    config = app.config

    async def served(request: Request, fn: Callable[..., Response], *args: Any) -> Response:
        """Run a handler that waits on the backend (in the thread pool)."""
        return await run_in_threadpool(fn, request, *args)

    # --- SPARQL -------------------------------------------------------------------------------------------------

    async def sparql(request: Request) -> Response:
        query_string = request.scope["query_string"].decode("latin-1")
        if request.method != "POST" and not query_string:  # SPARQL 1.1 Service Description convention
            return await served(request, description, "service-description.ttl")
        body = await _read_body(request, config.max_body_bytes) if request.method == "POST" else b""
        try:
            sparql_request = read_sparql_request(
                "GET" if request.method == "HEAD" else request.method,
                query_string,
                request.headers.get("content-type"),
                body,
            )
        except Refused as refused:
            return _text(refused.status, refused.message)
        return await served(request, run_sparql, sparql_request)

    def run_sparql(request: Request, sparql_request) -> Response:
        with _lease(app) as backend:
            try:
                answer = answer_query(
                    sparql_request,
                    request.headers.get("accept"),
                    backend.query_url,
                    timeout_s=config.timeout_s,
                    max_rows=config.max_rows,
                    service_allow=config.service_allow,
                )
            except Refused as refused:
                return _text(refused.status, refused.message)
            except QueryTimeout:
                app.recycle_later(backend)
                return _text(503, f"query exceeded the time limit of {config.timeout_s:g} s")
            if answer.status == 502 and backend.died():  # the query took more memory than the process may
                app.check_backend_later()
                return _text(503, f"the query needed more than the {config.max_memory_mb} MiB this endpoint allows")
        return _answer(answer)

    async def library_query(request: Request) -> Response:
        return await served(request, run_library_query, request.path_params["name"])

    def run_library_query(request: Request, name: str) -> Response:
        with _lease(app) as backend:
            try:
                answer = library.run_library_query(
                    app.library,
                    name,
                    request.scope["query_string"].decode("latin-1"),
                    request.headers.get("accept"),
                    backend.query_url,
                    timeout_s=config.timeout_s,
                    max_rows=config.max_rows,
                )
            except QueryTimeout:
                app.recycle_later(backend)
                return _text(503, "query exceeded the time limit")
        return _answer(answer)

    async def queries(request: Request) -> Response:
        return _answer(library.list_queries(app.library, request.headers.get("accept")))

    # --- files of the served snapshot ---------------------------------------------------------------------------

    async def health(request: Request) -> Response:
        """503 while no backend answers: a load balancer takes the server out."""
        alive = app.backend_alive()
        state = {"snapshot": app.snapshot_id, "backend": "up" if alive else "down", "restarts": app.restarts}
        return Response(json.dumps(state), 200 if alive else 503, media_type="application/json")

    def description(request: Request, name: str) -> Response:
        """The VoID or service description of the snapshot, naming this server's public address as the endpoint
        (the run that published it may have named another)."""
        with _lease(app) as backend:
            path = _dumps_dir(backend) / name
            if not path.is_file():
                return _text(404, "not published")
            public = (config.public_url or app.bound_url).rstrip("/") + "/query"
            body = _with_endpoint(str(path), path.stat().st_mtime_ns, public)
        return Response(body, media_type="text/turtle; charset=utf-8")

    async def void(request: Request) -> Response:
        return await served(request, description, "void.ttl")

    def dump_listing(request: Request) -> Response:
        with _lease(app) as backend:
            folder = _dumps_dir(backend)
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
        if negotiate(request.headers.get("accept"), ["application/json", "text/html"]) == "text/html":
            return Response(pages.dump_listing_html(snapshot, files), media_type="text/html; charset=utf-8")
        return Response(json.dumps({"snapshot": snapshot, "files": files}, indent=2), media_type="application/json")

    def dump_file(request: Request, name: str) -> Response:
        if not _DUMP_NAME.fullmatch(name):
            return _text(404, "not found")
        with _lease(app) as backend:
            path = _dumps_dir(backend) / name
            if not path.is_file():
                return _text(404, "not published")
            fh = open(path, "rb")  # noqa: SIM115 - open while leased: the file outlives a retired snapshot

        def blocks() -> Iterator[bytes]:
            with fh:
                yield from iter(lambda: fh.read(1 << 20), b"")

        size = str(os.fstat(fh.fileno()).st_size)
        return StreamingResponse(blocks(), media_type=_dump_media(name), headers={"Content-Length": size})

    async def dumps_route(request: Request) -> Response:
        if "name" in request.path_params:
            return await served(request, dump_file, request.path_params["name"])
        return await served(request, dump_listing)

    async def ontology(request: Request) -> Response:
        if negotiate(request.headers.get("accept"), ["text/turtle", "text/html"]) == "text/html":
            page = (ONTOLOGY_DIR / "docs" / "index.html").read_bytes()  # the ontology's documentation
            return Response(page, headers={"Vary": "Accept"}, media_type="text/html; charset=utf-8")
        return await served(request, dump_file, dumps.ONTOLOGY)

    # --- pages --------------------------------------------------------------------------------------------------

    def static(request: Request) -> Response:
        with _lease(app) as backend:
            upstream = requests.get(backend.url + request.url.path, timeout=10)
        if upstream.status_code != 200:
            return _text(502, "query page unavailable")
        content_type = upstream.headers.get("Content-Type", "application/octet-stream")
        return Response(upstream.content, headers={"Cache-Control": "max-age=3600"}, media_type=content_type)

    async def static_route(request: Request) -> Response:
        return await served(request, static)

    def resource(request: Request, graph: bool) -> Response:
        """An entity, document or run IRI: what the graph says about it; a graph IRI (`graph`): the graph's
        triples (up to the row cap)."""
        iri = config.base + request.scope["raw_path"].decode("latin-1")[1:]  # the IRI as the client wrote it
        try:
            ox.NamedNode(iri)
        except ValueError:
            return _text(404, "not a valid IRI")
        requested = parse_qs(request.url.query).get("format", [None])[0]
        if requested not in (None, *PAGE_FORMATS.values()):
            return _text(400, "format is one of html, ttl, jsonld, nt")
        media = (
            next(m for m, f in PAGE_FORMATS.items() if f == requested)
            if requested
            else negotiate(request.headers.get("accept"), list(PAGE_FORMATS))
        )
        if media is None:
            return _text(406, "available: " + ", ".join(PAGE_FORMATS))
        with _lease(app) as backend:
            try:
                body = _resource_body(backend, iri, media, graph)
            except QueryError:
                return _text(503, "the SPARQL backend did not answer in time")
        if body is None:
            if media == "text/html" and not graph:
                return Response(pages.render_not_found(iri), 404, media_type="text/html; charset=utf-8")
            return _text(404, "no such graph" if graph else "not found")
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        headers = {"Vary": "Accept", "Link": f'<{iri}>; rel="canonical"'}
        return Response(body, headers=headers, media_type=media + charset)

    def _resource_body(backend: Backend, iri: str, media: str, graph: bool) -> bytes | None:
        timeout = config.timeout_s
        if graph:
            triples = pages.graph_triples(backend.query_url, iri, config.max_rows, timeout)
            if not triples:
                return None
            if media == "text/html":
                return pages.render_graph_html(iri, triples, config.max_rows, config.base)
            return pages.render_triples(triples, media)
        if media == "text/html":
            view = pages.fetch_resource(backend.union_query_url, iri, timeout)
            return pages.render_html(view, config.base) if view.exists else None
        triples = pages.describe_graph(backend.union_query_url, iri, timeout)
        return pages.render_triples(triples, media) if triples else None

    async def resource_route(request: Request) -> Response:
        return await served(request, resource, request.url.path.startswith("/graph/"))

    async def stylesheet(request: Request) -> Response:
        css = (Path(__file__).parent / "templates" / "policygraph.css").read_bytes()
        return Response(css, headers={"Cache-Control": "max-age=3600"}, media_type="text/css; charset=utf-8")

    async def read_only(request: Request) -> Response:
        return _text(403, "this endpoint is read-only")

    async def reply(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, _Reply)
        return exc.response

    every_method = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
    routes = [
        Route("/health", health),
        Route("/query", sparql, methods=["GET", "POST"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        *(Route(path, read_only, methods=every_method) for path in ("/update", "/store", "/store/{rest:path}")),
        Route("/.well-known/void", void),
        Route("/dumps", dumps_route),
        Route("/dumps/", dumps_route),
        Route("/dumps/{name}", dumps_route),
        Route("/ontology", ontology),
        Route("/policygraph.css", stylesheet),
        *(Route(path, static_route) for path in STATIC_PATHS),
        *(Route(f"/{kind}/{{rest:path}}", resource_route) for kind in ("id", "doc", "run", "graph")),
        Route("/queries", queries),
        Route("/queries/{name:path}", library_query),
    ]
    middleware = [
        Middleware(_NoSniff),
        # any web page may read this public, read-only data (no credentials are ever accepted)
        Middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
            allow_headers=["Accept", "Content-Type"],
            expose_headers=["X-SPARQL-Max-Rows", "X-SPARQL-Results-Truncated"],
            max_age=86400,
        ),
        Middleware(GZipMiddleware, minimum_size=1024),
    ]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={_Reply: reply})


class _NoSniff:
    """`X-Content-Type-Options: nosniff` on every answer: a browser never runs a result as a script or page."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_header(message):
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).setdefault("X-Content-Type-Options", "nosniff")
            await send(message)

        await self.app(scope, receive, send_with_header)
