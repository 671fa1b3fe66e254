"""The whole chain, materialised with Dagster on the tiny fixture corpus with the real spaCy model.

Facts asserted here are stated plainly in tests/fixtures/corpus (see FACTS.md there).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from pipelines.home import Home
from pipelines.kg.store import GraphStore
from pipelines.sources.state import FetchState
from tests.support.runs import materialize as run_pipeline

pytestmark = pytest.mark.slow

PG = "https://w3id.org/policygraph/ontology#"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, fixtures_dir) -> Path:
    target = tmp_path_factory.mktemp("corpus")
    shutil.copytree(fixtures_dir / "corpus", target, dirs_exist_ok=True)
    return target


@pytest.fixture(scope="module")
def run_home(tmp_path_factory, corpus):
    home = tmp_path_factory.mktemp("home")
    result = materialize(home, corpus)
    assert result.success
    return home, corpus, result


def materialize(home: Path, corpus: Path, batch: str | None = None):
    return run_pipeline(home, corpus / "sources.yaml", batch)


def ask(home: Path, sparql: str) -> bool:
    return bool(GraphStore(Home.at(home).store).query("ASK {" + sparql + "}"))


def select(home: Path, sparql: str) -> list[dict]:
    rows = GraphStore(Home.at(home).store).query(sparql)
    return [{v.value: (r[v].value if r[v] is not None else None) for v in rows.variables} for r in rows]


def evaluations(result) -> dict:
    return {
        e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
    }


def test_all_assets_and_checks_succeed(run_home):
    home, _, result = run_home
    checks = evaluations(result)
    assert checks, "asset checks ran"
    failed = [name for name, e in checks.items() if not e.passed]
    assert not failed, failed
    shacl = checks["shacl_conformance"].metadata
    assert shacl["scope"].value == "batch" and shacl["units"].value == 4  # the batch's four document graphs
    assert not list(Home.at(home).batches.glob("*/check_units"))  # the units the checks read, removed


def test_the_daily_sweep_checks_every_graph_and_entity_of_the_store(tmp_path, corpus):
    """The schedule's run config: the checks cover the whole store (documents and entities), not just the batch."""
    from pipelines.defs.ingest.schedules import FULL_SWEEP

    result = run_pipeline(tmp_path / "home", corpus / "sources.yaml", run_config=FULL_SWEEP)
    assert result.success
    checks = evaluations(result)
    shacl = checks["shacl_conformance"].metadata
    assert checks["shacl_conformance"].passed and shacl["scope"].value == "whole store"
    assert shacl["units"].value > 4  # the four document graphs and the entities, a unit per 500
    assert all(e.passed for e in checks.values()), [n for n, e in checks.items() if not e.passed]
    quiet_day = run_pipeline(tmp_path / "home", corpus / "sources.yaml", run_config=FULL_SWEEP)  # nothing new
    assert quiet_day.success
    assert evaluations(quiet_day)["shacl_conformance"].metadata["scope"].value == "whole store"  # swept all the same


def test_article_facts_are_in_the_graph(run_home):
    home, _, _ = run_home
    # Vietnam is the state with ISO code VN, mentioned in the HTML article, linked to Wikidata.
    assert ask(home, "?m itsrdf:taIdentRef <https://w3id.org/policygraph/id/state/VN> ; nif:anchorOf 'Vietnam' .")
    assert ask(home, "<https://w3id.org/policygraph/id/state/VN> owl:sameAs <http://www.wikidata.org/entity/Q881> .")
    # Decree 53 requires local storage of personal data.
    assert ask(
        home,
        """?law a pg:Law ; rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), 'decree 53'))
           ?law pg:requiresLocalizationOf ?dt . ?dt rdfs:label 'personal data'@en .""",
    )
    # The State Department opposes Decree 53, with the sentence as evidence.
    rows = select(
        home,
        """SELECT ?sentence WHERE {
             ?f rdf:subject <https://w3id.org/policygraph/id/agency/us-department-of-state> ;
                rdf:predicate pg:opposes ; rdf:object ?law ; pg:evidence ?s .
             ?law rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), 'decree 53'))
             ?s nif:anchorOf ?sentence }""",
    )
    assert rows and "opposes Decree 53" in rows[0]["sentence"]
    # The Reserve Bank of India is an Agency; payment data is a DataType.
    assert ask(home, "?a a pg:Agency ; rdfs:label ?l FILTER(CONTAINS(STR(?l), 'Reserve Bank of India'))")
    assert ask(home, "?d a pg:DataType ; rdfs:label 'payment data'@en .")


