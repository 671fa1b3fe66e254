"""SHACL shapes on hand-written graphs shaped like the graph builder's output: a well-formed graph conforms, and
each kind of defect is reported on the right node with the right severity."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from pipelines.kg.namespaces import NIF, PG
from pipelines.kg.ontology import load_ontology_graph, load_shapes_graph
from pipelines.kg.shacl import validate, validate_triples
from pipelines.kg.shacl_sparql import UnsupportedShape, compile_shapes

# A State, a Law with its jurisdiction, a DataType (from datatypes.ttl), a Document, two Mentions with offsets,
# a RelationAssertion with its evidence sentence, and a localisation requirement.
GOOD = """
@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix state: <https://w3id.org/policygraph/id/state/> .
@prefix law: <https://w3id.org/policygraph/id/law/> .
@prefix dt: <https://w3id.org/policygraph/id/datatype/> .
@prefix doc: <https://w3id.org/policygraph/doc/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

state:RU a pg:State ; rdfs:label "Russia"@en ; pg:isoAlpha2 "RU" ; pg:isoAlpha3 "RUS" .
law:ru-242-fz a pg:Law, pg:Act ; rdfs:label "Federal Law No. 242-FZ"@en ; pg:jurisdiction state:RU ;
    pg:dateAdopted "2014-07-21"^^xsd:date ; pg:dateInForce "2015-09-01"^^xsd:date .
doc:a1 a pg:NewsArticle ;
    pg:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    pg:mentions state:RU, dt:personal-data .
<https://w3id.org/policygraph/doc/a1#char=0,6> a pg:Mention ;
    nif:referenceContext doc:a1 ; nif:anchorOf "Russia" ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "6"^^xsd:nonNegativeInteger ;
    itsrdf:taIdentRef state:RU ; pg:confidence "0.900"^^xsd:decimal .
<https://w3id.org/policygraph/doc/a1#char=31,44> a pg:Mention ;
    nif:referenceContext doc:a1 ; nif:anchorOf "personal data" ;
    nif:beginIndex "31"^^xsd:nonNegativeInteger ; nif:endIndex "44"^^xsd:nonNegativeInteger ;
    itsrdf:taIdentRef dt:personal-data ; pg:confidence "1.000"^^xsd:decimal .
<https://w3id.org/policygraph/doc/a1#char=0,45> a nif:Sentence ;
    nif:referenceContext doc:a1 ; nif:beginIndex "0"^^xsd:nonNegativeInteger ;
    nif:endIndex "45"^^xsd:nonNegativeInteger .
<https://w3id.org/policygraph/doc/a1#fact-1> a pg:RelationAssertion ;
    rdf:subject state:RU ; rdf:predicate pg:requiresLocalizationOf ; rdf:object dt:personal-data ;
    pg:evidence <https://w3id.org/policygraph/doc/a1#char=0,45> ;
    pg:headMention <https://w3id.org/policygraph/doc/a1#char=0,6> ;
    pg:tailMention <https://w3id.org/policygraph/doc/a1#char=31,44> ;
    pg:confidence "0.750"^^xsd:decimal ; prov:wasDerivedFrom doc:a1 ;
    pg:polarity pg:Asserted ; pg:modality pg:Stated ; pg:isFact true .
<https://w3id.org/policygraph/doc/a1#req-1> a pg:LocalizationRequirement ;
    pg:imposedBy law:ru-242-fz ; pg:concernsDataType dt:personal-data ; pg:obligation pg:StoreLocally ;
    pg:requiredLocation state:RU .
