"""The knowledge-graph stage: document graphs, the reference graph and the ontology graph into the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, RdfFormat, Triple, serialize

from pipelines.files import files_digest, read_json, write_json
from pipelines.kg.namespaces import DEFAULT_BASE, PG, RDF, RDFS, SKOS, Iris, Terms
from pipelines.kg.ontology import ONTOLOGY_SOURCES, ontology_path, ontology_quads
from pipelines.kg.reference import reference_quads
from pipelines.kg.statements import GraphBuilder
from pipelines.kg.store import GraphStore
from pipelines.model import Document, Extraction
from pipelines.paths import ONTOLOGY_DIR, REFERENCE_DIR

#: Ontology files loaded into the ontology graph (the SHACL shapes are not part of the published graph).


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)  # doc ids whose graph was (re)written
    missing: list[str] = field(default_factory=list)  # no document file (quarantined upstream)
    failed: list[tuple[Document, str]] = field(default_factory=list)  # whose graph could not be built, and why
    quads: int = 0
    withdrawn: list[str] = field(default_factory=list)  # doc ids whose graph was removed (withdrawn documents)
    shared_graphs_reloaded: bool = False
    changed: bool = False  # the store was written (documents, shared graphs or the entities graph)
    # the shared graphs that changed in part: graph IRI -> the subjects whose statements changed (a publication to
    # a remote store sends those); and those rewritten whole
    changed_subjects: dict[str, set[str]] = field(default_factory=dict)
    rewritten: set[str] = field(default_factory=set)

    def subjects_changed(self, graph: NamedNode, subjects: Iterable | None) -> None:
        """Note that `graph` changed for `subjects`, or whole (None, or a subject that is no IRI: a blank node
        cannot be named in another store)."""
        subjects = None if subjects is None else list(subjects)
        if subjects is None or not all(isinstance(s, NamedNode) for s in subjects):
            self.rewritten.add(graph.value)
        else:
            self.changed_subjects.setdefault(graph.value, set()).update(s.value for s in subjects)


def _shared_fingerprint(base: str, ontology_dir: Path, reference_dir: Path) -> str:
    files = [ontology_path(n, ontology_dir) for n in ONTOLOGY_SOURCES] + list(reference_dir.glob("*.csv"))
    return files_digest(files) + "|" + base


def shared_graphs_stale(
    store: GraphStore,
    marker: Path,
    base: str = DEFAULT_BASE,
    ontology_dir: Path = ONTOLOGY_DIR,
    reference_dir: Path = REFERENCE_DIR,
) -> bool:
    """The ontology or reference files changed since their graphs were loaded (as the `marker` file, written by
    `load_shared_graphs`, records them), or the graphs are not there."""
    current = (read_json(marker, {}) or {}).get("fingerprint")
    fresh = current == _shared_fingerprint(base, ontology_dir, reference_dir)
    return not (fresh and store.contains_graph(Iris(base).reference_graph))


def load_shared_graphs(
    store: GraphStore,
    marker: Path,
    base: str = DEFAULT_BASE,
    ontology_dir: Path = ONTOLOGY_DIR,
    reference_dir: Path = REFERENCE_DIR,
) -> bool:
    """(Re)load the ontology and reference graphs when their source files changed; the `marker` file records the
    files' fingerprint. True when reloaded."""
    if not shared_graphs_stale(store, marker, base, ontology_dir, reference_dir):
        return False
    iris = Iris(base)
    onto_g, ref_g = iris.ontology_graph, iris.reference_graph
    fingerprint = _shared_fingerprint(base, ontology_dir, reference_dir)
    store.replace_graph(onto_g, ontology_quads(onto_g, ontology_dir))
    store.replace_graph(ref_g, reference_quads(reference_dir, base))
    write_json(marker, {"fingerprint": fingerprint})
    return True


