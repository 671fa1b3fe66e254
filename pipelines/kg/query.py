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

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import requests

from pipelines.kg.dumps import serialized
from pipelines.kg.namespaces import PREFIXES, prefix_map
from pipelines.kg.remote import Auth
from pipelines.paths import QUERIES_DIR

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("iri", "string", "name", "date", "datetime", "integer", "decimal", "boolean")
UNDEF = "UNDEF"
MAX_VALUE_LENGTH = 4096

_HEADER = re.compile(r"^#\s*(?P<key>title|description|param)\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)
_CONTINUATION = re.compile(r"^#\s+(?P<value>\S.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*type\s*:\s*(?P<type>[a-z]+)\s*\)"
    r'(?:\s*default\s*:\s*(?:"(?P<qdefault>[^"]*)"|(?P<default>\S+))|\s*(?P<optional>optional)\b\s*:?)?'
    r"\s*(?P<description>.*)$"
)
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_PNAME = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z0-9_-]*):(?P<local>[A-Za-z0-9_][A-Za-z0-9_.-]*)$")
_INTEGER = re.compile(r"^[+-]?[0-9]{1,30}$")
_DECIMAL = re.compile(r"^[+-]?[0-9]{0,30}(\.[0-9]{1,30})?$")


class QueryError(Exception):
    """A library query could not be loaded or run (its message is safe to show to users)."""


class ParameterError(QueryError, ValueError):
    """A parameter value is missing, unknown or not a valid value of its declared type."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None = None
    description: str = ""
    optional: bool = False

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional


@dataclass(frozen=True)
class NamedQuery:
    """One ``.rq`` file: its name (path under ``queries/`` without ``.rq``), header and text."""

    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...]
    text: str

    @property
    def form(self) -> str:
        return _prepared(self.text)[2]

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise ParameterError(f"query {self.name!r} has no parameter {name!r}")


@dataclass
class QueryResult:
    """Rows of a SELECT (terms by variable), the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, object]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)


# --- loading -----------------------------------------------------------------------------------------------------


