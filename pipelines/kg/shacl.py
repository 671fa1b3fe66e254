"""SHACL validation of the graph the pipeline produces against ontology/shapes.ttl (pyshacl).

Only results of severity sh:Violation make a graph non-conforming; sh:Warning and sh:Info results are reported
(e.g. a law whose jurisdiction is unknown) but allowed.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph
import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

from pipelines.kg.ontology import load_ontology_graph, load_shapes_graph

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


def _short(term) -> str | None:
    return None if term is None else str(term)


def _path_text(results: Graph, path) -> str | None:
    if path is None or isinstance(path, URIRef):
        return _short(path)
    # A complex path (inverse, alternative) is a blank node; the shape's message says what it means.
    return "(complex path)"


def _merged(data_graph: Graph | Dataset, ontology: Graph) -> Graph:
    """A new graph holding the ontology and the data. A Dataset is flattened to the union of its graphs: the
    shapes are meant for the union (a mention in a document's graph refers to an entity described in the
    reference graph); pyshacl on its own would validate each named graph separately."""
    merged = Graph()
    for triple in ontology:
        merged.add(triple)
    if isinstance(data_graph, Dataset):
        for s, p, o, _ in data_graph.quads((None, None, None, None)):
            merged.add((s, p, o))
    else:
        for triple in data_graph:
            merged.add(triple)
    return merged


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
    """Validate `data_graph` (a Graph, or a Dataset whose named graphs are validated as one union) against the
    project's shapes. The ontology is merged into a copy of the data so that `sh:class pg:Law` accepts a pg:Act
    and DataType concepts referenced by the data are known. The input graph is not modified."""
    ontology = ontology if ontology is not None else load_ontology_graph()
    return validate_merged(_merged(data_graph, ontology), shapes)


def validate_merged(merged: Graph, shapes: Graph | None = None) -> ShaclReport:
    """`validate` on a graph that already holds the ontology and the data (`graph_of` or `_merged`); pyshacl may
    add to it."""
    shapes = shapes if shapes is not None else load_shapes_graph()
    started = time.perf_counter()
    # The ontology is merged in by hand: pyshacl's ont_graph mixing leaves out the DataType individuals.
    _, results, _ = pyshacl.validate(
        merged,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
        inplace=True,
    )
    found = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        found.append(
            ShaclResult(
                focus=str(results.value(result, SH.focusNode)),
                path=_path_text(results, results.value(result, SH.resultPath)),
                message=str(results.value(result, SH.resultMessage) or ""),
                severity=str(severity).rsplit("#", 1)[-1],
                value=_short(results.value(result, SH.value)),
                shape=_short(results.value(result, SH.sourceShape)),
            )
        )
    found.sort(key=lambda r: (SEVERITIES.index(r.severity) if r.severity in SEVERITIES else 9, r.focus))
    counts = Counter(r.severity for r in found)
    return ShaclReport(
        conforms=counts.get("Violation", 0) == 0,
        violations=found,
        counts={s: counts.get(s, 0) for s in SEVERITIES},
        seconds=round(time.perf_counter() - started, 3),
    )
