"""The checks' side of the stages: mention offsets against their documents, and what the graph checks read
(exported while the knowledge_graph step holds the store, checked after it without the store)."""

from __future__ import annotations

import shutil

from pipelines.files import read_json, write_json
from pipelines.home import Home
from pipelines.kg.namespaces import DEFAULT_BASE
from pipelines.kg.store import GraphStore
from pipelines.stages.batches import batch_documents, load_document, load_extraction


def mention_provenance_errors(home: Home, batch: str) -> list[dict[str, object]]:
    """Mentions of the batch whose offsets fall outside their document or do not cut out their text."""
    bad: list[dict[str, object]] = []
    for doc_id in batch_documents(home, batch):
        doc, ex = load_document(home, doc_id), load_extraction(home, doc_id)
        if doc is None or ex is None:
            continue
        if ex.version != doc.version:
            bad.append({"doc": doc_id, "error": "extraction of another version"})
        for m in ex.mentions:
            if not (0 <= m.start < m.end <= len(doc.text)) or doc.text[m.start : m.end] != m.text:
                bad.append({"doc": doc_id, "start": m.start, "end": m.end, "text": m.text})
    return bad


def violation_query_files() -> list:
    """The data-quality queries in queries/checks/ (each must return no rows)."""
    from pipelines.paths import QUERIES_DIR

    return sorted((QUERIES_DIR / "checks").glob("*-violation.rq"))


def run_violation_query(store: GraphStore, path) -> list[dict]:
    """Rows of one violation query, as plain dicts of strings."""
    rows = store.query(path.read_text(encoding="utf-8"))
    return [{v.value: (row[v].value if row[v] is not None else None) for v in rows.variables} for row in rows]


def export_checks(home: Home, batch: str, store: GraphStore, base: str = DEFAULT_BASE, full: bool = False) -> int:
    """Write what the checks of the batch read from the store: the check unit of each document graph the batch's
    load wrote (its triples as written, `loaded_graphs.nq`, removed then; the facts it asserts and the
    descriptions of what it mentions, from the store: `pipelines.kg.checks`) into the batch's `check_units/`
    folder, gathered into the groups the checks validate. With `full` (the daily job's sweep), every document graph
    and every entity of the store, and the rows of the violation queries of queries/checks/ on the store itself.
    The step that holds the store (`knowledge_graph`) calls this, so that the checks (`check_graph`: SHACL, the
    slow part) need no store and run outside its pool, beside another batch's graph work. Returns the number of
    units."""
    from pipelines.kg.checks import loaded_units, sweep_units, write_units
    from pipelines.kg.namespaces import Iris

    iris, loaded = Iris(base), home.batch_loaded_graphs_file(batch)  # what the batch's load wrote
    if full:
        units = sweep_units(store, iris)
    else:  # no graph read back from the store
        units = loaded_units(store, loaded, iris) if loaded.is_file() else iter(())
    count = write_units(home.batch_check_units_dir(batch), units)
    loaded.unlink(missing_ok=True)
    queries = {path.stem: path for path in violation_query_files()} if full else {}
    store_rows = {name: run_violation_query(store, path) for name, path in queries.items()}
    write_json(home.batch_checks_file(batch), {"full": full, "units": count, "store_violations": store_rows})
    return count


def check_graph(home: Home, batch: str, workers: int = 1):
    """SHACL and the violation queries of queries/checks/ on the check units `export_checks` wrote for the batch:
    the cost follows the batch, not the store, and a graph outside the batch is not checked again. After a full
    export, the violation rows are those of the whole store. The units folder is removed once checked (a failed
    step keeps it, for a re-execution).

    SHACL runs in `workers` forked processes (the run's extraction processes: the checks come after extraction).
    Returns the `CheckReport`, the first group checked as an rdflib graph (the reasoner's input, bounded), and
    whether the whole store was checked."""
    from pipelines.kg.checks import check_groups, read_groups

    manifest = read_json(home.batch_checks_file(batch))
    units_dir = home.batch_check_units_dir(batch)
    if manifest is None or not units_dir.is_dir():
        raise FileNotFoundError(f"batch {batch}: no check units ({units_dir}): materialize knowledge_graph first")
    full = bool(manifest["full"])
    queries = {} if full else {path.stem: path for path in violation_query_files()}
    report, first = check_groups(read_groups(units_dir), queries, keep_first_group=True, workers=workers)
    if full:
        report.violations = manifest["store_violations"]
    shutil.rmtree(units_dir)
    return report, first, full