def load_records(
    store: GraphStore,
    records: Iterable[tuple[Document, Extraction | None]],
    builder: GraphBuilder,
    report: LoadReport | None = None,
    chunk_quads: int = 200_000,
    written: IO[bytes] | None = None,
    removed: Iterable[str] = (),
) -> LoadReport:
    """Drop each document's old graph and add its new quads in chunks of about `chunk_quads` (bulk-loaded when
    large), not one transaction per document; write the descriptions of what the cables name into the cables
    graph; then bring the facts graph up to date for the facts the old and the new graphs assert. Idempotent:
    loading the same documents twice leaves the same graphs.

    `removed`: documents whose graph goes without a new one (withdrawn: `report.withdrawn` lists those whose graph
    was there), with the facts only they asserted; the entities graph follows the catalogue, and the cables graph
    keeps what other cables say of them.

    `written`, when given, receives each document graph as written, N-Quads, one graph after another: what the
    checks read (`checks.loaded_units`) instead of reading the graphs back from the store (about 9 microseconds a
    quad there, against 2 to parse them again)."""
    report = report or LoadReport()
    facts_g, pending_g = builder.iris.facts_graph, builder.iris.facts_pending_graph
    whole = not store.contains_graph(facts_g) or store.contains_graph(pending_g)
    store.add_graph(pending_g)  # until the facts graph is up to date again (see Iris.facts_pending_graph)
    # facts an old document graph asserted (their support may be gone), and those a new one asserts (supported)
    touched, asserted = _remove_withdrawn(store, builder.iris, removed, whole, report), set()
    pending: list[Quad] = []
    described: dict = {}  # subject of the cables graph -> its quads, as the batch's cables describe it
    for doc, extraction in records:
        graph = builder.iris.document_graph(doc.doc_id)
        try:  # built first: a document whose graph cannot be built keeps its old graph and stops nothing else
            quads = builder.document_quads(doc, extraction)
            facts = builder.relation_facts(extraction)
            descriptions = builder.cable_description_quads(doc)
        except Exception as exc:  # noqa: BLE001 - any fault of one document's data
            report.failed.append((doc, f"{type(exc).__name__}: {exc}"[:500]))
            continue
        if not whole and store.contains_graph(graph):
            touched |= asserted_facts(store, [graph])
        store.remove_graph(graph)
        asserted |= facts
        pending.extend(quads)
        if written is not None:
            serialize(quads, written, format=RdfFormat.N_QUADS)
        for q in descriptions:
            described.setdefault(q.subject, []).append(q)
        report.loaded.append(doc.doc_id)
        report.quads += len(quads)
        if len(pending) >= chunk_quads:
            store.add_bulk(pending, fresh=True)  # the graphs of `pending` were removed above
            pending = []
    store.add_bulk(pending, fresh=True)
    _update_shared_graphs(store, builder.iris, described, report, None if whole else touched, asserted)
    store.remove_graph(pending_g)
    store.flush()
    return report


def _remove_withdrawn(store: GraphStore, iris: Iris, removed: Iterable[str], whole: bool, report: LoadReport) -> set:
    """Remove the graphs of withdrawn documents (listed in `report.withdrawn`); the facts they asserted, unless the
    facts graph is rebuilt `whole`."""
    touched: set[tuple] = set()
    for doc_id in removed:
        graph = iris.document_graph(doc_id)
        if store.contains_graph(graph):
            if not whole:
                touched |= asserted_facts(store, [graph])
            store.remove_graph(graph)
            report.withdrawn.append(doc_id)
    return touched


def _update_shared_graphs(
    store: GraphStore, iris: Iris, described: dict, report: LoadReport, touched: set | None, asserted: set
) -> None:
    """After a load: the cables graph's descriptions of what the loaded cables name, and the facts graph (whole when
    `touched` is None), with the subjects each changed noted in `report`."""
    documents = [iris.document(d) for d in report.loaded]
    describe_named(store, iris, described, documents)
    report.subjects_changed(iris.cables_graph, [*described, *documents])
    added, dropped = update_facts_graph(store, iris, touched, asserted)
    report.subjects_changed(iris.facts_graph, None if touched is None else {s for s, _, _ in added | dropped})


def describe_named(store: GraphStore, iris: Iris, described: dict, documents: list[NamedNode]) -> None:
    """Write the descriptions of what cables name (`described`: subject -> quads) into the cables graph: the latest
    description of each subject replaces the one before, and a triple another graph states already (a post of the
    reference tables, a cited cable that is itself loaded: its `documents`) is not said twice."""
    graph = iris.cables_graph
    for subject in [*described, *documents]:
        store.remove(store.quads_for_pattern(subject, None, None, graph))

    def said_elsewhere(q: Quad) -> bool:  # the entities graph leaves out what this graph says, not the reverse
        return any(
            o.graph_name != iris.entities_graph for o in store.quads_for_pattern(q.subject, q.predicate, q.object)
        )

    for quads in described.values():
        store.extend(q for q in quads if not said_elsewhere(q))


