"""The analyst query library over HTTP: ``GET /queries`` lists it, ``GET /queries/<name>?param=value`` runs one.

Parameters go through the same validation and VALUES binding as ``policygraph query`` (``pipelines.kg.query``),
so a hostile value is refused or matches nothing; it never becomes query text. Results go through the capped,
time-limited SPARQL proxy, in JSON, CSV, TSV, XML or an HTML table.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from urllib.parse import parse_qsl

from pipelines.kg.query import NamedQuery, ParameterError, QueryError, bind_parameters, bound_query_text, load_queries
from pipelines.kg.query import with_prefixes as declare_prefixes
from pipelines.serve.conneg import negotiate
from pipelines.serve.pages import render_page
from pipelines.serve.sparql import Answer, SparqlRequest, answer_query

log = logging.getLogger(__name__)


def load_library(directory: Path) -> dict[str, NamedQuery]:
    """The queries of ``directory``; a broken directory gives an empty library (logged), not a dead server."""
    try:
        return load_queries(directory) if Path(directory).is_dir() else {}
    except QueryError as err:
        log.error("query library not loaded: %s", err)
        return {}


def list_queries(library: dict[str, NamedQuery], accept: str | None) -> Answer:
    media = negotiate(accept, ["application/json", "text/html"]) or "application/json"
    if media == "application/json":
        listing = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": [
                    {"name": p.name, "type": p.type, "default": p.default, "required": p.required} for p in q.params
                ],
            }
            for q in library.values()
        ]
        return Answer(200, "application/json", json.dumps(listing, indent=1).encode())
    return Answer(200, "text/html; charset=utf-8", render_page("library.html", queries=list(library.values())))


def run_library_query(
    library: dict[str, NamedQuery],
    name: str,
    query_string: str,
    accept: str | None,
    query_url: str,
    *,
    timeout_s: float,
    max_rows: int,
) -> Answer:
    """Run one library query with the URL's parameters through the capped proxy."""
    query = library.get(name)
    if query is None:
        return Answer(404, "text/plain; charset=utf-8", b"no such query in the library")
    pairs = parse_qsl(query_string, keep_blank_values=True)
    values: dict[str, str] = {}
    for key, value in pairs:
        if key in values:
            return Answer(400, "text/plain; charset=utf-8", b"each parameter at most once")
        values[key] = value
    try:
        text = bound_query_text(declare_prefixes(query.text), bind_parameters(query, values))
    except ParameterError as err:
        return Answer(400, "text/plain; charset=utf-8", str(err).encode())
    wants_html = negotiate(accept, ["application/sparql-results+json", "text/html"]) == "text/html"
    answer = answer_query(
        SparqlRequest(text),
        "application/sparql-results+json" if wants_html else accept,
        query_url,
        timeout_s=timeout_s,
        max_rows=max_rows,
    )
    if not wants_html or answer.status != 200 or query.form != "SELECT":
        return answer
    return Answer(200, "text/html; charset=utf-8", _results_page(query, answer), answer.headers)


def _results_page(query: NamedQuery, answer: Answer) -> bytes:
    results = json.loads(answer.body)
    return render_page(
        "results.html",
        query=query,
        variables=results["head"]["vars"],
        rows=results["results"]["bindings"],
        truncated=bool(answer.headers.get("X-SPARQL-Results-Truncated")),
    )
