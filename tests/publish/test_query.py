"""The query library runner: header convention, typed parameters, and binding that hostile values cannot escape."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from pipelines.kg.query import (
    ParameterError,
    QueryError,
    QueryResult,
    bound_query_text,
    format_result,
    load_queries,
    parse_query_file,
    run_query,
    to_term,
)
from pipelines.paths import QUERIES_DIR

LAWS_BY_STATE = """# title: Laws enacted by a state
# description: Each law the state enacts, with its adoption date,
# description: optionally only laws adopted since a date.
# param: state (type: iri) default: https://w3id.org/policygraph/id/state/CN  The enacting state.
# param: since (type: date) optional: only laws adopted on or after this date
#   (an indented line continues the description).
PREFIX pg: <https://w3id.org/policygraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?law ?label ?adopted WHERE {
  ?state pg:enacts ?law .
  ?law rdfs:label ?label ; pg:dateAdopted ?adopted .
  FILTER(!BOUND(?since) || ?adopted >= ?since)
}
"""

STATE_BY_NAME = """# title: States by English label
# param: name (type: string)  The label to look for (required).
PREFIX pg: <https://w3id.org/policygraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?state WHERE { ?state a pg:State ; rdfs:label ?label . FILTER(STR(?label) = ?name) }
"""

HOSTILE = [
    'x" } ; DROP ALL ; #',
    "> } UNION { ?s ?p ?o",
    'China" ) } UNION { ?s ?p ?o } #',
    "China'} UNION {?s ?p ?o}",
    '\\" } UNION { ?s ?p ?o } #',
    "\\u0022 } UNION { ?s ?p ?o } #",
    'x"""\n} UNION { ?s ?p ?o }\n#',
    "\x00\n\r\t",
]


@pytest.fixture()
def library(tmp_path: Path) -> dict:
    (tmp_path / "laws-by-state.rq").write_text(LAWS_BY_STATE)
    (tmp_path / "checks").mkdir()
    (tmp_path / "state-by-name.rq").write_text(STATE_BY_NAME)
    (tmp_path / "checks" / "no-untyped-law-violation.rq").write_text(
        "# title: Laws without a type\nSELECT ?x WHERE { ?x <https://w3id.org/policygraph/ontology#enacts> ?y "
        "FILTER NOT EXISTS { ?y a ?t } }\n"
    )
    return load_queries(tmp_path)


def test_headers_are_read(library: dict):
    assert set(library) == {"laws-by-state", "state-by-name", "checks/no-untyped-law-violation"}
    query = library["laws-by-state"]
    assert query.title == "Laws enacted by a state"
    assert query.description.startswith("Each law the state enacts") and "optionally" in query.description
    state, since = query.params
    assert (state.name, state.type, state.default) == ("state", "iri", "https://w3id.org/policygraph/id/state/CN")
    assert state.description == "The enacting state."
    assert (since.name, since.type, since.default, since.optional) == ("since", "date", None, True)
    assert since.description == "only laws adopted on or after this date (an indented line continues the description)."
    assert library["state-by-name"].params[0].required
    assert query.form == "SELECT"


def test_defaults_and_given_values_bind(library: dict, fixture_store: ox.Store):
    query = library["laws-by-state"]
    rows = run_query(query, store=fixture_store).rows
    assert [r["law"].value for r in rows] == ["https://w3id.org/policygraph/id/law/cybersecurity-law-cn"]
    assert run_query(query, {"since": "2017-01-01"}, store=fixture_store).rows == []
    assert len(run_query(query, {"since": "2016-01-01"}, store=fixture_store).rows) == 1
    assert run_query(query, {"state": "https://w3id.org/policygraph/id/state/US"}, store=fixture_store).rows == []
    by_name = run_query(library["state-by-name"], {"name": "India"}, store=fixture_store).rows
    assert [r["state"].value for r in by_name] == ["https://w3id.org/policygraph/id/state/IN"]


def test_prefixed_names_expand_for_iri_parameters():
    assert to_term("wd:Q30", "iri") == ox.NamedNode("http://www.wikidata.org/entity/Q30")
    assert to_term("<https://example.org/x>", "iri") == ox.NamedNode("https://example.org/x")


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_return_no_extra_data_and_no_error(library: dict, fixture_store: ox.Store, value: str):
    result = run_query(library["state-by-name"], {"name": value}, store=fixture_store)
    assert result.variables == ["state"] and result.rows == []
    assert len(fixture_store) == 117  # nothing dropped


@pytest.mark.parametrize("value", HOSTILE + ["javascript:alert(1)>", "https://x.org/a b", "pg:State> } #"])
def test_hostile_iris_are_refused_before_any_query_runs(library: dict, fixture_store: ox.Store, value: str):
    with pytest.raises(ParameterError) as caught:
        run_query(library["laws-by-state"], {"state": value}, store=fixture_store)
    assert value not in str(caught.value)  # the message does not echo the payload back


@pytest.mark.parametrize(
    ("type_", "value"),
    [
        ("date", "2020-13-01"),
        ("date", '2020-01-01" } #'),
        ("integer", "1 } UNION {"),
        ("integer", "1e5"),
        ("decimal", "1.5.2"),
        ("boolean", "yes"),
        ("datetime", "tomorrow"),
    ],
)
def test_typed_values_are_validated(type_: str, value: str):
    with pytest.raises(ParameterError):
        to_term(value, type_)


