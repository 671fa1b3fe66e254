"""Write the published dumps of the graph: Turtle, N-Triples (gzip), N-Quads (gzip), JSON-LD, and the ontology.

Turtle, N-Triples and JSON-LD hold the union of all graphs (each distinct triple once); N-Quads keeps the named
graphs (one per document, the reference graph, the ontology graph) so a consumer can replace one document's
statements. Oxigraph's serialisers stream and handle millions of triples. JSON-LD is compacted with the project's
prefixes through rdflib, which holds the graph in memory: above ``jsonld_compact_limit`` triples the JSON-LD file
is Oxigraph's streamed expanded form wrapped with the same ``@context`` (still valid JSON-LD, just not compacted).
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import rdflib

from pipelines.kg.namespaces import PREFIXES
from pipelines.paths import ONTOLOGY_DIR

#: Dump file names inside ``out_dir`` (stable: the VoID description and users' scripts refer to them).
TURTLE = "policygraph.ttl"
NTRIPLES_GZ = "policygraph.nt.gz"
NQUADS_GZ = "policygraph.nq.gz"
JSONLD = "policygraph.jsonld"
ONTOLOGY = "policygraph-ontology.ttl"

#: Media types of the dump files (IANA), used in the DCAT distributions.
MEDIA_TYPES = {
    TURTLE: ("text/turtle", None),
    NTRIPLES_GZ: ("application/n-triples", "application/gzip"),
    NQUADS_GZ: ("application/n-quads", "application/gzip"),
    JSONLD: ("application/ld+json", None),
    ONTOLOGY: ("text/turtle", None),
}

#: gzip level 6: about as small as 9 and twice as fast on N-Triples.
GZIP_LEVEL = 6
_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def prefix_map() -> dict[str, str]:
    """The project's prefixes as plain strings (for serialisers and JSON-LD contexts)."""
    return {name: str(ns) for name, ns in PREFIXES.items()}


def write_dumps(
    store: ox.Store,
    out_dir: Path,
    base: str,
    *,
    ontology_file: Path | None = None,
    jsonld_compact_limit: int = 100_000,
) -> dict:
    """Write every dump into ``out_dir`` and return ``{"files": {name: {...}}, "triples": n, "quads": n}``.

    Each file entry has ``path``, ``bytes``, ``media_type``, ``compress_format`` and ``triples`` (``quads`` for
    N-Quads). ``base`` is the deployment's data base IRI (written as ``@base`` in Turtle). The ontology is copied
    from ``ontology_file`` (default ``ontology/policygraph.ttl``) and skipped when that file does not exist.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prefixes = prefix_map()
    files: dict[str, dict] = {}

    triples = _write_ntriples_gz(out_dir / NTRIPLES_GZ, store)
    files[NTRIPLES_GZ] = {"triples": triples}

    _write_turtle(out_dir / TURTLE, store, prefixes)
    files[TURTLE] = {"triples": triples}

    quads = _write_quads(out_dir / NQUADS_GZ, store)
    files[NQUADS_GZ] = {"quads": quads}

    mode = _write_jsonld(out_dir / JSONLD, store, prefixes, compact=triples <= jsonld_compact_limit)
    files[JSONLD] = {"triples": triples, "jsonld_form": mode}

    source = Path(ontology_file) if ontology_file is not None else ONTOLOGY_DIR / "policygraph.ttl"
    if source.is_file():
        shutil.copyfile(source, out_dir / ONTOLOGY)
        files[ONTOLOGY] = {"triples": len(rdflib.Graph().parse(source, format="turtle"))}

    for name, entry in files.items():
        path = out_dir / name
        media_type, compress = MEDIA_TYPES[name]
        entry.update(path=str(path), bytes=path.stat().st_size, media_type=media_type, compress_format=compress)
    return {"files": files, "triples": triples, "quads": quads, "base": base}


def union_triples(store: ox.Store):
    """Each distinct triple of all graphs once (SPARQL CONSTRUCT results are sets)."""
    return store.query(_UNION_TRIPLES, use_default_graph_as_union=True)


class _LineCounter:
    """A binary writer that counts the lines (= N-Triples statements) passing through it."""

    def __init__(self, target):
        self.target = target
        self.lines = 0

    def write(self, data: bytes) -> int:
        self.lines += data.count(b"\n")
        return self.target.write(data)

    def flush(self) -> None:
        self.target.flush()


def _write_ntriples_gz(path: Path, store: ox.Store) -> int:
    """Serialised natively (no Python object per triple); the count is the number of lines written."""
    tmp = path.with_name(path.name + ".part")
    with gzip.open(tmp, "wb", compresslevel=GZIP_LEVEL) as fh:
        counter = _LineCounter(fh)
        union_triples(store).serialize(counter, ox.RdfFormat.N_TRIPLES)
    tmp.replace(path)
    return counter.lines


def _write_turtle(path: Path, store: ox.Store, prefixes: dict[str, str]) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        ox.serialize(union_triples(store), fh, ox.RdfFormat.TURTLE, prefixes=prefixes)
    tmp.replace(path)


def _write_quads(path: Path, store: ox.Store) -> int:
    tmp = path.with_name(path.name + ".part")
    with gzip.open(tmp, "wb", compresslevel=GZIP_LEVEL) as fh:
        store.dump(fh, ox.RdfFormat.N_QUADS)
    tmp.replace(path)
    return len(store)


def _write_jsonld(path: Path, store: ox.Store, prefixes: dict[str, str], compact: bool) -> str:
    tmp = path.with_name(path.name + ".part")
    if compact:
        graph = rdflib.Graph()
        graph.parse(data=ox.serialize(union_triples(store), format=ox.RdfFormat.N_TRIPLES), format="nt")
        tmp.write_text(graph.serialize(format="json-ld", context=prefixes, auto_compact=True), encoding="utf-8")
        form = "compacted"
    else:
        # Expanded node objects are valid under any context whose terms are not IRI schemes; wrapping them keeps
        # one file format for users and avoids rdflib's in-memory graph on big data.
        with open(tmp, "wb") as fh:
            fh.write(b'{"@context": ' + json.dumps(prefixes).encode() + b', "@graph": ')
            union_triples(store).serialize(fh, ox.RdfFormat.JSON_LD)
            fh.write(b"}\n")
        form = "expanded"
    tmp.replace(path)
    return form