def test_every_mention_points_into_its_document(run_home):
    home, _, _ = run_home
    rows = select(
        home,
        """SELECT ?doc (COUNT(?m) AS ?n) WHERE { ?m a pg:Mention ; nif:referenceContext ?doc ;
             nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a FILTER(?e - ?b = STRLEN(?a)) } GROUP BY ?doc""",
    )
    assert len(rows) == 4  # two articles, the cable and the feed item each have mentions


def test_an_entity_is_described_once_across_the_shared_graphs(run_home):
    """A data type the ontology defines, or a state the reference tables describe, is not described again in the
    entities graph: the union default graph would count its label twice."""
    home, _, _ = run_home
    g = "https://w3id.org/policygraph/graph/"
    rows = select(
        home,
        f"""SELECT (COUNT(*) AS ?n) WHERE {{
              GRAPH <{g}entities> {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }}
              VALUES ?shared {{ <{g}ontology> <{g}reference> }}
              GRAPH ?shared {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}""",
    )
    assert rows == [{"n": "0"}]
    # ... while the entities graph still names the extracted entities (and a data type the documents mention)
    assert ask(home, f"GRAPH <{g}entities> {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }}")
    assert ask(home, f"GRAPH <{g}entities> {{ ?e ?p ?o }} ?e a <{PG}DataType>")


def test_unlinked_lists_the_entities_a_reviewer_could_link(run_home):
    import subprocess
    import sys

    from pipelines.catalogue import open_catalogue
    from pipelines.nlp.reference import load_reference

    home, _, _ = run_home
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "unlinked", "--json", "--home", str(home)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    found = json.loads(proc.stdout)
    with open_catalogue(Home.at(home)) as entities:
        catalogue = {e.entity_id: e for e in entities.entities()}
    known = load_reference().entities
    assert found, "the fixture corpus names bodies and laws the tables do not know"
    for u in found:
        assert u["entity_id"] in catalogue and u["entity_id"] not in known and not catalogue[u["entity_id"]].qid
        assert u["surface_forms"] and u["documents"] >= 1


def test_cable_header_facts(run_home):
    home, _, _ = run_home
    cable = "<https://w3id.org/policygraph/doc/cable-26HANOI305>"
    assert ask(home, f"{cable} a pg:Cable ; pg:sentAt '2026-03-11T08:30:00Z'^^xsd:dateTime .")
    # Sent by the embassy in Hanoi: a post of the United States located in Vietnam.
    assert ask(
        home,
        f"""{cable} pg:sentBy ?post . ?post a pg:DiplomaticPost ;
            pg:partOf <https://w3id.org/policygraph/id/state/US> ;
            pg:locatedIn <https://w3id.org/policygraph/id/state/VN> .""",
    )
    # The country TAG VM (FIPS) maps to Vietnam; the REF lines become citation edges.
    assert ask(
        home, f"{cable} pg:hasTag ?t . ?t pg:tagCode 'VM' ; pg:tagCountry <https://w3id.org/policygraph/id/state/VN> ."
    )
    assert ask(home, f"{cable} pg:cites <https://w3id.org/policygraph/doc/cable-26STATE15960> .")


def test_rerun_is_idempotent_and_incremental(run_home):
    home, corpus, _ = run_home
    before = sorted(str(q) for q in GraphStore(Home.at(home).store).quads())
    result = materialize(home, corpus)
    assert result.success
    raw = result.asset_materializations_for_node("raw_documents")[0].metadata
    assert raw["batch"].value == 0  # nothing new: nothing reprocessed
    after = sorted(str(q) for q in GraphStore(Home.at(home).store).quads())
    assert after == before  # same triples, none duplicated, none lost


def test_an_upgraded_extractor_reprocesses_every_document_without_duplicating_a_fact(run_home, tmp_path):
    """After an upgrade of the rules (here: the home records another extractor's fingerprint), the next run sends
    every document through the stages again and the graph holds each fact once; the run after it, none."""
    home, corpus, _ = run_home
    home2 = tmp_path / "home"
    shutil.copytree(home, home2)
    before = sorted(str(q) for q in GraphStore(Home.at(home2).store).quads())
    Home.at(home2).extractor_file.write_text('{"fingerprint": "an older extractor"}', encoding="utf-8")
    result = materialize(home2, corpus)
    assert result.success
    raw = result.asset_materializations_for_node("raw_documents")[0].metadata
    assert raw["reextracted_after_extractor_change"].value == raw["batch"].value == 4
    assert sorted(str(q) for q in GraphStore(Home.at(home2).store).quads()) == before
    again = materialize(home2, corpus).asset_materializations_for_node("raw_documents")[0].metadata
    assert again["batch"].value == 0 and again["reextracted_after_extractor_change"].value == 0


