"""`policygraph load FOLDER`: a large local folder as successive batches of at most --batch-size documents, each one
normal run, with a progress line per batch; a second load adds nothing; a stopped load resumes where it was."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.home import Home
from pipelines.kg.store import GraphStore

pytestmark = pytest.mark.slow

ARTICLES = (
    "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a <https://w3id.org/policygraph/ontology#NewsArticle> } }"
)


def archive(tmp_path: Path, n: int = 12) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(n):
        (folder / f"story-{i:02d}.txt").write_text(
            f"Ministry rule {i}\n\nVietnam's Ministry of Public Security enforces Decree 53, which requires local "
            f"storage of personal data. The Reserve Bank of India issued rule {i} on payment data.\n"
        )
    return folder


def load(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pipelines.cli", "load", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def articles_in_graph(home: Path) -> int:
    rows = list(GraphStore(Home.at(home).store).query(ARTICLES))
    return int(rows[0]["n"].value)


def batch_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("batch ")]


def test_a_folder_loads_as_batches_of_at_most_n_documents_and_a_second_load_adds_nothing(tmp_path):
    folder, home = archive(tmp_path), tmp_path / "home"
    first = load(str(folder), "--batch-size", "5", "--home", str(home))
    assert first.returncode == 0, first.stderr
    lines = batch_lines(first.stdout)
    assert [re.match(r"batch (\d+) of about (\d+): (\d+) documents so far", x).groups() for x in lines] == [
        ("1", "3", "5"),
        ("2", "3", "10"),
        ("3", "3", "12"),
    ]
    assert "documents/s" in lines[0] and "s left (7 documents)" in lines[0]
    assert "Loaded 12 documents in 3 batch(es)" in first.stdout
    assert articles_in_graph(home) == 12

    again = load(str(folder), "--batch-size", "5", "--home", str(home))
    assert again.returncode == 0, again.stderr
    assert batch_lines(again.stdout) == ["batch 1 of about 1: 0 documents so far, 0.00 documents/s, done"]
    assert "Nothing new" in again.stdout
    assert articles_in_graph(home) == 12


def without_ignored(err: str) -> str:
    """stderr without Python's own "Exception ignored in ..." reports of an interrupt: a repeated Ctrl-C that lands
    in a garbage-collection callback (here SQLAlchemy's) is printed so by the interpreter, not by the program."""
    kept, skipping = [], False
    for line in err.splitlines():
        if line.startswith("Exception ignored in"):
            skipping = True
        elif skipping and not line.startswith((" ", "\t", "Traceback")):
            skipping = False
            if "Interrupt" in line:
                continue  # the ignored exception's last line: an interrupt
            kept.append("Traceback (an ignored exception that is no interrupt)")
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def test_a_stopped_load_resumes_where_it_was(tmp_path):
    folder, home = archive(tmp_path), tmp_path / "home"
    command = [sys.executable, "-m", "pipelines.cli", "load", str(folder), "--batch-size", "5", "--home", str(home)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("batch 1 "):
            break
    # Ctrl-C during the second batch, pressed again while the load goes on: a SIGINT that lands while Dagster
    # ignores or drops it (between its steps' code) is lost, as a user's first key press would be
    for _ in range(60):
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=1.5)
            break
        except subprocess.TimeoutExpired:
            continue
    else:
        _, err = proc.communicate(timeout=300)
    assert proc.returncode != 0 and "the same command resumes" in err and "Traceback" not in without_ignored(err)
    # stopped in the second batch, or right after it when Ctrl-C came in the run's last moments (never lost)
    stopped = re.search(r"stopped after (\d+) documents", err)
    assert stopped is not None and int(stopped.group(1)) in (5, 10), err
    assert articles_in_graph(home) == int(stopped.group(1))  # what the message says is what the graph holds
    resumed = load(str(folder), "--batch-size", "5", "--home", str(home))
    assert resumed.returncode == 0, resumed.stderr
    assert re.search(rf"Loaded {12 - int(stopped.group(1))} documents in", resumed.stdout), resumed.stdout
    assert articles_in_graph(home) == 12


def test_a_ctrl_c_that_dagster_holds_and_drops_is_still_seen_by_the_load():
    """Dagster holds a SIGINT that arrives between its steps' code and drops it when the run ends; the load reads
    it from the wakeup file descriptor after the run and stops there."""
    import os

    from dagster._utils.interrupts import capture_interrupts

    from pipelines.cli.load import _ctrl_c_seen

    with _ctrl_c_seen() as seen:
        assert not seen()
        with capture_interrupts():
            os.kill(os.getpid(), signal.SIGINT)
        assert seen() and not seen()


def test_batches_after_the_first_take_the_registrys_pending_documents_without_reading_the_folder(tmp_path):
    """The first batch reads the whole folder (archived, registered, the rest left pending); the next batches of a
    load take the pending documents from the archive, so the folder is read once, not once per batch."""
    import shutil

    from pipelines import stages
    from pipelines.home import new_batch_key
    from pipelines.sources.config import PENDING_ONLY_SOURCES, load_sources
    from pipelines.sources.state import FetchState

    folder, home = archive(tmp_path), Home.at(tmp_path / "home")
    home.root.mkdir()
    (tmp_path / "folder.yaml").write_text(f"articles: [{str(folder)!r}]\nmax_batch: 5\n")
    (tmp_path / "pending.yaml").write_text(PENDING_ONLY_SOURCES + "max_batch: 5\n")
    with FetchState(home.state_db) as state:
        first = stages.collect_raw_documents(
            home, new_batch_key("a"), load_sources(tmp_path / "folder.yaml"), None, state
        )
        shutil.rmtree(folder)  # gone: what is left must come from the archive
        pending = load_sources(tmp_path / "pending.yaml")
        second = stages.collect_raw_documents(home, new_batch_key("b"), pending, None, state)
        third = stages.collect_raw_documents(home, new_batch_key("c"), pending, None, state)
    assert (len(first.batch), first.left_for_later) == (5, 7)
    assert (len(second.batch), second.left_for_later, len(third.batch), third.left_for_later) == (5, 2, 2, 0)
    names = {item.raw.uri for report in (first, second, third) for item in report.batch}
    assert len(names) == 12 and not second.failures and not third.failures
