"""The project's SQLite databases (the fetch and document registry, the entity catalogue): WAL mode, so readers
never wait, and write transactions that take the write lock first, so two processes never interleave a
read-modify-write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def connect(path: Path, timeout_s: float = 60.0, **options) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are opened by `immediate`), the database in WAL mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=timeout_s, isolation_level=None, **options)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(f"PRAGMA busy_timeout={int(timeout_s * 1000)}")
    return db


@contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction: BEGIN IMMEDIATE takes the write lock up front; rolled back if the block raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def create_schema(db: sqlite3.Connection, schema: str) -> None:
    """Run the `;`-separated statements of `schema` in one transaction (executescript would commit on its own)."""
    with immediate(db):
        for statement in schema.split(";"):
            if statement.strip():
                db.execute(statement)
