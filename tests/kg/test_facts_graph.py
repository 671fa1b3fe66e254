"""The shared facts graph: each direct relation triple once, present exactly while some document asserts it."""

from __future__ import annotations

from pyoxigraph import NamedNode, Quad

from pipelines.kg.build import load_records, update_facts_graph
from pipelines.kg.namespaces import Iris
from pipelines.kg.statements import GraphBuilder
from pipelines.kg.store import GraphStore
from pipelines.model import Document, Extraction, Mention, Relation

PREFIXES = (
    "PREFIX pg: <https://w3id.org/policygraph/ontology#>\nPREFIX id: <https://w3id.org/policygraph/id/>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
)
ENACTS = "id:state\\/VN pg:enacts id:law\\/decree-53"
OPPOSES = "id:agency\\/dos pg:opposes id:law\\/decree-53"


def record(doc_id: str, text: str, *relations: str) -> tuple[Document, Extraction]:
    """A document whose text states the given relations ("enacts", "opposes") between fixed mentions."""
    doc = Document(doc_id=doc_id, kind="article", uri=f"https://example.org/{doc_id}", version=text, text=text)
    mentions = (
        Mention(0, 2, "VN", "State", "state/VN", "Vietnam"),
        Mention(3, 5, "D5", "Law", "law/decree-53", "Decree 53"),
        Mention(6, 8, "DS", "Agency", "agency/dos", "Department of State"),
    )
    pairs = {"enacts": (0, 1), "opposes": (2, 1)}
    rels = tuple(Relation(*pairs[r], r, 0, len(text), 0.9) for r in relations)
    return doc, Extraction(doc_id, text, mentions, rels, "test/1")


def rows(store: GraphStore, sparql: str) -> list:
    return list(store.query(PREFIXES + sparql))


def ask(store: GraphStore, pattern: str) -> bool:
    return bool(store.query(PREFIXES + f"ASK {{ {pattern} }}"))


def facts(store: GraphStore) -> set[str]:
    graph = Iris().facts_graph
    return {f"{q.subject} {q.predicate} {q.object}" for q in store.quads_for_pattern(None, None, None, graph)}


def test_a_fact_two_documents_assert_is_stored_once_and_answered_once():
    store, builder = GraphStore(None), GraphBuilder()
    load_records(store, [record("d1", "VN D5 DS one", "enacts"), record("d2", "VN D5 DS two", "enacts")], builder)
    assert len(rows(store, f"SELECT * WHERE {{ {ENACTS} }}")) == 1  # not one row per document graph
    assert len(facts(store)) == 1
    # the documents keep their own assertions (provenance), but not the direct triple
    assert len(rows(store, "SELECT ?a WHERE { ?a rdf:predicate pg:enacts }")) == 2
    assert not ask(
        store, f"GRAPH ?g {{ {ENACTS} }} FILTER(STRSTARTS(STR(?g), 'https://w3id.org/policygraph/graph/doc/'))"
    )


def test_a_fact_stays_while_one_document_asserts_it_and_goes_with_the_last():
    store, builder = GraphStore(None), GraphBuilder()
    load_records(
        store, [record("d1", "VN D5 DS one", "enacts", "opposes"), record("d2", "VN D5 DS two", "enacts")], builder
    )
    assert ask(store, ENACTS) and ask(store, OPPOSES)
    load_records(store, [record("d1", "VN D5 DS one, changed")], builder)  # d1 changed: it no longer states either
    assert ask(store, ENACTS)  # d2 still asserts it
    assert not ask(store, OPPOSES)  # only d1 did
    load_records(store, [record("d2", "VN D5 DS two, changed", "opposes")], builder)
    assert not ask(store, ENACTS)
    assert ask(store, OPPOSES)


def test_reloading_the_same_documents_changes_nothing():
    store, builder = GraphStore(None), GraphBuilder()
    batch = [record("d1", "VN D5 DS one", "enacts", "opposes"), record("d2", "VN D5 DS two", "enacts")]
    load_records(store, batch, builder)
    before = sorted(str(q) for q in store.quads())
    load_records(store, batch, builder)
    assert sorted(str(q) for q in store.quads()) == before


