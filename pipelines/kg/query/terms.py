"""Parameter values as typed RDF terms: a raw value (from the command line or a URL) is parsed and validated into a
pyoxigraph ``NamedNode`` or ``Literal`` of its declared type, or refused with ``ParameterError``."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from pipelines.kg.namespaces import PREFIXES
from pipelines.kg.query.errors import ParameterError

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("iri", "string", "name", "date", "datetime", "integer", "decimal", "boolean")
MAX_VALUE_LENGTH = 4096

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_PNAME = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z0-9_-]*):(?P<local>[A-Za-z0-9_][A-Za-z0-9_.-]*)$")
_INTEGER = re.compile(r"^[+-]?[0-9]{1,30}$")
_DECIMAL = re.compile(r"^[+-]?[0-9]{0,30}(\.[0-9]{1,30})?$")


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