def parse_query_file(path: Path, name: str | None = None) -> NamedQuery:
    """Read one ``.rq`` file and its header; refuse a header that declares a parameter the query never uses."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    entries: list[list[str]] = []  # [key, value] with continuation lines joined
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if match:
            entries.append([match["key"].lower(), match["value"]])
        elif entries and (more := _CONTINUATION.match(stripped)):
            entries[-1][1] = f"{entries[-1][1]} {more['value']}".strip()
    title = next((value for key, value in entries if key == "title"), "")
    descriptions = [value for key, value in entries if key == "description"]
    params = [_parse_param(value, path) for key, value in entries if key == "param"]
    if not title and name is not None:  # library queries are documented; an analyst's own file need not be
        raise QueryError(f"{path}: missing '# title:' header line")
    title = title or path.stem
    name = name or path.stem
    for param in params:
        if not re.search(rf"[?$]{param.name}\b", _strip_comments(text)):
            raise QueryError(f"{path}: parameter {param.name!r} is declared but ?{param.name} is not used")
    return NamedQuery(name, path, title, " ".join(descriptions), tuple(params), text)


def load_queries(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """All ``.rq`` files under ``directory`` by name (``checks/foo-violation`` for ``checks/foo-violation.rq``)."""
    directory = Path(directory)
    queries = {}
    for path in sorted(directory.rglob("*.rq")):
        name = path.relative_to(directory).with_suffix("").as_posix()
        queries[name] = parse_query_file(path, name)
    return queries


def list_queries(directory: Path = QUERIES_DIR) -> list[NamedQuery]:
    """The library, sorted by name (``policygraph query --list``)."""
    return list(load_queries(directory).values())


def find_query(name_or_path: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    """A library query by name (``checks/x-violation`` too) or a ``.rq`` file by path."""
    library = load_queries(directory) if Path(directory).is_dir() else {}
    if name_or_path in library:
        return library[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return parse_query_file(path)
    raise QueryError(f"no query {name_or_path!r} in {directory} (policygraph query --list shows them)")


def run_cli_query(
    home,
    name_or_path: str,
    params: Mapping[str, str],
    fmt: str = "table",
    width: int | None = None,
    service_allow: Collection[str] = (),
) -> str:
    """``policygraph query``: run a library query on the graph of a run home and format the result.

    It reads the published snapshot (``HOME/published``, opened read-only: never disturbs a running pipeline or
    server); before the first publication it opens the live store ``HOME/store``, which fails cleanly while a
    pipeline run holds it. Raises QueryError (ParameterError) with a message for the user.
    """
    from pipelines.kg.publish import open_current, published_root_for

    query = find_query(name_or_path)
    root = Path(home) if isinstance(home, str | os.PathLike) else Path(home.root)  # a path or a Home
    store = open_current(published_root_for(root))
    if store is None:
        if not (root / "store").is_dir():
            raise QueryError(f"no graph under {root}: run the pipeline first")
        try:
            store = ox.Store(str(root / "store"))
        except OSError as err:
            raise QueryError(f"the store is busy (a pipeline run holds it): {err}") from None
    try:
        return format_result(run_query(query, params, store=store, service_allow=service_allow), fmt, width)
    finally:
        del store


def _parse_param(value: str, path: Path) -> Param:
    match = _PARAM.match(value)
    if not match:
        raise QueryError(f"{path}: cannot read parameter line {value!r} (expected 'name (type: T) default: V ...')")
    if match["type"] not in PARAM_TYPES:
        raise QueryError(f"{path}: parameter type {match['type']!r} is not one of {', '.join(PARAM_TYPES)}")
    default = match["qdefault"] if match["qdefault"] is not None else match["default"]
    optional = bool(match["optional"]) or default == UNDEF
    param = Param(
        match["name"], match["type"], None if default == UNDEF else default, match["description"].strip(), optional
    )
    if default is not None and default != UNDEF:
        to_term(default, param.type)  # a broken default is the author's error: report it at load time
    return param


# --- binding -----------------------------------------------------------------------------------------------------


def to_term(value: str, type_: str) -> ox.NamedNode | ox.Literal:
    """Validate one raw value (e.g. from the command line) into a typed RDF term, or raise ParameterError."""
    if not isinstance(value, str):
        raise ParameterError("parameter values are strings")
    if len(value) > MAX_VALUE_LENGTH:
        raise ParameterError(f"value longer than {MAX_VALUE_LENGTH} characters")
    try:
        if type_ == "iri":
            return _to_iri(value.strip())
        if type_ == "string":
            return ox.Literal(value)
        if type_ == "name":
            return ox.Literal(value.lower())
        if type_ == "date":
            return ox.Literal(date.fromisoformat(value.strip()).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if type_ == "datetime":
            parsed = datetime.fromisoformat(value.strip())
            return ox.Literal(parsed.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
        if type_ == "integer":
            if not _INTEGER.match(value.strip()):
                raise ValueError
            return ox.Literal(str(int(value.strip())), datatype=ox.NamedNode(XSD + "integer"))
        if type_ == "decimal":
            if not _DECIMAL.match(value.strip()) or value.strip() in ("", "+", "-"):
                raise ValueError
            return ox.Literal(str(Decimal(value.strip())), datatype=ox.NamedNode(XSD + "decimal"))
        if type_ == "boolean":
            lowered = value.strip().lower()
            if lowered not in ("true", "false", "1", "0"):
                raise ValueError
            return ox.Literal("true" if lowered in ("true", "1") else "false", datatype=ox.NamedNode(XSD + "boolean"))
    except (ValueError, InvalidOperation, TypeError):
        raise ParameterError(f"not a valid {type_} value") from None
    raise ParameterError(f"unknown parameter type {type_!r}")


def _to_iri(value: str) -> ox.NamedNode:
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    pname = _PNAME.match(value)
    if pname and pname["prefix"] in PREFIXES:
        value = str(PREFIXES[pname["prefix"]]) + pname["local"]
    if not _IRI.match(value):
        raise ValueError
    return ox.NamedNode(value)  # raises ValueError on anything RFC 3987 refuses


def bind_parameters(query: NamedQuery, values: Mapping[str, str]) -> dict[str, ox.NamedNode | ox.Literal | None]:
    """Terms for every declared parameter (given value, else default; None = unbound); refuse unknown names."""
    unknown = sorted(set(values) - {p.name for p in query.params})
    if unknown:
        raise ParameterError(f"query {query.name!r} has no parameter {unknown[0]!r}")
    bound: dict[str, ox.NamedNode | ox.Literal | None] = {}
    for param in query.params:
        raw = values.get(param.name, param.default)
        if raw is None and param.optional:
            bound[param.name] = None
            continue
        if raw is None:
            raise ParameterError(f"parameter {param.name!r} of query {query.name!r} is required")
        try:
            bound[param.name] = to_term(raw, param.type)
        except ParameterError as err:
            raise ParameterError(f"parameter {param.name!r}: {err}") from None
    return bound


def bound_query_text(text: str, terms: Mapping[str, ox.NamedNode | ox.Literal | None]) -> str:
    """The query with a VALUES block of the terms at the start of its outermost WHERE group."""
    if not terms:
        return text
    block = _values_block(terms)
    position = _where_group_start(text)
    return text[:position] + block + text[position:]


def _values_block(terms: Mapping[str, ox.NamedNode | ox.Literal | None]) -> str:
    for name in terms:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ParameterError(f"invalid parameter name {name!r}")
    variables = " ".join(f"?{name}" for name in terms)
    values = " ".join(_term_text(term) for term in terms.values())
    return f" VALUES ({variables}) {{ ({values}) }} "


def prepared_query_text(text: str, terms: Mapping[str, ox.NamedNode | ox.Literal | None]) -> str:
    """``with_prefixes(bound_query_text(text, terms))``, with the scan of the query text done once per text: a
    call only splices the VALUES block of the terms into the cached prefixed text."""
    prefixed, position, _ = _prepared(text)
    if not terms:
        return prefixed
    if isinstance(position, QueryError):
        raise position
    return prefixed[:position] + _values_block(terms) + prefixed[position:]


@functools.lru_cache(maxsize=256)
def _prepared(text: str) -> tuple[str, int | QueryError, str]:
    """The query with the project's prefixes declared, the offset of its outermost WHERE group in that text
    (or why parameters cannot be bound in it), and its form."""
    prefixed = with_prefixes(text)
    form = query_form(prefixed)
    try:
        position: int | QueryError = _where_group_start(prefixed)
    except QueryError as err:
        position = err
    return prefixed, position, form


def with_prefixes(text: str) -> str:
    """Declare the project's prefixes the query uses without declaring them (so any endpoint can parse it)."""
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([A-Za-z][A-Za-z0-9_.-]*)?\s*:", text, re.IGNORECASE)}
    used = {value.split(":", 1)[0] for kind, value, _ in _tokens(text) if kind == "word" and ":" in value}
    missing = [name for name in PREFIXES if name in used and name not in declared]
    lines = [f"PREFIX {name}: <{PREFIXES[name]}>" for name in missing]
    return "\n".join(lines + [text]) if lines else text


