"""Graph checks scoped to the batch: a defect in one of the batch's document graphs is reported, one outside the batch
is left to the full sweep, and what is checked does not grow with the store."""

from __future__ import annotations

import hashlib

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from pipelines.home import Home
from pipelines.kg.build import load_entities, load_records, load_shared_graphs
from pipelines.kg.checks import batch_units, check_units, document_unit, sweep_units
from pipelines.kg.namespaces import PG, Iris, Terms
from pipelines.kg.statements import GraphBuilder
from pipelines.kg.store import GraphStore
from pipelines.model import Document, Extraction, Mention, Relation
from pipelines.stages import violation_query_files

IRIS = Iris()
QUERIES = {path.stem: path for path in violation_query_files()}
MENTIONS = (
    Mention(0, 7, "Vietnam", "State", "state/VN", "Vietnam"),
    Mention(8, 17, "Decree 53", "Law", "law/decree-53", "Decree 53"),
)


def record(n: int) -> tuple[Document, Extraction]:
    text = f"Vietnam Decree 53 is law number {n}."
    version = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(doc_id=f"d{n}", kind="article", uri=f"https://example.org/d{n}", version=version, text=text)
    return doc, Extraction(doc.doc_id, version, MENTIONS, (Relation(0, 1, "enacts", 0, len(text), 0.9),), "test/1")


def build_store(tmp_path, documents: int) -> GraphStore:
    home = Home.at(tmp_path)
    home.work.mkdir(parents=True, exist_ok=True)
    store, builder = GraphStore(None), GraphBuilder()
    load_shared_graphs(store, home.shared_graphs_file)
    load_records(store, [record(n) for n in range(documents)], builder)
    catalogue = {
        m.entity_id: {"type": m.type, "label": m.label, "qid": None, "docs": [f"d{n}" for n in range(documents)]}
        for m in MENTIONS
    }
    load_entities(store, catalogue.items(), builder)
    return store


def graph(n: int) -> NamedNode:
    return IRIS.document_graph(f"d{n}")


def break_document(store: GraphStore, n: int) -> str:
    """Take the content hash out of document n's graph (a SHACL violation) and give one of its mentions an end
    before its begin (a row of mention-offsets-violation.rq). Returns the document's IRI."""
    doc = IRIS.document(f"d{n}")
    store.remove(store.quads_for_pattern(doc, Terms(PG)["contentHash"], None, graph(n)))
    end = NamedNode("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex")
    mention = IRIS.mention(f"d{n}", 0, 7)
    (q,) = store.quads_for_pattern(mention, end, None, graph(n))
    store.remove([q])
    store.extend([Quad(mention, end, Literal("0", datatype=q.object.datatype), graph(n))])
    return doc.value


@pytest.fixture
def store(tmp_path) -> GraphStore:
    return build_store(tmp_path, 3)


def test_a_clean_batch_conforms(store):
    report, _ = check_units(batch_units(store, [graph(0), graph(1)], IRIS), QUERIES)
    assert report.shacl.conforms, report.shacl.summary()
    assert report.units == 2 and not any(report.violations.values())


def test_a_defect_in_a_document_graph_of_the_batch_is_reported(store):
    doc = break_document(store, 1)
    report, _ = check_units(batch_units(store, [graph(0), graph(1)], IRIS), QUERIES)
    assert not report.shacl.conforms
    assert doc in {r.focus for r in report.shacl.by_severity("Violation")}
    offsets = report.violations["mention-offsets-violation"]
    assert [row["mention"] for row in offsets] == [IRIS.mention("d1", 0, 7).value]


def test_a_defect_outside_the_batch_is_left_to_the_full_sweep(store):
    doc = break_document(store, 2)
    batch, _ = check_units(batch_units(store, [graph(0), graph(1)], IRIS), QUERIES)
    assert batch.shacl.conforms and not any(batch.violations.values())
    sweep, _ = check_units(sweep_units(store, IRIS), QUERIES)
    assert doc in {r.focus for r in sweep.shacl.by_severity("Violation")}
    assert sweep.violations["mention-offsets-violation"]
    assert sweep.units >= 3  # every document graph, then the entities and reference graphs


def test_what_is_checked_does_not_grow_with_the_store(tmp_path):
    small, large = build_store(tmp_path / "small", 3), build_store(tmp_path / "large", 40)
    unit = document_unit(large, graph(1), IRIS)
    assert sorted(map(str, unit)) == sorted(map(str, document_unit(small, graph(1), IRIS)))
    own = {q.triple for q in large.quads_for_pattern(None, None, None, graph(1))}
    shared = {q.triple for g in (IRIS.entities_graph, IRIS.reference_graph, IRIS.facts_graph)
              for q in large.quads_for_pattern(None, None, None, g)}  # fmt: skip
    assert own <= set(unit) <= own | shared
    assert len(set(unit) - own) < 1000  # the descriptions of what the document mentions, not whole shared graphs
    report, _ = check_units(batch_units(large, [graph(1)], IRIS), QUERIES)
    assert report.largest_group == len(set(unit))


