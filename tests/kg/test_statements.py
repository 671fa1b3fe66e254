"""Documents and extractions -> the quads of one named graph."""

from __future__ import annotations

import re

import rdflib
from pyoxigraph import NamedNode

from pipelines.kg.statements import GraphBuilder
from pipelines.model import CableRecipient, CableRecord, Document, Extraction, Mention, Relation
from pipelines.paths import ONTOLOGY_DIR

PG = "https://w3id.org/policygraph/ontology#"
TEXT = "Vietnam adopted Decree 53. The State Department opposes Decree 53."


def article() -> tuple[Document, Extraction]:
    doc = Document(
        doc_id="d1",
        kind="article",
        uri="https://example.org/a",
        version="v1",
        text=TEXT,
        title="Decree 53",
        published="2026-03-02",
    )
    mentions = (
        Mention(0, 7, "Vietnam", "State", "state/VN", "Vietnam", "Q881"),
        Mention(16, 25, "Decree 53", "Law", "law/vietnam-decree-53", "Decree 53"),
        Mention(31, 47, "State Department", "Agency", "agency/us-department-of-state", "U.S. Department of State"),
        Mention(56, 65, "Decree 53", "Law", "law/vietnam-decree-53", "Decree 53"),
    )
    relations = (Relation(0, 1, "enacts", 0, 26, 0.8), Relation(2, 3, "opposes", 27, 66, 0.7))
    return doc, Extraction("d1", "v1", mentions, relations, "test-extractor/1")


def as_rdflib(quads) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    for q in quads:
        ds.add((_term(q.subject), _term(q.predicate), _term(q.object), rdflib.URIRef(q.graph_name.value)))
    return ds


def _term(t):
    if isinstance(t, NamedNode):
        return rdflib.URIRef(t.value)
    plain = t.language or t.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
    return rdflib.Literal(t.value, lang=t.language, datatype=None if plain else rdflib.URIRef(t.datatype.value))


def test_all_quads_go_into_the_document_graph():
    doc, ex = article()
    quads = GraphBuilder().document_quads(doc, ex)
    assert {q.graph_name.value for q in quads} == {"https://w3id.org/policygraph/graph/doc/d1"}


def test_mentions_relations_and_provenance():
    doc, ex = article()
    ds = as_rdflib(GraphBuilder().document_quads(doc, ex))
    rows = list(
        ds.query(
            """PREFIX pg: <https://w3id.org/policygraph/ontology#>
           PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
           PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
           SELECT ?sentence ?conf WHERE { GRAPH ?g {
             ?f rdf:subject <https://w3id.org/policygraph/id/agency/us-department-of-state> ;
                rdf:predicate pg:opposes ; rdf:object <https://w3id.org/policygraph/id/law/vietnam-decree-53> ;
                pg:evidence ?s ; pg:confidence ?conf . ?s nif:anchorOf ?sentence } }"""
        )
    )
    assert [(str(r.sentence), float(r.conf)) for r in rows] == [("The State Department opposes Decree 53.", 0.7)]
    mentions = list(
        ds.query(
            """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
           PREFIX pg: <https://w3id.org/policygraph/ontology#>
           SELECT ?b ?e ?a WHERE { GRAPH ?g { ?m a pg:Mention ; nif:beginIndex ?b ; nif:endIndex ?e ;
             nif:anchorOf ?a } } ORDER BY ?b"""
        )
    )
    assert [(int(m.b), int(m.e), str(m.a)) for m in mentions] == [
        (0, 7, "Vietnam"),
        (16, 25, "Decree 53"),
        (31, 47, "State Department"),
        (56, 65, "Decree 53"),
    ]
    for b, e, a in [(int(m.b), int(m.e), str(m.a)) for m in mentions]:
        assert TEXT[b:e] == a


def test_graph_is_a_pure_function_of_its_inputs():
    doc, ex = article()
    first = sorted(str(q) for q in GraphBuilder().document_quads(doc, ex))
    second = sorted(str(q) for q in GraphBuilder().document_quads(doc, ex))
    assert first == second


