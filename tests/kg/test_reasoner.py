"""HermiT (through owlready2) on the ontology plus a sample of individuals: the ontology is consistent, a
well-formed graph stays consistent, and individuals that break disjointness or ranges are reported."""

from __future__ import annotations

import shutil

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from pipelines.kg.namespaces import PG
from pipelines.kg.ontology import load_ontology_graph
from pipelines.kg.reasoner import check_consistency, find_disjoint_clashes, select_sample

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")

BASE = "https://w3id.org/policygraph/"
STATE = URIRef(BASE + "id/state/RU")
LAW = URIRef(BASE + "id/law/ru-242-fz")
DOC = URIRef(BASE + "doc/a1")
PERSONAL = URIRef(BASE + "id/datatype/personal-data")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology_graph()


def good_graph() -> Graph:
    g = Graph()
    g.add((STATE, RDF.type, PG.State))
    g.add((STATE, RDFS.label, Literal("Russia", lang="en")))
    g.add((STATE, PG.isoAlpha2, Literal("RU")))
    g.add((LAW, RDF.type, PG.Act))
    g.add((LAW, PG.jurisdiction, STATE))
    g.add((LAW, PG.dateAdopted, Literal("2014-07-21", datatype=XSD.date)))  # outside HermiT's datatype map
    g.add((STATE, PG.enacts, LAW))
    g.add((DOC, RDF.type, PG.NewsArticle))
    g.add((DOC, PG.mentions, STATE))
    g.add((DOC, PG.mentions, PERSONAL))
    g.add((PERSONAL, RDF.type, PG.DataType))
    mention = URIRef(BASE + "doc/a1#char=0,6")
    g.add((mention, RDF.type, PG.Mention))
    g.add((mention, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"), Literal(0)))
    g.add((mention, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), STATE))
    fact = URIRef(BASE + "doc/a1#fact-1")
    g.add((fact, RDF.type, PG.RelationAssertion))
    g.add((fact, RDF.predicate, PG.requiresLocalizationOf))  # reserved vocabulary: kept out of the sample
    g.add((fact, PG.confidence, Literal("0.8", datatype=XSD.decimal)))
    return g


def test_ontology_alone_is_consistent(ontology):
    report = check_consistency(Graph(), ontology=ontology)
    assert report.consistent, report.reason
    assert report.individuals == 0
    assert report.unsatisfiable == []
    assert report.seconds < 30


def test_unsatisfiable_class_is_reported():
    onto = load_ontology_graph()
    bad = PG.StateOwnedFirm  # a class under both State and Firm, which are disjoint: necessarily empty
    onto.add((bad, RDF.type, OWL.Class))
    onto.add((bad, RDFS.subClassOf, PG.State))
    onto.add((bad, RDFS.subClassOf, PG.Firm))
    report = check_consistency(Graph(), ontology=onto)
    assert report.consistent  # an empty class alone is not an inconsistency...
    assert report.unsatisfiable == [str(bad)]  # ...but it is reported


def test_well_formed_graph_is_consistent(ontology):
    report = check_consistency(good_graph(), ontology=ontology)
    assert report.consistent, report.reason
    assert report.individuals == 6
    assert report.skipped_literals == 1  # the xsd:date HermiT cannot parse


def test_individual_typed_state_and_firm_is_inconsistent(ontology):
    g = good_graph()
    g.add((STATE, RDF.type, PG.Firm))
    report = check_consistency(g, ontology=ontology)
    assert not report.consistent
    assert (str(STATE), str(PG.Firm), str(PG.State)) in report.clashes
    assert str(STATE) in report.reason


def test_subclass_types_clash_through_their_superclasses(ontology):
    g = good_graph()
    g.add((LAW, RDF.type, PG.Ministry))  # a Ministry is an Agency, disjoint with Law
    report = check_consistency(g, ontology=ontology)
    assert not report.consistent
    assert any(i == str(LAW) for i, _, _ in report.clashes)


def test_value_outside_a_range_is_inconsistent(ontology):
    g = good_graph()
    g.add((LAW, PG.jurisdiction, DOC))  # a news article is not a jurisdiction
    report = check_consistency(g, ontology=ontology)
    assert not report.consistent
    assert any(i == str(DOC) and "range of" in other for i, _, other in report.clashes)


def test_same_as_merging_disjoint_entities_is_inconsistent(ontology):
    g = good_graph()
    firm = URIRef(BASE + "id/firm/russia-inc")
    g.add((firm, RDF.type, PG.Firm))
    g.add((firm, OWL.sameAs, STATE))
    assert not check_consistency(g, ontology=ontology).consistent


def test_sample_is_bounded_and_deterministic(ontology):
    g = Graph()
    for i in range(60):
        firm = URIRef(f"{BASE}id/firm/f{i}")
        g.add((firm, RDF.type, PG.Firm))
        g.add((firm, PG.headquarteredIn, STATE))
    g.add((STATE, RDF.type, PG.State))
    first, n, _ = select_sample(g, ontology, sample=10)
    second, _, _ = select_sample(g, ontology, sample=10)
    assert n == 10
    assert set(first) == set(second)
    # the neighbour's type travels with the sampled individual, so range clashes stay visible
    assert (STATE, RDF.type, PG.State) in first


def test_dataset_input_is_flattened(ontology):
    ds = Dataset()
    ds.graph(URIRef(BASE + "graph/doc/a1")).add((STATE, RDF.type, PG.State))
    ds.graph(URIRef(BASE + "graph/reference")).add((STATE, RDF.type, PG.Firm))
    report = check_consistency(ds, ontology=ontology)
    assert not report.consistent and report.individuals == 1


def test_clash_finder_without_reasoner(ontology):
    g = Graph()
    g.add((DOC, RDF.type, PG.NewsArticle))
    g.add((DOC, RDF.type, PG.ReportedCable))  # NewsArticle and Cable are disjoint
    assert find_disjoint_clashes(g, ontology) == [(str(DOC), str(PG.Cable), str(PG.NewsArticle))]
