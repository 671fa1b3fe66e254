"""Graph checks whose cost follows the batch, not the store: SHACL and the violation queries of queries/checks/ run
on check units, each a document graph with only what its shapes need besides it, validated a few at a time.

A document graph's unit is its own triples, the facts it asserts (facts graph), and the descriptions, in the
entities and reference graphs, of the resources it points at (an entity's type for `sh:class`, its label, its
jurisdiction), with the types of what those descriptions point at (the law's jurisdiction is a State). The ontology
is loaded beside them by `shacl.validate_triples`. Units are grouped up to `GROUP_TRIPLES` distinct triples (in-memory
Oxigraph stores per group, dropped before the next): memory is that of the largest group, so of the
largest document when one document is larger than that, however large the batch or the store.

The full sweep (`sweep_units`) checks every document graph and every entity of the store the same way, group by
group; the whole-store violation queries run on the store itself (`run_violation_query`).

Units travel as a file (`write_units`, `read_units`): the step that holds the store writes them, the checks step
validates them without opening the store, outside the store's pool.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from pyoxigraph import NamedNode, Quad, QuerySolutions, RdfFormat, Store, Triple, parse, serialize

from pipelines.kg.build import asserted_facts
from pipelines.kg.namespaces import RDF, Iris, Terms, prefix_map
from pipelines.kg.shacl import SEVERITIES, ShaclReport, ShaclResult, graph_of, validate_triples
from pipelines.kg.store import GraphStore

#: Distinct triples of the check units validated together (in one in-memory Oxigraph store with the ontology): a
#: resource described for many documents is validated once per group, so a bigger group checks fewer triples in all
#: (on generated documents, 100 of them: 101k triples in groups of 20k, 86k in groups of 40k, 76k in one group).
GROUP_TRIPLES = 40_000
#: Subjects of the entities and reference graphs per unit of the full sweep.
ENTITIES_PER_UNIT = 500

_TYPE = Terms(RDF)["type"]


def _described_in(iris: Iris) -> tuple[NamedNode, NamedNode, NamedNode]:
    return iris.entities_graph, iris.reference_graph, iris.cables_graph


#: Resources whose description `_Descriptions` keeps for the next units (a batch's documents point at the same
#: states, laws and bodies); past that many it starts again, so memory stays bounded in the full sweep.
DESCRIPTION_CACHE = 50_000


class _Descriptions:
    """What the entities and reference graphs say about resources, read from the store once per resource for all
    the units of a batch."""

    def __init__(self, store: GraphStore, iris: Iris) -> None:
        self.store, self.graphs = store, _described_in(iris)
        self.known: dict = {}

    def of(self, node) -> tuple[list[Triple], set]:
        """The triples that describe `node`, and the resources they point at (types aside)."""
        found = self.known.get(node)
        if found is None:
            triples = [q.triple for g in self.graphs for q in self.store.quads_for_pattern(node, None, None, g)]
            pointed = {t.object for t in triples if isinstance(t.object, NamedNode) and t.predicate != _TYPE}
            if len(self.known) >= DESCRIPTION_CACHE:
                self.known.clear()
            found = self.known[node] = (triples, pointed)
        return found

    def closure(self, nodes: Iterable) -> list[Triple]:
        """What the entities and reference graphs say about `nodes`, and about the resources that points at, and so
        on (a law, its jurisdiction, the IGO that State is a member of): a partial description would make a
        resource seen only through a pointer (typed, without its label) fail shapes it meets. Bounded by the
        reference graph plus the entities the nodes lead to (on the samples: 83 entities lead to 168 resources,
        641 triples)."""
        out: list[Triple] = []
        seen: set = set()
        frontier = set(nodes)
        while frontier:
            seen |= frontier
            pointed: set = set()
            for node in frontier:
                triples, points = self.of(node)
                out.extend(triples)
                pointed |= points
            frontier = pointed - seen
        return out


def document_unit(
    store: GraphStore, graph: NamedNode, iris: Iris, descriptions: _Descriptions | None = None
) -> list[Triple]:
    """The triples that SHACL and the violation queries need to check one document graph on its own."""
    own = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
    nodes = {t.object for t in own if isinstance(t.object, NamedNode) and t.predicate != _TYPE}
    nodes |= {t.subject for t in own if isinstance(t.subject, NamedNode)}
    facts = [Triple(*fact) for fact in asserted_facts(store, [graph])]
    return own + facts + (descriptions or _Descriptions(store, iris)).closure(nodes)


def entity_unit(
    store: GraphStore, entities: Iterable, iris: Iris, descriptions: _Descriptions | None = None
) -> list[Triple]:
    """The descriptions of some entities (entities and reference graphs), to check them without any document."""
    return (descriptions or _Descriptions(store, iris)).closure(entities)


@dataclass
class CheckReport:
    """The outcome of checking some units: SHACL results (each result once, however many units found it) and the
    rows of each violation query; `triples_checked` over all groups, `largest_group` the most held at once."""

    shacl: ShaclReport
    violations: dict[str, list[dict]] = field(default_factory=dict)
    units: int = 0
    triples_checked: int = 0
    largest_group: int = 0
    seconds: float = 0.0


def _rows(store: Store, text: str) -> list[dict]:
    rows = store.query(text, use_default_graph_as_union=True, prefixes=prefix_map())
    assert isinstance(rows, QuerySolutions)  # the violation queries are SELECT queries
    return [{v.value: (row[v].value if row[v] is not None else None) for v in rows.variables} for row in rows]


def _groups(units: Iterable[list[Triple]], limit: int) -> Iterator[tuple[list[Triple], int]]:
    """Units gathered into groups of about `limit` distinct triples (a resource described for two documents of
    the group is held once; a larger unit is a group on its own), each with its number of units."""
    group: dict[Triple, None] = {}
    count = 0
    for unit in units:
        new = [t for t in dict.fromkeys(unit) if t not in group]
        if group and len(group) + len(new) > limit:
            yield list(group), count
            group, count = {}, 0
            new = list(dict.fromkeys(unit))
        group.update(dict.fromkeys(new))
        count += 1
    if group:
        yield list(group), count


def _shacl_of_group(data: bytes) -> list[ShaclResult]:
    """SHACL on one group, given as N-Triples (a pool worker's job; pyoxigraph terms do not pickle)."""
    return validate_triples(q.triple for q in parse(data, format=RdfFormat.N_TRIPLES)).violations


def _pool(workers: int):
    """A pool of `workers` forked processes, or None for one (or inside a daemonic process, which may not fork)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if workers <= 1 or multiprocessing.current_process().daemon:
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


def check_units(
    units: Iterable[list[Triple]],
    queries: dict[str, Path],
    group_triples: int = GROUP_TRIPLES,
    keep_first_group: bool = False,
    workers: int = 1,
) -> tuple[CheckReport, object]:
    """SHACL (`shacl.validate_triples`) and the violation `queries` (name -> .rq file) on the units, a group at a
    time; with `workers` > 1, SHACL runs in that many forked processes, a group each (memory: `workers` groups
    more), while this one runs the queries. The results do not depend on `workers`.

    Returns the report and, with `keep_first_group`, the first group as an rdflib graph (the reasoner's input: a
    bounded, deterministic part of the batch), else None."""
    import time
    from collections import deque

    started = time.perf_counter()
    texts = {name: path.read_text(encoding="utf-8") for name, path in queries.items()}
    results: dict[tuple, ShaclResult] = {}
    violations: dict[str, dict[tuple, dict]] = {name: {} for name in queries}
    report = CheckReport(shacl=ShaclReport(conforms=True))
    first = None
    pool = _pool(workers)
    pending: deque = deque()

    def collect(found: list[ShaclResult]) -> None:
        for r in found:
            results.setdefault((r.focus, r.path, r.message, r.severity, r.value, r.shape), r)

    try:
        for triples, count in _groups(units, group_triples):
            report.units += count
            report.triples_checked += len(triples)
            report.largest_group = max(report.largest_group, len(triples))
            if pool is None:
                collect(validate_triples(triples).violations)
            else:
                pending.append(pool.submit(_shacl_of_group, serialize(triples, format=RdfFormat.N_TRIPLES)))
            memory = Store()
            memory.extend(Quad(t.subject, t.predicate, t.object) for t in triples)
            for name, text in texts.items():
                for row in _rows(memory, text):
                    violations[name].setdefault(tuple(sorted(row.items())), row)
            if keep_first_group and first is None:
                first = graph_of(triples)
            while len(pending) >= workers:
                collect(pending.popleft().result())
        while pending:
            collect(pending.popleft().result())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    found = sorted(results.values(), key=lambda r: (SEVERITIES.index(r.severity), r.focus))
    counts = {s: sum(r.severity == s for r in found) for s in SEVERITIES}
    report.shacl = ShaclReport(conforms=counts["Violation"] == 0, violations=found, counts=counts)
    report.violations = {name: list(rows.values()) for name, rows in violations.items()}
    report.seconds = report.shacl.seconds = round(time.perf_counter() - started, 3)
    return report, first


#: The graph name of the i-th unit in a units file (`write_units`): an N-Quads graph per unit.
UNIT_GRAPH = "urn:x-policygraph:check-unit:{}"


def write_units(path: Path, units: Iterable[list[Triple]]) -> int:
    """Write check units to `path` (gzipped N-Quads, the i-th unit in the graph `UNIT_GRAPH`.format(i)), through a
    temporary sibling renamed at the end: what the store-holding step hands to the checks, which then need no store.
    Streams: memory is one unit. Returns the number of units."""
    import gzip
    import os
    import tempfile

    count = 0

    def quads() -> Iterator[Quad]:
        nonlocal count
        for i, unit in enumerate(units):
            count = i + 1
            graph = NamedNode(UNIT_GRAPH.format(i))
            yield from (Quad(t.subject, t.predicate, t.object, graph) for t in unit)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1) as out:
            serialize(quads(), cast(IO[bytes], out), format=RdfFormat.N_QUADS)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def read_units(path: Path) -> Iterator[list[Triple]]:
    """The units of a file written by `write_units`, one at a time (an empty unit is not written: no quads)."""
    import gzip

    with gzip.open(path, "rb") as data:
        unit: list[Triple] = []
        graph = None
        for quad in parse(cast(IO[bytes], data), format=RdfFormat.N_QUADS):
            if quad.graph_name != graph and unit:
                yield unit
                unit = []
            graph = quad.graph_name
            unit.append(quad.triple)
        if unit:
            yield unit


def batch_units(store: GraphStore, graphs: Iterable[NamedNode], iris: Iris) -> Iterator[list[Triple]]:
    """The check unit of each of `graphs` (the batch's document graphs), built when it is its turn; the
    descriptions the units share are read from the store once."""
    descriptions = _Descriptions(store, iris)
    for graph in graphs:
        yield document_unit(store, graph, iris, descriptions)


def sweep_units(store: GraphStore, iris: Iris, entities_per_unit: int = ENTITIES_PER_UNIT) -> Iterator[list[Triple]]:
    """The check units of the whole store: every document graph, then the subjects of the entities and reference
    graphs, `entities_per_unit` at a time."""
    prefix = iris.document_graph("").value
    graphs = (g for g in store.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(prefix))
    yield from batch_units(store, graphs, iris)
    descriptions = _Descriptions(store, iris)
    subjects: list = []
    for g in _described_in(iris):  # quads come grouped by subject
        for q in store.quads_for_pattern(None, None, None, g):
            if not isinstance(q.subject, NamedNode) or (subjects and subjects[-1] == q.subject):
                continue
            if len(subjects) == entities_per_unit:
                yield entity_unit(store, subjects, iris, descriptions)
                subjects = []
            subjects.append(q.subject)
    if subjects:
        yield entity_unit(store, subjects, iris, descriptions)
