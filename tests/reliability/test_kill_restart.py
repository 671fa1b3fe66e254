"""`kill -9` at any stage, then a re-run: the graph is the one an uninterrupted run gives, quad for quad.

Each test starts `policygraph run` on the fixture corpus as a separate process, polls the home folder for the
files a stage writes and sends SIGKILL when they appear (during extraction, while the ontology/reference graphs
load, while the document graphs load, while the snapshot is copied). It then checks that CURRENT names a
complete snapshot (or none yet), re-runs to completion, and compares every quad of every named graph with a
clean run in another home (blank nodes canonicalised: the ontology's Turtle gives fresh blank node ids per parse).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipelines.home import Home
from pipelines.kg.publish import current_snapshot
from pipelines.sources.state import FetchState
from tests.support.runs import CORPUS, canonical_quads, count_quads, kill_when, run_to_completion, start_run

pytestmark = pytest.mark.slow

CHANGED_SENTENCE = ("opposes Decree 53", "supports Decree 53")


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[str, Path]:
    """Two copies of the fixture corpus: `original` stays as it is; in `update` one article changes (after the
    `clean` fixture has run it once), in place, so that every other document keeps its file URI."""
    root = tmp_path_factory.mktemp("corpora")
    for name in ("original", "update"):
        shutil.copytree(CORPUS, root / name)
    return {name: root / name / "sources.yaml" for name in ("original", "update")}


def change_article(sources: Path) -> None:
    page = sources.parent / "articles" / "vietnam-decree-53.html"
    page.write_text(page.read_text(encoding="utf-8").replace(*CHANGED_SENTENCE), encoding="utf-8")


@pytest.fixture(scope="module")
def clean(tmp_path_factory, corpora) -> dict[str, dict]:
    """Uninterrupted runs in fresh homes: `original`; `before` (the update corpus before its change) and `after`
    (the update corpus after it, from scratch). The first two run side by side."""
    homes = {name: tmp_path_factory.mktemp(f"clean-{name}") for name in ("original", "before", "after")}
    processes = [start_run(homes["original"], corpora["original"]), start_run(homes["before"], corpora["update"])]
    for process in processes:
        stdout, _ = process.communicate(timeout=300)
        assert process.returncode == 0, stdout.decode("utf-8", "replace")
    change_article(corpora["update"])
    run_to_completion(homes["after"], corpora["update"])
    out = {name: {"home": home, "quads": canonical_quads(Home.at(home).store)} for name, home in homes.items()}
    assert out["before"]["quads"] != out["after"]["quads"]
    return out


def assert_current_is_complete(home: Path, expected: list[str] | None) -> None:
    """What the endpoint would serve: nothing yet, or a snapshot whose quads are exactly `expected`."""
    snapshot = current_snapshot(Home.at(home).published)
    if snapshot is None:
        return
    manifest = json.loads((snapshot / "snapshot.json").read_text(encoding="utf-8"))
    assert count_quads(snapshot / "store") == manifest["quads"]
    assert expected is not None, "a snapshot was published although no run reached publication"
    assert canonical_quads(snapshot / "store") == expected


def assert_finished_cleanly(home: Path, expected: list[str]) -> None:
    h = Home.at(home)
    final = canonical_quads(h.store)
    missing, extra = set(expected) - set(final), set(final) - set(expected)
    example = sorted(missing or extra)[:3]
    assert not missing and not extra, f"{len(missing)} quads missing, {len(extra)} extra, e.g. {example}"
    assert len(final) == len(set(final)) == len(expected)  # and none twice
    assert canonical_quads(current_snapshot(h.published) / "store") == expected  # the endpoint serves it all
    assert not list((h.published / "snapshots").glob(".tmp-*"))  # no half copy left behind
    with FetchState(h.state_db) as state:
        assert state.pending_documents() == []  # every document marked processed
        assert len(state.documents()) == 4


#: (where, file pattern that shows the stage is under way, delay after it appears)
KILL_POINTS = {
    "extraction": ("work/extractions/*.json", 0.0),
    "graph-load-shared-graphs": ("store/IDENTITY", 0.2),
    "graph-load-documents": ("work/shared_graphs.json", 0.0),
    "publication": ("published/snapshots/.tmp-*", 0.05),
}


def killed_at(
    tmp_path: Path, corpus: Path, pattern: str, delay: float, seed: Path | None = None, attempts: int = 5
) -> Path:
    """The home of a run killed when `pattern` appears (`kill_when`), started on a copy of `seed` if given. A stage
    that lasts milliseconds (the snapshot being published) may be missed by the poll and the run end first: then
    try again on a fresh home, as a run that finished says nothing about a killed one."""
    for attempt in range(attempts):
        home = tmp_path / f"home-{attempt}"
        if seed is not None:
            shutil.copytree(seed, home)
        if kill_when(start_run(home, corpus), home, pattern, delay):
            return home
    pytest.fail(f"no run was caught at {pattern} in {attempts} attempts")


@pytest.mark.parametrize("where", list(KILL_POINTS))
def test_killed_run_resumes_to_the_same_graph(tmp_path, corpora, clean, where):
    pattern, delay = KILL_POINTS[where]
    home = killed_at(tmp_path, corpora["original"], pattern, delay)
    expected = clean["original"]["quads"]
    assert_current_is_complete(home, expected)
    run_to_completion(home, corpora["original"])
    assert_finished_cleanly(home, expected)


def test_killed_twice_in_a_row_then_resumed(tmp_path, corpora, clean):
    """A run killed during extraction, its re-run killed during graph load: the third run still converges."""
    home = tmp_path / "home"
    assert kill_when(start_run(home, corpora["original"]), home, "work/extractions/*.json")
    assert kill_when(start_run(home, corpora["original"]), home, "store/*.log", 0.3)
    assert_current_is_complete(home, clean["original"]["quads"])
    run_to_completion(home, corpora["original"])
    assert_finished_cleanly(home, clean["original"]["quads"])


def test_killed_update_keeps_serving_the_previous_graph_then_converges(tmp_path, corpora, clean):
    """An article changes; the run that picks it up is killed while publishing. The endpoint keeps serving the
    previous complete graph (not a mix), and the re-run gives exactly the graph of a clean run of the new corpus."""
    home = killed_at(tmp_path, corpora["update"], "published/snapshots/.tmp-*", 0.0, seed=clean["before"]["home"])
    before = clean["before"]["quads"]
    served = canonical_quads(current_snapshot(Home.at(home).published) / "store")
    # The snapshot copy takes milliseconds, so the kill may land just after the switch: what is served is then
    # the complete new graph. Either way, never a mix of the two.
    assert served == before or served == clean["after"]["quads"]
    out = run_to_completion(home, corpora["update"])
    assert "batch=0" in out  # the change was loaded before the kill; nothing is processed twice
    assert_finished_cleanly(home, clean["after"]["quads"])


def test_an_update_killed_during_extraction_reprocesses_only_the_changed_document(tmp_path, corpora, clean):
    home = tmp_path / "home"
    shutil.copytree(clean["before"]["home"], home)
    process = start_run(home, corpora["update"])
    assert kill_when(process, home, "work/extractions/*.json", 0.0)
    assert canonical_quads(current_snapshot(Home.at(home).published) / "store") == clean["before"]["quads"]
    out = run_to_completion(home, corpora["update"])
    assert "batch=1" in out  # only the changed article, left pending by the killed run, is processed again
    assert_finished_cleanly(home, clean["after"]["quads"])


def test_a_lost_store_is_rebuilt_from_the_archive_on_the_next_run(tmp_path, corpora, clean):
    """The store folder is deleted (or lost with its disk): the next run finds every processed document missing
    from the graph, processes it again from the archive, and publishes the whole graph, not a part of it."""
    home = tmp_path / "home"
    shutil.copytree(clean["original"]["home"], home)
    shutil.rmtree(Home.at(home).store)
    out = run_to_completion(home, corpora["original"])
    assert "batch=4" in out
    assert_finished_cleanly(home, clean["original"]["quads"])


def test_a_cli_run_is_a_batch_of_a_home_instance_that_queues_runs(clean):
    """`policygraph run` registers its batch as a partition of the home's Dagster instance, and that instance
    (what `dg dev` opens with DAGSTER_HOME=HOME/dagster) runs one step that opens the store at a time, backfills
    included."""
    import dagster as dg

    h = Home.at(clean["original"]["home"])
    instance = dg.DagsterInstance.from_config(str(h.dagster))
    try:
        assert instance.get_dynamic_partitions("batches") == h.batch_keys() and len(h.batch_keys()) == 1
        pools = instance.get_concurrency_config().pool_config  # one store step at a time (policygraph_store)
        assert pools.pool_granularity.value == "op" and pools.default_pool_limit == 1
    finally:
        instance.dispose()
