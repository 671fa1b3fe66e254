"""The SHACL shapes compiled to SPARQL SELECT queries that pyoxigraph runs: one query per constraint, selecting the
focus nodes (and values) that violate it.

SHACL defines each core constraint component by a condition on a focus node's value nodes; written as a SPARQL
filter, that condition is evaluated by the store's query engine over its indexes instead of node by node in
Python (pyshacl: about 0.1 s of CPU per document, as much as the extraction itself; see docs/scale-out.md). The
compiler covers the part of SHACL Core that `ontology/shapes.ttl` uses, listed in `_VALUE_TESTS`, `_COUNTS` and
`compile_shapes`; a shape with any other parameter is refused (`UnsupportedShape`), never skipped. Its results
are the validation results pyshacl gives on the same data: `tests/kg/test_shacl.py` compares the two on well-formed
and broken graphs.

Class-based targets and `sh:class` follow `rdfs:subClassOf*` in the data, so the ontology is loaded beside the data
(as the validation always did).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

_VALUE = "?value"

#: Datatypes whose lexical forms SPARQL can check with a cast (an ill-formed literal fails `sh:datatype`).
_CASTABLE = {str(XSD[n]) for n in ("boolean", "integer", "decimal", "float", "double", "dateTime", "date", "time")}

#: Parameters that describe a shape rather than constrain its values.
_DESCRIPTIVE = {
    *(RDF.type, RDFS.comment, RDFS.label),
    *(SH.message, SH.severity, SH.path, SH.property, SH.name, SH.deactivated),
}
_TARGETS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target}


class UnsupportedShape(ValueError):
    """A shape uses a SHACL feature the compiler does not translate."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape: the SELECT query of its violations (variables `?this` and, where the result
    names one, `?value`), and what each result says."""

    query: str
    severity: str
    message: str
    path: str | None
    shape: str
    names_value: bool = True  # the result names the offending value (`?value`)


def _iri(term: Node) -> str:
    if not isinstance(term, URIRef):
        raise UnsupportedShape(f"expected an IRI, found {term!r}")
    return f"<{term}>"


def _term(term: Node) -> str:
    """A shapes-graph term as SPARQL text."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise UnsupportedShape(f"blank node {term} as a value")


def _path(shapes: Graph, path: Node) -> str:
    """A SHACL property path as a SPARQL property path (predicate, inverse, alternative, sequence)."""
    if isinstance(path, URIRef):
        return f"<{path}>"
    inverse = shapes.value(path, SH.inversePath)
    if inverse is not None:
        return f"^({_path(shapes, inverse)})"
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(shapes, p) for p in Collection(shapes, alternatives)) + ")"
    if (path, RDF.first, None) in shapes:
        return "(" + "/".join(_path(shapes, p) for p in Collection(shapes, path)) + ")"
    raise UnsupportedShape(f"property path {path!r}")


def _datatype_test(v: str, datatype: Node) -> str:
    test = f"(isLITERAL({v}) && DATATYPE({v}) = {_iri(datatype)}"
    if str(datatype) in _CASTABLE:  # well-formed: the cast of its lexical form succeeds
        test += f" && COALESCE(isLITERAL({_iri(datatype)}(STR({v}))), false)"
    return test + ")"


def _node_kind_test(v: str, kind: Node) -> str:
    tests: dict[Node, str] = {
        SH.IRI: f"isIRI({v})",
        SH.BlankNode: f"isBLANK({v})",
        SH.Literal: f"isLITERAL({v})",
        SH.BlankNodeOrIRI: f"(isBLANK({v}) || isIRI({v}))",
        SH.BlankNodeOrLiteral: f"(isBLANK({v}) || isLITERAL({v}))",
        SH.IRIOrLiteral: f"(isIRI({v}) || isLITERAL({v}))",
    }
    if kind not in tests:
        raise UnsupportedShape(f"sh:nodeKind {kind}")
    return tests[kind]


