"""Loading the library: ``.rq`` files with their documented header (title, description, typed parameters)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipelines.kg.query.errors import ParameterError, QueryError
from pipelines.kg.query.scanner import prepared, strip_comments
from pipelines.kg.query.terms import PARAM_TYPES, to_term
from pipelines.paths import QUERIES_DIR

UNDEF = "UNDEF"

_HEADER = re.compile(r"^#\s*(?P<key>title|description|param)\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)
_CONTINUATION = re.compile(r"^#\s+(?P<value>\S.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*type\s*:\s*(?P<type>[a-z]+)\s*\)"
    r'(?:\s*default\s*:\s*(?:"(?P<qdefault>[^"]*)"|(?P<default>\S+))|\s*(?P<optional>optional)\b\s*:?)?'
    r"\s*(?P<description>.*)$"
)


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
        return prepared(self.text)[2]

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise ParameterError(f"query {self.name!r} has no parameter {name!r}")


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
        if not re.search(rf"[?$]{param.name}\b", strip_comments(text)):
            raise QueryError(f"{path}: parameter {param.name!r} is declared but ?{param.name} is not used")
    return NamedQuery(name, path, title, " ".join(descriptions), tuple(params), text)


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
