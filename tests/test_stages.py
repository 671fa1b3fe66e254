"""The stages between extraction and the graph: each writes its own files, and the graph reads their decisions."""

from __future__ import annotations

from pipelines import stages
from pipelines.files import read_json, write_json
from pipelines.home import Home, new_batch_key
from pipelines.model import Document, Extraction, Mention, Relation, ReportedCable

TEXT = "Marco Rubio leads the State Department. Rubio leads the State Department, Rubio said."


def _mention(text: str, start: int, kind: str, entity_id: str) -> Mention:
    return Mention(start, start + len(text), text, kind, entity_id, text)


def _home_with_one_extraction(tmp_path) -> tuple[Home, str]:
    home = Home.at(tmp_path / "home")
    batch = new_batch_key("test")
    doc = Document("doc-1", "article", "https://example.org/1", "v1", TEXT)
    mentions = (
        _mention("Marco Rubio", 0, "Person", "person/marco-rubio"),
        _mention("State Department", 22, "Agency", "agency/state"),
        _mention("Rubio", 40, "Person", "person/rubio"),
        _mention("State Department", 56, "Agency", "agency/state"),
    )
    relations = (
        Relation(0, 1, "leads", 0, 39),
        Relation(2, 3, "leads", 40, 87),  # the same statement once "Rubio" is known to be Marco Rubio
        Relation(1, 3, "leads", 40, 87),  # an agency leading itself: the signature check drops it
    )
    extraction = Extraction("doc-1", "v1", mentions, relations, "test", (ReportedCable(0, 39),))
    write_json(home.document_file("doc-1"), doc.to_dict())
    write_json(home.extraction_file("doc-1"), extraction.to_dict())
    write_json(home.batch_documents_file(batch), {"doc-1": "1"})
    return home, batch


def test_entities_and_relations_record_their_decisions_without_rewriting_the_extraction(tmp_path):
    """The extraction file used to be rewritten by the entities and relations stages: re-running entity_mentions
    alone silently undid both, and a re-pointed surname dropped the document's reported cables."""
    home, batch = _home_with_one_extraction(tmp_path)
    extracted = home.extraction_file("doc-1").read_bytes()
    assert stages.resolve_entities(home, batch).merged == 1
    stages.check_relations(home, batch)
    assert home.extraction_file("doc-1").read_bytes() == extracted  # each file has one writer
    final = stages.final_extraction(home, "doc-1")
    assert final is not None and final.mentions[2].entity_id == "person/marco-rubio"
    assert final.mentions[2].label == "Marco Rubio"
    assert [(r.head, r.tail) for r in final.relations] == [(0, 1), (2, 3)]
    assert final.reported_cables == (ReportedCable(0, 39),)
    write_json(home.extraction_file("doc-1"), {**read_json(home.extraction_file("doc-1")), "version": "v2"})
    stale = stages.final_extraction(home, "doc-1")  # decisions made for v1 do not apply to v2
    assert stale is not None and stale.mentions[2].entity_id == "person/rubio" and stale.relations == ()


def test_graph_summary_counts_the_individuals_of_a_deployment_with_its_own_base():
    """The summary (run metadata, `policygraph run`'s last lines) counts types under the configured base IRI, not
    only under the default one."""
    from pipelines.kg.build import load_entities, load_records
    from pipelines.kg.statements import GraphBuilder
    from pipelines.kg.store import GraphStore

    base = "https://data.example.org/pg/"
    text = "Vietnam adopted Decree 53."
    doc = Document(doc_id="d1", kind="article", uri="https://example.org/d1", version="v1", text=text)
    mentions = (
        Mention(0, 7, "Vietnam", "State", "state/VN", "Vietnam"),
        Mention(16, 25, "Decree 53", "Law", "law/decree-53", "Decree 53"),
    )
    extraction = Extraction("d1", "v1", mentions, (Relation(0, 1, "enacts", 0, len(text), 0.9),), "test/1")
    store, builder = GraphStore(None), GraphBuilder(base)
    load_records(store, [(doc, extraction)], builder)
    catalogue = {m.entity_id: {"type": m.type, "label": m.label, "qid": None, "docs": ["d1"]} for m in mentions}
    load_entities(store, catalogue.items(), builder)
    types = stages.graph_summary(store, base)["types"]
    assert types["NewsArticle"] == 1 and types["Law"] == 1 and types["Mention"] == 2
    assert types["RelationAssertion"] == 1
    assert stages.graph_summary(store)["types"].get("NewsArticle", 0) == 0  # the default base names other graphs
