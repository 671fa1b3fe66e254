"""The analyst query library: load documented ``.rq`` files and run them with safely bound parameters.

Header convention (comment lines at the top of each ``.rq`` file, before the first non-comment line)::

    # title: Data-localisation requirements by state
    # description: Which states require local storage of which data types, and under which laws;
    #   an indented comment line continues the line above it.
    # param: state (type: iri) default: https://w3id.org/policygraph/id/state/CN  The state to report on.
    # param: since (type: date) default: 2020-01-01  Only facts first reported on or after this date.
    # param: name (type: string)  A required parameter: no default.
    # param: until (type: date) optional: left unbound when not given.

A parameter ``name`` binds the variable ``?name``. Types: iri (absolute IRI, or a prefixed name with one of the
project's prefixes such as ``wd:Q30``), string, name (a string bound in lower case, to match the lower-cased labels
and aliases the entities graph keeps as ``skos:hiddenLabel``: a case-insensitive look-up that uses the index),
date, datetime, integer, decimal, boolean. A default with spaces is
written in double quotes. An ``optional`` parameter (or ``default: UNDEF``) stays unbound when not given: write
``FILTER(!BOUND(?until) || ...)``. Queries may use the project's prefixes (``pg:``, ``rdfs:``...) without
declaring them: the runner declares the missing ones.

Safety: a parameter value never becomes query text. It is parsed and validated into a typed RDF term (pyoxigraph
``NamedNode``/``Literal``; an invalid IRI, date or number is refused with ``ParameterError``), and the term's own
N-Triples serialisation (which escapes quotes, backslashes and newlines) is placed in a ``VALUES`` block inserted at
the start of the query's outermost ``WHERE`` group. So parameters are bound before the group's patterns and
FILTERs run: use them in the outermost group (a sub-SELECT does not see outer bindings, as SPARQL specifies).
The same bound text runs against a pyoxigraph ``Store`` (default graph = union of all graphs, unless the query names
its graphs with FROM) or a remote SPARQL
1.1 endpoint.
"""

from pipelines.kg.query.binding import bind_parameters, bound_query_text, prepared_query_text
from pipelines.kg.query.errors import ParameterError, QueryError
from pipelines.kg.query.library import (
    UNDEF,
    NamedQuery,
    Param,
    find_query,
    list_queries,
    load_queries,
    parse_query_file,
)
from pipelines.kg.query.results import QueryResult, format_result
from pipelines.kg.query.running import run_query
from pipelines.kg.query.scanner import QueryShape, query_form, query_shape, refuse_services, with_prefixes
from pipelines.kg.query.terms import MAX_VALUE_LENGTH, PARAM_TYPES, XSD, to_term

__all__ = [
    "MAX_VALUE_LENGTH",
    "PARAM_TYPES",
    "UNDEF",
    "XSD",
    "NamedQuery",
    "Param",
    "ParameterError",
    "QueryError",
    "QueryResult",
    "QueryShape",
    "bind_parameters",
    "bound_query_text",
    "find_query",
    "format_result",
    "list_queries",
    "load_queries",
    "parse_query_file",
    "prepared_query_text",
    "query_form",
    "query_shape",
    "refuse_services",
    "run_query",
    "to_term",
    "with_prefixes",
]