def test_changed_article_replaces_its_facts(run_home, tmp_path):
    home, corpus, _ = run_home
    work = tmp_path / "corpus"
    shutil.copytree(corpus, work)
    page = work / "articles" / "vietnam-decree-53.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("opposes Decree 53", "supports Decree 53"), encoding="utf-8"
    )
    home2 = tmp_path / "home"
    shutil.copytree(home, home2)
    assert materialize(home2, work).success
    opposes = "<https://w3id.org/policygraph/id/agency/us-department-of-state> pg:opposes ?law ."
    supports = "<https://w3id.org/policygraph/id/agency/us-department-of-state> pg:supports ?law ."
    assert ask(home, opposes)
    assert not ask(home2, opposes)  # the old fact is gone with the old version's graph
    assert ask(home2, supports)


# -- batches are Dagster partitions: a re-run replaces exactly its output ------------------------------------------
def _second_batch(home: Path, corpus: Path, tmp_path: Path, articles: dict[str, str]) -> tuple[Path, Path, str]:
    """A copy of the run's home, then a second batch over the same feed and cables (same paths: unchanged) and a
    folder with `articles` (name -> text). Returns the home, the sources file and the first batch's key."""
    home2, extra = tmp_path / "home", tmp_path / "extra"
    shutil.copytree(home, home2)
    extra.mkdir()
    for name, text in articles.items():
        (extra / name).write_text(text, encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"feeds: ['{corpus / 'feeds' / 'news.rss'}']\narticles: ['{extra}']\ncables: ['{corpus / 'cables'}']\n",
        encoding="utf-8",
    )
    keys = Home.at(home2).batch_keys()  # the module run's batch first (other tests may have added empty ones)
    assert run_pipeline(home2, sources).success
    assert len(Home.at(home2).batch_keys()) == len(keys) + 1
    return home2, sources, keys[0]


def test_rerunning_a_batch_replaces_exactly_its_graphs(run_home, tmp_path):
    home, corpus, _ = run_home
    chile = "Chile keeps health records at home\n2026-05-04\n\nChile adopted Law 21.668, which requires hospitals to "
    chile += "store health records on servers in Chile.\n"
    home2, sources, first = _second_batch(home, corpus, tmp_path, {"chile-health-records.txt": chile})
    store = GraphStore(Home.at(home2).store)
    expected = sorted(str(q) for q in store.quads())
    first_docs = sorted(json.loads(Home.at(home2).batch_documents_file(first).read_text(encoding="utf-8")))
    # Damage one graph of the first batch: drop a triple and add a stray one.
    graph = ox.NamedNode(f"https://w3id.org/policygraph/graph/doc/{first_docs[0]}")
    store.remove([next(store.quads_for_pattern(None, None, None, graph))])
    store.extend([ox.Quad(ox.NamedNode("urn:x:stray"), ox.NamedNode("urn:x:p"), ox.Literal("x"), graph)])
    store.flush()
    del store

    result = run_pipeline(home2, sources, batch=first)
    assert result.success
    raw = result.asset_materializations_for_node("raw_documents")[0].metadata
    assert raw["reused_batch"].value is True and raw["not_modified_304"].value == 0
    loaded = result.asset_materializations_for_node("knowledge_graph")[0].metadata
    assert loaded["documents_loaded"].value == len(first_docs)  # its documents only, not the later batch's
    after = sorted(str(q) for q in GraphStore(Home.at(home2).store).quads())
    assert after == expected  # the damaged graph is whole again; nothing else moved, nothing duplicated


def test_rerunning_an_old_batch_keeps_a_newer_version(run_home, tmp_path):
    home, corpus, _ = run_home
    page = (corpus / "articles" / "vietnam-decree-53.html").read_text(encoding="utf-8")
    edited = page.replace("opposes Decree 53", "supports Decree 53")  # same canonical URL, new version
    home2, sources, first = _second_batch(home, corpus, tmp_path, {"vietnam-decree-53.html": edited})
    supports = "<https://w3id.org/policygraph/id/agency/us-department-of-state> pg:supports ?law ."
    assert ask(home2, supports)

    result = run_pipeline(home2, sources, batch=first)  # the first batch again, with the page's old version
    assert result.success
    parsed = result.asset_materializations_for_node("documents")[0].metadata
    assert parsed["superseded"].value == 1
    assert ask(home2, supports)  # the old version did not come back
    with FetchState(Home.at(home2).state_db) as state:
        assert state.pending_documents() == [] and state.claims() == {}  # the finished batch let go of its claims


