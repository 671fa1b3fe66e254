"""The read-only SPARQL 1.1 Protocol front: accept queries, refuse updates, cap results, enforce a deadline.

The project's prefixes are declared for a query that uses them without declaring them, and the default graph is
the union of all graphs unless the request names its dataset (``FROM``/``FROM NAMED`` or the protocol parameters).
A query is forwarded to the internal Oxigraph server in a line-based format (TSV for SELECT, N-Triples for
CONSTRUCT/DESCRIBE) so the proxy can count rows while they stream and stop at ``max_rows``; the kept rows are then
re-serialised in the format the client asked for. A truncated answer carries ``X-SPARQL-Results-Truncated: true``
(and always ``X-SPARQL-Max-Rows``). A query that runs past the deadline is cut off (HTTP 503).
"""

from __future__ import annotations

import re
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

import pyoxigraph as ox
import requests

from pipelines.kg.dumps import serialized
from pipelines.kg.namespaces import prefix_map
from pipelines.kg.query import QueryError, QueryShape, query_form, query_shape, refuse_services, with_prefixes
from pipelines.serve.conneg import negotiate

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
#: deeper nesting is refused before it reaches the backend: Oxigraph's parser recurses once per level and a few
#: thousand levels (a 6 KB query) overflow its stack and abort the process; real queries nest a few levels
MAX_NESTING = 64
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_DATASET_PARAMS = ("default-graph-uri", "named-graph-uri")


