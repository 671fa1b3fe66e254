"""Running queries: on a pyoxigraph ``Store`` (default graph = union of all graphs, unless the query names its graphs
with FROM) or a remote SPARQL 1.1 endpoint."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pyoxigraph as ox
import requests

from pipelines.kg.query.binding import bind_parameters, prepared_query_text
from pipelines.kg.query.errors import ParameterError, QueryError
from pipelines.kg.query.library import NamedQuery
from pipelines.kg.query.results import QueryResult
from pipelines.kg.query.scanner import prepared, query_shape, refuse_services
from pipelines.kg.remote import Auth


def run_query(
    query: NamedQuery | str,
    params: Mapping[str, str] | None = None,
    *,
    store: ox.Store | None = None,
    endpoint: str | None = None,
    timeout_s: float = 60.0,
    auth: Auth = None,
    service_allow: Collection[str] = (),
) -> QueryResult:
    """Run a library query (or raw SPARQL text without parameters) on a Store or a SPARQL endpoint URL. On a Store,
    a ``SERVICE`` call is refused unless its endpoint is in `service_allow` (an endpoint URL judges for itself)."""
    if (store is None) == (endpoint is None):
        raise ValueError("give exactly one of store= or endpoint=")
    if isinstance(query, str):
        if params:
            raise ParameterError("parameters need a NamedQuery with a header that declares them")
        text, _, form = prepared(query)
    else:
        text, form = prepared_query_text(query.text, bind_parameters(query, params or {})), query.form
    if store is not None:
        shape = query_shape(text)
        refuse_services(shape, service_allow)
        try:
            answer = store.query(text, use_default_graph_as_union=not shape.names_dataset)
            return _result_from_local(form, answer)  # evaluated while the results are read
        except SyntaxError as err:
            raise QueryError(f"query does not parse: {err}") from None
        except (OSError, RuntimeError) as err:  # e.g. a SERVICE that cannot be reached
            raise QueryError(f"query failed: {err}") from None
    assert endpoint is not None  # exactly one of store and endpoint, checked above
    return _run_remote(form, text, endpoint, timeout_s, auth)


def _result_from_local(form: str, answer) -> QueryResult:
    if form == "ASK":
        return QueryResult(form, boolean=bool(answer))
    if form in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(form, triples=list(answer))
    variables = [v.value for v in answer.variables]
    rows = [{name: term for name, term in zip(variables, row, strict=True) if term is not None} for row in answer]
    return QueryResult(form, variables=variables, rows=rows)


def _run_remote(form: str, text: str, endpoint: str, timeout_s: float, auth: Auth) -> QueryResult:
    accept = "application/n-triples" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
    try:
        response = requests.post(  # form-encoded: every SPARQL 1.1 server takes it (Virtuoso 7.2 hangs on the other)
            endpoint, data={"query": text}, headers={"Accept": accept}, timeout=timeout_s, auth=auth
        )
    except requests.RequestException as err:
        raise QueryError(f"endpoint not reachable: {type(err).__name__}") from None
    if response.status_code != 200:
        raise QueryError(f"endpoint answered HTTP {response.status_code}: {response.text[:300]}")
    if form in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(form, triples=list(ox.parse(response.content, ox.RdfFormat.N_TRIPLES)))
    answer = ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
    return _result_from_local(form, answer)
