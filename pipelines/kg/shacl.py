"""SHACL validation of the graph the pipeline produces against ontology/shapes.ttl: the shapes compiled to SPARQL
(`pipelines.kg.shacl_sparql`) and run by pyoxigraph on a store that holds the data and the ontology.

Only results of severity sh:Violation make a graph non-conforming; sh:Warning and sh:Info results are reported
(e.g. a law whose jurisdiction is unknown) but allowed.
"""

from __future__ import annotations

import functools
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from pipelines.kg.ontology import load_shapes_graph, ontology_quads
from pipelines.kg.shacl_sparql import Check, compile_shapes, run_checks

SEVERITIES = ("Violation", "Warning", "Info")


@dataclass(frozen=True)
class ShaclResult:
    """One validation result: the node that failed, the property path, the shape's message, the severity
    ("Violation", "Warning" or "Info"), the offending value if any, and the shape that produced it."""

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None
    shape: str | None = None


@dataclass
class ShaclReport:
    """The outcome of `validate`. `conforms` is False only when there is at least one sh:Violation."""

    conforms: bool
    violations: list[ShaclResult] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def by_severity(self, severity: str) -> list[ShaclResult]:
        return [r for r in self.violations if r.severity == severity]

    def summary(self, limit: int = 10) -> str:
        """A short human-readable text: counts, then the first `limit` results (violations first)."""
        lines = [f"conforms={self.conforms} " + " ".join(f"{k}={v}" for k, v in self.counts.items())]
        ordered = sorted(self.violations, key=lambda r: SEVERITIES.index(r.severity))
        lines += [f"[{r.severity}] {r.focus} {r.path or ''}: {r.message}" for r in ordered[:limit]]
        return "\n".join(lines)


def rdflib_term(term: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal) -> URIRef | BNode | Literal:
    """The rdflib term of a pyoxigraph term, as rdflib's N-Triples parser would make it from its serialisation (an
    xsd:string literal is a plain literal)."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))


_XSD_STRING = str(XSD.string)


def graph_of(triples: Iterable[pyoxigraph.Triple], ontology: Graph | None = None) -> Graph:
    """An rdflib graph of pyoxigraph `triples` (and of the `ontology`'s, if given), built term by term: no
    serialisation and parsing, and no second copy when the ontology is merged in."""
    graph = Graph()
    add = graph.add
    for triple in ontology if ontology is not None else ():
        add(triple)
    cache: dict = {}  # the same IRIs (predicates, types, entities) recur on most triples

    def term(t):
        found = cache.get(t)
        if found is None:
            found = cache[t] = rdflib_term(t)
        return found

    for t in triples:
        add((term(t.subject), term(t.predicate), term(t.object)))
    return graph


def validate(
    data_graph: Graph | Dataset,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
) -> ShaclReport:
    """Validate `data_graph` (a Graph, or a Dataset whose named graphs are validated as one union: a mention in a
    document's graph refers to an entity described in the reference graph) against the project's shapes. The
    ontology is loaded beside the data, so that `sh:class pg:Law` accepts a pg:Act and the DataType concepts the
    data refers to are known. The input graph is not modified."""
    if isinstance(data_graph, Dataset):
        triples = ((s, p, o) for s, p, o, _ in data_graph.quads((None, None, None, None)))
    else:
        triples = iter(data_graph)
    data = Graph()
    for triple in triples:
        data.add(triple)
    return validate_triples((q.triple for q in _as_quads(data)), shapes, ontology)


def validate_triples(
    triples: Iterable[pyoxigraph.Triple], shapes: Graph | None = None, ontology: Graph | None = None
) -> ShaclReport:
    """`validate` on pyoxigraph triples (the checks' units, read from the store)."""
    store = pyoxigraph.Store()
    store.extend(_ontology_quads(ontology))
    store.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
    return validate_store(store, shapes)


def validate_store(store: pyoxigraph.Store, shapes: Graph | None = None) -> ShaclReport:
    """The shapes' results on the union of `store`'s graphs, which holds the data and the ontology."""
    started = time.perf_counter()
    checks = compile_shapes(shapes) if shapes is not None else _default_checks()
    found = sorted(
        {
            ShaclResult(v.focus, v.check.path, v.check.message, v.check.severity, v.value, v.check.shape)
            for v in run_checks(store, checks)
        },
        key=lambda r: (SEVERITIES.index(r.severity), r.focus, r.path or "", r.message, r.value or ""),
    )
    counts = Counter(r.severity for r in found)
    return ShaclReport(
        conforms=counts.get("Violation", 0) == 0,
        violations=found,
        counts={s: counts.get(s, 0) for s in SEVERITIES},
        seconds=round(time.perf_counter() - started, 3),
    )


@functools.cache
def _default_checks() -> list[Check]:
    return compile_shapes(load_shapes_graph())


#: The graph of the ontology's quads loaded beside the data (`default_ontology_quads`): the data keep the default
#: graph, which queries about the data alone read; the shapes read the union of both.
ONTOLOGY_GRAPH = pyoxigraph.NamedNode("urn:x-policygraph:ontology")


@functools.cache
def default_ontology_quads() -> tuple[pyoxigraph.Quad, ...]:
    """The project's ontology, as the shapes see it beside the data, in `ONTOLOGY_GRAPH`."""
    return tuple(ontology_quads(ONTOLOGY_GRAPH))


def _ontology_quads(ontology: Graph | None) -> tuple[pyoxigraph.Quad, ...]:
    return default_ontology_quads() if ontology is None else _as_quads(ontology)


def _as_quads(graph: Graph) -> tuple[pyoxigraph.Quad, ...]:
    data = graph.serialize(format="nt", encoding="utf-8")
    return tuple(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))