def load_entities(
    store: GraphStore,
    entities: Iterable[tuple[str, dict]],
    builder: GraphBuilder,
    judgements: dict | None = None,
    chunk_quads: int = 200_000,
) -> None:
    """Replace the entities graph with the descriptions of the catalogue's `entities` ((entity id, entry) pairs,
    streamed; entry: type, label, qid), in chunks of about `chunk_quads` (see `entity_graph_quads`).
    Run after `load_shared_graphs`, as the stage does, so the entities graph follows reference changes; the
    reviewers' `judgements` (`pipelines.linking`) add their links."""
    store.remove_graph(builder.iris.entities_graph)
    pending: list[Quad] = []
    for entity_id, entry in entities:
        pending += entity_graph_quads(store, builder, entity_id, entry, judgements)
        if len(pending) >= chunk_quads:
            store.add_bulk(pending)
            pending = []
    store.add_bulk(pending)


def update_entities(
    store: GraphStore, changes: Iterable[tuple[str, dict | None]], builder: GraphBuilder, judgements: dict | None = None
) -> int:
    """Rewrite the descriptions of the entities that changed in the entities graph ((entity id, entry) pairs; entry
    None for an entity removed from the catalogue), leaving the others as they are; returns how many."""
    graph = builder.iris.entities_graph
    count = 0
    for entity_id, entry in changes:
        store.remove(store.quads_for_pattern(builder.entity(entity_id), None, None, graph))
        if entry is not None:
            store.extend(entity_graph_quads(store, builder, entity_id, entry, judgements))
        count += 1
    return count


def entity_graph_quads(
    store: GraphStore, builder: GraphBuilder, entity_id: str, entry: dict, judgements: dict | None = None
) -> list[Quad]:
    """One entity's quads in the entities graph: its description (`GraphBuilder.entity_description`) without the
    triples the reference, the ontology or the cables graph already states (the ontology defines the data types,
    the cables graph the posts that cables name): the union default graph would otherwise answer each `?e a ?type`
    or `?e rdfs:label ?l` of such an entity twice, and a query joining k of them 2^k times. Plus a skos:hiddenLabel
    per name in lower case (its label and the reference graph's names), so that a case-insensitive look-up by name
    is an index look-up (the LCASE of the name asked for = a hidden label) instead of a filter over every label."""
    reference = builder.iris.reference_graph
    shared = (reference, builder.iris.ontology_graph, builder.iris.cables_graph)
    quads = [
        q
        for q in builder.entity_description(entity_id, entry, judgements)
        if not any(Quad(q.subject, q.predicate, q.object, g) in store for g in shared)
    ]
    ent = builder.entity(entity_id)
    names = {entry["label"]}
    for prop in NAME_PROPERTIES:
        labels = store.quads_for_pattern(ent, prop, None, reference)
        names.update(q.object.value for q in labels if isinstance(q.object, Literal))
    graph = builder.iris.entities_graph
    return quads + [Quad(ent, SKOS_HIDDEN_LABEL, Literal(key), graph) for key in sorted({n.lower() for n in names})]


SKOS_HIDDEN_LABEL = Terms(SKOS)["hiddenLabel"]
#: The properties whose values name an entity (labels and aliases), as queries look entities up by name.
NAME_PROPERTIES = (Terms(RDFS)["label"], Terms(SKOS)["prefLabel"], Terms(SKOS)["altLabel"])


_SUBJECT, _PREDICATE, _OBJECT = (NamedNode(f"{RDF}{name}") for name in ("subject", "predicate", "object"))
_IS_FACT, _TRUE = NamedNode(f"{PG}isFact"), Literal(True)
_TRUE_FORMS = {_TRUE, Literal("1", datatype=_TRUE.datatype)}  # the two lexical forms of xsd:boolean true
_TYPE, _ASSERTION = NamedNode(f"{RDF}type"), NamedNode(f"{PG}RelationAssertion")
_PARTS = (_SUBJECT, _PREDICATE, _OBJECT)  # what an assertion's statement is made of, in order


def _asserted(s: object, p: object, o: object) -> str:
    """The pattern of a fact assertion in a graph ?g with its subject, predicate and object (variables or terms)."""
    return (
        f"GRAPH ?g {{ ?a a <{PG}RelationAssertion> ; <{PG}isFact> true ; "
        f"<{RDF}subject> {s} ; <{RDF}predicate> {p} ; <{RDF}object> {o} }}"
    )


