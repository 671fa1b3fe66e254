"""Consistency check of the ontology plus a sample of the pipeline's individuals with HermiT (via owlready2).

The sample is deterministic (individuals ordered by a hash of their IRI), so re-running on the same graph checks
the same individuals. Only the statements that matter to OWL consistency go to the reasoner: class assertions
with classes the ontology declares, object and datatype property assertions with properties it declares, and
owl:sameAs/owl:differentFrom. Annotations, the rdf:subject/rdf:predicate/rdf:object of reified assertions
(reserved vocabulary in OWL 2 DL) and literals whose datatype HermiT cannot parse (xsd:date and others outside the
OWL 2 datatype map) are left out; the SHACL shapes check those.

Needs Java (HermiT runs in a JVM); owlready2 reads N-Triples, so the rdflib graphs are written as N-Triples.
"""

from __future__ import annotations

import hashlib
import itertools
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import owlready2
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from pipelines.kg.ontology import (
    datatype_properties,
    declared_classes,
    load_ontology_graph,
    object_properties,
)

#: Datatypes HermiT accepts (the OWL 2 datatype map); literals of other datatypes are left out of the sample.
OWL2_DATATYPES = frozenset(
    {RDF.PlainLiteral, RDF.XMLLiteral, RDF.langString, RDFS.Literal, OWL.real, OWL.rational}
    | {
        XSD[name]
        for name in (
            "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long int short "
            "byte unsignedLong unsignedInt unsignedShort unsignedByte double float string normalizedString token "
            "language Name NCName NMTOKEN boolean hexBinary base64Binary anyURI dateTime dateTimeStamp"
        ).split()
    }
)


class ReasonerError(RuntimeError):
    """The reasoner could not run (no Java, a JVM crash, an unparsable input): not a verdict on the data."""


@dataclass
class ReasonerReport:
    """`consistent` is HermiT's verdict on the ontology plus the sample; `reason` explains an inconsistency
    (the individuals typed with disjoint classes when that is the cause); `seconds` is the reasoner's time."""

    consistent: bool
    reason: str | None = None
    seconds: float = 0.0
    individuals: int = 0
    triples: int = 0
    skipped_literals: int = 0
    clashes: list[tuple[str, str, str]] = field(default_factory=list)
    #: Classes HermiT proved empty (a modelling error even when the ontology is consistent).
    unsatisfiable: list[str] = field(default_factory=list)


def _triples(data_graph: Graph | Dataset):
    if isinstance(data_graph, Dataset):
        return ((s, p, o) for s, p, o, _ in data_graph.quads((None, None, None, None)))
    return iter(data_graph)


def _stable_key(term) -> str:
    return hashlib.sha256(str(term).encode("utf-8")).hexdigest()


def select_sample(data_graph: Graph | Dataset, ontology: Graph, sample: int = 500) -> tuple[Graph, int, int]:
    """The part of `data_graph` sent to the reasoner: up to `sample` individuals (those typed with a class the
    ontology declares), their relevant statements, and the class assertions of the individuals they point at.
    Returns (graph, number of sampled individuals, number of literals left out)."""
    classes = declared_classes(ontology, namespace=None)
    obj_props = object_properties(ontology) | {OWL.sameAs, OWL.differentFrom}
    data_props = datatype_properties(ontology)

    types: dict[URIRef, set[URIRef]] = {}
    statements: dict[URIRef, list[tuple]] = {}
    for s, p, o in _triples(data_graph):
        if not isinstance(s, URIRef):
            continue
        if p == RDF.type:
            if o in classes:
                types.setdefault(s, set()).add(o)
        elif p in obj_props and isinstance(o, URIRef):
            statements.setdefault(s, []).append((s, p, o))
        elif p in data_props and isinstance(o, Literal):
            statements.setdefault(s, []).append((s, p, o))

    chosen = sorted(types, key=_stable_key)[: max(sample, 0)]
    out = Graph()
    skipped = 0
    for s in chosen:
        for c in types[s]:
            out.add((s, RDF.type, c))
        for s_, p, o in statements.get(s, ()):
            if isinstance(o, Literal):
                if o.datatype is not None and o.datatype not in OWL2_DATATYPES:
                    skipped += 1
                    continue
            else:
                # The neighbour's types matter: they can clash with the property's range.
                for c in types.get(o, ()):
                    out.add((o, RDF.type, c))
            out.add((s_, p, o))
    return out, len(chosen), skipped


