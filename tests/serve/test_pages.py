"""Dereferenceable IRIs: an entity or document IRI as HTML for browsers, Turtle or JSON-LD for programs."""

from __future__ import annotations

import pytest
import rdflib
import requests
from rdflib import Literal, URIRef

from pipelines.serve import ServerHandle

pytestmark = pytest.mark.network

PG = "https://w3id.org/policygraph/ontology#"
CN = URIRef("https://w3id.org/policygraph/id/state/CN")
LAW = URIRef("https://w3id.org/policygraph/id/law/cybersecurity-law-cn")


def test_entity_as_html(server: ServerHandle):
    page = requests.get(server.url + "/id/state/CN", headers={"Accept": "text/html,application/xhtml+xml"})
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    text = page.text
    assert "<h1>China</h1>" in text
    assert "pg:State" in text and "CHN" in text  # type and identifiers
    assert 'href="http://www.wikidata.org/entity/Q148"' in text  # outgoing links to other data sets
    assert 'href="https://sws.geonames.org/1814991/"' in text
    assert 'href="/id/law/cybersecurity-law-cn"' in text  # neighbours link to their own pages
    assert "requires network operators to store personal data" in text  # a fact with its source sentence
    assert "China&#39;s data-localisation rules take effect" in text  # ... and its source document
    assert "<svg" in text and "Cybersecurity Law" in text.split("<svg", 1)[1]  # the neighbourhood picture


def test_entity_as_turtle_and_jsonld(server: ServerHandle):
    turtle = requests.get(server.url + "/id/state/CN", headers={"Accept": "text/turtle"})
    assert turtle.headers["Content-Type"].startswith("text/turtle") and "Accept" in turtle.headers["Vary"].split(", ")
    graph = rdflib.Graph().parse(data=turtle.text, format="turtle")
    assert (CN, URIRef(PG + "isoAlpha2"), Literal("CN")) in graph
    assert (CN, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q148")) in graph
    assert (CN, URIRef(PG + "enacts"), LAW) in graph

    jsonld = requests.get(server.url + "/id/state/CN", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["Content-Type"] == "application/ld+json"
    assert '"@context"' in jsonld.text
    assert rdflib.Graph().parse(data=jsonld.text, format="json-ld").isomorphic(graph)

    by_parameter = requests.get(server.url + "/id/state/CN?format=ttl", headers={"Accept": "text/html"})
    assert by_parameter.headers["Content-Type"].startswith("text/turtle")


def test_document_page_lists_mentions_and_facts(server: ServerHandle):
    page = requests.get(server.url + "/doc/news-0001", headers={"Accept": "text/html"}).text
    assert "China&#39;s data-localisation rules take effect" in page
    assert "Mentions" in page and "personal data" in page and 'href="/id/datatype/personal-data"' in page
    assert "pg:requiresLocalizationOf" in page


def test_unknown_and_malformed_iris(server: ServerHandle):
    assert requests.get(server.url + "/id/state/XX", headers={"Accept": "text/html"}).status_code == 404
    assert requests.get(server.url + "/id/state/XX", headers={"Accept": "text/turtle"}).status_code == 404
    odd = requests.get(
        server.url + "/id/state/%3E%20%7D%20UNION%20%7B%20?s%20?p%20?o%20%7D", headers={"Accept": "text/turtle"}
    )
    assert odd.status_code == 404
    assert requests.get(server.url + "/id/state/CN", headers={"Accept": "image/png"}).status_code == 406


def test_graph_iris_resolve_to_their_triples(server: ServerHandle):
    facts = requests.get(server.url + "/graph/facts", headers={"Accept": "text/turtle"})
    assert facts.status_code == 200 and facts.headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=facts.text, format="turtle")
    assert set(graph) == {
        (CN, URIRef(PG + "enacts"), LAW),
        (LAW, URIRef(PG + "requiresLocalizationOf"), URIRef("https://w3id.org/policygraph/id/datatype/personal-data")),
    }
    page = requests.get(server.url + "/graph/doc/news-0001", headers={"Accept": "text/html"})
    assert page.status_code == 200 and 'href="/doc/news-0001"' in page.text
    assert requests.get(server.url + "/graph/nothing-here", headers={"Accept": "text/turtle"}).status_code == 404
