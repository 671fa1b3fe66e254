"""The SPARQL endpoint over HTTP: standard clients work, writes are refused, limits hold, it binds 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import time
from urllib.error import HTTPError

import pytest
import requests
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from pipelines.serve import ServerHandle

pytestmark = pytest.mark.network

STATES = "SELECT DISTINCT ?s WHERE { ?s a <https://w3id.org/policygraph/ontology#State> } ORDER BY ?s"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(url: str) -> int:
    answer = requests.get(url + "/query", params={"query": COUNT}, headers={"Accept": "application/json"})
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def test_sparqlwrapper_queries_the_endpoint(server: ServerHandle):
    client = SPARQLWrapper(server.url + "/query")
    client.setQuery(STATES)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["s"]["value"].rsplit("/", 1)[-1] for r in rows] == ["CN", "IN", "US"]
    client.setMethod(POST)
    assert len(client.query().convert()["results"]["bindings"]) == 3


FACTS = "https://w3id.org/policygraph/graph/facts"


def _select_count(url: str, query: str, **params: str) -> int:
    answer = requests.get(url + "/query", params={"query": query, **params}, headers={"Accept": "application/json"})
    assert answer.status_code == 200, answer.text
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def test_a_query_that_names_its_graphs_reads_those_graphs_only(server: ServerHandle):
    union = _select_count(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    in_facts = _select_count(server.url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{FACTS}> {{ ?s ?p ?o }} }}")
    assert in_facts == 2 and union > in_facts
    assert _select_count(server.url, f"SELECT (COUNT(*) AS ?n) FROM <{FACTS}> WHERE {{ ?s ?p ?o }}") == in_facts
    named = f"SELECT (COUNT(*) AS ?n) FROM NAMED <{FACTS}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert _select_count(server.url, named) == in_facts
    plain = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _select_count(server.url, plain, **{"default-graph-uri": FACTS}) == in_facts


def test_every_library_query_runs_verbatim_through_sparqlwrapper(server: ServerHandle):
    """The `.rq` files as an analyst pastes them: no PREFIX lines of their own, no parameters bound."""
    from pipelines.paths import QUERIES_DIR

    files = sorted(QUERIES_DIR.glob("*.rq")) + sorted((QUERIES_DIR / "checks").glob("*.rq"))
    assert len(files) >= 15
    for path in files:
        client = SPARQLWrapper(server.url + "/query")
        client.setMethod(POST)
        client.setQuery(path.read_text(encoding="utf-8"))
        client.setReturnFormat(JSON)
        answer = client.query().convert()
        assert "results" in answer or "boolean" in answer, path.name
    page = requests.get(server.url + "/query", params={"query": "SELECT ?s WHERE { ?s a pg:State } LIMIT 1"})
    assert page.status_code == 200, "a prefix the project declares needs no PREFIX line"


def test_updates_and_graph_store_writes_are_refused(server: ServerHandle):
    before = _count(server.url)
    assert before == 117
    client = SPARQLWrapper(server.url + "/query", updateEndpoint=server.url + "/update")
    client.setMethod(POST)
    client.setQuery("DROP ALL")
    with pytest.raises((SPARQLWrapperException, HTTPError)):
        client.query()
    attempts = [
        requests.post(server.url + "/update", data={"update": "DROP ALL"}),
        requests.post(server.url + "/query", data={"update": "DROP ALL"}),
        requests.post(server.url + "/query", data={"query": "SELECT * {}", "update": "DROP ALL"}),
        requests.post(server.url + "/sparql", data="DROP ALL", headers={"Content-Type": "application/sparql-update"}),
        requests.post(server.url + "/query", data="CLEAR ALL", headers={"Content-Type": "application/sparql-query"}),
        requests.get(server.url + "/query", params={"query": "DELETE WHERE { ?s ?p ?o }"}),
        requests.put(
            server.url + "/store?default", data="<a:s> <a:p> <a:o> .", headers={"Content-Type": "text/turtle"}
        ),
        requests.post(
            server.url + "/store?default", data="<a:s> <a:p> <a:o> .", headers={"Content-Type": "text/turtle"}
        ),
        requests.delete(server.url + "/store?graph=https://w3id.org/policygraph/graph/reference"),
        requests.delete(server.url + "/query"),
        requests.put(server.url + "/id/state/CN", data="x"),
    ]
    assert [a.status_code for a in attempts] == [403, 403, 403, 403, 403, 403, 403, 403, 403, 405, 405]
    assert all("Traceback" not in a.text for a in attempts)
    assert _count(server.url) == before


def test_result_cap_truncates_and_says_so(server: ServerHandle):
    answer = requests.get(server.url + "/query", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert answer.status_code == 200
    assert len(answer.json()["results"]["bindings"]) == 20
    assert answer.headers["X-SPARQL-Results-Truncated"] == "true"
    graph = requests.get(
        server.url + "/query",
        params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert len(graph.text.strip().splitlines()) == 20
    small = requests.get(server.url + "/query", params={"query": STATES}, headers={"Accept": "text/csv"})
    assert small.text.splitlines() == [
        "s",
        "https://w3id.org/policygraph/id/state/CN",
        "https://w3id.org/policygraph/id/state/IN",
        "https://w3id.org/policygraph/id/state/US",
    ]
    assert "X-SPARQL-Results-Truncated" not in small.headers


def test_runaway_queries_are_cut_off_and_the_endpoint_recovers(server: ServerHandle):
    digits = " ".join(str(i) for i in range(10))
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"VALUES ?v{i} {{ {digits} }}" for i in range(10)) + " }"
    started = time.monotonic()
    answer = requests.get(server.url + "/query", params={"query": heavy}, timeout=30)
    assert answer.status_code == 503 and "time limit" in answer.text
    assert time.monotonic() - started < 3 + 5
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:  # the stuck Oxigraph process is replaced; queries work again
        if requests.get(server.url + "/query", params={"query": STATES}, timeout=10).status_code == 200:
            break
        time.sleep(0.2)
    assert requests.get(server.url + "/query", params={"query": STATES}, timeout=10).status_code == 200


def test_syntax_errors_are_reported_to_the_client(server: ServerHandle):
    answer = requests.get(server.url + "/query", params={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert answer.status_code == 400
    assert "Traceback" not in answer.text


def test_query_page_is_served(server: ServerHandle):
    page = requests.get(server.url + "/")
    assert page.status_code == 200 and "yasgui" in page.text.lower()
    script = requests.get(server.url + "/yasgui.min.js")
    assert script.status_code == 200 and len(script.content) > 10_000


def test_binds_loopback_by_default(server: ServerHandle):
    assert server.url.startswith("http://127.0.0.1:")
    assert requests.get(server.url + "/health").json() == {"snapshot": "run-1", "backend": "up", "restarts": 0}


def test_no_request_takes_the_endpoint_down(server: ServerHandle):
    """A query nested thousands of levels deep (6 KB, as a GET any web page can send) once aborted the backend
    with a stack overflow; SERVICE made the endpoint fetch any URL the client named."""
    deep = "SELECT * WHERE " + "{" * 3000 + "}" * 3000
    for answer in (
        requests.get(server.url + "/query", params={"query": deep}),
        requests.post(server.url + "/query", data=deep, headers={"Content-Type": "application/sparql-query"}),
    ):
        assert answer.status_code == 400 and "nests 3000 levels" in answer.text
    assert _count(server.url) > 0  # and the endpoint still answers
    just_right = "SELECT * WHERE " + "{" * 40 + " ?s ?p ?o " + "}" * 40 + " LIMIT 1"
    assert requests.get(server.url + "/query", params={"query": just_right}).status_code == 200
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/internal?token=x> { ?s ?p ?o } }"
    refused = requests.get(server.url + "/query", params={"query": service})
    assert refused.status_code == 400 and "SERVICE" in refused.text
    assert requests.get(server.url + "/queries").status_code == 200


def test_a_federated_query_calls_only_an_allowed_endpoint(home):
    with ServerHandle(home, port=0, timeout_s=10, poll_s=0.1) as other:  # the endpoint being federated with
        allowed = other.url + "/query"
        with ServerHandle(home, port=0, timeout_s=10, poll_s=0.1, service_allow=(allowed,)) as handle:
            state = "<https://w3id.org/policygraph/ontology#State>"
            federated = f"SELECT ?s WHERE {{ SERVICE <{allowed}> {{ ?s a {state} }} }}"
            answer = requests.get(handle.url + "/query", params={"query": federated}, headers={"Accept": "text/csv"})
            assert answer.status_code == 200, answer.text
            assert "https://w3id.org/policygraph/id/state/" in answer.text
            for endpoint in (other.url + "/sparql", "http://127.0.0.1:9/internal"):  # not on the list
                query = f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
                refused = requests.get(handle.url + "/query", params={"query": query})
                assert refused.status_code == 400 and f"SERVICE <{endpoint}> is not an allowed" in refused.text
            variable = "SELECT * WHERE { BIND(<http://127.0.0.1:9/> AS ?e) SERVICE ?e { ?s ?p ?o } }"
            assert requests.get(handle.url + "/query", params={"query": variable}).status_code == 400


def test_a_query_that_needs_too_much_memory_is_stopped_and_the_endpoint_recovers(home):
    """An ORDER BY over a cartesian product once grew the query process by gigabytes within the time limit."""
    with ServerHandle(home, port=0, timeout_s=20, max_memory_mb=1024, poll_s=0.1) as handle:
        product = "SELECT * WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w } ORDER BY ?a ?b ?c ?d ?x ?y ?z ?w"
        started = time.monotonic()
        answer = requests.get(handle.url + "/query", params={"query": product})
        assert answer.status_code == 503 and "MiB" in answer.text
        assert time.monotonic() - started < 15  # stopped by the memory cap, not by the time limit
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and requests.get(handle.url + "/health").status_code != 200:
            time.sleep(0.1)
        assert _count(handle.url) > 0


def test_a_huge_result_row_ends_the_answer_quickly(server: ServerHandle):
    """A row of tens of megabytes (a client-made string) once cost 13 s of CPU and then a 500."""
    doublings = " ".join(f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(10))
    query = f'SELECT ?v10 WHERE {{ BIND("{"y" * 40000}" AS ?v0) {doublings} }}'  # a 40 MB literal
    started = time.monotonic()
    answer = requests.post(server.url + "/query", data={"query": query}, headers={"Accept": "application/json"})
    assert time.monotonic() - started < 10
    assert answer.status_code == 200 and answer.headers.get("X-SPARQL-Results-Truncated") == "true"
    assert answer.json()["results"]["bindings"] == []
    assert _count(server.url) > 0


def test_a_dead_backend_is_restarted_and_health_says_so(server: ServerHandle):
    import os
    import signal

    backend = server.app._backend
    os.killpg(backend.process.pid, signal.SIGKILL)  # as the OOM killer would
    backend.process.wait(timeout=5)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and requests.get(server.url + "/health").json()["restarts"] == 0:
        time.sleep(0.1)
    health = requests.get(server.url + "/health")
    assert health.status_code == 200 and health.json() == {"snapshot": "run-1", "backend": "up", "restarts": 1}
    assert _count(server.url) > 0


def test_a_hung_backend_is_replaced_within_5_seconds(server: ServerHandle):
    import os
    import signal

    backend = server.app._backend
    os.killpg(backend.process.pid, signal.SIGSTOP)  # alive, but answers nothing
    started = time.monotonic()
    while time.monotonic() - started < 10 and requests.get(server.url + "/health").json()["restarts"] == 0:
        time.sleep(0.1)
    assert time.monotonic() - started < 5
    assert _count(server.url) > 0
    assert not backend.alive  # the stopped process was killed, not left behind


def test_without_a_snapshot_it_answers_503_until_one_is_published(tmp_path):
    with ServerHandle(tmp_path, port=0, poll_s=0.1) as handle:
        answer = requests.get(handle.url + "/query", params={"query": STATES})
        assert answer.status_code == 503 and "no snapshot" in answer.text


def test_dumps_void_and_service_description_are_served(home):
    from pipelines.home import Home
    from pipelines.kg.publish import publish_snapshot

    publish_snapshot(home / "store", Home.at(home).published, "with-dumps", dumps_base="https://w3id.org/policygraph/")
    with ServerHandle(home, port=0) as handle:
        void = requests.get(handle.url + "/.well-known/void")
        assert void.status_code == 200 and "void:Linkset" in void.text
        assert f"<{handle.url}/query>" in void.text and "7878" not in void.text  # the address it is reached at
        description = requests.get(handle.url + "/query")
        assert description.headers["Content-Type"].startswith("text/turtle") and "sd:Service" in description.text
        assert f"<{handle.url}/query#service>" in description.text
        dump = requests.get(handle.url + "/dumps/policygraph.nq.gz")
        assert dump.status_code == 200 and dump.content[:2] == b"\x1f\x8b"
        assert requests.get(handle.url + "/dumps/..%2Fsnapshot.json").status_code == 404
        assert requests.get(handle.url + "/dumps/../snapshot.json").status_code == 404
        # the listing gives every dump with its size and checksum; the ontology has its own address
        listing = requests.get(handle.url + "/dumps/").json()
        files = {f["name"]: f for f in listing["files"]}
        assert listing["snapshot"] == "with-dumps" and "policygraph.nq.gz" in files
        assert files["policygraph.nq.gz"]["bytes"] == len(dump.content)
        assert files["policygraph.nq.gz"]["sha256"] == hashlib.sha256(dump.content).hexdigest()
        page = requests.get(handle.url + "/dumps/", headers={"Accept": "text/html"})
        assert page.headers["Content-Type"].startswith("text/html") and "policygraph.nq.gz" in page.text
        ontology = requests.get(handle.url + "/ontology")
        assert ontology.headers["Content-Type"].startswith("text/turtle") and "owl:Ontology" in ontology.text
        docs = requests.get(handle.url + "/ontology", headers={"Accept": "text/html,*/*;q=0.8"})
        assert docs.headers["Content-Type"].startswith("text/html") and "DataType" in docs.text


def test_the_descriptions_name_the_configured_public_address(home):
    from pipelines.home import Home
    from pipelines.kg.publish import publish_snapshot

    publish_snapshot(home / "store", Home.at(home).published, "with-dumps", dumps_base="https://w3id.org/policygraph/")
    with ServerHandle(home, port=0, public_url="https://data.example.org/policygraph/") as handle:
        void = requests.get(handle.url + "/.well-known/void").text
        assert "<https://data.example.org/policygraph/query>" in void and handle.url not in void
        description = requests.get(handle.url + "/sparql").text
        assert "<https://data.example.org/policygraph/query#service>" in description


def test_a_post_body_is_never_read_as_the_next_request(server: ServerHandle):
    """A POST to a route that takes no body (health, VoID, dumps) once left the body on the connection, where it
    was parsed as a second request (request desync behind a proxy)."""
    import http.client

    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    smuggled = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
    for path in ("/health", "/.well-known/void", "/dumps/void.ttl"):
        conn.request("POST", path, body=smuggled, headers={"Content-Type": "text/plain"})
        answer = conn.getresponse()
        assert answer.status == 405 and "POST" not in answer.headers["Allow"] and answer.read() == b"Method Not Allowed"
    conn.request("GET", "/health")
    answer = conn.getresponse()
    assert answer.status == 200 and json.loads(answer.read())["backend"] == "up"  # the next request is ours
    conn.close()


def test_a_web_page_on_another_origin_may_query(server: ServerHandle):
    preflight = requests.options(
        server.url + "/query",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )  # fmt: skip
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    answer = requests.post(server.url + "/query", data={"query": STATES}, headers={"Origin": "https://example.org"})
    assert answer.status_code == 200 and answer.headers["Access-Control-Allow-Origin"] == "*"


LIBRARY_QUERY = """# title: States by English label
# description: The state whose label is exactly the given name.
# param: name (type: string) default: China  The label to look for.
SELECT DISTINCT ?state WHERE { ?state a pg:State ; rdfs:label ?label . FILTER(STR(?label) = ?name) }
"""


@pytest.mark.parametrize(
    "hostile", ['x" } UNION { ?state ?p ?o } #', "> } UNION { ?s ?p ?o", 'China") || true || ("', "\\u0022 } #"]
)
def test_library_queries_over_http_resist_injection(home, tmp_path, hostile: str):
    queries = tmp_path / "queries"
    queries.mkdir()
    (queries / "state-by-name.rq").write_text(LIBRARY_QUERY)
    with ServerHandle(home, port=0, queries_dir=queries) as handle:
        listing = requests.get(handle.url + "/queries", headers={"Accept": "application/json"}).json()
        assert listing[0]["name"] == "state-by-name" and listing[0]["params"][0]["default"] == "China"
        plain = requests.get(handle.url + "/queries/state-by-name", headers={"Accept": "application/json"})
        assert [b["state"]["value"] for b in plain.json()["results"]["bindings"]] == [
            "https://w3id.org/policygraph/id/state/CN"
        ]
        attack = requests.get(handle.url + "/queries/state-by-name", params={"name": hostile})
        assert attack.status_code == 200 and attack.json()["results"]["bindings"] == []
        unknown = requests.get(handle.url + "/queries/state-by-name", params={"nam": "x"})
        assert unknown.status_code == 400 and "Traceback" not in unknown.text
        page = requests.get(
            handle.url + "/queries/state-by-name", params={"name": "India"}, headers={"Accept": "text/html"}
        )
        assert "https://w3id.org/policygraph/id/state/IN" in page.text


@pytest.mark.parametrize(
    ("query", "accept", "media", "expected"),
    [
        ("ASK { ?s ?p ?o }", "application/sparql-results+xml", "application/sparql-results+xml", "<boolean>true"),
        (
            "SELECT (COUNT(*) AS ?n) { ?s a pg:State }",
            "text/tab-separated-values",
            "text/tab-separated-values",
            "?n\n4",
        ),
        ("DESCRIBE <https://w3id.org/policygraph/id/state/US>", "application/ld+json", "application/ld+json", '"@id"'),
        ("CONSTRUCT { ?s a pg:State } WHERE { ?s a pg:State }", None, "text/turtle", "pg:State"),
        (
            "PREFIX : <https://w3id.org/policygraph/ontology#> SELECT ?s { ?s a :Act }",
            None,
            "application/sparql-results+json",
            "cybersecurity-law-cn",
        ),
    ],
)
def test_protocol_formats(server: ServerHandle, query: str, accept, media: str, expected: str):
    if "pg:" in query and "PREFIX pg:" not in query:
        query = "PREFIX pg: <https://w3id.org/policygraph/ontology#> " + query
    answer = requests.post(server.url + "/sparql", data={"query": query}, headers={"Accept": accept} if accept else {})
    assert answer.status_code == 200
    assert answer.headers["Content-Type"].split(";")[0] == media
    assert expected in answer.text


def test_slow_and_idle_clients_do_not_hold_the_endpoint(server: ServerHandle, monkeypatch):
    """Clients that send half a request, or a body that never ends, once held a thread each for a minute."""
    import socket

    from pipelines.serve import web

    monkeypatch.setattr(web, "BODY_TIMEOUT_S", 1.0)
    host, port = server.url.removeprefix("http://").split(":")
    stalled = []
    for i in range(100):  # half a request line and headers, never finished
        sock = socket.create_connection((host, int(port)))
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n" if i % 2 else b"GET /que")
        stalled.append(sock)
    trickle = socket.create_connection((host, int(port)), timeout=10)
    trickle.sendall(
        b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK"
    )
    started = time.monotonic()
    assert requests.get(server.url + "/health", timeout=5).status_code == 200
    assert _count(server.url) > 0
    assert time.monotonic() - started < 2
    assert trickle.recv(1024).startswith(b"HTTP/1.1 408")  # the body did not come in time
    for sock in [*stalled, trickle]:
        sock.close()


def test_keep_alive_and_compression(server: ServerHandle):
    with requests.Session() as session:  # one connection for several requests
        answers = [
            session.get(server.url + "/query", params={"query": COUNT}, headers={"Accept": "application/json"})
            for _ in range(3)
        ]
        assert all(a.status_code == 200 for a in answers)
        big = session.get(
            server.url + "/query",
            params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"},
            headers={"Accept": "application/sparql-results+json", "Accept-Encoding": "gzip"},
        )
        assert big.headers["Content-Encoding"] == "gzip" and len(big.json()["results"]["bindings"]) == 20