def find_disjoint_clashes(graph: Graph, ontology: Graph) -> list[tuple[str, str, str]]:
    """(individual, class, other) for individuals asserted (directly or through rdfs:subClassOf) to be in two
    disjoint classes, or used as subject/value of a property whose rdfs:domain/rdfs:range is disjoint with their
    class (then `other` reads "range of <property> <class>"). A cheap explanation of the usual inconsistencies."""
    supers: dict[URIRef, set[URIRef]] = {}

    def ancestors(c: URIRef) -> set[URIRef]:
        if c not in supers:
            supers[c] = {c}
            for parent in ontology.objects(c, RDFS.subClassOf):
                if isinstance(parent, URIRef):
                    supers[c] |= ancestors(parent)
        return supers[c]

    disjoint: set[frozenset] = set()
    for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        head = ontology.value(group, OWL.members)
        members = list(ontology.items(head)) if head is not None else []
        disjoint |= {frozenset(pair) for pair in itertools.combinations(members, 2)}
    for a, b in ontology.subject_objects(OWL.disjointWith):
        disjoint.add(frozenset((a, b)))

    def union_members(c: URIRef) -> list[URIRef]:
        for eq in ontology.objects(c, OWL.equivalentClass):
            members = ontology.value(eq, OWL.unionOf)
            if members is not None:
                return [m for m in ontology.items(members) if isinstance(m, URIRef)]
        return [c]

    def closure_of(individual) -> set[URIRef]:
        found: set[URIRef] = set()
        for c in graph.objects(individual, RDF.type):
            if isinstance(c, URIRef):
                found |= ancestors(c)
        return found

    def excludes(closure: set[URIRef], c: URIRef) -> bool:
        """True when an individual with these classes cannot be in c (nor in any member of c's union)."""
        return all(any(frozenset((x, y)) in disjoint for x in closure for y in ancestors(m)) for m in union_members(c))

    clashes = []
    for individual in sorted(set(graph.subjects(RDF.type, None)), key=str):
        closure = closure_of(individual)
        for a, b in itertools.combinations(sorted(closure, key=str), 2):
            if frozenset((a, b)) in disjoint:
                clashes.append((str(individual), str(a), str(b)))
    for s, p, o in sorted(graph, key=lambda t: tuple(map(str, t))):
        for axiom, node in ((RDFS.domain, s), (RDFS.range, o)):
            if not isinstance(node, URIRef):
                continue
            for c in ontology.objects(p, axiom):
                closure = closure_of(node)
                if isinstance(c, URIRef) and closure and excludes(closure, c):
                    what = "domain" if axiom == RDFS.domain else "range"
                    asserted = ", ".join(sorted(str(t) for t in graph.objects(node, RDF.type)))
                    clashes.append((str(node), asserted, f"{what} of {p}: {c}"))
    return clashes


def _write_nt(graph: Graph, path: Path) -> None:
    # owlready2 reads N-Triples; blank nodes are kept (the ontology's class expressions use them).
    path.write_bytes(graph.serialize(format="nt", encoding="utf-8"))


def _load_world(folder: Path, ontology: Graph, sampled: Graph):
    """A fresh owlready2 World with the ontology and the sample loaded (from N-Triples files in `folder`), and the
    sample's ontology; raises ReasonerError when owlready2 cannot read them."""
    onto_file, data_file = folder / "ontology.nt", folder / "sample.nt"
    _write_nt(ontology, onto_file)
    _write_nt(sampled, data_file)
    world = owlready2.World()
    try:
        world.get_ontology(onto_file.as_uri()).load()
        data = world.get_ontology(data_file.as_uri()).load()
    except Exception as exc:  # owlready2 raises bare exceptions from its parsers
        world.close()
        raise ReasonerError(f"owlready2 could not load the ontology or the sample: {exc}") from exc
    return world, data


def _run_hermit(world, data) -> tuple[bool, list[str], float]:
    """Run HermiT on `world` (closed afterwards): consistent or not, the unsatisfiable classes, the seconds it took;
    owlready2's Java and start-up errors become ReasonerError."""
    started = time.perf_counter()
    consistent, unsatisfiable = True, []
    try:
        with data:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        unsatisfiable = sorted(
            c.iri for c in world.inconsistent_classes() if getattr(c, "iri", str(OWL.Nothing)) != str(OWL.Nothing)
        )
    except owlready2.OwlReadyInconsistentOntologyError:
        consistent = False
    except owlready2.OwlReadyJavaError as exc:
        raise ReasonerError(f"HermiT failed: {str(exc)[:2000]}") from exc
    except OSError as exc:  # java not found
        raise ReasonerError(f"could not start Java for HermiT: {exc}") from exc
    finally:
        seconds = time.perf_counter() - started
        world.close()
    return consistent, unsatisfiable, seconds


def _inconsistency(sampled: Graph, ontology: Graph) -> tuple[str, list[tuple[str, str, str]]]:
    """Why HermiT found the sample inconsistent: the disjoint-class clashes when there are, else a hint."""
    clashes = find_disjoint_clashes(sampled, ontology)
    if clashes:
        shown = "; ".join(f"{i} ({a}) vs {b}" for i, a, b in clashes[:5])
        return f"type clashes (disjoint classes, domains or ranges): {shown}", clashes
    return (
        "HermiT found the ontology plus the sample inconsistent (no disjoint-class clash: check the "
        "ranges of pg:jurisdiction, pg:imposedBy, pg:concernsDataType... and owl:sameAs links)"
    ), clashes


def check_consistency(
    data_graph: Graph | Dataset,
    sample: int = 500,
    ontology: Graph | None = None,
    java_exe: str | None = None,
) -> ReasonerReport:
    """Load the ontology and a deterministic sample of `sample` individuals of `data_graph` into a fresh
    owlready2 World and run HermiT. Returns the verdict; raises ReasonerError if HermiT cannot run."""
    ontology = ontology if ontology is not None else load_ontology_graph()
    sampled, n_individuals, skipped = select_sample(data_graph, ontology, sample)
    if java_exe:
        owlready2.JAVA_EXE = java_exe
    with tempfile.TemporaryDirectory(prefix="pg-reasoner-") as tmp:
        world, data = _load_world(Path(tmp), ontology, sampled)
        consistent, unsatisfiable, seconds = _run_hermit(world, data)
    reason, clashes = (None, []) if consistent else _inconsistency(sampled, ontology)
    return ReasonerReport(
        consistent=consistent,
        reason=reason,
        seconds=round(seconds, 3),
        individuals=n_individuals,
        triples=len(sampled),
        skipped_literals=skipped,
        clashes=clashes,
        unsatisfiable=unsatisfiable,
    )
