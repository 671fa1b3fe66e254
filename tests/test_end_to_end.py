"""The whole chain, materialised with Dagster on the tiny fixture corpus with the real spaCy model.

Facts asserted here are stated plainly in tests/fixtures/corpus (see FACTS.md there).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipelines.definitions import ASSETS, CHECKS, resources
from pipelines.defs.resources import HomeResource, SourcesResource
from pipelines.home import Home
from pipelines.kg.store import GraphStore

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


def materialize(home: Path, corpus: Path):
    res = resources(home=HomeResource(path=str(home)), sources=SourcesResource(path=str(corpus / "sources.yaml")))
    with dg.instance_for_test() as instance:
        return dg.materialize([*ASSETS, *CHECKS], resources=res, instance=instance, raise_on_error=False)


def ask(home: Path, sparql: str) -> bool:
    return bool(GraphStore(Home.at(home).store).query("ASK {" + sparql + "}"))


def select(home: Path, sparql: str) -> list[dict]:
    rows = GraphStore(Home.at(home).store).query(sparql)
    return [{v.value: (r[v].value if r[v] is not None else None) for v in rows.variables} for r in rows]


def test_all_assets_and_checks_succeed(run_home):
    _, _, result = run_home
    evaluations = [
        e.asset_check_evaluation_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"
    ]
    assert evaluations, "asset checks ran"
    failed = [e.check_name for e in evaluations if not e.passed]
    assert not failed, failed


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
    ("changes-since", {"since": "2026-03-05"}, "doc", {"https://w3id.org/policygraph/doc/cable-26HANOI305"}),
    ("documents-mentioning-entity", {"entity": "Vietnam"}, "kind", {PG + "NewsArticle", PG + "Cable"}),
    ("entities-by-type", {"type": "pg:DataType"}, "label", {"personal data", "payment data", "government data"}),
    ("entities-with-wikidata", {}, "wikidata", "http://www.wikidata.org/entity/Q789915"),
    ("facts-by-source-count", {"min_sources": 9}, "headLabel", set()),
    ("laws-regulating-datatype", {"datatype": "payment data"}, "lawLabel", "Storage of Payment System Data Directive"),
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


def test_every_library_query_is_exercised_and_checks_are_clean(run_home):
    from pipelines.kg.query import list_queries

    home, _, _ = run_home
    names = {q.name for q in list_queries()}
    library = {n for n in names if not n.startswith("checks/")}
    assert library <= {name for name, *_ in QUERY_EXPECTATIONS}
    assert len(library) >= 12
    for check in sorted(names - library):
        assert run_library_query(home, check) == [], check
