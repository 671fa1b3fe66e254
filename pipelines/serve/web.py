"""The endpoint's HTTP front: a Starlette application over an `App` (the backend being served).

Starlette routes the requests and answers 404/405 for what is not here; uvicorn (see `app.ServerHandle`) parses
HTTP, keeps connections alive, closes idle ones and holds slow clients without a thread each. CORS and gzip are
Starlette's middleware. What waits on the backend (a query, a page, a dump file) runs in Starlette's thread pool
under a lease (`answers.lease`): a concurrency slot and the backend process, kept until the answer is built.

The routes are module-level handlers; each finds the `App` it serves in `request.app.state.app` (set by
`create_web_app`). The SPARQL protocol, the query library, health and the entity pages are here; the files
published with the snapshot (descriptions, dumps, ontology) are in `files.py`.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
import requests
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from pipelines.kg.query import QueryError
from pipelines.serve import library, pages
from pipelines.serve.answers import (
    Reply,
    answer_response,
    lease,
    send_reply,
    served,
    served_app,
    text_response,
)
from pipelines.serve.app import App
from pipelines.serve.backend import Backend
from pipelines.serve.conneg import negotiate
from pipelines.serve.files import description, dumps_route, ontology, void
from pipelines.serve.sparql import QueryTimeout, Refused, SparqlRequest, answer_query, read_sparql_request

STATIC_PATHS = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
PAGE_FORMATS = {
    "text/html": "html",
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
}
#: seconds a client may take to send a request body
BODY_TIMEOUT_S = 30.0


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, up to `limit` bytes, sent within `BODY_TIMEOUT_S` (413 or 408 otherwise)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Reply(text_response(413, "request too large", {"Connection": "close"}))
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(BODY_TIMEOUT_S):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise Reply(text_response(413, "request too large", {"Connection": "close"}))
                chunks.append(chunk)
    except TimeoutError:
        raise Reply(text_response(408, "the request body was not sent in time", {"Connection": "close"})) from None
    except ClientDisconnect:
        raise Reply(text_response(400, "the client went away")) from None
    return b"".join(chunks)


# --- SPARQL -------------------------------------------------------------------------------------------------------


async def sparql(request: Request) -> Response:
    """`/query` and `/sparql`: the SPARQL 1.1 Protocol (the service description for a GET without a query)."""
    query_string = request.scope["query_string"].decode("latin-1")
    if request.method != "POST" and not query_string:  # SPARQL 1.1 Service Description convention
        return await served(request, description, "service-description.ttl")
    limit = served_app(request).config.max_body_bytes
    body = await _read_body(request, limit) if request.method == "POST" else b""
    try:
        sparql_request = read_sparql_request(
            "GET" if request.method == "HEAD" else request.method,
            query_string,
            request.headers.get("content-type"),
            body,
        )
    except Refused as refused:
        return text_response(refused.status, refused.message)
    return await served(request, run_sparql, sparql_request)


def run_sparql(request: Request, sparql_request: SparqlRequest) -> Response:
    """Answer one protocol query on the leased backend; a runaway query or process gets 503."""
    app = served_app(request)
    config = app.config
    with lease(app) as backend:
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
            return text_response(refused.status, refused.message)
        except QueryTimeout:
            app.recycle_later(backend)
            return text_response(503, f"query exceeded the time limit of {config.timeout_s:g} s")
        if answer.status == 502 and backend.died():  # the query took more memory than the process may
            app.check_backend_later()
            return text_response(503, f"the query needed more than the {config.max_memory_mb} MiB this endpoint allows")
    return answer_response(answer)


async def library_query(request: Request) -> Response:
    """`/queries/<name>`: one query of the analyst library with its parameters bound."""
    return await served(request, run_library_query, request.path_params["name"])


def run_library_query(request: Request, name: str) -> Response:
    """Run the library query `name` on the leased backend."""
    app = served_app(request)
    with lease(app) as backend:
        try:
            answer = library.run_library_query(
                app.library,
                name,
                request.scope["query_string"].decode("latin-1"),
                request.headers.get("accept"),
                backend.query_url,
                timeout_s=app.config.timeout_s,
                max_rows=app.config.max_rows,
            )
        except QueryTimeout:
            app.recycle_later(backend)
            return text_response(503, "query exceeded the time limit")
    return answer_response(answer)


async def queries(request: Request) -> Response:
    """`/queries`: the analyst library's list."""
    return answer_response(library.list_queries(served_app(request).library, request.headers.get("accept")))