def _in_test(shapes: Graph, v: str, members: Node) -> str:
    tests = [f"sameTerm({v}, {_term(m)})" for m in Collection(shapes, members)]  # sh:in compares terms
    return "(" + " || ".join(tests) + ")" if tests else "false"


def _pattern_test(shapes: Graph, shape: Node, v: str, pattern: Node) -> str:
    flags = shapes.value(shape, SH.flags)
    args = f"STR({v}), {Literal(str(pattern)).n3()}" + (f", {Literal(str(flags)).n3()}" if flags else "")
    return f"(!isBLANK({v}) && REGEX({args}))"


def _or_test(shapes: Graph, v: str, members: Node) -> str:
    return "(" + " || ".join(_conforms(shapes, member, v) for member in Collection(shapes, members)) + ")"


def _compare(op: str) -> Callable[[Graph, Node, str, Node], str]:
    return lambda shapes, shape, v, bound: f"COALESCE({v} {op} {_term(bound)}, false)"


#: The value-wise constraint components: parameter -> the SPARQL test a conforming value node passes.
_VALUE_TESTS: dict[Node, Callable[[Graph, Node, str, Node], str]] = {
    SH.datatype: lambda shapes, shape, v, o: _datatype_test(v, o),
    SH["class"]: lambda shapes, shape, v, o: f"EXISTS {{ {v} a/<{RDFS.subClassOf}>* {_iri(o)} }}",
    SH.nodeKind: lambda shapes, shape, v, o: _node_kind_test(v, o),
    SH["in"]: lambda shapes, shape, v, o: _in_test(shapes, v, o),
    SH.pattern: _pattern_test,
    SH.minInclusive: _compare(">="),
    SH.maxInclusive: _compare("<="),
    SH.minExclusive: _compare(">"),
    SH.maxExclusive: _compare("<"),
    SH["or"]: lambda shapes, shape, v, o: _or_test(shapes, v, o),
}

#: The cardinality components: parameter -> how the number of value nodes fails it.
_COUNTS: dict[Node, str] = {SH.minCount: "<", SH.maxCount: ">"}


def _conforms(shapes: Graph, shape: Node, v: str) -> str:
    """The SPARQL test that node `v` conforms to `shape` (a member of an `sh:or`): the conjunction of its
    constraints, a property shape's cardinality as EXISTS over its path."""
    tests = []
    path = shapes.value(shape, SH.path)
    for p, o in shapes.predicate_objects(shape):
        if p in _DESCRIPTIVE or p == SH.flags:
            continue
        if p in _VALUE_TESTS and path is None:
            tests.append(_VALUE_TESTS[p](shapes, shape, v, o))
        elif p == SH.minCount and path is not None and str(o) == "1":
            tests.append(f"EXISTS {{ {v} {_path(shapes, path)} [] }}")
        else:
            raise UnsupportedShape(f"{p} inside sh:or")
    return "(" + " && ".join(tests or ["true"]) + ")"


def _prefixes(shapes: Graph, target: Node) -> str:
    lines = []
    for declaring in shapes.objects(target, SH.prefixes):
        for declared in shapes.objects(declaring, SH.declare):
            prefix, namespace = shapes.value(declared, SH.prefix), shapes.value(declared, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines)


def _targets(shapes: Graph, shape: Node) -> tuple[str, str]:
    """The union of a node shape's targets as a SPARQL pattern binding `?this`, and the prefixes its SPARQL
    targets declare."""
    patterns, prefixes = [], []
    for cls in shapes.objects(shape, SH.targetClass):
        patterns.append(f"?this a/<{RDFS.subClassOf}>* {_iri(cls)} .")
    for p in shapes.objects(shape, SH.targetSubjectsOf):
        patterns.append(f"?this {_iri(p)} [] .")
    for p in shapes.objects(shape, SH.targetObjectsOf):
        patterns.append(f"[] {_iri(p)} ?this .")
    for target in shapes.objects(shape, SH.target):
        if (target, RDF.type, SH.SPARQLTarget) not in shapes:
            raise UnsupportedShape(f"target {target!r}")
        patterns.append("{ " + str(shapes.value(target, SH.select)) + " }")
        prefixes.append(_prefixes(shapes, target))
    return " UNION ".join("{ " + p + " }" for p in patterns), "\n".join(p for p in prefixes if p)