def _term_text(term) -> str:
    if term is None:
        return "UNDEF"
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise ParameterError("parameters bind IRIs and literals only")
    return str(term)  # the N-Triples serialiser escapes the lexical form; IRIs were validated


# --- running -----------------------------------------------------------------------------------------------------


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
        text, _, form = _prepared(query)
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


# --- formatting --------------------------------------------------------------------------------------------------


def format_result(result: QueryResult, fmt: str = "table", width: int | None = None) -> str:
    """Render as ``table`` (prefixed names, aligned; within ``width`` characters a line when given, long values cut
    with an ellipsis), ``csv`` (SPARQL CSV) or ``json`` (SPARQL JSON results); csv and json hold the full values."""
    if fmt not in ("table", "csv", "json"):
        raise ValueError("format is one of table, csv, json")
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        return serialized(result.triples, ox.RdfFormat.TURTLE, prefix_map()).decode("utf-8")
    if result.form == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        return json.dumps(
            {
                "head": {"vars": result.variables},
                "results": {
                    "bindings": [{k: _json_term(v) for k, v in row.items()} for row in result.rows],
                },
            },
            ensure_ascii=False,
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_plain(row.get(v)) for v in result.variables])
        return out.getvalue()
    cells = [[" ".join(_short(row.get(v)).split()) for v in result.variables] for row in result.rows]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(result.variables)]
    if width is not None:
        cap = _column_cap(widths, width)
        widths = [min(w, cap) for w in widths]
    header = [_cut(v, w) for v, w in zip(result.variables, widths, strict=True)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_cut(c, w).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


#: A table column is never cut narrower than this, however many columns there are (the lines then overflow).
MIN_COLUMN = 12


def _column_cap(widths: list[int], width: int) -> int:
    """The widest a column may be for the table's lines (columns two spaces apart) to fit in ``width``."""
    room = width - 2 * (len(widths) - 1)
    cap = max(widths, default=0)
    while cap > MIN_COLUMN and sum(min(w, cap) for w in widths) > room:
        cap -= 1
    return cap


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for name, ns in PREFIXES.items():
            if term.value.startswith(str(ns)) and re.fullmatch(r"[A-Za-z0-9_.-]*", term.value[len(str(ns)) :]):
                return f"{name}:{term.value[len(str(ns)) :]}"
        return term.value
    return _plain(term)


# --- a small SPARQL scanner (runs on the trusted query text only, never on parameter values) ------------------

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
      | (?P<comment>\#[^\n]*)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                  |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<open>\{) | (?P<close>\}) | (?P<lparen>\() | (?P<rparen>\))
      | (?P<var>[?$][A-Za-z0-9_]+)
      | (?P<word>[A-Za-z_][A-Za-z0-9_-]*:?[A-Za-z0-9_.-]*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


def _tokens(text: str):
    for match in _TOKEN.finditer(text):
        if match.lastgroup not in ("ws", "comment"):
            yield match.lastgroup, match.group(), match.end()


def _strip_comments(text: str) -> str:
    return " ".join(value for _, value, _ in _tokens(text))


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (the first keyword after the prologue); updates raise QueryError."""
    tokens = _tokens(text)
    for kind, value, _ in tokens:
        word = value.upper()
        if kind == "word" and word in ("BASE", "PREFIX"):
            for kind, _, _ in tokens:  # skip the prefix name (possibly empty: "PREFIX : <...>") and the IRI
                if kind == "iri":
                    break
            continue
        if kind == "word" and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return word
        raise QueryError("not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
    raise QueryError("empty query")


@dataclass(frozen=True)
class QueryShape:
    """What one pass over a query's tokens tells (strings, IRIs and comments aside)."""

    depth: int  # how deep its groups, brackets and parentheses nest
    services: tuple[str, ...]  # the endpoints it asks (``SERVICE <iri>``; a variable or prefixed name as written)
    names_dataset: bool  # it says which graphs it reads (``FROM``/``FROM NAMED``): then, and only then, the union
    # of all graphs is not its default graph


def query_shape(text: str) -> QueryShape:
    depth = deepest = 0
    dataset = after_service = False
    services: list[str] = []
    for kind, value, _ in _tokens(text):
        if after_service:
            if kind == "word" and value.upper() == "SILENT":
                continue
            services.append(value[1:-1] if kind == "iri" else value)
            after_service = False
        if kind in ("open", "lparen") or (kind == "other" and value == "["):
            depth += 1
            deepest = max(deepest, depth)
        elif kind in ("close", "rparen") or (kind == "other" and value == "]"):
            depth -= 1
        elif kind == "word":
            word = value.upper()
            after_service = word == "SERVICE"
            dataset = dataset or word == "FROM"
    return QueryShape(deepest, tuple(services), dataset)


def refuse_services(shape: QueryShape, allowed: Collection[str]) -> None:
    """Raise QueryError when the query asks an endpoint (``SERVICE``) that is not in `allowed` (exact IRIs): a
    federated query makes this machine fetch the URL it names, internal addresses included."""
    for endpoint in shape.services:
        if endpoint not in allowed:
            raise QueryError(
                f"SERVICE <{endpoint}> is not an allowed endpoint (allow it with --service-allow or "
                "POLICYGRAPH_SERVICE_ALLOW)"
                if not endpoint.startswith(("?", "$"))
                else f"SERVICE {endpoint}: an endpoint named by a variable is never allowed"
            )


def _where_group_start(text: str) -> int:
    """Offset just after the ``{`` that opens the outermost WHERE group."""
    form = query_form(text)
    depth_paren = 0
    tokens = list(_tokens(text))
    i = 0
    while i < len(tokens) and not (tokens[i][0] == "word" and tokens[i][1].upper() == form):
        i += 1
    if form == "CONSTRUCT":
        i += 1
        if i < len(tokens) and tokens[i][0] == "word" and tokens[i][1].upper() == "WHERE":
            raise QueryError("parameters need the long CONSTRUCT form: CONSTRUCT { template } WHERE { ... }")
        if i < len(tokens) and tokens[i][0] == "open":  # skip the template
            depth = 0
            while i < len(tokens):
                depth += tokens[i][0] == "open"
                depth -= tokens[i][0] == "close"
                i += 1
                if depth == 0:
                    break
    for kind, _, end in tokens[i:]:
        if kind == "lparen":
            depth_paren += 1
        elif kind == "rparen":
            depth_paren -= 1
        elif kind == "open" and depth_paren == 0:
            return end
    raise QueryError("query has no WHERE group to bind parameters in")