# -- the query library on the fixture graph: every query runs, with results the fixture texts state --------------
def run_library_query(home: Path, name: str, **params) -> list[dict]:
    from pipelines.kg.query import find_query, run_query

    result = run_query(
        find_query(name), {k: str(v) for k, v in params.items()}, store=GraphStore(Home.at(home).store).store
    )
    return [{k: (v.value if v is not None else None) for k, v in row.items()} for row in result.rows]


def values(rows: list[dict], key: str) -> set:
    return {r[key] for r in rows if r.get(key) is not None}


QUERY_EXPECTATIONS = [
    # (query, params, column, expected value or predicate on the column's values)
    ("agencies-opposing-localization", {}, "opponentLabel", "U.S. Department of State"),
    ("agencies-opposing-localization", {"opponent_type": "pg:Agency"}, "opponentType", {PG + "Agency"}),
    ("cable-citations", {}, "citedRef", {"26STATE15960", "22HANOI1187"}),
    ("cable-senders-and-posts", {}, "hostStateLabel", "Vietnam"),
    ("cables-by-tags", {"country": "VM"}, "reference", {"26HANOI305"}),
    ("cables-by-tags", {"country": "RS"}, "reference", set()),
    # a country by its ISO code, its name or its IRI as well as by its TAG code
    ("cables-by-tags", {"country": "VN"}, "reference", {"26HANOI305"}),
    ("cables-by-tags", {"country": "vietnam"}, "reference", {"26HANOI305"}),
    ("cables-by-tags", {"country": "https://w3id.org/policygraph/id/state/VN"}, "reference", {"26HANOI305"}),
    ("changes-since", {"since": "2026-03-05"}, "doc", {"https://w3id.org/policygraph/doc/cable-26HANOI305"}),
    ("disputed-and-proposed-relations", {}, "tailLabel", "Asia-Pacific Economic Cooperation"),
    ("disputed-and-proposed-relations", {"polarity": "pg:Negated"}, "polarity", {PG + "Negated"}),
    ("documents-mentioning-entity", {"entity": "Vietnam"}, "kind", {PG + "NewsArticle", PG + "Cable"}),
    ("entities-by-type", {"type": "pg:DataType"}, "label", {"personal data", "payment data", "government data"}),
    ("individuals-per-type", {}, "type", PG + "NewsArticle"),
    ("entities-with-wikidata", {}, "wikidata", "http://www.wikidata.org/entity/Q789915"),
    ("facts-by-source-count", {"min_sources": 9}, "headLabel", set()),
    ("laws-regulating-datatype", {"datatype": "payment data"}, "lawLabel", "Storage of Payment System Data Directive"),
    ("laws-with-identifiers", {}, "identifier", "53/2022/ND-CP"),
    ("people-and-what-they-lead", {}, "personLabel", "Marco Rubio"),
    ("relations-with-evidence", {"relation": "pg:enacts"}, "tailLabel", "Storage of Payment System Data Directive"),
    ("reported-cables", {}, "signerLabel", {"Marco Rubio"}),
    ("state-memberships", {}, "igoLabel", "World Trade Organization"),
    ("states-requiring-localization", {}, "stateLabel", "India"),
    ("states-requiring-localization", {"datatype": "payment"}, "dataTypeLabel", {"payment data"}),
]


@pytest.mark.parametrize(("name", "params", "column", "expected"), QUERY_EXPECTATIONS)
def test_library_query_answers(run_home, name, params, column, expected):
    home, _, _ = run_home
    got = values(run_library_query(home, name, **params), column)
    if isinstance(expected, set):
        assert got == expected
    else:
        assert expected in got


def test_a_negated_statement_is_kept_but_is_not_a_fact(run_home):
    """ "India is not a member of the Asia-Pacific Economic Cooperation (APEC)": an assertion with its polarity,
    never a membership."""
    home, _, _ = run_home
    assert "Asia-Pacific Economic Cooperation" not in values(run_library_query(home, "state-memberships"), "igoLabel")
    rows = run_library_query(home, "disputed-and-proposed-relations")
    negated = [r for r in rows if r["tailLabel"] == "Asia-Pacific Economic Cooperation"]
    assert [(r["headLabel"], r["polarity"], r["modality"]) for r in negated] == [
        ("India", PG + "Negated", PG + "Stated")
    ]
    assert "not a member" in negated[0]["sentence"]


def test_every_library_query_is_exercised_and_checks_are_clean(run_home):
    from pipelines.kg.query import list_queries

    home, _, _ = run_home
    names = {q.name for q in list_queries()}
    library = {n for n in names if not n.startswith("checks/")}
    assert library <= {name for name, *_ in QUERY_EXPECTATIONS}
    assert len(library) >= 12
    for check in sorted(names - library):
        assert run_library_query(home, check) == [], check