def _severity(shapes: Graph, shape: Node) -> str:
    return str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]


def _constraint_checks(
    shapes: Graph, shape: Node, targets: str, prefixes: str, path: Node | None, name: str
) -> Iterator[Check]:
    """The checks of one shape's constraints: value-wise ones on each value node (the focus node itself for a
    node shape), cardinality on the count of value nodes, `sh:hasValue` and `sh:lessThan` on the pair. `name`
    names the shape in the results."""
    severity, message = _severity(shapes, shape), str(shapes.value(shape, SH.message) or "")
    path_text = None if path is None else (str(path) if isinstance(path, URIRef) else "(complex path)")
    values = "BIND(?this AS ?value)" if path is None else f"?this {_path(shapes, path)} ?value ."

    def check(body: str, value: bool = True) -> Check:
        select = "?this ?value" if value else "?this"
        query = f"{prefixes}\nSELECT DISTINCT {select} WHERE {{ {{ {targets} }} {body} }}"
        return Check(query, severity, message, path_text, name, value)

    for p, o in shapes.predicate_objects(shape):
        if p in _DESCRIPTIVE or p in _TARGETS or p == SH.flags:
            continue
        if p in _VALUE_TESTS:
            yield check(f"{values} FILTER (!{_VALUE_TESTS[p](shapes, shape, _VALUE, o)})")
        elif p in _COUNTS and path is not None:
            counted = (
                "{ SELECT ?this (COUNT(DISTINCT ?value) AS ?n) "
                f"WHERE {{ {{ {targets} }} OPTIONAL {{ {values} }} }} GROUP BY ?this }}"
            )
            yield check(f"{counted} FILTER (?n {_COUNTS[p]} {int(str(o))})", value=False)
        elif p == SH.hasValue and path is not None:
            yield check(f"FILTER NOT EXISTS {{ ?this {_path(shapes, path)} {_term(o)} }}", value=False)
        elif p == SH.lessThan and path is not None:
            yield check(f"{values} ?this {_iri(o)} ?other . FILTER (!COALESCE(?value < ?other, false))")
        else:
            raise UnsupportedShape(f"{p} on shape {shape}")


def compile_shapes(shapes: Graph) -> list[Check]:
    """Every constraint of every shape that has a target (and is not deactivated), as a `Check`."""
    found: list[Check] = []
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if shapes.value(shape, SH.deactivated) == Literal(True):
            continue
        targets, prefixes = _targets(shapes, shape)
        if not targets:
            continue
        found += _constraint_checks(shapes, shape, targets, prefixes, None, str(shape))
        for prop in shapes.objects(shape, SH.property):
            if shapes.value(prop, SH.deactivated) == Literal(True):
                continue
            path = shapes.value(prop, SH.path)
            if not isinstance(prop, BNode | URIRef) or path is None:
                raise UnsupportedShape(f"property shape {prop!r} without sh:path")
            # a blank property shape is named by its node shape and path: the same name in every process
            name = str(prop) if isinstance(prop, URIRef) else f"{shape} sh:property [ sh:path {_path(shapes, path)} ]"
            found += _constraint_checks(shapes, prop, targets, prefixes, path, name)
    return found


@dataclass(frozen=True)
class Violation:
    """One result of a `Check`: the focus node and the offending value (None where the result names none)."""

    check: Check
    focus: str
    value: str | None


def run_checks(store: pyoxigraph.Store, checks: Iterable[Check]) -> Iterator[Violation]:
    """The results of `checks` on the union of the store's graphs (data and ontology together)."""
    for c in checks:
        solutions = store.query(c.query, use_default_graph_as_union=True)
        assert isinstance(solutions, pyoxigraph.QuerySolutions)
        for row in solutions:
            value = row["value"] if c.names_value else None
            yield Violation(c, row["this"].value, None if value is None else value.value)
