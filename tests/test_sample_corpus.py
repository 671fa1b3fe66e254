"""The bundled sample corpus (what `make run` processes): every stage, the shapes, the reasoner, the queries."""

from __future__ import annotations

import pytest

from pipelines import stages
from pipelines.home import Home, new_batch_key
from pipelines.kg.query import list_queries, run_query
from pipelines.kg.reasoner import check_consistency
from pipelines.kg.store import GraphStore
from pipelines.nlp.extract import Extractor
from pipelines.paths import DEFAULT_SOURCES
from pipelines.sources.config import load_sources
from pipelines.sources.state import FetchState

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_graph(tmp_path_factory):
    home = Home.at(tmp_path_factory.mktemp("samples"))
    home.root.mkdir(parents=True, exist_ok=True)
    batch = new_batch_key("test")
    with FetchState(home.state_db) as state:
        collected = stages.collect_raw_documents(home, batch, load_sources(DEFAULT_SOURCES), None, state)
        parsed = stages.parse_documents(home, batch, state)
        stages.extract_mentions(home, batch, Extractor)
        stages.resolve_entities(home, batch)
        stages.check_relations(home, batch)
        store = GraphStore(home.store)
        stages.load_knowledge_graph(home, batch, store, state)
    return home, store, collected, parsed


def test_every_sample_document_is_read(sample_graph):
    _, _, collected, parsed = sample_graph
    assert not collected.failures and not parsed.quarantined
    assert parsed.kinds["article"] >= 12 and parsed.kinds["cable"] >= 6


def test_graph_has_individuals_of_the_core_types(sample_graph):
    _, store, _, _ = sample_graph
    types = stages.graph_summary(store)["types"]
    for cls in ("State", "Agency", "Firm", "Law", "DataType", "IGO", "Person", "Cable", "NewsArticle"):
        assert types.get(cls, 0) >= 1, cls


def test_sample_graph_conforms_to_the_shapes_and_is_consistent(sample_graph):
    home, store, _, _ = sample_graph
    batch = home.batch_keys()[-1]
    stages.export_checks(home, batch, store)
    checked, graph, full = stages.check_graph(home, batch)
    assert checked.units == len(stages.batch_documents(home, batch)) and not full
    assert checked.shacl.conforms, checked.shacl.summary(20)
    assert not any(checked.violations.values()), checked.violations
    assert check_consistency(graph, sample=500).consistent
    stages.export_checks(home, batch, store, full=True)
    swept, _, full = stages.check_graph(home, batch)
    assert full and swept.units > checked.units and swept.shacl.conforms, swept.shacl.summary(20)
    assert not any(swept.violations.values()), swept.violations


def test_every_library_query_returns_rows_on_the_samples(sample_graph):
    _, store, _, _ = sample_graph
    for query in list_queries():
        rows = run_query(query, {}, store=store.store).rows
        if query.name.startswith("checks/"):
            assert rows == [], query.name
        else:
            assert rows, query.name


def test_the_union_default_graph_says_each_triple_once(sample_graph):
    """What several documents name (a post, a TAG, a cited cable, an entity) is described in one graph: a plain count
    over the union default graph, as analysts write it, is not inflated by repeats."""
    _, store, _, _ = sample_graph
    count = "SELECT (COUNT(*) AS ?n) WHERE { %s }"
    every = int(next(iter(store.query(count % "?s ?p ?o")))["n"].value)
    distinct = int(next(iter(store.query(count % "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")))["n"].value)
    labels = int(next(iter(store.query(count % "?s rdfs:label ?l")))["n"].value)
    assert every == distinct and labels > 500
    assert len(store) == len(store.store) == every  # the kept count is the store's