"""

BASE = "https://w3id.org/policygraph/"
DOC = URIRef(BASE + "doc/a1")
MENTION = URIRef(BASE + "doc/a1#char=0,6")
FACT = URIRef(BASE + "doc/a1#fact-1")
LAW = URIRef(BASE + "id/law/ru-242-fz")
STATE = URIRef(BASE + "id/state/RU")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology_graph()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes_graph()


def good_graph() -> Graph:
    return Graph().parse(data=GOOD, format="turtle")


def test_well_formed_graph_conforms_without_warnings(shapes, ontology):
    report = validate(good_graph(), shapes, ontology)
    assert report.conforms, report.summary()
    assert report.counts == {"Violation": 0, "Warning": 0, "Info": 0}


def test_mention_without_offsets_fails(shapes, ontology):
    g = good_graph()
    g.remove((MENTION, NIF.beginIndex, None))
    g.remove((MENTION, NIF.endIndex, None))
    report = validate(g, shapes, ontology)
    assert not report.conforms
    failed = {(r.focus, r.path) for r in report.by_severity("Violation")}
    assert failed == {(str(MENTION), str(NIF.beginIndex)), (str(MENTION), str(NIF.endIndex))}


def _set(s, p, o):
    def change(g: Graph) -> None:
        g.set((s, p, o))

    return change


def _remove(s, p):
    def change(g: Graph) -> None:
        g.remove((s, p, None))

    return change


def _add(s, p, o):
    def change(g: Graph) -> None:
        g.add((s, p, o))

    return change


DEFECTS = [
    # begin must be smaller than end
    (
        _set(MENTION, NIF.beginIndex, Literal("9", datatype=XSD.nonNegativeInteger)),
        "Violation",
        MENTION,
        NIF.beginIndex,
    ),
    # a mention must point at its document and at an entity
    (_remove(MENTION, NIF.referenceContext), "Violation", MENTION, NIF.referenceContext),
    (_remove(MENTION, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef")), "Violation", MENTION, None),
    # confidence is an xsd:decimal in [0, 1] (a Python float would become xsd:double)
    (_set(FACT, PG.confidence, Literal("1.5", datatype=XSD.decimal)), "Violation", FACT, PG.confidence),
    (_set(FACT, PG.confidence, Literal(0.5)), "Violation", FACT, PG.confidence),
    (_remove(FACT, PG.evidence), "Violation", FACT, PG.evidence),
    (_set(FACT, RDF.predicate, URIRef("http://example.org/likes")), "Violation", FACT, None),
    # every assertion says how the text states it, and only an asserted, stated one is a fact
    (_remove(FACT, PG.polarity), "Violation", FACT, PG.polarity),
    (_set(FACT, PG.modality, PG.Asserted), "Violation", FACT, PG.modality),
    (_remove(FACT, PG.isFact), "Violation", FACT, PG.isFact),
    (_set(FACT, PG.polarity, PG.Negated), "Violation", FACT, None),
    (_set(FACT, PG.modality, PG.Proposed), "Violation", FACT, None),
    # a read document needs its content hash
    (_remove(DOC, PG.contentHash), "Violation", DOC, PG.contentHash),
    (_set(DOC, PG.contentHash, Literal("not-a-hash")), "Violation", DOC, PG.contentHash),
    # entities need labels
    (_remove(LAW, URIRef("http://www.w3.org/2000/01/rdf-schema#label")), "Violation", LAW, None),
    (_set(STATE, PG.isoAlpha2, Literal("Russia")), "Violation", STATE, PG.isoAlpha2),
    (_set(LAW, PG.dateAdopted, Literal("21 July 2014")), "Violation", LAW, PG.dateAdopted),
    # a law of unknown jurisdiction and a text span of the wrong length are allowed but reported
    (_remove(LAW, PG.jurisdiction), "Warning", LAW, PG.jurisdiction),
    (_set(MENTION, NIF.anchorOf, Literal("Russ")), "Warning", MENTION, None),
    # a cable with neither reference nor date
    (_add(URIRef(BASE + "doc/c1"), RDF.type, PG.Cable), "Warning", URIRef(BASE + "doc/c1"), None),
    # an offset typed as text, and a span's text with a language tag (rdf:langString, not xsd:string)
    (_set(MENTION, NIF.beginIndex, Literal("0")), "Violation", MENTION, NIF.beginIndex),
    (_set(MENTION, NIF.anchorOf, Literal("Russia", lang="en")), "Violation", MENTION, NIF.anchorOf),
]


@pytest.mark.parametrize(("change", "severity", "focus", "path"), DEFECTS)
def test_defects_are_reported_with_their_severity(shapes, ontology, change, severity, focus, path):
    g = good_graph()
    change(g)
    report = validate(g, shapes, ontology)
    hits = [r for r in report.violations if r.focus == str(focus) and (path is None or r.path == str(path))]
    assert hits, report.summary()
    assert {r.severity for r in hits} == {severity}
    assert report.conforms == (severity != "Violation")
    assert all(r.message for r in report.violations)


def _key(r):
    """A result as pyshacl's and ours can be compared: a blank node shape's name is each engine's own."""
    named = r.shape.startswith("http") and " " not in r.shape
    return (r.focus, r.path, r.message, r.severity, r.value, r.shape if named else None)


def _pyshacl_keys(data: Graph, shapes: Graph, ontology: Graph) -> set:
    """The results of pyshacl, the reference SHACL engine, on the data with the ontology, as `_key`s."""
    import pyshacl
    from rdflib.namespace import SH

    merged = Graph()
    for triple in (*ontology, *data):
        merged.add(triple)
    _, results, _ = pyshacl.validate(merged, shacl_graph=shapes, inference="none", advanced=True, inplace=True)
    keys = set()
    for result in results.subjects(SH.resultSeverity, None):
        path, value, shape = (results.value(result, p) for p in (SH.resultPath, SH.value, SH.sourceShape))
        keys.add(
            (
                str(results.value(result, SH.focusNode)),
                None if path is None else str(path) if isinstance(path, URIRef) else "(complex path)",
                str(results.value(result, SH.resultMessage)),
                str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                None if value is None else str(value),
                str(shape) if isinstance(shape, URIRef) else None,
            )
        )
    return keys


