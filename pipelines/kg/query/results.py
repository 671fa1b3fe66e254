"""Query results (rows, a boolean or triples) and their command-line formats: an aligned table, SPARQL CSV and
SPARQL JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from pipelines.kg.dumps import serialized
from pipelines.kg.namespaces import PREFIXES, prefix_map
from pipelines.kg.query.terms import XSD

#: a value of a solution row
Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass
class QueryResult:
    """Rows of a SELECT (terms by variable), the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)


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
