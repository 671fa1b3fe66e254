"""Routes for the files published with the served snapshot: the VoID and service descriptions (naming this server
as the endpoint), the dump listing with checksums, the dump files and the ontology."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from pipelines.kg import dumps
from pipelines.kg.namespaces import prefix_map
from pipelines.kg.publish import DUMPS_DIR
from pipelines.paths import ONTOLOGY_DIR
from pipelines.serve import pages
from pipelines.serve.answers import lease, served, served_app, text_response
from pipelines.serve.backend import Backend
from pipelines.serve.conneg import negotiate

DUMP_MEDIA_TYPES = {
    ".ttl": "text/turtle; charset=utf-8",
    ".nt.gz": "application/gzip",
    ".nq.gz": "application/gzip",
    ".jsonld": "application/ld+json",
}

_DUMP_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*")
_ENDPOINT_PROPERTIES = (
    ox.NamedNode("http://rdfs.org/ns/void#sparqlEndpoint"),
    ox.NamedNode("http://www.w3.org/ns/sparql-service-description#endpoint"),
)


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


def _dumps_dir(backend: Backend) -> Path:
    """The dumps published with the served snapshot (none when it was published without them)."""
    return backend.snapshot_dir / DUMPS_DIR


def description(request: Request, name: str) -> Response:
    """The VoID or service description of the snapshot, naming this server's public address as the endpoint
    (the run that published it may have named another)."""
    app = served_app(request)
    with lease(app) as backend:
        path = _dumps_dir(backend) / name
        if not path.is_file():
            return text_response(404, "not published")
        public = (app.config.public_url or app.bound_url).rstrip("/") + "/query"
        body = _with_endpoint(str(path), path.stat().st_mtime_ns, public)
    return Response(body, media_type="text/turtle; charset=utf-8")


async def void(request: Request) -> Response:
    """`/.well-known/void`: the VoID description."""
    return await served(request, description, "void.ttl")


def _dump_entry(path: Path) -> dict[str, object]:
    """One published file as the listing shows it."""
    return {
        "name": path.name,
        "url": "/dumps/" + path.name,
        "bytes": path.stat().st_size,
        "sha256": _sha256(path),
        "media_type": _dump_media(path.name).split(";")[0],
    }


def dump_listing(request: Request) -> Response:
    """`/dumps`: the published files with their sizes and checksums (JSON, or HTML for a browser)."""
    with lease(served_app(request)) as backend:
        folder = _dumps_dir(backend)
        files = [
            _dump_entry(f)
            for f in (sorted(folder.iterdir()) if folder.is_dir() else [])
            if f.is_file() and _DUMP_NAME.fullmatch(f.name)
        ]
        snapshot = backend.snapshot_id
    if negotiate(request.headers.get("accept"), ["application/json", "text/html"]) == "text/html":
        return Response(pages.dump_listing_html(snapshot, files), media_type="text/html; charset=utf-8")
    return Response(json.dumps({"snapshot": snapshot, "files": files}, indent=2), media_type="application/json")


def dump_file(request: Request, name: str) -> Response:
    """One published file, streamed (it stays readable after its snapshot is retired)."""
    if not _DUMP_NAME.fullmatch(name):
        return text_response(404, "not found")
    with lease(served_app(request)) as backend:
        path = _dumps_dir(backend) / name
        if not path.is_file():
            return text_response(404, "not published")
        fh = open(path, "rb")  # noqa: SIM115 - open while leased: the file outlives a retired snapshot

    def blocks() -> Iterator[bytes]:
        with fh:
            yield from iter(lambda: fh.read(1 << 20), b"")

    size = str(os.fstat(fh.fileno()).st_size)
    return StreamingResponse(blocks(), media_type=_dump_media(name), headers={"Content-Length": size})


async def dumps_route(request: Request) -> Response:
    """`/dumps`, `/dumps/` and `/dumps/<name>`."""
    if "name" in request.path_params:
        return await served(request, dump_file, request.path_params["name"])
    return await served(request, dump_listing)


async def ontology(request: Request) -> Response:
    """`/ontology`: the ontology in Turtle, or its documentation for a browser."""
    if negotiate(request.headers.get("accept"), ["text/turtle", "text/html"]) == "text/html":
        page = (ONTOLOGY_DIR / "docs" / "index.html").read_bytes()  # the ontology's documentation
        return Response(page, headers={"Vary": "Accept"}, media_type="text/html; charset=utf-8")
    return await served(request, dump_file, dumps.ONTOLOGY)
