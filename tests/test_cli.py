"""Errors of the `policygraph` command: a command that fails prints one line that says what to do and exits 1; a
command line argparse refuses exits 2 with the usage; never a traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pipelines.paths import PACKAGE_DIR


def policygraph(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0]


def test_invalid_sources_file(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("articles: [\n", encoding="utf-8")
    assert_one_line_error(policygraph("run", "--sources", str(bad), "--home", str(tmp_path / "h")), "not valid YAML")


def test_unreadable_source_folder(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("cables: [no-such-folder]\n", encoding="utf-8")
    assert_one_line_error(policygraph("run", "--sources", str(bad), "--home", str(tmp_path / "h")), "no-such-folder")


def test_missing_spacy_model(tmp_path):
    proc = policygraph("run", "--model", "en_core_web_nonexistent", "--home", str(tmp_path / "h"))
    assert_one_line_error(proc, "en_core_web_nonexistent", "pip install")


def test_parse_cable_of_a_file_that_is_not_a_cable(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01 not a cable at all")
    proc = policygraph("parse-cable", str(junk))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "command", ["run", "load", "query", "serve", "eval", "extract", "parse-cable", "quarantine", "unlinked"]
)
def test_every_command_has_help(command):
    proc = policygraph(command, "--help")
    assert proc.returncode == 0 and "--home" in proc.stdout


def test_a_query_whose_service_cannot_be_reached_is_a_one_line_error(tmp_path):
    import pyoxigraph as ox

    (tmp_path / "home").mkdir()
    ox.Store(str(tmp_path / "home" / "store")).flush()  # an empty graph is enough
    query = tmp_path / "federated.rq"
    query.write_text("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n", encoding="utf-8")
    allowed = ("--service-allow", "http://127.0.0.1:9/sparql")
    assert_one_line_error(policygraph("query", str(query), "--home", str(tmp_path / "home"), *allowed), "query failed")


def test_a_query_calling_an_endpoint_not_allowed_is_refused_before_any_request(tmp_path):
    """A federated query makes this machine fetch the URL it names: only endpoints the user allowed are called."""
    import pyoxigraph as ox

    (tmp_path / "home").mkdir()
    ox.Store(str(tmp_path / "home" / "store")).flush()
    query = tmp_path / "federated.rq"
    query.write_text("SELECT * WHERE { SERVICE SILENT <http://169.254.169.254/latest> { ?s ?p ?o } }\n")
    proc = policygraph("query", str(query), "--home", str(tmp_path / "home"), "--service-allow", "http://x.org/q")
    assert_one_line_error(proc, "SERVICE <http://169.254.169.254/latest> is not an allowed endpoint")


def test_a_second_run_on_a_busy_home_stops_at_once_with_one_line(tmp_path):
    import fcntl

    home = tmp_path / "home"
    home.mkdir()
    with open(home / "run.lock", "w", encoding="utf-8") as held:  # as a run in progress holds it
        held.write("pid 4242\n")
        held.flush()
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        proc = policygraph("run", "--home", str(home))
    assert_one_line_error(proc, "in use by another policygraph run", "pid 4242")


def test_a_home_that_cannot_be_written_is_a_one_line_error(tmp_path):
    """What the machine refuses (a full disk, a read-only folder, a path through a file) is one line, exit code 1."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    proc = policygraph("run", "--home", str(blocker / "home"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Not a directory" in lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["query"],  # neither a query nor --list
        ["query", "entities-by-type", "--param", "type"],  # not NAME=VALUE
        ["query", "entities-by-type", "--format", "xml"],
        ["no-such-command"],
        ["quarantine", "--jsn"],
    ],
)
def test_a_command_line_argparse_refuses_exits_2_with_the_usage(args, tmp_path):
    proc = policygraph(*args, cwd=tmp_path)
    assert proc.returncode == 2 and "usage: policygraph" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "var").exists()  # refused before anything ran


def test_the_help_names_the_exit_statuses():
    for args in (["--help"], ["query", "--help"]):
        assert "Exit status: 0 success, 1 the command failed" in " ".join(policygraph(*args).stdout.split())


