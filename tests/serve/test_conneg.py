"""Content negotiation and query-form detection, table-driven."""

from __future__ import annotations

import pytest

from pipelines.kg.query import QueryError, query_form
from pipelines.serve.conneg import negotiate

OFFERS = ["text/html", "text/turtle", "application/ld+json"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "text/html"),
        ("*/*", "text/html"),
        ("text/turtle", "text/turtle"),
        ("application/ld+json;q=0.9, text/turtle;q=0.5", "application/ld+json"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
        ("text/*;q=0.5, text/turtle", "text/turtle"),
        ("text/turtle;q=0, */*;q=0.1", "text/html"),
        ("image/png", None),
        ("application/ld+json; profile=x", "application/ld+json"),
    ],
)
def test_negotiate(accept, expected):
    assert negotiate(accept, OFFERS) == expected


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT * {}", "SELECT"),
        ("# a comment with SELECT\nPREFIX : <http://x/#> ask { :a :b :c }", "ASK"),
        ("BASE <http://x/> PREFIX x-y: <a#> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("describe <http://x/a>", "DESCRIBE"),
    ],
)
def test_query_forms(query, form):
    assert query_form(query) == form


@pytest.mark.parametrize(
    "update", ["INSERT DATA { <a:a> <a:b> <a:c> }", "PREFIX : <a:> DELETE WHERE { ?s ?p ?o }", "DROP ALL", ""]
)
def test_updates_are_not_queries(update):
    with pytest.raises(QueryError):
        query_form(update)
