"""A small SPARQL scanner for the query library and the endpoint's admission: the form of a query, its shape (nesting,
``SERVICE`` endpoints, dataset), where its outermost WHERE group opens, and the project's prefixes it uses without
declaring them. It runs on the trusted query text only, never on parameter values."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from pipelines.kg.namespaces import PREFIXES
from pipelines.kg.query.errors import QueryError

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


def scan_tokens(text: str):
    """(kind, text, end offset) of each token, spaces and comments left out."""
    for match in _TOKEN.finditer(text):
        if match.lastgroup not in ("ws", "comment"):
            yield match.lastgroup, match.group(), match.end()


def strip_comments(text: str) -> str:
    """The query's tokens without its comments, one space apart."""
    return " ".join(value for _, value, _ in scan_tokens(text))


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (the first keyword after the prologue); updates raise QueryError."""
    tokens = scan_tokens(text)
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
    """The query's nesting depth, `SERVICE` endpoints and whether it names its dataset, in one pass."""
    depth = deepest = 0
    dataset = after_service = False
    services: list[str] = []
    for kind, value, _ in scan_tokens(text):
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


def where_group_start(text: str) -> int:
    """Offset just after the ``{`` that opens the outermost WHERE group."""
    form = query_form(text)
    depth_paren = 0
    tokens = list(scan_tokens(text))
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


def with_prefixes(text: str) -> str:
    """Declare the project's prefixes the query uses without declaring them (so any endpoint can parse it)."""
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([A-Za-z][A-Za-z0-9_.-]*)?\s*:", text, re.IGNORECASE)}
    used = {value.split(":", 1)[0] for kind, value, _ in scan_tokens(text) if kind == "word" and ":" in value}
    missing = [name for name in PREFIXES if name in used and name not in declared]
    lines = [f"PREFIX {name}: <{PREFIXES[name]}>" for name in missing]
    return "\n".join(lines + [text]) if lines else text


@functools.lru_cache(maxsize=256)
def prepared(text: str) -> tuple[str, int | QueryError, str]:
    """The query with the project's prefixes declared, the offset of its outermost WHERE group in that text
    (or why parameters cannot be bound in it), and its form."""
    prefixed = with_prefixes(text)
    form = query_form(prefixed)
    try:
        position: int | QueryError = where_group_start(prefixed)
    except QueryError as err:
        position = err
    return prefixed, position, form
