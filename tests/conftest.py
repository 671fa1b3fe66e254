from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.httpserver import LocalHttpServer

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: ../shared beside the checkout: real files nobody on the team wrote. Absent on a user's fresh clone.
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def resolver():
    """The resolver over the committed reference tables (`pipelines.nlp.reference`)."""
    from pipelines.nlp.reference import Resolver, load_reference

    return Resolver(load_reference())


@pytest.fixture
def http_server() -> Iterator[LocalHttpServer]:
    """A started local HTTP server with scripted replies (`tests.support.httpserver`), stopped after the test."""
    with LocalHttpServer() as server:
        yield server


@pytest.fixture()
def oxigraph_server() -> Iterator[str]:
    """A read-write in-memory `oxigraph serve` on a free 127.0.0.1 port, stopped with its process group."""
    from pipelines.serve.backend import writable_server

    with writable_server() as url:
        yield url


def _postgres_bindir() -> Path | None:
    """The PostgreSQL server's programs: `pg_config --bindir` (when it lists the server's, not only libpq's), else
    the highest version under /usr/lib/postgresql."""
    candidates = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            candidates.append(Path(found.stdout.strip()))
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    for bindir in candidates:
        if all((bindir / name).is_file() for name in ("initdb", "pg_ctl", "postgres", "pg_isready")):
            return bindir
    return None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster for the session (trust authentication, 127.0.0.1 on a free port, no fsync),
    stopped at the end; its URL (database `postgres`). As root, the server runs as the `postgres` system user
    (PostgreSQL refuses root). Skipped without the server's programs, psycopg, or that user."""
    import pwd
    import tempfile

    from pipelines.serve.backend import free_port

    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'psycopg[binary]==3.3.9')")
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server programs (initdb, pg_ctl, postgres): apt-get install postgresql")
    as_user: list[str] = []
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root, and no `postgres` system user to run the PostgreSQL server as")
        as_user = ["runuser", "-u", "postgres", "--"]
    root = Path(tempfile.mkdtemp(prefix="policygraph-pg-"))  # not under pytest's folder: the server's user reads it
    if owner is not None:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    data, port = root / "data", free_port()

    def run(*cmd: str | Path) -> None:
        done = subprocess.run([*as_user, *map(str, cmd)], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed: {done.stdout}{done.stderr}")

    run(bindir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync")
    options = f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    run(bindir / "pg_ctl", "-D", data, "-l", root / "server.log", "-o", options, "start")
    try:
        deadline = time.monotonic() + 60
        while subprocess.run(
            [bindir / "pg_isready", "-h", "127.0.0.1", "-p", str(port)], capture_output=True
        ).returncode:
            if time.monotonic() > deadline:
                log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
                raise RuntimeError(f"the PostgreSQL server did not start: {log[-2000:]}")
            time.sleep(0.1)
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "stop", "-m", "fast"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def postgres_database(postgres_server: str) -> Iterator[str]:
    """A database of its own on the session's PostgreSQL server, for one test: its URL; dropped afterwards."""
    import uuid

    import psycopg

    name = f"test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield postgres_server.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory) -> Iterator[str]:
    """A throwaway Virtuoso 7 server (Debian's virtuoso-opensource) for the session: its database in a folder of its
    own, free ports, SPARQL updates allowed on /sparql and /sparql-graph-crud; its base URL. Skipped without it."""
    import re

    from pipelines.serve.backend import free_port, stop_process_group, wait_answering

    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    template = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
    if server is None or isql is None or not template.is_file():
        pytest.skip("no Virtuoso (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = template.read_text(encoding="utf-8").replace("/var/lib/virtuoso-opensource-7/db", str(folder))
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b", f"ServerPort = {sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b", f"ServerPort = {http_port}", ini)
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    process = subprocess.Popen(
        [server, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{http_port}"
        if not wait_answering(process, url + "/sparql", timeout_s=120):
            raise RuntimeError("the Virtuoso server did not start")
        grant = 'GRANT SPARQL_UPDATE TO "SPARQL";'  # the anonymous user of /sparql and /sparql-graph-crud
        subprocess.run([isql, str(sql_port), "dba", "dba", f"exec={grant}"], check=True, capture_output=True)
        yield url
    finally:
        stop_process_group(process)
