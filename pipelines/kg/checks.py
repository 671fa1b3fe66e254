"""Graph checks whose cost follows the batch, not the store: SHACL and the violation queries of queries/checks/ run
on check units, each a document graph with only what its shapes need besides it, validated a few at a time.

A document graph's unit is its own triples, the facts it asserts (facts graph), and the descriptions, in the
entities and reference graphs, of the resources it points at (an entity's type for `sh:class`, its label, its
jurisdiction), with the types of what those descriptions point at (the law's jurisdiction is a State). The ontology
is loaded beside them (`shacl.default_ontology_quads`). Units are grouped up to `GROUP_TRIPLES` distinct triples
(an in-memory Oxigraph store per group, loaded once for SHACL and the queries, dropped before the next): memory is
that of the largest group, so of the largest document when one document is larger than that, however large the
batch or the store.

The full sweep (`sweep_units`) checks every document graph and every entity of the store the same way, group by
group; the whole-store violation queries run on the store itself (`run_violation_query`).

Units travel as a file of groups (`write_units`, `read_groups`): the step that holds the store writes them, the
checks step validates them without opening the store, outside the store's pool.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from pyoxigraph import NamedNode, QuerySolutions, RdfFormat, Store, Triple, parse, serialize

from pipelines.kg.build import asserted_in
from pipelines.kg.namespaces import RDF, Iris, Terms, prefix_map
from pipelines.kg.shacl import SEVERITIES, ShaclReport, ShaclResult, default_ontology_quads, graph_of, validate_store
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
    store: GraphStore,
    graph: NamedNode,
    iris: Iris,
    descriptions: _Descriptions | None = None,
    own: list[Triple] | None = None,
) -> list[Triple]:
    """The triples that SHACL and the violation queries need to check one document graph on its own (`own`: the
    graph's triples, when the caller has them, else read from the store)."""
    if own is None:
        own = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
    nodes = {t.object for t in own if isinstance(t.object, NamedNode) and t.predicate != _TYPE}
    nodes |= {t.subject for t in own if isinstance(t.subject, NamedNode)}
    documents = iris.document("").value  # a document's fragments (mentions, assertions) are described in
    nodes = {n for n in nodes if not (n.value.startswith(documents) and "#" in n.value)}  # its graph alone
    facts = [Triple(*fact) for fact in asserted_in(own)]
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
    rows = store.query(text, prefixes=prefix_map())  # the default graph: the data, not the ontology beside them
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


def _check_group(data: bytes, queries: dict[str, str]) -> tuple[list[ShaclResult], dict[str, list[dict]]]:
    """SHACL and the violation `queries` (name -> text) on one group, given as N-Triples: loaded once, by
    pyoxigraph's parser, into an in-memory store beside the ontology (a pool worker's job: bytes travel, terms do
    not pickle). The queries see the group alone (its default graph), SHACL the group and the ontology."""
    store = Store()
    store.load(data, format=RdfFormat.N_TRIPLES)
    store.extend(default_ontology_quads())
    found = validate_store(store).violations
    return found, {name: _rows(store, text) for name, text in queries.items()}


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
    """SHACL (`shacl.validate_store`) and the violation `queries` (name -> .rq file) on the units, gathered into
    groups of about `group_triples` distinct triples (`check_groups`)."""
    groups = _groups(units, group_triples)
    data = ((cast(bytes, serialize(triples, format=RdfFormat.N_TRIPLES)), count) for triples, count in groups)
    return check_groups(data, queries, keep_first_group, workers)


def check_groups(
    groups: Iterable[tuple[bytes, int]],
    queries: dict[str, Path],
    keep_first_group: bool = False,
    workers: int = 1,
) -> tuple[CheckReport, object]:
    """SHACL and the violation `queries` on each group (its distinct triples as N-Triples, and the number of units
    gathered in it), a group at a time; with `workers` > 1, in that many forked processes, a group each (memory:
    `workers` groups more). The results do not depend on `workers`.

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

    def collect(found: tuple[list[ShaclResult], dict[str, list[dict]]]) -> None:
        shacl, rows = found
        for r in shacl:
            results.setdefault((r.focus, r.path, r.message, r.severity, r.value, r.shape), r)
        for name, named_rows in rows.items():
            for row in named_rows:
                violations[name].setdefault(tuple(sorted(row.items())), row)

    try:
        for data, count in groups:
            triples = data.count(b"\n")  # N-Triples: a triple a line
            report.units += count
            report.triples_checked += triples
            report.largest_group = max(report.largest_group, triples)
            if pool is None:
                collect(_check_group(data, texts))
            else:
                pending.append(pool.submit(_check_group, data, texts))
            if keep_first_group and first is None:
                first = graph_of(q.triple for q in parse(data, format=RdfFormat.N_TRIPLES))
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


def write_units(path: Path, units: Iterable[list[Triple]], group_triples: int = GROUP_TRIPLES) -> int:
    """Write check units into the folder `path`, gathered into the groups the checks validate (`_groups`): a
    gzipped N-Triples file per group, `<i>-<units gathered>.nt.gz`, holding its distinct triples, so that a
    description shared by the units of a group is written and read once (on generated documents, half of a unit's
    triples are descriptions). Through a temporary sibling folder renamed at the end: what the store-holding step
    hands to the checks, which then need no store. Streams: memory is one group. Returns the number of units."""
    import gzip
    import shutil
    import tempfile

    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    try:
        for i, (triples, units_in_group) in enumerate(_groups(units, group_triples)):
            count += units_in_group
            with gzip.open(tmp / f"{i:06d}-{units_in_group}.nt.gz", "wb", compresslevel=1) as out:
                serialize(triples, cast(IO[bytes], out), format=RdfFormat.N_TRIPLES)
        shutil.rmtree(path, ignore_errors=True)
        tmp.rename(path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count


def read_groups(path: Path) -> Iterator[tuple[bytes, int]]:
    """The groups of a folder written by `write_units`, in order, one at a time: N-Triples, units gathered."""
    import gzip

    for file in sorted(path.glob("*.nt.gz")):
        yield gzip.decompress(file.read_bytes()), int(file.name.removesuffix(".nt.gz").split("-")[1])


def batch_units(store: GraphStore, graphs: Iterable[NamedNode], iris: Iris) -> Iterator[list[Triple]]:
    """The check unit of each of `graphs` (the batch's document graphs), built when it is its turn; the
    descriptions the units share are read from the store once."""
    descriptions = _Descriptions(store, iris)
    for graph in graphs:
        yield document_unit(store, graph, iris, descriptions)


def read_graphs(path: Path) -> Iterator[tuple[NamedNode, list[Triple]]]:
    """The graphs of an N-Quads file whose graphs come one after another (`load_records`'s `written`)."""
    from itertools import groupby
    from operator import attrgetter

    with path.open("rb") as data:
        quads = parse(cast(IO[bytes], data), format=RdfFormat.N_QUADS)
        for graph, group in groupby(quads, key=attrgetter("graph_name")):
            yield cast(NamedNode, graph), [q.triple for q in group]


def loaded_units(store: GraphStore, path: Path, iris: Iris) -> Iterator[list[Triple]]:
    """The check unit of each document graph in `path`, the graphs as `load_records` wrote them (`written`): their
    own triples from the file, not read back from the store; facts and descriptions from the store. The literals
    are as written: the in-memory store each group is checked in gives them the canonical forms the store gave
    them ("1.000"^^xsd:decimal is "1"), so the checks see what the store holds."""
    descriptions = _Descriptions(store, iris)
    for graph, own in read_graphs(path):
        yield document_unit(store, graph, iris, descriptions, own)


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
