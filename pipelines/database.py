"""The project's databases: SQLite files (the fetch and document registry, the entity catalogue by default) and
PostgreSQL (the entity catalogue when configured).

SQLite: WAL mode, so readers never wait, and write transactions that take the write lock first (`BEGIN IMMEDIATE`),
so two processes never interleave a read-modify-write. A new file is in WAL mode from the moment it appears
(`create_in_wal_mode`), so that two processes opening it at once both wait for the write lock. The registry uses the
functions (`connect_sqlite`, `immediate`, `create_sqlite_schema`) on its own connection.

`Database` runs the same SQL on both: statements are written once, with `?` placeholders (turned into `%s` for
psycopg), and `write()` is one transaction that takes the write lock first: `BEGIN IMMEDIATE` on SQLite; on
PostgreSQL `BEGIN` then `LOCK TABLE <write_lock> IN EXCLUSIVE MODE`, which serialises the writers while readers
(plain `SELECT`s) never wait.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

#: URL schemes of a PostgreSQL database (libpq's connection URIs)
POSTGRES_SCHEMES = ("postgresql", "postgres")
#: the key of the advisory lock that the creation of a schema holds on PostgreSQL (`CREATE TABLE IF NOT EXISTS` run
#: by two sessions at once may fail on the catalog's unique index): "policygrph" in hex, any constant would do
_SCHEMA_LOCK = 0x706F6C6963796772


#: how long a writer waits for another process's write transaction before it fails: batches that run at once take
#: turns, and one batch's entity stage holds the catalogue's write lock for its whole update, minutes on a loaded
#: machine (a lock a killed process held is released by the system at once)
WRITER_WAIT_S = 600.0


class DatabaseError(Exception):
    """The database cannot be opened as configured (an unknown URL, psycopg not installed): a one-line reason."""


def connect_sqlite(path: Path, timeout_s: float = WRITER_WAIT_S, **options) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are opened by `immediate`), the database in WAL mode (a new
    file is made in WAL mode before it appears: `create_in_wal_mode`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        create_in_wal_mode(path)
    db = sqlite3.connect(path, timeout=timeout_s, isolation_level=None, **options)
    db.execute("PRAGMA journal_mode=WAL")  # on a file in WAL mode a read, which waits as reads do
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(f"PRAGMA busy_timeout={int(timeout_s * 1000)}")
    return db


def create_in_wal_mode(path: Path) -> None:
    """Make the database file `path` in WAL mode, unless another process makes it first.

    A database file that sqlite3.connect creates is in rollback mode, and switching it to WAL writes its header
    without waiting for a lock: two processes that open a new file at once and both switch it each hold a read
    lock and want the write lock, and SQLite fails one of them at once ("database is locked", the busy handler
    not called, since waiting could deadlock). So the file is made and switched under a name of its own, then
    linked to `path` only if no file is there (a hard link never replaces one): whoever opens `path` finds it in
    WAL mode already. On a file system without hard links, the file is left for sqlite3.connect to create."""
    new = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.new")
    db = sqlite3.connect(new)
    try:
        db.execute("PRAGMA journal_mode=WAL")
    finally:
        db.close()  # the last connection: the WAL is checkpointed into the file and removed
    try:
        os.link(new, path)
    except FileExistsError:
        pass  # another process made it first, in WAL mode too
    except OSError:
        pass  # no hard links here: sqlite3.connect creates the file, which the pragma then switches
    finally:
        new.unlink()


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


def statements(schema: str) -> list[str]:
    """The `;`-separated statements of `schema` (none of them holds a `;`)."""
    return [s for s in schema.split(";") if s.strip()]


def create_sqlite_schema(db: sqlite3.Connection, schema: str) -> None:
    """Run the statements of `schema` in one transaction (executescript would commit on its own)."""
    with immediate(db):
        for statement in statements(schema):
            db.execute(statement)


def is_postgres_url(url: str) -> bool:
    return urlsplit(url).scheme in POSTGRES_SCHEMES


class Rows(Protocol):
    """What `Database.execute` returns: a cursor of either driver."""

    def fetchone(self) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...


class Database:
    """A connection to SQLite or PostgreSQL in autocommit mode; SQL written once, with `?` placeholders and no `%`
    nor string literals (so no `?` but the placeholders): see the module docstring."""

    def __init__(self, connection: Any, dialect: Literal["sqlite", "postgresql"], write_lock: str, where: str):
        self._db = connection
        self.dialect = dialect
        self._write_lock = write_lock
        #: which database this is, without credentials: "sqlite" or postgresql://host:port/dbname
        self.where = where

    @classmethod
    def sqlite(cls, path: Path, write_lock: str, timeout_s: float = WRITER_WAIT_S) -> Database:
        return cls(connect_sqlite(path, timeout_s), "sqlite", write_lock, "sqlite")

    @classmethod
    def postgresql(cls, url: str, write_lock: str) -> Database:
        """Connect to the PostgreSQL database at `url` (`postgresql://host:port/dbname?...`; the password from
        PGPASSWORD or PGPASSFILE, as libpq reads them). `write_lock` names the table `write()` locks: it is to be
        created by the schema before the first write."""
        if not is_postgres_url(url):
            raise DatabaseError(
                f"not a PostgreSQL URL: {_safe(url)!r} (expected postgresql://host:port/dbname, the password in "
                "PGPASSWORD or PGPASSFILE; or no URL for the SQLite file)"
            )
        try:
            import psycopg
        except ImportError:
            raise DatabaseError(
                "a PostgreSQL database is configured but psycopg is not installed: "
                "run `pip install 'policygraph[postgres]'` (or `pip install 'psycopg[binary]==3.3.9'`)"
            ) from None
        try:
            connection = psycopg.connect(url, autocommit=True, prepare_threshold=None)
        except psycopg.OperationalError as exc:
            reason = " ".join(str(exc).split())
            raise DatabaseError(f"cannot connect to the PostgreSQL database {_safe(url)}: {reason}") from None
        info = connection.info
        where = f"postgresql://{info.host}:{info.port}/{info.dbname}"
        return cls(connection, "postgresql", write_lock, where)

    def _sql(self, sql: str) -> str:
        assert "%" not in sql and "'" not in sql, f"no % nor string literal in SQL run on both databases: {sql}"
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """Run one statement; its rows (read them before the next statement on PostgreSQL: they are fetched
        whole)."""
        return self._db.execute(self._sql(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            if self.dialect == "postgresql":
                with self._db.cursor() as cursor:
                    cursor.executemany(self._sql(sql), rows)
            else:
                self._db.executemany(self._sql(sql), rows)

    def stream(self, sql: str, params: Sequence[Any] = (), batch: int = 2000) -> Iterator[tuple]:
        """The rows of a query, a batch at a time: SQLite's cursor steps through them; on PostgreSQL a server-side
        cursor WITH HOLD (outside a transaction, its rows are kept by the server until it is closed)."""
        if self.dialect == "sqlite":
            yield from self._db.execute(self._sql(sql), params)
            return
        with self._db.cursor(name=f"stream_{uuid.uuid4().hex}", withhold=True) as cursor:
            cursor.itersize = batch
            cursor.execute(self._sql(sql), params)
            yield from cursor

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction that holds the write lock from its start (other writers wait; readers do not);
        rolled back if the block raises."""
        self._db.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
        try:
            if self.dialect == "postgresql":
                self._db.execute(f"LOCK TABLE {self._write_lock} IN EXCLUSIVE MODE")
            yield self
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def create_schema(self, schema: str) -> None:
        """Run the statements of `schema` (`CREATE ... IF NOT EXISTS`) in one transaction that holds the write lock,
        as SQLite's does (`BEGIN IMMEDIATE`). On PostgreSQL under an advisory lock too, so that two processes creating
        it at once do not collide, and the write lock taken first once its table exists: `CREATE INDEX IF NOT EXISTS`
        locks its table even when the index is there, and a writer holding the write lock that waited for it would
        deadlock."""
        if self.dialect == "sqlite":
            create_sqlite_schema(self._db, schema)
            return
        self._db.execute("BEGIN")
        try:
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            if self._db.execute("SELECT to_regclass(%s)", (self._write_lock,)).fetchone()[0] is not None:
                self._db.execute(f"LOCK TABLE {self._write_lock} IN EXCLUSIVE MODE")
            for statement in statements(schema):
                self._db.execute(self._sql(statement))
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()