def test_quarantine_lists_its_records_as_json(tmp_path):
    from pipelines.home import Home
    from pipelines.sources.archive import Archive

    home = Home.at(tmp_path / "home")
    Archive(home.archive).quarantine(None, "https://example.org/gone", "HTTP 404 after 3 attempts", "fetch")
    proc = policygraph("quarantine", "--json", "--home", str(home.root))
    assert proc.returncode == 0, proc.stderr
    [record] = json.loads(proc.stdout)
    assert (record["uri"], record["stage"], record["reason"]) == (
        "https://example.org/gone",
        "fetch",
        "HTTP 404 after 3 attempts",
    )
    assert json.loads(policygraph("quarantine", "--json", "--home", str(tmp_path / "empty")).stdout) == []


def test_quarantine_lists_urls_failing_to_fetch(tmp_path):
    """Fetch failures were only counted in the run summary: the URLs, their errors and whether they are retried."""
    from pipelines.home import Home
    from pipelines.sources.state import FetchState

    home = Home.at(tmp_path / "home")
    home.root.mkdir(parents=True)
    with FetchState(home.state_db, max_failures=2) as state:
        state.record_failure("https://example.org/flaky", "timeout after 20s")
        for _ in range(2):
            state.record_failure("https://example.org/dead", "HTTP 404 Not Found", status=404)
    records = json.loads(policygraph("quarantine", "--json", "--home", str(home.root)).stdout)
    assert {(r["uri"], r["stage"], r["reason"], r["retried"]) for r in records} == {
        ("https://example.org/flaky", "fetch", "timeout after 20s", True),
        ("https://example.org/dead", "fetch", "HTTP 404 Not Found", False),
    }
    text = policygraph("quarantine", "--home", str(home.root)).stdout
    assert "2 failures; set aside" in text and "0 quarantined document(s), 2 URL(s) failing to fetch" in text


def test_a_package_without_its_data_files_stops_with_one_line(tmp_path):
    """A package copied without ontology/, queries/, data/ (a broken install, a checkout without its links) must not
    run with no reference tables and an empty query library: it names what is missing and exits 1."""
    shutil.copytree(PACKAGE_DIR, tmp_path / "pipelines", symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("ontology", "queries", "data", "deploy"):
        (tmp_path / "pipelines" / name).unlink()
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "query", "--list"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path)},
        timeout=120,
    )
    assert_one_line_error(proc, "data files are missing", "ontology", "policygraph.ttl")
    assert not proc.stdout


def test_version():
    proc = policygraph("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("policygraph ")


def test_a_catalogue_url_that_is_wrong_or_unreachable_is_a_one_line_error(tmp_path, monkeypatch):
    home = str(tmp_path / "h")
    assert_one_line_error(policygraph("unlinked", "--home", home, "--catalogue-url", "sqlite:///x"), "PostgreSQL URL")
    pytest.importorskip("psycopg")
    unreachable = policygraph("unlinked", "--home", home, "--catalogue-url", "postgresql://127.0.0.1:1/policygraph")
    assert_one_line_error(unreachable, "cannot connect to the PostgreSQL database postgresql://127.0.0.1:1/policygraph")


def test_the_catalogue_url_comes_from_the_option_then_the_environment(tmp_path, monkeypatch):
    import argparse

    from pipelines.cli.options import home_of

    monkeypatch.setenv("POLICYGRAPH_CATALOGUE_URL", "postgresql://db/from-env")
    assert home_of(argparse.Namespace(home=str(tmp_path))).catalogue_url == "postgresql://db/from-env"
    given = argparse.Namespace(home=str(tmp_path), catalogue_url="postgres://db/given")
    assert home_of(given).catalogue_url == "postgres://db/given"
    monkeypatch.delenv("POLICYGRAPH_CATALOGUE_URL")
    assert home_of(argparse.Namespace(home=str(tmp_path), catalogue_url=None)).catalogue_url is None
