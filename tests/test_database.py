"""The SQLite files of `pipelines.database`: a new database is in WAL mode before any other process can open it, so
that two batches opening a new catalogue (or registry) at once both wait for the write lock instead of one failing
at once with "database is locked" (SQLite does not call the busy handler while a file is switched to WAL)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

from pipelines import database
from pipelines.database import connect_sqlite, create_in_wal_mode, create_sqlite_schema

_SCHEMA = "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, owner TEXT NOT NULL)"


def _journal_mode(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        db.close()


def _file_format(path: Path) -> tuple[int, int]:
    """The header's read and write format versions: 2 and 2 for a database in WAL mode."""
    header = path.read_bytes()[:20]
    return header[18], header[19]


def _leftovers(folder: Path) -> list[str]:
    """The files the creation made under a name of its own (with their -wal and -shm) that are still there."""
    return sorted(p.name for p in folder.iterdir() if ".new" in p.name)


def test_a_writer_that_holds_the_new_file_when_it_is_opened_is_waited_for(tmp_path, monkeypatch):
    """The interleaving of the failure, made deterministic: at the moment this process opens the new file, another
    connection takes it and writes (as the other batch's switch to WAL does) for a while; the open waits for it
    like any writer instead of failing at once."""
    path = tmp_path / "work" / "entities.sqlite"
    real_connect = sqlite3.connect
    others: list[sqlite3.Connection] = []

    def connect_while_another_writes(target, *args, **kwargs):
        db = real_connect(target, *args, **kwargs)
        if Path(target) == path and not others:
            other = real_connect(path, isolation_level=None, check_same_thread=False)
            other.execute("BEGIN IMMEDIATE")
            others.append(other)
            threading.Timer(0.3, other.execute, args=("COMMIT",)).start()
        return db

    monkeypatch.setattr(sqlite3, "connect", connect_while_another_writes)
    db = connect_sqlite(path, timeout_s=10)
    try:
        create_sqlite_schema(db, _SCHEMA)
        with database.immediate(db):
            db.execute("INSERT INTO items (owner) VALUES (?)", ("this process",))
    finally:
        db.close()
        for other in others:
            other.close()
    assert others, "the other connection never opened the file"
    assert _journal_mode(path) == "wal"
    assert _leftovers(path.parent) == []


def test_a_new_database_file_is_in_wal_mode_from_the_moment_it_appears(tmp_path):
    path = tmp_path / "state.sqlite"
    create_in_wal_mode(path)
    assert _file_format(path) == (2, 2)
    assert _journal_mode(path) == "wal"
    assert _leftovers(tmp_path) == []


def test_a_database_another_process_made_first_is_kept_as_it_is(tmp_path):
    path = tmp_path / "entities.sqlite"
    db = connect_sqlite(path)
    create_sqlite_schema(db, _SCHEMA)
    with database.immediate(db):
        db.execute("INSERT INTO items (owner) VALUES (?)", ("first",))
    db.close()
    create_in_wal_mode(path)  # lost the race: the file that is there stays
    db = connect_sqlite(path)
    try:
        assert db.execute("SELECT owner FROM items").fetchall() == [("first",)]
    finally:
        db.close()
    assert _leftovers(tmp_path) == []


def test_without_hard_links_the_database_is_still_created_in_wal_mode(tmp_path, monkeypatch):
    def no_links(src, dst):
        raise PermissionError("hard links not supported")

    monkeypatch.setattr(database.os, "link", no_links)
    path = tmp_path / "entities.sqlite"
    connect_sqlite(path).close()
    assert _journal_mode(path) == "wal"
    assert _leftovers(tmp_path) == []


def _open_new_databases(root: str, barrier, results, files: int) -> None:
    """Open each of `files` new databases at the same moment as the other workers, and write a row in each."""
    failures = []
    for i in range(files):
        path = Path(root) / f"home-{i}" / "entities.sqlite"
        barrier.wait()
        try:
            db = connect_sqlite(path, timeout_s=30)
            try:
                create_sqlite_schema(db, _SCHEMA)
                with database.immediate(db):
                    db.execute("INSERT INTO items (owner) VALUES (?)", (str(multiprocessing.current_process().pid),))
            finally:
                db.close()
        except sqlite3.OperationalError as exc:
            failures.append(f"home-{i}: {exc}")
    results.put(failures)


def test_processes_opening_new_databases_at_once_all_open_them_and_write(tmp_path):
    """A quick stress test of the race itself: four processes open the same new files at the same moment (before
    the fix, about one file in fifteen failed one of them at once)."""
    workers, files = 4, 60
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(workers), context.Queue()
    args = (str(tmp_path), barrier, results, files)
    procs = [context.Process(target=_open_new_databases, args=args) for _ in range(workers)]
    for p in procs:
        p.start()
    failures = [f for _ in procs for f in results.get(timeout=100)]
    for p in procs:
        p.join(timeout=30)
    assert failures == []
    for i in range(files):
        path = tmp_path / f"home-{i}" / "entities.sqlite"
        db = sqlite3.connect(path)
        try:
            assert db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == workers
        finally:
            db.close()
        assert _leftovers(path.parent) == []
