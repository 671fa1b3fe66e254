"""What the command line exposes: `policygraph query --param` with hostile values, an update smuggled in a .rq
file, and `policygraph serve` listening on loopback only (the endpoint and its Oxigraph child).

The HTTP endpoint itself (updates refused, timeout, result cap, injection through /queries) is tested in
tests/serve/test_endpoint.py; the binding code in tests/publish/test_query.py. These tests go through the CLI
as a user types it, on a published snapshot of the fixture graph of tests/publish.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from pipelines.kg.publish import open_current, publish_snapshot
from pipelines.serve.backend import free_port, stop_process_group
from tests.support.runs import PROJECT_ROOT

FIXTURE_TRIG = PROJECT_ROOT / "tests" / "publish" / "data" / "fixture.trig"

HOSTILE_STRINGS = [
    'China" } UNION { ?m ?p ?doc } #',
    "China') || true || ('",
    'x"""\n} UNION { ?e ?p ?o }\n#',
    "\\u0022 ) || true || (\\u0022",
    "China\n\r\t",
    "*",
    ".*",
]


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("home")
    store = ox.Store(str(home / "store"))
    store.bulk_load(path=str(FIXTURE_TRIG))
    store.flush()
    del store
    publish_snapshot(home / "store", home / "published", "run-1")
    return home


def policygraph(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def rows(out: str) -> list[dict]:
    return json.loads(out)["results"]["bindings"]


def test_a_plain_value_finds_its_document(home):
    done = policygraph("query", "documents-mentioning-entity", "--home", str(home), "--format", "json",
                       "--param", "entity=China")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [r["doc"]["value"] for r in rows(done.stdout)] == ["https://w3id.org/policygraph/doc/news-0001"]


@pytest.mark.parametrize("value", HOSTILE_STRINGS)
def test_hostile_string_parameters_return_nothing_extra(home, value):
    done = policygraph("query", "documents-mentioning-entity", "--home", str(home), "--format", "json",
                       "--param", f"entity={value}")  # fmt: skip
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        assert rows(done.stdout) == []
    else:  # refused before running: one line for the user
        assert done.returncode == 1 and done.stderr.startswith("policygraph: error:") and not done.stdout


@pytest.mark.parametrize(
    "value",
    [
        "pg:State> } UNION { ?s ?p ?o",
        "https://w3id.org/policygraph/ontology#State> . ?x ?y ?z . <x:y",
        "<https://w3id.org/policygraph/ontology#State> } UNION { ?s ?p ?o }",
        "javascript:alert(1)",
        "file:///etc/passwd",
    ],
)
def test_hostile_iri_parameters_are_refused_or_match_nothing(home, value):
    done = policygraph("query", "entities-by-type", "--home", str(home), "--format", "json", "--param", f"type={value}")
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        assert rows(done.stdout) == []
    else:
        assert done.returncode == 1 and done.stderr.startswith("policygraph: error:") and not done.stdout


def test_a_hostile_parameter_name_is_refused(home):
    done = policygraph("query", "documents-mentioning-entity", "--home", str(home),
                       "--param", "entity } UNION { ?s ?p ?o }=China")  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr and not done.stdout


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "DROP ALL",
        "LOAD <file:///etc/passwd>",
    ],
)
def test_an_update_in_a_query_file_changes_nothing(home, tmp_path, update):
    snapshot = open_current(home / "published")
    before = len(snapshot)
    del snapshot
    rq = tmp_path / "evil.rq"
    rq.write_text(f"# title: evil\n{update}\n", encoding="utf-8")
    done = policygraph("query", str(rq), "--home", str(home))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    snapshot = open_current(home / "published")
    assert len(snapshot) == before > 0
    del snapshot


def _listening_sockets(pids: list[int]) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp*) of the TCP sockets in LISTEN state that `pids` hold."""
    inodes = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                found.append(fields[1])
    return found


def _descendants(pid: int) -> list[int]:
    out = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        out += _descendants(int(child))
    return out


@pytest.mark.network
@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")
def test_serve_listens_on_loopback_only_by_default(home):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "serve", "--home", str(home), "--port", str(port)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline and process.poll() is None, "the server did not start"
            time.sleep(0.1)
        pids = _descendants(process.pid)
        addresses = _listening_sockets(pids)
        assert len(pids) >= 2 and len(addresses) >= 2  # the endpoint and its Oxigraph child both listen
        for address in addresses:
            host = address.split(":")[0]
            # 127.x.x.x in /proc/net/tcp is little-endian hex ending in 7F; ::1 in tcp6
            assert host.endswith("7F") or host == "00000000000000000000000001000000", address
    finally:
        stop_process_group(process, grace_s=15)