def test_unknown_and_missing_parameters_are_refused(library: dict, fixture_store: ox.Store):
    with pytest.raises(ParameterError):
        run_query(library["laws-by-state"], {"statee": "wd:Q30"}, store=fixture_store)
    with pytest.raises(ParameterError):
        run_query(library["state-by-name"], {}, store=fixture_store)


def test_values_go_into_the_outermost_where_group():
    terms = {"s": to_term("wd:Q30", "iri")}
    text = bound_query_text('CONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o }', terms)
    assert text == 'CONSTRUCT { ?s ?p "{" } WHERE { VALUES (?s) { (<http://www.wikidata.org/entity/Q30>) }  ?s ?p ?o }'
    text = bound_query_text("SELECT (EXISTS { ?s ?p ?o } AS ?e) # {\n{ ?s ?p ?o }", terms)
    assert text.endswith("# {\n{ VALUES (?s) { (<http://www.wikidata.org/entity/Q30>) }  ?s ?p ?o }")
    with pytest.raises(QueryError):
        bound_query_text("CONSTRUCT WHERE { ?s ?p ?o }", terms)


def test_headers_are_checked_when_loading(tmp_path: Path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# title: x\n# param: who (type: iri)\nSELECT ?x WHERE { ?x ?p ?o }\n")
    with pytest.raises(QueryError, match="not used"):
        parse_query_file(bad)
    bad.write_text("# title: x\n# param: n (type: number)\nSELECT ?n WHERE { ?x ?p ?n }\n")
    with pytest.raises(QueryError, match="type"):
        parse_query_file(bad)
    bad.write_text("SELECT ?x WHERE { ?x ?p ?o }\n")
    with pytest.raises(QueryError, match="title"):  # a library query must say what it answers
        parse_query_file(bad, "bad")
    assert parse_query_file(bad).title == "bad"  # an analyst's own file runs without a header


def test_formats(library: dict, fixture_store: ox.Store):
    result = run_query(library["laws-by-state"], store=fixture_store)
    parsed = json.loads(format_result(result, "json"))
    assert parsed["head"]["vars"] == ["law", "label", "adopted"]
    binding = parsed["results"]["bindings"][0]
    assert binding["adopted"] == {
        "type": "literal",
        "value": "2016-11-07",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }
    assert binding["label"]["xml:lang"] == "en"
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows == [
        ["law", "label", "adopted"],
        ["https://w3id.org/policygraph/id/law/cybersecurity-law-cn", "Cybersecurity Law", "2016-11-07"],
    ]
    table = format_result(result, "table")
    assert "Cybersecurity Law" in table and table.endswith("(1 row)")
    ask = run_query("ASK { ?s a <https://w3id.org/policygraph/ontology#State> }", store=fixture_store)
    assert format_result(ask, "json") == '{"head": {}, "boolean": true}'


def test_the_table_fits_a_terminal_and_csv_and_json_keep_the_full_values():
    sentence = "The ministry said that personal data of citizens must be stored on servers in the country. " * 3
    result = QueryResult(
        "SELECT",
        variables=["state", "evidence"],
        rows=[{"state": ox.NamedNode("https://w3id.org/policygraph/ontology#State"), "evidence": ox.Literal(sentence)}],
    )
    lines = format_result(result, "table", width=80).splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[2].startswith("pg:State  The ministry said") and lines[2].endswith("…")  # the one wide cell is cut
    assert len(format_result(result, "table").splitlines()[2]) > 80  # no width given (output piped): in full
    assert sentence.strip() in format_result(result, "csv")
    assert json.loads(format_result(result, "json"))["results"]["bindings"][0]["evidence"]["value"] == sentence


def test_every_library_query_loads_and_runs_on_the_fixture_graph(fixture_store: ox.Store):
    queries = load_queries(QUERIES_DIR) if QUERIES_DIR.is_dir() else {}
    if not queries:
        pytest.skip("queries/ holds no .rq file yet")
    for name, query in queries.items():
        if all(not p.required for p in query.params):
            result = run_query(query, store=fixture_store)
            assert result.form == query.form, name
            if name.startswith("checks/") and name.endswith("-violation"):
                assert result.rows == [], name


def test_cli_runner_reads_the_published_snapshot(live_store_path: Path, tmp_path: Path):
    from pipelines.cli.graph import run_cli_query
    from pipelines.kg.publish import publish_snapshot

    rq = tmp_path / "by-name.rq"
    rq.write_text(STATE_BY_NAME)
    with pytest.raises(QueryError, match="no graph"):
        run_cli_query(tmp_path / "empty-home", str(rq), {"name": "India"})
    home = live_store_path.parent  # the fixture's store lives at HOME/store
    assert "state/IN" in run_cli_query(home, str(rq), {"name": "India"}, "csv")  # before publication: live store
    publish_snapshot(live_store_path, home / "published", "run-1")
    live = ox.Store(str(live_store_path))  # a pipeline run holds the live store: the snapshot is still readable
    try:
        out = run_cli_query(home, str(rq), {"name": "India"}, "json")
    finally:
        del live
    assert json.loads(out)["results"]["bindings"][0]["state"]["value"].endswith("/state/IN")