def test_cable_header_facts():
    cable = CableRecord(
        format="cablegate-text",
        reference_id="26HANOI305",
        date="2026-03-11T08:30:00Z",
        sender="AMEMBASSY HANOI",
        recipients=(
            CableRecipient("SECSTATE WASHDC", "action", "PRIORITY"),
            CableRecipient("AMCONSUL HO CHI MINH CITY", "info", "PRIORITY"),
        ),
        classification="UNCLASSIFIED",
        tags_subject=("ECON",),
        tags_country=("VM",),
        subject="DECREE 53",
        references=("26STATE15960",),
        signed_by="HALVORSEN",
        body="1. (SBU) Text.",
    )
    doc = Document("cable-26HANOI305", "cable", "file:///c.txt", "v1", cable.body, cable=cable)
    builder = GraphBuilder()
    ds = as_rdflib(builder.document_quads(doc, None) + builder.cable_description_quads(doc))
    ask = """PREFIX pg: <https://w3id.org/policygraph/ontology#>
       ASK { GRAPH <https://w3id.org/policygraph/graph/doc/cable-26HANOI305> {
               <https://w3id.org/policygraph/doc/cable-26HANOI305> pg:sentBy ?post ; pg:sentTo ?dept ;
               pg:infoTo ?consulate ; pg:hasTag ?tag ; pg:cites <https://w3id.org/policygraph/doc/cable-26STATE15960> }
             GRAPH <https://w3id.org/policygraph/graph/cables> {
               ?post pg:partOf <https://w3id.org/policygraph/id/state/US> ;
                     pg:locatedIn <https://w3id.org/policygraph/id/state/VN> .
               ?dept a pg:Agency .
               ?tag pg:tagCode "VM" ; pg:tagCountry <https://w3id.org/policygraph/id/state/VN> } }"""
    assert ds.query(ask).askAnswer


def test_what_cables_name_is_described_once_however_many_cables_name_it(tmp_path):
    """Two cables from one post with one TAG: the post's label and the TAG's code are said once in the union of the
    graphs (a description in each document graph made plain counts of labels count it once per cable)."""
    from pipelines.kg.build import load_records
    from pipelines.kg.store import GraphStore

    def cable(ref: str, tag: str) -> Document:
        record = CableRecord(format="cablegate-text", reference_id=ref, date=None, sender="AMEMBASSY HANOI",
                             tags_country=("VM",), tags_subject=(tag,), signed_by="HALVORSEN", body="1.")  # fmt: skip
        return Document(f"cable-{ref}", "cable", "file:///c.txt", "v1", record.body, cable=record)

    store = GraphStore(tmp_path / "store")
    load_records(store, [(cable("26HANOI1", "ECON"), None), (cable("26HANOI2", "ETRD"), None)], GraphBuilder())
    load_records(store, [(cable("26HANOI1", "ECON"), None)], GraphBuilder())  # a re-run changes nothing
    rows = store.query("""SELECT ?s ?p ?o WHERE {
        VALUES ?p { rdfs:label pg:tagCode } ?s ?p ?o }""")
    found = sorted((row["s"].value.rsplit("/", 1)[-1], row["o"].value) for row in rows)
    assert found == [("ECON", "ECON"), ("ETRD", "ETRD"), ("VM", "VM"),
                     ("halvorsen", "Halvorsen"), ("us-embassy-hanoi", "U.S. Embassy Hanoi")]  # fmt: skip
    store.close()


def test_an_undated_cable_is_a_graph_without_a_date():
    """A telegram with no date-time group is valid: it loads without pg:sentAt (it once failed the whole batch)."""
    cable = CableRecord(format="cablegate-text", reference_id="75STATE1", date=None, sender="SECSTATE WASHDC",
                        subject="DATA FLOWS", body="1. Text.")  # fmt: skip
    doc = Document("cable-75STATE1", "cable", "file:///c.txt", "v1", cable.body, cable=cable)
    ds = as_rdflib(GraphBuilder().document_quads(doc, None))
    predicates = {str(p) for _, p, _, _ in ds.quads()}
    assert "https://w3id.org/policygraph/ontology#cableReference" in predicates
    assert "https://w3id.org/policygraph/ontology#sentAt" not in predicates


def test_every_ontology_term_the_builder_uses_is_declared():
    """The builder writes only classes and properties the ontology declares (no silent vocabulary drift)."""
    import inspect

    import pipelines.kg.reference as reference
    import pipelines.kg.statements as statements

    used = set()
    for module in (statements, reference):
        used |= set(re.findall(r'pg\("([A-Za-z]+)"\)', inspect.getsource(module)))
    builder = statements.GraphBuilder()
    for terms in (builder.properties, builder.polarities, builder.modalities):
        used |= {p.value.removeprefix(PG) for p in terms.values()}
    used |= {"Agency", "Law", "Firm", "IGO", "DiplomaticPost", "State", "DataType", "Person"}
    onto = rdflib.Graph()
    for name in ("policygraph.ttl", "datatypes.ttl"):
        onto.parse(ONTOLOGY_DIR / name, format="turtle")
    declared = {str(s).removeprefix(PG) for s in onto.subjects() if str(s).startswith(PG)}
    assert not sorted(used - declared)
