"""Write the published dumps of the graph: Turtle, N-Triples (gzip), N-Quads (gzip), JSON-LD, and the ontology.

Turtle, N-Triples and JSON-LD hold the union of all graphs (each distinct triple once); N-Quads keeps the named
graphs (one per document, the reference graph, the ontology graph) so a consumer can replace one document's
statements. Memory stays bounded whatever the store's size: the union is deduplicated by an external sort (each
graph's N-Triples lines sorted in chunks of ``SORT_CHUNK_BYTES`` into run files beside the dumps, then merged), not
in memory, and every format is written from that sorted file by Oxigraph's streaming serialisers. The VoID
statistics are counted in the same pass (``pipelines.kg.void.UnionStatistics``). JSON-LD is compacted with the
project's prefixes through rdflib, which holds the graph in memory: above ``jsonld_compact_limit`` triples the
JSON-LD file is Oxigraph's streamed expanded form wrapped with the same ``@context`` (still valid JSON-LD, just
not compacted).
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib

from pipelines.kg.namespaces import prefix_map
from pipelines.kg.sort import SORT_CHUNK_BYTES, ExternalSort
from pipelines.kg.void import UnionStatistics
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


def serialized(triples: Iterable[ox.Triple], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples in `fmt`, as bytes (pyoxigraph's `serialize` without an output)."""
    data = ox.serialize(triples, format=fmt, prefixes=prefixes)
    assert data is not None  # serialize returns the bytes when given no output
    return data


def write_dumps(
    store: ox.Store,
    out_dir: Path,
    base: str,
    *,
    ontology_file: Path | None = None,
    jsonld_compact_limit: int = 100_000,
) -> dict:
    """Write every dump into ``out_dir`` and return ``{"files": {name: {...}}, "triples": n, "quads": n,
    "statistics": UnionStatistics}``.

    Each file entry has ``path``, ``bytes``, ``media_type``, ``compress_format`` and ``triples`` (``quads`` for
    N-Quads). ``base`` is the deployment's data base IRI (written as ``@base`` in Turtle). The ontology is copied
    from ``ontology_file`` (default ``ontology/policygraph.ttl``) and skipped when that file does not exist.
    """

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prefixes = prefix_map()
    files: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix=".union-", dir=out_dir) as work:
        union = Path(work) / "union.nt"
        triples = write_union_ntriples(store, union, Path(work))
        files[NTRIPLES_GZ] = {"triples": triples}
        _gzip(union, out_dir / NTRIPLES_GZ)

        stats = UnionStatistics(Path(work))
        _write_turtle(out_dir / TURTLE, stats.observe(_parse(union)), prefixes)
        stats.finish()
        files[TURTLE] = {"triples": triples}

        mode = _write_jsonld(out_dir / JSONLD, union, prefixes, compact=triples <= jsonld_compact_limit)
        files[JSONLD] = {"triples": triples, "jsonld_form": mode}

    quads = _write_quads(out_dir / NQUADS_GZ, store)
    files[NQUADS_GZ] = {"quads": quads}

    source = Path(ontology_file) if ontology_file is not None else ONTOLOGY_DIR / "policygraph.ttl"
    if source.is_file():
        shutil.copyfile(source, out_dir / ONTOLOGY)
        files[ONTOLOGY] = {"triples": len(rdflib.Graph().parse(source, format="turtle"))}

    for name, entry in files.items():
        path = out_dir / name
        media_type, compress = MEDIA_TYPES[name]
        entry.update(path=str(path), bytes=path.stat().st_size, media_type=media_type, compress_format=compress)
    return {"files": files, "triples": triples, "quads": quads, "base": base, "statistics": stats}


def union_triples(store: ox.Store):
    """Each distinct triple of all graphs once (SPARQL CONSTRUCT results are sets; held in memory: for tests and
    small stores, the dumps use `write_union_ntriples`)."""
    return store.query(_UNION_TRIPLES, use_default_graph_as_union=True)


def write_union_ntriples(store: ox.Store, path: Path, work: Path, chunk_bytes: int | None = None) -> int:
    """Write each distinct triple of all graphs once, as sorted N-Triples lines, into ``path``; return the count.

    Graph by graph, the lines go into chunks of about ``chunk_bytes`` that are sorted and written as run files
    under ``work``, then merged: memory holds one chunk, never the union. Equal terms serialise to equal lines, so
    equal lines are equal triples; sorted lines keep each subject's triples together (good Turtle and JSON-LD)."""
    sorter = ExternalSort(work, chunk_bytes or SORT_CHUNK_BYTES)
    for graph in [ox.DefaultGraph(), *store.named_graphs()]:
        # pyoxigraph writes to any object with write(bytes); its stub asks for an IO[bytes]
        store.dump(sorter, ox.RdfFormat.N_TRIPLES, from_graph=graph)  # type: ignore[arg-type]
        sorter.end_of_input()
    n = 0
    with open(path, "wb") as fh:
        for line in sorter.unique_lines():
            fh.write(line)
            n += 1
    return n


def _parse(path: Path) -> Iterator[ox.Quad]:
    return ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES)


def _gzip(source: Path, path: Path) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(source, "rb") as src, gzip.open(tmp, "wb", compresslevel=GZIP_LEVEL) as fh:
        shutil.copyfileobj(src, fh, 1 << 20)
    tmp.replace(path)


def _write_turtle(path: Path, triples: Iterable, prefixes: dict[str, str]) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        ox.serialize(triples, fh, ox.RdfFormat.TURTLE, prefixes=prefixes)
    tmp.replace(path)


def _write_quads(path: Path, store: ox.Store) -> int:
    tmp = path.with_name(path.name + ".part")
    with gzip.open(tmp, "wb", compresslevel=GZIP_LEVEL) as fh:
        store.dump(fh, ox.RdfFormat.N_QUADS)  # type: ignore[arg-type]  # a GzipFile is a binary writer, not an IO[bytes]
    tmp.replace(path)
    return len(store)


def _write_jsonld(path: Path, union: Path, prefixes: dict[str, str], compact: bool) -> str:
    tmp = path.with_name(path.name + ".part")
    if compact:
        graph = rdflib.Graph()
        graph.parse(str(union), format="nt")
        tmp.write_text(graph.serialize(format="json-ld", context=prefixes, auto_compact=True), encoding="utf-8")
        form = "compacted"
    else:
        # Expanded node objects are valid under any context whose terms are not IRI schemes; wrapping them keeps
        # one file format for users and avoids rdflib's in-memory graph on big data.
        with open(tmp, "wb") as fh:
            fh.write(b'{"@context": ' + json.dumps(prefixes).encode() + b', "@graph": ')
            ox.serialize(_parse(union), fh, ox.RdfFormat.JSON_LD)
            fh.write(b"}\n")
        form = "expanded"
    tmp.replace(path)
    return form