def _supported(store: GraphStore, s, p, o, graphs: set | None) -> bool:
    """Whether some graph (of `graphs`, when given) holds a fact assertion of (s, p, o). The assertions whose
    rdf:subject is s and those whose rdf:object is o are read in turns, one of each, so the cost is about twice the
    shorter list (a common subject with a rare object, or the reverse), and the first supporting one ends it."""
    ends = {_SUBJECT: (_OBJECT, o), _OBJECT: (_SUBJECT, s)}
    sides = [iter(store.quads_for_pattern(None, pr, term, None)) for pr, term in ((_SUBJECT, s), (_OBJECT, o))]
    while True:
        for side in sides:
            q = next(side, None)
            if q is None:
                return False  # every assertion of one side was looked at
            if graphs is not None and q.graph_name not in graphs:
                continue
            other, value = ends[q.predicate]
            a, g = q.subject, q.graph_name
            needed = ((other, value), (_PREDICATE, p), (_IS_FACT, _TRUE), (_TYPE, _ASSERTION))
            if all(Quad(a, pr, ob, g) in store for pr, ob in needed):
                return True


def asserted_facts(
    store: GraphStore, graphs: Iterable[NamedNode] | None = None, among: Iterable[tuple] | None = None
) -> set[tuple]:
    """(head, property, tail) of the fact assertions (pg:isFact true) in `graphs` (default: any graph), only those
    `among` the given triples when given (`_supported`, through the indexes: a VALUES block of the triples joined
    with every assertion of the store cost 2.3 s for a 50-document batch's 396 facts on a 3.45M-quad store)."""
    if among is not None:
        scoped = None if graphs is None else set(graphs)
        return {(s, p, o) for s, p, o in among if _supported(store, s, p, o, scoped)}
    scope = "" if graphs is None else "VALUES ?g { " + " ".join(str(g) for g in graphs) + " } "
    select = "SELECT DISTINCT ?s ?p ?o WHERE { " + scope + _asserted("?s", "?p", "?o") + " }"
    solutions = store.query(select, union=False)
    assert isinstance(solutions, QuerySolutions)  # the query is a SELECT
    return {(row[0], row[1], row[2]) for row in solutions}


def asserted_in(triples: Iterable[Triple]) -> set[tuple]:
    """The facts (subject, predicate, object) a document graph's own triples assert: its relation assertions with
    pg:isFact true, as `asserted_facts` finds them in the store, without a query of the store (the checks' units:
    that query's cost grew with the store's size)."""
    typed: set = set()
    facts: set = set()
    parts: dict[object, list[set]] = {}  # assertion -> its subjects, predicates, objects
    for t in triples:
        if t.predicate == _TYPE and t.object == _ASSERTION:
            typed.add(t.subject)
        elif t.predicate == _IS_FACT and t.object in _TRUE_FORMS:
            facts.add(t.subject)
        elif t.predicate in _PARTS:
            parts.setdefault(t.subject, [set(), set(), set()])[_PARTS.index(t.predicate)].add(t.object)
    found = set()
    for assertion in typed & facts:
        subjects, predicates, objects = parts.get(assertion, [set(), set(), set()])
        found |= {(s, p, o) for s in subjects for p in predicates for o in objects}
    return found


def update_facts_graph(
    store: GraphStore, iris: Iris, touched: Iterable[tuple] | None = None, asserted: Iterable[tuple] = ()
) -> tuple[set[tuple], set[tuple]]:
    """Make the facts graph hold exactly the facts that at least one document graph asserts (a pg:RelationAssertion
    with that subject, predicate and object) and the reference graph does not already state (a body's `pg:partOf`
    its state from the tables: the union default graph would otherwise say it twice, as `entity_graph_quads` avoids
    for descriptions; the assertion keeps its evidence in the document graph), for the `touched` and `asserted`
    facts only, or for all facts when `touched` is None. `asserted` are facts known to be asserted (by the document
    graphs just loaded): they are not looked up, so a batch of new documents costs no search of the store. Returns
    the facts added and removed."""
    facts_g, reference = iris.facts_graph, iris.reference_graph
    if touched is None:
        supported = asserted_facts(store)
        current = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, facts_g)}
    else:
        asserted = set(asserted)
        touched = set(touched) | asserted
        supported = asserted | asserted_facts(store, among=touched - asserted)
        current = {t for t in touched if Quad(t[0], t[1], t[2], facts_g) in store}
    supported = {t for t in supported if Quad(t[0], t[1], t[2], reference) not in store}
    added, removed = supported - current, current - supported
    store.add_graph(facts_g)  # present even when empty: an absent facts graph means "derive it whole"
    store.extend(Quad(s, p, o, facts_g) for s, p, o in added)
    store.remove(Quad(s, p, o, facts_g) for s, p, o in removed)
    return added, removed
