"""The entity catalogue in its database: per-document updates, concurrent runs, the import of an earlier version's
JSON file, and the entities graph kept up to date entity by entity; each on SQLite (the default) and on a real
PostgreSQL server (`postgres_server` in conftest.py: skipped where there is none)."""

from __future__ import annotations

import json
import multiprocessing
import sys

import pytest

from pipelines import stages
from pipelines.catalogue import CatalogueEntity, open_catalogue
from pipelines.database import Database, DatabaseError
from pipelines.files import write_json
from pipelines.home import Home, new_batch_key
from pipelines.kg.build import load_entities, update_entities
from pipelines.kg.statements import GraphBuilder
from pipelines.kg.store import GraphStore
from pipelines.model import Extraction, Mention


@pytest.fixture(params=["sqlite", "postgresql"])
def home(request, tmp_path) -> Home:
    """A home whose catalogue is the SQLite file, or a database of its own on the test PostgreSQL server."""
    if request.param == "sqlite":
        return Home.at(tmp_path)
    return Home.at(tmp_path, catalogue_url=request.getfixturevalue("postgres_database"))


def _mention(text: str, kind: str, entity_id: str, qid: str | None = None) -> Mention:
    return Mention(0, len(text), text, kind, entity_id, text, qid)


def _batch(home: Home, name: str, docs: dict[str, list[Mention]]) -> str:
    """A batch whose documents have these mentions (extraction files only: all resolve_entities reads)."""
    batch = new_batch_key(name)
    for doc_id, mentions in docs.items():
        write_json(home.extraction_file(doc_id), Extraction(doc_id, "v1", tuple(mentions)).to_dict())
    write_json(home.batch_documents_file(batch), dict.fromkeys(docs, "r"))
    return batch


def _catalogue(home: Home) -> dict[str, tuple]:
    with open_catalogue(home) as catalogue:
        entities = list(catalogue.entities())
        docs = catalogue.documents(e.entity_id for e in entities)
    return {e.entity_id: (e.type, e.label, e.qid, docs.get(e.entity_id, [])) for e in entities}


def test_a_document_processed_again_replaces_its_links_and_drops_the_entities_nothing_mentions(home):
    rubio = _mention("Marco Rubio", "Person", "person/marco-rubio")
    acme = _mention("Acme", "Firm", "firm/acme")
    stages.resolve_entities(home, _batch(home, "one", {"d1": [rubio, acme], "d2": [acme]}))
    linked = _mention("Acme", "Firm", "firm/acme", qid="Q1")
    report = stages.resolve_entities(home, _batch(home, "two", {"d1": [linked]}))
    assert _catalogue(home) == {"firm/acme": ("Firm", "Acme", "Q1", ["d1", "d2"])}
    assert (report.entities, report.linked, report.coverage()) == (1, 1, {"Firm": "1/1"})


def test_a_surname_resolves_to_the_one_person_of_that_name_another_batch_named(home):
    stages.resolve_entities(
        home, _batch(home, "one", {"d1": [_mention("Marco Rubio", "Person", "person/marco-rubio")]})
    )
    bare = _mention("Rubio", "Person", "person/rubio")
    assert stages.resolve_entities(home, _batch(home, "two", {"d2": [bare]})).merged == 1
    assert _catalogue(home)["person/marco-rubio"][3] == ["d1", "d2"]
    other = _mention("Anna Rubio", "Person", "person/anna-rubio")
    stages.resolve_entities(home, _batch(home, "three", {"d3": [other]}))
    assert stages.resolve_entities(home, _batch(home, "four", {"d4": [bare]})).merged == 0  # two Rubios: ambiguous
    assert "person/rubio" in _catalogue(home)


def _resolve_batches(home_dir: str, catalogue_url: str | None, worker: int) -> None:
    home = Home.at(home_dir, catalogue_url)
    for b in range(12):
        docs = {
            f"w{worker}-b{b}-d{d}": [_mention(f"Firm {worker} {b} {d}", "Firm", f"firm/f{worker}-{b}-{d}")]
            for d in range(3)
        }
        shared = _mention("Acme", "Firm", "firm/acme")
        stages.resolve_entities(home, _batch(home, f"w{worker}-{b}", {k: [*v, shared] for k, v in docs.items()}))


def test_two_runs_updating_the_catalogue_at_once_lose_nothing(home):
    """Two processes resolve 12 batches each into one home, at the same time: every link of both is kept (the
    JSON file, read and rewritten whole by each run, lost the other run's updates)."""
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_resolve_batches, args=(str(home.root), home.catalogue_url, w)) for w in (1, 2)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=300)
        assert p.exitcode == 0
    catalogue = _catalogue(home)
    assert len(catalogue) == 2 * 12 * 3 + 1
    assert len(catalogue["firm/acme"][3]) == 2 * 12 * 3


def test_the_json_catalogue_of_an_earlier_version_is_imported_once(home):
    legacy = {
        "firm/acme": {"type": "Firm", "label": "Acme", "qid": "Q1", "docs": ["d1", "d2"]},
        "person/marco-rubio": {"type": "Person", "label": "Marco Rubio", "qid": None, "docs": ["d1"]},
    }
    write_json(home.legacy_catalogue_file, legacy)
    report = stages.resolve_entities(home, _batch(home, "none", {}))
    assert (report.entities, report.coverage()) == (2, {"Firm": "1/1", "Person": "0/1"})
    assert not home.legacy_catalogue_file.exists()
    assert json.loads(home.legacy_catalogue_file.with_name("entities.json.imported").read_text()) == legacy
    stages.resolve_entities(home, _batch(home, "again", {"d1": [_mention("Acme", "Firm", "firm/acme")]}))
    # the imported file does not bring d1's old links back
    assert _catalogue(home) == {"firm/acme": ("Firm", "Acme", "Q1", ["d1", "d2"])}
    assert (
        stages.resolve_entities(home, _batch(home, "surname", {"d3": [_mention("Rubio", "Person", "p/r")]})).merged == 0
    )


