"""Linking: abstention, the reference tables' one entity per authority, candidates for a reviewer, and the
judgements that settle an entity, applied to the entities graph."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from pipelines.kg.reference import reference_quads
from pipelines.kg.statements import GraphBuilder
from pipelines.linking import (
    JUDGEMENTS_FILE,
    Judgement,
    JudgementError,
    candidates_for,
    load_judgements,
    unlinked_entities,
)
from pipelines.nlp.reference import DocContext, Resolver, load_reference

ID = "https://w3id.org/policygraph/id/"
SAME_AS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")


@pytest.fixture(scope="module")
def index():
    return load_reference()


def write(path: Path, *rows: str) -> Path:
    path.write_text("entity_id,decision,target,qid,reviewer,date,note\n" + "".join(r + "\n" for r in rows))
    return path


def test_the_shipped_judgements_are_valid(index):
    judgements = load_judgements(JUDGEMENTS_FILE, known=set(index.entities))
    assert all(j.decision in ("same", "link", "distinct") for j in judgements.values())


def test_a_judgement_that_cannot_be_applied_is_an_error(tmp_path, index):
    known = set(index.entities)
    good = write(tmp_path / "good.csv", "agency/x,same,agency/ie-dpc,,rev,2026-12-02,", "law/y,link,,Q42,,,")
    assert set(load_judgements(good, known)) == {"agency/x", "law/y"}
    for row, message in [
        ("agency/x,merge,agency/ie-dpc,,,,", "decision"),
        ("law/y,link,,42,,,", "Wikidata id"),
        ("agency/x,same,agency/nowhere,,,,", "reference entity"),
    ]:
        with pytest.raises(JudgementError, match=message):
            load_judgements(write(tmp_path / "bad.csv", row), known)
    with pytest.raises(JudgementError, match="second judgement"):
        load_judgements(write(tmp_path / "twice.csv", "law/y,distinct,,,,,", "law/y,distinct,,,,,"), known)


def test_a_generic_name_links_only_where_the_document_names_the_country(index):
    resolver = Resolver(index)
    ireland, nigeria = DocContext(states=["state/IE"]), DocContext(states=["state/NG"])
    assert resolver.resolve("Data Protection Commission", "Agency", ireland)[0] == "agency/ie-dpc"
    assert resolver.resolve("Data Protection Commission", "Agency", nigeria)[0] != "agency/ie-dpc"


def test_a_curated_authority_and_its_dpv_row_are_one_entity_with_one_label():
    labels = Counter(q.subject.value for q in reference_quads() if q.predicate.value.endswith("#label"))
    assert labels[ID + "agency/ie-dpc"] == 1 and labels[ID + "agency/gb-ico"] == 1
    assert ID + "agency/ie-dpa-ie" not in labels  # DPV's row for Ireland names the curated entity


def test_candidates_share_most_words_and_keep_the_type(index):
    found = candidates_for("Irish Data Protection Commission", "Agency", index)
    assert found and found[0].entity_id == "agency/ie-dpc" and found[0].score == 1.0
    assert candidates_for("Irish Data Protection Commission", "Law", index) == []
    assert candidates_for("Acme Widgets", "Firm", index) == []


def test_unlinked_lists_minted_entities_not_yet_judged(index):
    catalogue = {
        "agency/ng-data-protection-bureau": {"type": "Agency", "label": "Nigeria Data Protection Bureau", "qid": None,
                                             "docs": ["d1", "d2"]},
        "agency/ie-dpc": {"type": "Agency", "label": "Data Protection Commission of Ireland", "qid": None,
                          "docs": ["d1"]},
        "firm/acme": {"type": "Firm", "label": "Acme", "qid": None, "docs": ["d1"]},
        "state/NG": {"type": "State", "label": "Nigeria", "qid": "Q1033", "docs": ["d1"]},
    }  # fmt: skip
    judged = {"firm/acme": Judgement("firm/acme", "distinct")}
    found = unlinked_entities(catalogue, {"agency/ng-data-protection-bureau": {"NDPB"}}, index, judged)
    assert [(u.entity_id, u.documents, u.surface_forms) for u in found] == [
        ("agency/ng-data-protection-bureau", 2, ["NDPB"])
    ]


def test_judgements_add_their_links_to_the_entities_graph():
    catalogue = {
        "agency/ng-data-protection-bureau": {"type": "Agency", "label": "Nigeria Data Protection Bureau", "qid": None},
        "law/cloud-act": {"type": "Law", "label": "Clarifying Lawful Overseas Use of Data Act", "qid": None},
        "firm/acme": {"type": "Firm", "label": "Acme", "qid": None},
    }
    judgements = {
        "law/cloud-act": Judgement("law/cloud-act", "same", target="law/us-cloud-act"),
        "agency/ng-data-protection-bureau": Judgement("agency/ng-data-protection-bureau", "link", qid="Q110"),
        "firm/acme": Judgement("firm/acme", "distinct"),
    }
    links = {
        (q.subject.value, q.object.value)
        for q in GraphBuilder().entity_quads(catalogue, judgements)
        if q.predicate == SAME_AS
    }
    assert links == {
        (ID + "law/cloud-act", ID + "law/us-cloud-act"),
        (ID + "agency/ng-data-protection-bureau", "http://www.wikidata.org/entity/Q110"),
    }


def test_links_are_well_formed_and_the_check_finds_a_malformed_one():
    from pyoxigraph import Quad, Store

    from pipelines.kg.query import find_query, run_query
    from pipelines.kg.reference import dbpedia

    assert dbpedia("Information_Commissioner%27s_Office").value.endswith("/Information_Commissioner's_Office")
    assert dbpedia("AT%26T").value == dbpedia("AT&T").value == "http://dbpedia.org/resource/AT&T"
    store = Store()
    store.extend(q for q in reference_quads())
    check = find_query("checks/malformed-link-iri-violation")
    assert run_query(check, {}, store=store).rows == []
    exact = NamedNode("http://www.w3.org/2004/02/skos/core#exactMatch")
    bad = NamedNode("http://dbpedia.org/resource/Information_Commissioner%2527s_Office")
    store.add(Quad(NamedNode(ID + "agency/gb-ico"), exact, bad))
    assert [r["target"] for r in run_query(check, {}, store=store).rows] == [bad]
