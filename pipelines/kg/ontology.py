"""Access to the policygraph ontology: the Turtle sources (the source of truth), the generated forms that owlready2
loads, and a few read-only views of the TBox other modules need (declared classes and properties).

The Turtle sources are `ontology/policygraph.ttl` (classes, properties, alignments) and `ontology/datatypes.ttl`
(the DataType taxonomy). `scripts/build_ontology.py` writes `ontology/build/policygraph.owl` (RDF/XML) and
`ontology/build/policygraph.nt` from them; `stale_build_files` tells whether those are up to date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic, to_canonical_graph
from rdflib.namespace import OWL, RDF

from pipelines.kg.namespaces import PG, PREFIXES
from pipelines.paths import ONTOLOGY_DIR
from pipelines.vocabulary import ONTOLOGY_IRI as _ONTOLOGY_IRI

#: The Turtle files that together make the ontology (TBox + DataType individuals), in load order.
ONTOLOGY_SOURCES = ("policygraph.ttl", "datatypes.ttl")
#: The SHACL shapes for the data the pipeline produces.
SHAPES_FILE = "shapes.ttl"
#: Generated files, relative to the ontology folder, with the rdflib format each is written in.
BUILD_FILES = {"build/policygraph.owl": "xml", "build/policygraph.nt": "nt"}
#: The ontology IRI and the IRI of the current version.
ONTOLOGY_IRI = URIRef(_ONTOLOGY_IRI)


def ontology_path(name: str = "policygraph.ttl", ontology_dir: Path | None = None) -> Path:
    """The path of a file in the ontology folder, e.g. `ontology_path("build/policygraph.owl")`."""
    return (ontology_dir or ONTOLOGY_DIR) / name


def ontology_quads(graph: NamedNode | DefaultGraph, ontology_dir: Path | None = None) -> Iterator[Quad]:
    """The triples of the ontology's Turtle sources as pyoxigraph quads in `graph` (parsed by pyoxigraph)."""
    for name in ONTOLOGY_SOURCES:
        path = ontology_path(name, ontology_dir)
        if path.is_file():
            for t in parse(path=str(path), format=RdfFormat.TURTLE):
                yield Quad(t.subject, t.predicate, t.object, graph)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes (pg:, dpv:, eli: ...) so serialisations are readable."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def load_ontology_graph(ontology_dir: Path | None = None) -> Graph:
    """The ontology as one rdflib graph: policygraph.ttl (TBox) plus datatypes.ttl (DataType concepts)."""
    graph = bind_prefixes(Graph())
    for name in ONTOLOGY_SOURCES:
        graph.parse(ontology_path(name, ontology_dir), format="turtle")
    return graph


def load_shapes_graph(ontology_dir: Path | None = None) -> Graph:
    """The SHACL shapes graph (ontology/shapes.ttl)."""
    return bind_prefixes(Graph()).parse(ontology_path(SHAPES_FILE, ontology_dir), format="turtle")


class _SortedGraph(Graph):
    """A graph whose serialisers see subjects and their statements in sorted order, so that the RDF/XML written
    from the same triples is the same bytes on every run (rdflib's memory store iterates in hash order)."""

    def subjects(self, predicate=None, object=None, unique=False):
        return iter(sorted(set(super().subjects(predicate, object)), key=repr))

    def predicate_objects(self, subject=None, unique=False):
        return iter(sorted(set(super().predicate_objects(subject)), key=repr))


def canonical_graph(graph: Graph) -> Graph:
    """The graph with blank nodes named by their content (rdflib's canonical labelling) and a stable order, so that
    a rebuild without a change in the sources rewrites identical files."""
    stable = _SortedGraph()
    for prefix, namespace in graph.namespaces():
        stable.bind(prefix, namespace, override=True)
    stable += to_canonical_graph(graph)
    return stable


def write_build_files(ontology_dir: Path | None = None, graph: Graph | None = None) -> list[Path]:
    """Write the generated forms of the ontology (RDF/XML and N-Triples) and return their paths. The output is
    deterministic: the same sources give the same bytes."""
    graph = canonical_graph(graph if graph is not None else load_ontology_graph(ontology_dir))
    written = []
    for name, fmt in BUILD_FILES.items():
        path = ontology_path(name, ontology_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = graph.serialize(format=fmt, encoding="utf-8")
        if fmt == "nt":
            data = b"".join(sorted(set(data.splitlines(keepends=True))))
        path.write_bytes(data)
        written.append(path)
    return written


def stale_build_files(ontology_dir: Path | None = None) -> list[Path]:
    """Generated files that are missing or do not hold the same triples as the Turtle sources (compared as
    graphs, blank nodes up to renaming). Empty when `scripts/build_ontology.py` has been run after the last edit."""
    source = load_ontology_graph(ontology_dir)
    stale = []
    for name, fmt in BUILD_FILES.items():
        path = ontology_path(name, ontology_dir)
        if not path.is_file() or not isomorphic(source, Graph().parse(path, format=fmt)):
            stale.append(path)
    return stale


def _declared(graph: Graph, kinds: Iterable[URIRef], namespace: str | None) -> set[URIRef]:
    found = set()
    for kind in kinds:
        for term in graph.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and (namespace is None or str(term).startswith(namespace)):
                found.add(term)
    return found


def declared_classes(graph: Graph, namespace: str | None = str(PG)) -> set[URIRef]:
    """Named classes declared in the ontology graph (by default only the pg: ones)."""
    return _declared(graph, [OWL.Class], namespace)


def declared_properties(graph: Graph, namespace: str | None = str(PG)) -> set[URIRef]:
    """Object, datatype and annotation properties declared in the ontology graph (by default only pg:)."""
    return _declared(graph, [OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty], namespace)


def object_properties(graph: Graph) -> set[URIRef]:
    """All declared object properties, pg: and external (org:memberOf, nif:referenceContext ...)."""
    return _declared(graph, [OWL.ObjectProperty], None)


def datatype_properties(graph: Graph) -> set[URIRef]:
    """All declared datatype properties, pg: and external (nif:beginIndex, prov:generatedAtTime ...)."""
    return _declared(graph, [OWL.DatatypeProperty], None)