#: More broken graphs for the comparison with pyshacl: an untyped entity, ill-formed literals of the right datatype,
#: a literal where a class is expected, a value outside an sh:in list.
ODDITIES = [
    _remove(STATE, RDF.type),
    _set(FACT, PG.confidence, Literal("high", datatype=XSD.decimal)),
    _set(MENTION, NIF.endIndex, Literal("six", datatype=XSD.integer)),
    _add(URIRef(BASE + "doc/c1"), PG.hasTag, Literal("PREL")),
    _set(URIRef(BASE + "doc/a1#req-1"), PG.obligation, PG.Asserted),
]


@pytest.mark.parametrize("change", [lambda g: None] + [d[0] for d in DEFECTS] + ODDITIES)
def test_the_compiled_shapes_find_what_pyshacl_finds(shapes, ontology, change):
    """The shapes run as SPARQL on pyoxigraph (`shacl_sparql`) give pyshacl's results, result for result, on the
    well-formed graph and on each broken one, from an rdflib graph and from the store's own triples alike."""
    import pyoxigraph

    g = good_graph()
    change(g)
    expected = _pyshacl_keys(g, shapes, ontology)
    assert set(map(_key, validate(g, shapes, ontology).violations)) == expected
    triples = [q.triple for q in pyoxigraph.parse(g.serialize(format="nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)]
    assert set(map(_key, validate_triples(triples, shapes, ontology).violations)) == expected


def test_a_shape_the_compiler_cannot_translate_is_refused():
    """A constraint outside the compiled part of SHACL stops the validation instead of being skipped."""
    unknown = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:uniqueLang true ] .""",
        format="turtle",
    )
    with pytest.raises(UnsupportedShape, match="uniqueLang"):
        compile_shapes(unknown)


def test_mentioned_entity_needs_an_ontology_type(shapes, ontology):
    g = good_graph()
    g.remove((STATE, RDF.type, None))
    report = validate(g, shapes, ontology)
    assert str(STATE) in {r.focus for r in report.by_severity("Violation")}


def test_cited_cable_without_text_needs_no_hash(shapes, ontology):
    g = good_graph()
    cited = URIRef(BASE + "doc/cable-08brasilia93")
    g.add((DOC, PG.cites, cited))
    g.add((cited, RDF.type, PG.Cable))
    g.add((cited, PG.cableReference, Literal("08BRASILIA93")))
    assert validate(g, shapes, ontology).counts == {"Violation": 0, "Warning": 0, "Info": 0}


def test_dataset_is_validated_as_the_union_of_its_graphs(shapes, ontology):
    """A mention in a document graph may refer to an entity described only in the reference graph."""
    ds = Dataset()
    doc_graph = ds.graph(URIRef(BASE + "graph/doc/a1"))
    reference = ds.graph(URIRef(BASE + "graph/reference"))
    for s, p, o in good_graph():
        (reference if s == STATE else doc_graph).add((s, p, o))
    assert validate(ds, shapes, ontology).conforms
    # and the validation leaves the input untouched
    assert len(doc_graph) + len(reference) == len(good_graph())


def test_every_shape_result_carries_a_message(shapes):
    from rdflib.namespace import SH

    property_shapes = set(shapes.objects(None, SH.property))
    assert property_shapes
    assert all(shapes.value(ps, SH.message) is not None for ps in property_shapes)


@pytest.mark.parametrize(
    ("role", "cls"),
    [(RDF.subject, PG.Firm), (RDF.object, PG.State)],
)
def test_relation_arguments_follow_the_ontology_signature(shapes, ontology, role, cls):
    """A firm does not require localisation, and a state is not a data type: the shape reads the signature from
    the ontology's schema:domainIncludes / schema:rangeIncludes, the same the extractor follows."""
    g = good_graph()
    odd = URIRef(BASE + "id/odd/x")
    g.add((odd, RDF.type, cls))
    g.add((odd, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("X", lang="en")))
    g.set((FACT, role, odd))
    report = validate(g, shapes, ontology)
    hits = [r for r in report.by_severity("Violation") if r.focus == str(FACT)]
    assert [r.value for r in hits] == [str(odd)], report.summary()
    # a fact that is not a fact (negated) keeps its signature check: the types are wrong whatever the polarity
    g.set((FACT, PG.polarity, PG.Negated))
    g.set((FACT, PG.isFact, Literal(False)))
    assert str(odd) in {r.value for r in validate(g, shapes, ontology).by_severity("Violation")}
