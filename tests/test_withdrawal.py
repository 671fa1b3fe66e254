"""Withdrawing a document: the next run takes its graph, the facts only it asserted and the entities only it
mentioned out of the store, the published snapshot and the remote store, and it stays out until restored, although
its source still offers it. The whole chain with Dagster on the fixture corpus, publishing to a real Oxigraph
server."""

from __future__ import annotations

import json
import shutil

import pytest

from pipelines.catalogue import open_catalogue
from pipelines.cli import main
from pipelines.defs.resources import GraphStoreResource
from pipelines.home import Home
from pipelines.kg.build import asserted_facts
from pipelines.kg.namespaces import Iris
from pipelines.kg.remote import RemoteStore
from pipelines.kg.store import GraphStore
from pipelines.sources.state import FetchState
from tests.support.runs import materialize

pytestmark = [pytest.mark.slow, pytest.mark.network]

URL = "https://crossborder.example.org/fixture/vietnam-enforces-decree-53"
IRIS = Iris()


def _graphs(store: GraphStore) -> set[str]:
    return {g.value for g in store.named_graphs()}


def test_a_withdrawn_document_leaves_the_graph_the_snapshot_and_the_remote_store(
    tmp_path, fixtures_dir, oxigraph_server, capsys
):
    corpus = tmp_path / "corpus"
    shutil.copytree(fixtures_dir / "corpus", corpus)
    home, sources = tmp_path / "home", corpus / "sources.yaml"
    remote_urls = {"query": "/query", "update": "/update", "gsp": "/store"}
    graph_store = GraphStoreResource(**{f"remote_{k}_url": oxigraph_server + v for k, v in remote_urls.items()})
    remote = RemoteStore(*(oxigraph_server + v for v in remote_urls.values()))
    assert materialize(home, sources, graph_store=graph_store).success
    with FetchState(Home.at(home).state_db) as state:
        doc_id = state.document(URL).doc_id
    graph = IRIS.document_graph(doc_id)
    store = GraphStore(Home.at(home).store)
    others = [g for g in store.named_graphs() if g.value.startswith(IRIS.document_graph("").value) and g != graph]
    own_facts = asserted_facts(store, [graph]) - asserted_facts(store, others)
    stated = {
        (q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, IRIS.reference_graph)
    }
    kept_facts = asserted_facts(store, others) - stated  # the facts graph leaves out what the reference states
    with open_catalogue(Home.at(home)) as catalogue:
        mentioned = catalogue.documents(e.entity_id for e in catalogue.entities())
    only_here = {eid for eid, docs in mentioned.items() if docs == [doc_id]}
    assert own_facts and kept_facts and only_here and graph.value in remote.graphs()
    store.close()

    assert main(["withdraw", "--home", str(home), URL, "--reason", "retracted by the publisher"]) == 0
    assert materialize(home, sources, graph_store=graph_store).success  # the article is still in the sources

    store = GraphStore(Home.at(home).store)
    facts = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, IRIS.facts_graph)}
    entities = {q.subject.value for q in store.quads_for_pattern(None, None, None, IRIS.entities_graph)}
    assert graph.value not in _graphs(store)
    assert not facts & own_facts and kept_facts <= facts  # the facts other documents assert stay
    assert not {IRIS.entity(eid).value for eid in only_here} & entities
    assert remote.graphs() == _graphs(store)  # dropped remotely in the same switch
    store.close()
    capsys.readouterr()
    assert main(["withdraw", "--home", str(home), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["doc_id"] == doc_id and listed["applied_at"] and listed["reason"] == "retracted by the publisher"

    assert materialize(home, sources, graph_store=graph_store).success  # a third run does not bring it back
    assert graph.value not in remote.graphs()
    assert main(["withdraw", "--home", str(home), "--restore", doc_id]) == 0
    assert materialize(home, sources, graph_store=graph_store).success
    store = GraphStore(Home.at(home).store)
    assert graph.value in _graphs(store) and own_facts <= asserted_facts(store, [graph])
    assert graph.value in remote.graphs()
    store.close()


def test_withdrawing_an_unknown_document_says_so(tmp_path, fixtures_dir, capsys):
    assert main(["withdraw", "--home", str(tmp_path), "doc-x", "--reason", "r"]) != 0  # no registry yet
    home = Home.at(tmp_path)
    home.root.mkdir(parents=True, exist_ok=True)
    with FetchState(home.state_db):
        pass
    capsys.readouterr()
    assert main(["withdraw", "--home", str(tmp_path), "doc-x", "--reason", "r"]) == 1
    assert "not a document of this home: doc-x" in capsys.readouterr().out
    assert main(["withdraw", "--home", str(tmp_path), "doc-x"]) != 0  # the reason is required
