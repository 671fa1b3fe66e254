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
    jsonld_compact_limit: int = 200_000,
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

    triples = _write_streamed(out_dir / TURTLE, store, ox.RdfFormat.TURTLE, prefixes)
    files[TURTLE] = {"triples": triples}

    n = _write_streamed(out_dir / NTRIPLES_GZ, store, ox.RdfFormat.N_TRIPLES, None, gz=True)
    files[NTRIPLES_GZ] = {"triples": n}

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


class _Counting:
    """Counts the triples that pass through to a serialiser without holding them."""

    def __init__(self, items):
        self.items = items
        self.count = 0

    def __iter__(self):
        for item in self.items:
            self.count += 1
            yield item


def _write_streamed(path: Path, store: ox.Store, fmt, prefixes, gz: bool = False) -> int:
    counted = _Counting(union_triples(store))
    tmp = path.with_name(path.name + ".part")
    opener = gzip.open if gz else open
    with opener(tmp, "wb") as fh:
        ox.serialize(counted, fh, fmt, prefixes=prefixes)
    tmp.replace(path)
    return counted.count


def _write_quads(path: Path, store: ox.Store) -> int:
    counted = _Counting(store.quads_for_pattern(None, None, None, None))
    tmp = path.with_name(path.name + ".part")
    with gzip.open(tmp, "wb") as fh:
        ox.serialize(counted, fh, ox.RdfFormat.N_QUADS)
    tmp.replace(path)
    return counted.count


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
            ox.serialize(union_triples(store), fh, ox.RdfFormat.JSON_LD)
            fh.write(b"}\n")
        form = "expanded"
    tmp.replace(path)
    return form
