"""The knowledge-graph stage: document graphs, the reference graph and the ontology graph into the store."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from pipelines.home import Home, read_json, write_json
from pipelines.kg.namespaces import DEFAULT_BASE, Iris
from pipelines.kg.reference import reference_quads
from pipelines.kg.statements import GraphBuilder
from pipelines.kg.store import GraphStore
from pipelines.model import Document, Extraction
from pipelines.paths import ONTOLOGY_DIR, REFERENCE_DIR

#: Ontology files loaded into the ontology graph (the SHACL shapes are not part of the published graph).
ONTOLOGY_FILES = ("policygraph.ttl", "datatypes.ttl")


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)  # doc ids whose graph was (re)written
    missing: list[str] = field(default_factory=list)  # no document file (quarantined upstream)
    quads: int = 0
    shared_graphs_reloaded: bool = False


def ontology_quads(graph: NamedNode, ontology_dir: Path = ONTOLOGY_DIR) -> Iterator[Quad]:
    for name in ONTOLOGY_FILES:
        path = ontology_dir / name
        if path.is_file():
            for t in parse(path=str(path), format=RdfFormat.TURTLE):
                yield Quad(t.subject, t.predicate, t.object, graph)


def _fingerprint(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def load_shared_graphs(
    store: GraphStore,
    home: Home,
    base: str = DEFAULT_BASE,
    ontology_dir: Path = ONTOLOGY_DIR,
    reference_dir: Path = REFERENCE_DIR,
) -> bool:
    """(Re)load the ontology and reference graphs when their source files changed. True when reloaded."""
    iris = Iris(base)
    files = [ontology_dir / n for n in ONTOLOGY_FILES] + list(reference_dir.glob("*.csv"))
    fingerprint = _fingerprint(files) + "|" + base
    marker = home.shared_graphs_file
    onto_g, ref_g = NamedNode(str(iris.ontology_graph)), NamedNode(str(iris.reference_graph))
    current = (read_json(marker, {}) or {}).get("fingerprint")
    if current == fingerprint and store.store.contains_named_graph(ref_g):
        return False
    store.replace_graph(onto_g, ontology_quads(onto_g, ontology_dir))
    store.replace_graph(ref_g, reference_quads(reference_dir, base))
    write_json(marker, {"fingerprint": fingerprint})
    return True


def load_documents(
    store: GraphStore,
    home: Home,
    doc_ids: Iterable[str],
    builder: GraphBuilder | None = None,
    chunk_quads: int = 200_000,
) -> LoadReport:
    """Replace the named graph of each document with the graph of its current version and extraction."""
    report = LoadReport()

    def records() -> Iterator[tuple[Document, Extraction | None]]:
        for doc_id in doc_ids:
            doc_data = read_json(home.document_file(doc_id))
            if doc_data is None:
                report.missing.append(doc_id)
                continue
            doc = Document.from_dict(doc_data)
            ex_data = read_json(home.extraction_file(doc_id))
            extraction = Extraction.from_dict(ex_data) if ex_data else None
            if extraction is not None and extraction.version != doc.version:
                extraction = None  # stale: never attach facts of another version to this one
            yield doc, extraction

    load_records(store, records(), builder or GraphBuilder(), report, chunk_quads)
    return report


def load_records(
    store: GraphStore,
    records: Iterable[tuple[Document, Extraction | None]],
    builder: GraphBuilder,
    report: LoadReport | None = None,
    chunk_quads: int = 200_000,
) -> LoadReport:
    """Drop each document's old graph and add its new quads in chunks of about `chunk_quads` (bulk-loaded when
    large), not one transaction per document. Idempotent: loading the same documents twice leaves the same graphs."""
    report = report or LoadReport()
    pending: list[Quad] = []
    for doc, extraction in records:
        store.remove_graph(NamedNode(str(builder.iris.document_graph(doc.doc_id))))
        quads = builder.document_quads(doc, extraction)
        pending.extend(quads)
        report.loaded.append(doc.doc_id)
        report.quads += len(quads)
        if len(pending) >= chunk_quads:
            store.add_bulk(pending)
            pending = []
    store.add_bulk(pending)
    store.flush()
    return report