async def health(request: Request) -> Response:
    """503 while no backend answers: a load balancer takes the server out."""
    app = served_app(request)
    alive = app.backend_alive()
    state = {"snapshot": app.snapshot_id, "backend": "up" if alive else "down", "restarts": app.restarts}
    return Response(json.dumps(state), 200 if alive else 503, media_type="application/json")


# --- pages --------------------------------------------------------------------------------------------------------


def static(request: Request) -> Response:
    """Oxigraph's YASGUI query page and its files, proxied."""
    with lease(served_app(request)) as backend:
        upstream = requests.get(backend.url + request.url.path, timeout=10)
    if upstream.status_code != 200:
        return text_response(502, "query page unavailable")
    content_type = upstream.headers.get("Content-Type", "application/octet-stream")
    return Response(upstream.content, headers={"Cache-Control": "max-age=3600"}, media_type=content_type)


async def static_route(request: Request) -> Response:
    """The query page's paths."""
    return await served(request, static)


def _page_media(request: Request) -> str | Response:
    """The media type a resource page is asked for (`?format=` first, then `Accept`), or the 400/406 answer."""
    requested = parse_qs(request.url.query).get("format", [None])[0]
    if requested not in (None, *PAGE_FORMATS.values()):
        return text_response(400, "format is one of html, ttl, jsonld, nt")
    media = (
        next(m for m, f in PAGE_FORMATS.items() if f == requested)
        if requested
        else negotiate(request.headers.get("accept"), list(PAGE_FORMATS))
    )
    if media is None:
        return text_response(406, "available: " + ", ".join(PAGE_FORMATS))
    return media


def resource(request: Request, graph: bool) -> Response:
    """An entity, document or run IRI: what the graph says about it; a graph IRI (`graph`): the graph's
    triples (up to the row cap)."""
    app = served_app(request)
    iri = app.config.base + request.scope["raw_path"].decode("latin-1")[1:]  # the IRI as the client wrote it
    try:
        ox.NamedNode(iri)
    except ValueError:
        return text_response(404, "not a valid IRI")
    media = _page_media(request)
    if isinstance(media, Response):
        return media
    with lease(app) as backend:
        try:
            body = _resource_body(app, backend, iri, media, graph)
        except QueryError:
            return text_response(503, "the SPARQL backend did not answer in time")
    if body is None:
        if media == "text/html" and not graph:
            return Response(pages.render_not_found(iri), 404, media_type="text/html; charset=utf-8")
        return text_response(404, "no such graph" if graph else "not found")
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    headers = {"Vary": "Accept", "Link": f'<{iri}>; rel="canonical"'}
    return Response(body, headers=headers, media_type=media + charset)


def _resource_body(app: App, backend: Backend, iri: str, media: str, graph: bool) -> bytes | None:
    """The page or triples of `iri` in `media`; None when the graph says nothing about it."""
    config = app.config
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
    """`/id/...`, `/doc/...`, `/run/...` and `/graph/...`."""
    return await served(request, resource, request.url.path.startswith("/graph/"))


async def stylesheet(request: Request) -> Response:
    """The pages' stylesheet."""
    css = (Path(__file__).parent / "templates" / "policygraph.css").read_bytes()
    return Response(css, headers={"Cache-Control": "max-age=3600"}, media_type="text/css; charset=utf-8")


async def read_only(request: Request) -> Response:
    """What would write: refused."""
    return text_response(403, "this endpoint is read-only")


# --- the application ----------------------------------------------------------------------------------------------

_EVERY_METHOD = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
ROUTES = [
    Route("/health", health),
    Route("/query", sparql, methods=["GET", "POST"]),
    Route("/sparql", sparql, methods=["GET", "POST"]),
    *(Route(path, read_only, methods=_EVERY_METHOD) for path in ("/update", "/store", "/store/{rest:path}")),
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


def create_web_app(app: App) -> Starlette:
    """The Starlette application answering for `app` (its routes read it from `request.app.state.app`)."""
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
    web = Starlette(routes=ROUTES, middleware=middleware, exception_handlers={Reply: send_reply})
    web.state.app = app
    return web


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
