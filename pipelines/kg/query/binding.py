"""Binding parameters: the terms of a query's parameters placed in a ``VALUES`` block at the start of its outermost
WHERE group (the same text runs on a local store and on any SPARQL endpoint)."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from pipelines.kg.query.errors import ParameterError, QueryError
from pipelines.kg.query.library import NamedQuery
from pipelines.kg.query.scanner import prepared, where_group_start
from pipelines.kg.query.terms import to_term


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
    position = where_group_start(text)
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
    prefixed, position, _ = prepared(text)
    if not terms:
        return prefixed
    if isinstance(position, QueryError):
        raise position
    return prefixed[:position] + _values_block(terms) + prefixed[position:]


def _term_text(term) -> str:
    if term is None:
        return "UNDEF"
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise ParameterError("parameters bind IRIs and literals only")
    return str(term)  # the N-Triples serialiser escapes the lexical form; IRIs were validated