def test_a_load_stopped_half_way_is_repaired_by_the_next_load():
    store, builder, iris = GraphStore(None), GraphBuilder(), Iris()
    load_records(store, [record("d1", "VN D5 DS one", "enacts")], builder)
    # as if a load had replaced d1's graph (with a version that no longer states the fact) and then stopped
    store.remove_graph(iris.document_graph("d1"))
    store.add_graph(iris.facts_pending_graph)
    assert ask(store, ENACTS)  # stale
    load_records(store, [], builder)
    assert not ask(store, ENACTS)
    assert not store.contains_graph(iris.facts_pending_graph)


def test_update_of_the_whole_facts_graph_matches_the_incremental_one():
    store, builder, iris = GraphStore(None), GraphBuilder(), Iris()
    load_records(
        store, [record("d1", "VN D5 DS one", "enacts", "opposes"), record("d2", "VN D5 DS two", "enacts")], builder
    )
    load_records(store, [record("d1", "VN D5 DS one, changed")], builder)
    incremental = facts(store)
    leads = NamedNode("https://w3id.org/policygraph/ontology#leads")
    x, y = NamedNode("https://w3id.org/policygraph/id/x"), NamedNode("https://w3id.org/policygraph/id/y")
    store.extend([Quad(x, leads, y, iris.facts_graph)])
    added, removed = update_facts_graph(store, iris)
    assert (len(added), len(removed)) == (0, 1)
    assert facts(store) == incremental


def test_a_document_whose_graph_cannot_be_built_keeps_its_old_graph_and_stops_nothing_else():
    store, builder = GraphStore(None), GraphBuilder()
    good_v1 = record("good", "v1 VN enacts D5", "enacts")
    load_records(store, [good_v1, record("other", "o VN enacts D5", "enacts")], builder)
    doc, ex = record("good", "v2 VN enacts D5", "enacts")
    corrupt = Mention(0, 2, "VN", "State", "state/V N>", "Vietnam")  # an id no IRI can hold (a damaged file)
    broken = (doc, Extraction(ex.doc_id, ex.version, (corrupt, *ex.mentions[1:]), ex.relations, "test/1"))
    report = load_records(store, [broken, record("new", "n DS opposes D5", "opposes")], builder)
    assert [(d.doc_id, reason.split(":")[0]) for d, reason in report.failed] == [("good", "ValueError")]
    assert report.loaded == ["new"]
    assert ask(store, "GRAPH <https://w3id.org/policygraph/graph/doc/good> { ?d pg:contentHash 'v1 VN enacts D5' }")
    assert facts(store) == {f"{PREFIX_ID}state/VN> <{PG}enacts> {PREFIX_ID}law/decree-53>",
                            f"{PREFIX_ID}agency/dos> <{PG}opposes> {PREFIX_ID}law/decree-53>"}  # fmt: skip


PREFIX_ID = "<https://w3id.org/policygraph/id/"
PG = "https://w3id.org/policygraph/ontology#"


def test_a_fact_the_reference_graph_states_is_not_said_again_in_the_facts_graph():
    """A body's partOf its state from the tables, also asserted by a document: the union default graph answers it
    once, and the document graph keeps the assertion with its evidence."""
    store, builder, iris = GraphStore(None), GraphBuilder(), Iris()
    enacts = NamedNode(f"{PG}enacts")
    vn, decree = NamedNode(f"{PREFIX_ID[1:]}state/VN"), NamedNode(f"{PREFIX_ID[1:]}law/decree-53")
    store.extend([Quad(vn, enacts, decree, iris.reference_graph)])
    load_records(store, [record("d1", "VN D5 DS one", "enacts", "opposes")], builder)
    assert facts(store) == {f"{PREFIX_ID}agency/dos> <{PG}opposes> {PREFIX_ID}law/decree-53>"}
    assert len(rows(store, f"SELECT * WHERE {{ {ENACTS} }}")) == 1  # the union default graph
    assert ask(store, "GRAPH ?g { ?a pg:isFact true ; rdf:subject id:state\\/VN ; rdf:predicate pg:enacts }")
    assert update_facts_graph(store, iris) == (set(), set())  # the whole graph derived again agrees