class Refused(Exception):
    """The request is not a read-only SPARQL query; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class QueryTimeout(Exception):
    """The backend did not finish within the deadline (the caller recycles the backend process)."""


@dataclass
class SparqlRequest:
    query: str
    dataset: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def read_sparql_request(method: str, query_string: str, content_type: str | None, body: bytes) -> SparqlRequest:
    """Parse a SPARQL 1.1 Protocol query request (GET, POST form, POST direct); refuse updates with 403."""
    params = parse_qsl(query_string, keep_blank_values=True)
    media = (content_type or "").split(";")[0].strip().lower()
    if method == "POST":
        if media == "application/sparql-update":
            raise Refused(403, "this endpoint is read-only: SPARQL Update is refused")
        if media == "application/x-www-form-urlencoded":
            params += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        elif media == "application/sparql-query":
            params.append(("query", body.decode("utf-8", "replace")))
        else:
            raise Refused(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
    elif method != "GET":
        raise Refused(405, "only GET and POST are allowed")
    params = [(_as_query(key, value), value) for key, value in params]
    if any(key in ("update", "using-graph-uri", "using-named-graph-uri") for key, _ in params):
        raise Refused(403, "this endpoint is read-only: SPARQL Update is refused")
    queries = [value for key, value in params if key == "query"]
    if len(queries) != 1:
        raise Refused(400, "give exactly one 'query' parameter")
    dataset = [(key, value) for key, value in params if key in _DATASET_PARAMS]
    return SparqlRequest(queries[0], dataset)


def _as_query(key: str, value: str) -> str:
    """A read-only query sent as an `update` is answered as the query it is: SPARQL clients guess the form of a
    query from its text, and SPARQLWrapper takes a word in a comment ("addressees") for an update keyword."""
    if key != "update":
        return key
    try:
        query_form(value)
    except QueryError:
        return key
    return "query"


def classify(query: str, shape: QueryShape, service_allow: Collection[str] = ()) -> str:
    """The query form; an update (or anything else that is not a query) is refused, and so is a query nested
    deeper than `MAX_NESTING` or one that calls an endpoint not in `service_allow` (`SERVICE`: the endpoint would
    fetch any URL the client names, internal ones included). `shape` is `query_shape(query)`."""
    if shape.depth > MAX_NESTING:
        raise Refused(400, f"the query nests {shape.depth} levels deep; this endpoint answers at most {MAX_NESTING}")
    try:
        refuse_services(shape, service_allow)
    except QueryError as err:
        raise Refused(400, f"federated query refused: {err}") from None
    try:
        return query_form(query)
    except QueryError:
        if re.search(rf"\b({'|'.join(_UPDATE_WORDS)})\b", query, re.IGNORECASE):
            raise Refused(403, "this endpoint is read-only: SPARQL Update is refused") from None
        raise Refused(400, "not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)") from None


def answer_query(
    request: SparqlRequest,
    accept: str | None,
    query_url: str,
    *,
    timeout_s: float,
    max_rows: int,
    max_bytes: int = 64 * 1024 * 1024,
    service_allow: Collection[str] = (),
) -> Answer:
    """Forward a read-only query to the backend and build the client's answer (raises QueryTimeout). A ``SERVICE``
    call is answered only when its endpoint is in `service_allow`."""
    text = with_prefixes(request.query)  # the library's queries and the prefixes of our pages run verbatim
    shape = query_shape(text)
    form = classify(text, shape, service_allow)
    # the union of all graphs is the default graph only when the request names no dataset (FROM, FROM NAMED or
    # the protocol's default-graph-uri / named-graph-uri)
    dataset = request.dataset or ([] if shape.names_dataset else [("union-default-graph", "")])
    media, upstream = _media_types(form, accept)
    forwarded = _forward(text, dataset, upstream, query_url, timeout_s, None if form == "ASK" else max_rows, max_bytes)
    if isinstance(forwarded, Answer):
        return forwarded
    payload, truncated = forwarded
    headers = {"X-SPARQL-Max-Rows": str(max_rows)}
    if truncated:
        headers["X-SPARQL-Results-Truncated"] = "true"
    content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
    return Answer(200, content_type, _reserialised(form, media, payload), headers)


def _media_types(form: str, accept: str | None) -> tuple[str, str]:
    """The media type the client gets for a query of `form`, and the line-based one asked of the backend."""
    if form in ("CONSTRUCT", "DESCRIBE"):
        return negotiate(accept, list(GRAPH_FORMATS)) or "text/turtle", "application/n-triples"
    if form == "ASK":
        media = negotiate(accept, list(RESULT_FORMATS)[:4]) or "application/sparql-results+json"
        return media, "application/sparql-results+json"
    return negotiate(accept, list(RESULT_FORMATS)) or "application/sparql-results+json", "text/tab-separated-values"


def _forward(
    text: str,
    dataset: list[tuple[str, str]],
    upstream: str,
    query_url: str,
    timeout_s: float,
    max_rows: int | None,
    max_bytes: int,
) -> tuple[bytes, bool] | Answer:
    """The backend's answer in `upstream`, cut at `max_rows` rows (None: no cap) and `max_bytes`, and whether it was
    cut; or the error answer when the backend refused or failed (raises QueryTimeout past the deadline)."""
    deadline = time.monotonic() + timeout_s
    try:
        response = requests.post(
            query_url,
            params=dataset,
            data=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": upstream},
            timeout=(5, timeout_s),
            stream=True,
        )
    except requests.Timeout:
        raise QueryTimeout() from None
    except requests.RequestException:  # the backend closed the connection (it died) or is not there
        return Answer(502, "text/plain; charset=utf-8", b"the SPARQL backend connection failed")
    try:
        if response.status_code == 400:
            message = response.raw.read(2000, decode_content=True).decode("utf-8", "replace")
            return Answer(400, "text/plain; charset=utf-8", message.encode("utf-8"))
        if response.status_code != 200:
            return Answer(502, "text/plain; charset=utf-8", b"the SPARQL backend could not answer this query")
        header_lines = 0 if upstream == "application/n-triples" else 1
        limit = None if max_rows is None else max_rows + header_lines
        lines, truncated = _read_lines(response, limit, deadline, max_bytes)
    except requests.Timeout:
        raise QueryTimeout() from None
    except requests.RequestException:
        return Answer(502, "text/plain; charset=utf-8", b"the SPARQL backend connection failed")
    finally:
        response.close()  # stops the backend streaming the rest of a truncated answer
    return b"".join(lines), truncated


def _reserialised(form: str, media: str, payload: bytes) -> bytes:
    """The backend's line-based answer (N-Triples; TSV, or JSON for ASK) in the client's `media`."""
    if form in ("CONSTRUCT", "DESCRIBE"):
        fmt = GRAPH_FORMATS[media]
        triples = ox.parse(payload, ox.RdfFormat.N_TRIPLES)
        return serialized(triples, fmt, prefix_map() if fmt == ox.RdfFormat.TURTLE else None)
    parsed = ox.parse_query_results(payload, ox.QueryResultsFormat.JSON if form == "ASK" else ox.QueryResultsFormat.TSV)
    results = parsed.serialize(format=RESULT_FORMATS[media])
    assert results is not None  # serialize returns the bytes when given no output
    return results


#: one result row (a TSV or N-Triples line) larger than this ends the answer there, truncated: a literal of tens of
#: megabytes (a client's BIND of a huge string) would otherwise cost seconds of CPU to re-serialise
MAX_ROW_BYTES = 1 << 20


def _read_lines(response, limit: int | None, deadline: float, max_bytes: int) -> tuple[list[bytes], bool]:
    """Complete lines of the body up to ``limit`` lines; True when more followed (the answer is truncated)."""
    lines: list[bytes] = []
    pending = b""
    total = 0
    for chunk in response.iter_content(chunk_size=65536):
        if time.monotonic() > deadline:
            raise QueryTimeout()
        total += len(chunk)
        if total > max_bytes:
            return lines, True
        if len(pending) > MAX_ROW_BYTES:
            return lines, True
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            if limit is not None and len(lines) >= limit:
                return lines, True
            lines.append(line + b"\n")
    if pending:
        if limit is not None and len(lines) >= limit:
            return lines, True
        lines.append(pending)
    return lines, False