def test_groups_stay_near_their_size(store):
    unit = len(set(document_unit(store, graph(0), IRIS)))
    report, first = check_units(
        batch_units(store, [graph(0), graph(1), graph(2)], IRIS), QUERIES, unit + 1, keep_first_group=True
    )
    assert report.units == 3 and report.largest_group <= unit + 1
    assert first is not None and len(first) <= unit + 1


def test_a_description_shared_by_documents_is_held_once_per_group(store):
    """Groups are counted in distinct triples: two documents mentioning the same entities fit in a group of the
    size of their union, and the shared descriptions are checked once."""
    units = [set(document_unit(store, graph(i), IRIS)) for i in (0, 1)]
    union = len(units[0] | units[1])
    assert union < sum(map(len, units))  # the generated documents share entities
    report, _ = check_units(batch_units(store, [graph(0), graph(1)], IRIS), QUERIES, union)
    assert report.largest_group == report.triples_checked == union


def test_workers_find_the_same_results_as_one_process(store):
    """SHACL in a pool of forked workers, one group each: the same results, shapes included, as in this process."""
    doc = break_document(store, 1)
    graphs = [graph(0), graph(1), graph(2)]
    unit = len(set(document_unit(store, graph(0), IRIS)))
    one, _ = check_units(batch_units(store, graphs, IRIS), QUERIES, unit)
    pooled, _ = check_units(batch_units(store, graphs, IRIS), QUERIES, unit, workers=2)
    assert doc in {r.focus for r in pooled.shacl.by_severity("Violation")}
    assert pooled.shacl.violations == one.shacl.violations and pooled.shacl.counts == one.shacl.counts
    assert pooled.violations == one.violations and pooled.units == one.units == 3


def test_units_written_out_are_checked_as_from_the_store(store, tmp_path):
    """The store-holding step writes the units out, gathered into groups, and the checks read them back without
    the store: each group's distinct triples once, the same units counted, and the same violations."""
    from pipelines.kg.checks import check_groups, read_groups, write_units

    doc = break_document(store, 1)
    graphs = [graph(0), graph(1), graph(2)]
    units = [set(document_unit(store, g, IRIS)) for g in graphs]
    two = len(units[0] | units[1])  # the first two units make a group, the third one its own
    path = tmp_path / "check_units"
    assert write_units(path, batch_units(store, graphs, IRIS), two) == 3
    groups = [([q.triple for q in parse(data, format=RdfFormat.N_TRIPLES)], count) for data, count in read_groups(path)]
    assert [(set(triples), count) for triples, count in groups] == [(units[0] | units[1], 2), (units[2], 1)]
    assert all(len(triples) == len(set(triples)) for triples, _ in groups)  # a shared description written once
    read_back, _ = check_groups(read_groups(path), QUERIES)
    direct, _ = check_units(batch_units(store, graphs, IRIS), QUERIES, two)
    assert doc in {r.focus for r in read_back.shacl.by_severity("Violation")}
    assert read_back.shacl.violations == direct.shacl.violations and read_back.violations == direct.violations
    assert read_back.units == direct.units == 3 and read_back.triples_checked == direct.triples_checked


def test_the_units_of_loaded_graphs_are_those_of_the_store(tmp_path):
    """The graphs `load_records` hands over as it writes them make the same check units as the graphs read back
    from the store (the export reads the former: reading the store back cost most of it), once their literals
    have the canonical forms a store gives them ("1.000"^^xsd:decimal is "1"), as in the store each group is
    checked in; and the checks find the same."""
    from pyoxigraph import Store

    from pipelines.kg.checks import loaded_units

    def canonical(unit: list) -> set:
        memory = Store()
        memory.extend(Quad(t.subject, t.predicate, t.object) for t in unit)
        return {q.triple for q in memory}

    store, written = build_store(tmp_path / "store", 3), tmp_path / "loaded.nq"
    with written.open("wb") as out:
        load_records(store, [record(n) for n in (1, 2)], GraphBuilder(), written=out)
    units = list(loaded_units(store, written, IRIS))
    from_store = list(batch_units(store, [graph(1), graph(2)], IRIS))
    assert len(units) == 2 and [canonical(u) for u in units] == [canonical(u) for u in from_store]
    assert len(units[0]) > len(list(store.quads_for_pattern(None, None, None, graph(1))))  # with descriptions
    loaded_report, _ = check_units(units, QUERIES)
    store_report, _ = check_units(from_store, QUERIES)
    assert loaded_report.shacl.violations == store_report.shacl.violations
    assert loaded_report.violations == store_report.violations


def test_the_facts_a_unit_holds_are_those_its_graph_asserts_in_the_store(tmp_path):
    """A unit's facts come from its own triples (no query of the store): the same as the store's assertions say,
    a fact only for an assertion with pg:isFact true."""
    from pyoxigraph import Triple

    from pipelines.kg.build import asserted_facts, asserted_in

    doc, extraction = record(7)
    hedged = Relation(1, 0, "regulates", 0, len(doc.text), 0.9, modality="hedged", fact=False)
    store, builder = GraphStore(None), GraphBuilder()
    load_records(
        store, [(doc, Extraction(doc.doc_id, doc.version, MENTIONS, (*extraction.relations, hedged), "t"))], builder
    )
    own = [Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph(7))]
    expected = asserted_facts(store, [graph(7)])
    assert asserted_in(own) == expected and len(expected) == 1  # the hedged one is no fact