def _graph(store: GraphStore) -> set:
    return set(store.quads())


def test_the_entities_graph_updated_entity_by_entity_equals_the_graph_written_whole(home):
    builder = GraphBuilder()
    incremental = GraphStore(None)
    with open_catalogue(home) as catalogue:
        with catalogue.update(["d1"]) as update:
            update.add_document("d1", [CatalogueEntity("firm/acme", "Firm", "Acme", None)])
            update.add_document("d1", [CatalogueEntity("law/gdpr-like", "Law", "Data Act", None)])
        load_entities(incremental, ((e.entity_id, e.to_entry()) for e in catalogue.entities()), builder)
        version = catalogue.version()
        with catalogue.update(["d1"]) as update:  # d1 again: the law gone, Acme linked; and a new document
            update.add_document("d1", [CatalogueEntity("firm/acme", "Firm", "Acme", "Q1")])
            update.add_document("d2", [CatalogueEntity("person/ada-lovelace", "Person", "Ada Lovelace", None)])
        assert catalogue.version() > version
        changes = ((eid, e.to_entry() if e else None) for eid, e in catalogue.changes_since(version))
        assert update_entities(incremental, changes, builder) == 3
        whole = GraphStore(None)
        load_entities(whole, ((e.entity_id, e.to_entry()) for e in catalogue.entities()), builder)
        version = catalogue.version()
        with catalogue.update(["d2"]) as update:  # links only: no entity changed, no new version
            update.add_document("d2", [CatalogueEntity("person/ada-lovelace", "Person", "Ada Lovelace", None)])
        assert catalogue.version() == version
    assert _graph(incremental) == _graph(whole)
    labels = {q.object.value for q in whole.quads() if q.predicate.value.endswith("#label")}
    assert labels == {"Acme", "Ada Lovelace"}


@pytest.mark.slow
def test_a_run_with_the_catalogue_in_postgresql_writes_the_same_catalogue_and_entities_graph(
    tmp_path, fixtures_dir, postgres_database
):
    """`policygraph run --catalogue-url` on the fixture corpus: the catalogue is in PostgreSQL (no SQLite file), and
    it and the entities graph equal those of a run with the SQLite catalogue."""
    import shutil
    import subprocess
    import sys

    from pipelines.kg.namespaces import Iris

    corpus = tmp_path / "corpus"
    shutil.copytree(fixtures_dir / "corpus", corpus)
    homes = {"sqlite": Home.at(tmp_path / "sqlite"), "postgresql": Home.at(tmp_path / "pg", postgres_database)}
    entities_graph = {}
    for name, home in homes.items():
        cmd = [sys.executable, "-m", "pipelines.cli", "run", "--home", str(home.root), "--no-dumps", "--json"]
        cmd += ["--sources", str(corpus / "sources.yaml")]
        cmd += ["--catalogue-url", home.catalogue_url] if home.catalogue_url else []
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr[-3000:]
        store = GraphStore(home.store)
        entities_graph[name] = {str(q) for q in store.quads_for_pattern(None, None, None, Iris().entities_graph)}
        store.close()
    assert not homes["postgresql"].catalogue_db.exists()
    pg_catalogue = _catalogue(homes["postgresql"])
    assert len(pg_catalogue) >= 5 and pg_catalogue == _catalogue(homes["sqlite"])
    assert entities_graph["postgresql"] == entities_graph["sqlite"] and entities_graph["sqlite"]


def test_a_catalogue_url_that_is_not_postgresql_or_without_psycopg_says_what_to_do(tmp_path, monkeypatch):
    with pytest.raises(DatabaseError, match="not a PostgreSQL URL: 'mysql://u:\\*\\*\\*@db/x'"):
        open_catalogue(Home.at(tmp_path, "mysql://u:secret@db/x"))  # (the password not repeated)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(DatabaseError, match=r"psycopg is not installed: run `pip install 'policygraph\[postgres\]'`"):
        open_catalogue(Home.at(tmp_path, "postgresql://127.0.0.1:5432/x"))
    assert not (tmp_path / "work").exists()


def test_the_sql_run_on_both_databases_holds_no_percent_sign_nor_string_literal(tmp_path):
    db = Database.sqlite(tmp_path / "x.sqlite", write_lock="t")
    assert db.execute("SELECT ?", (1,)).fetchone() == (1,)
    for sql in ("SELECT 1 % 2", "SELECT '?'"):
        with pytest.raises(AssertionError):
            db.execute(sql)
    db.close()


def test_a_home_whose_catalogue_moves_into_postgresql_keeps_its_entities(tmp_path, postgres_database):
    sqlite_home = Home.at(tmp_path)
    rubio = _mention("Marco Rubio", "Person", "person/marco-rubio")
    acme = _mention("Acme", "Firm", "firm/acme", qid="Q1")
    stages.resolve_entities(sqlite_home, _batch(sqlite_home, "one", {"d1": [rubio, acme], "d2": [acme]}))
    before = _catalogue(sqlite_home)
    moved = Home.at(tmp_path, catalogue_url=postgres_database)
    assert _catalogue(moved) == before  # copied on first use
    bare = _mention("Rubio", "Person", "person/rubio")
    assert stages.resolve_entities(moved, _batch(moved, "two", {"d3": [bare]})).merged == 1  # and used from there
    assert _catalogue(moved)["person/marco-rubio"][3] == ["d1", "d3"]
    assert _catalogue(sqlite_home) == before  # the SQLite file is left as it was, and not copied again
