"""Batches claim their documents in the registry: two batches running at once over one home never take the same
document, a batch that died lets go (its process gone, or its lease past), a failed run releases, and nothing pending
is ever lost."""

from __future__ import annotations

import multiprocessing
import os
import socket
import threading
from collections import Counter
from pathlib import Path

import pytest

from pipelines import stages
from pipelines.home import Home, new_batch_key
from pipelines.sources.config import load_sources
from pipelines.sources.state import FetchState, run_owner


def folder_sources(tmp_path: Path, n: int, max_batch: int) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(n):
        (articles / f"story-{i:03d}.txt").write_text(f"Story {i}\n\nThe ministry published rule {i}.\n")
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"articles: [articles]\nmax_batch: {max_batch}\n")
    return sources


def collect_in_thread(home: Home, sources: Path, batch: str, start: threading.Barrier, out: dict) -> None:
    with FetchState(home.state_db) as state:  # its own connection, as another run's process would have
        start.wait()
        out[batch] = stages.collect_raw_documents(home, batch, load_sources(sources), None, state)


def test_batches_collected_at_once_take_disjoint_documents_and_leave_the_rest_pending(tmp_path):
    sources, home = folder_sources(tmp_path, 30, 8), Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:  # the files archived and registered once, as a first run would
        first = stages.collect_raw_documents(home, new_batch_key("first"), load_sources(sources), None, state)
        state.release_claims(home.batch_keys()[0])  # that run failed: all 30 pending
    assert len(first.batch) == 8
    batches = [new_batch_key(f"run-{i}") for i in range(3)]
    start, reports = threading.Barrier(3), {}
    threads = [threading.Thread(target=collect_in_thread, args=(home, sources, b, start, reports)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    taken = Counter(item.registry_id for r in reports.values() for item in r.batch)
    assert set(taken.values()) == {1} and len(taken) == 24  # three full batches, no document twice
    with FetchState(home.state_db) as state:
        claims = state.claims()
        assert {claims[i.registry_id] for b in batches for i in reports[b].batch} == set(batches)
        assert {i.registry_id: b for b in batches for i in reports[b].batch} == claims
        for b in batches:  # they finish: processed, released
            for item in reports[b].batch:
                state.mark_processed(item.registry_id, item.raw.sha256)
            state.release_claims(b)
        rest = stages.collect_raw_documents(home, new_batch_key("rest"), load_sources(sources), None, state)
    assert len(rest.batch) == 6 and not {i.registry_id for i in rest.batch} & set(taken)  # nothing lost


def claim_all(path: str, batch: str, ids: list[str], start, queue) -> None:
    with FetchState(path) as state:
        start.wait()
        queue.put((batch, sorted({i for i in ids if state.claim(batch, [i])})))  # one at a time, as a collector does
        start.wait()  # both live until both are done: a finished process's claims are free (its owner is gone)


def test_processes_claiming_the_same_documents_at_once_each_get_a_disjoint_share(tmp_path):
    ids = [f"doc-{i:04d}" for i in range(1000)]
    ctx = multiprocessing.get_context("spawn")
    start, queue = ctx.Barrier(2), ctx.Queue()
    path = str(tmp_path / "state.sqlite")
    FetchState(path).close()
    procs = [ctx.Process(target=claim_all, args=(path, f"b{i}", ids[i::2] + ids, start, queue)) for i in range(2)]
    for p in procs:
        p.start()
    results = dict(queue.get(timeout=60) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert not set(results["b0"]) & set(results["b1"])
    assert set(results["b0"]) | set(results["b1"]) == set(ids)
    with FetchState(path) as state:
        assert Counter(state.claims().values()) == Counter({b: len(r) for b, r in results.items() if r})


def test_a_claim_past_its_lease_is_taken_over_and_a_live_one_is_not(tmp_path):
    with FetchState(tmp_path / "state.sqlite", claim_lease_s=600) as state:
        assert state.claim("dead", ["a", "b"], now=1000.0) == {"a", "b"}
        assert state.claim("other", ["a"], now=1000.0 + 599) == set()  # within the lease (and this process lives)
        assert state.claim("dead", ["b"], now=1000.0 + 500) == {"b"}  # its own batch renews it
        assert state.claim("other", ["a", "b"], now=1000.0 + 601) == {"a"}  # a's lease is past; b was renewed
        assert state.claims() == {"a": "other", "b": "dead"}


def claim_and_die(path: str) -> None:
    with FetchState(path) as state:
        state.claim("killed", ["x", "y"])


def test_a_claim_whose_process_is_gone_is_taken_over_at_once(tmp_path):
    path = str(tmp_path / "state.sqlite")
    proc = multiprocessing.get_context("spawn").Process(target=claim_and_die, args=(path,))
    proc.start()
    proc.join(timeout=60)
    with FetchState(path) as state:
        assert state.claims() == {"x": "killed", "y": "killed"}  # never released
        assert state.claim("next", ["x", "y"]) == {"x", "y"}


def claim_as_a_step(home: str) -> None:
    from pipelines.defs.resources import HomeResource

    with HomeResource(path=home).fetch_state() as state:  # how a step of a Dagster run opens the registry
        state.claim("running", ["x", "y"])


def test_a_claim_made_by_a_step_process_holds_while_its_run_process_lives(tmp_path):
    # Dagster's multiprocess executor runs each step in a child process that ends with the step: the run (here this
    # test's process) goes on, so its documents must stay claimed until the run ends.
    proc = multiprocessing.get_context("spawn").Process(target=claim_as_a_step, args=(str(tmp_path),))
    proc.start()
    proc.join(timeout=60)
    assert proc.exitcode == 0
    with FetchState(tmp_path / "state.sqlite") as state:
        assert state.claim("next", ["x", "y"]) == set()
        assert state.claims() == {"x": "running", "y": "running"}
    assert run_owner() == f"{socket.gethostname()}:{os.getpid()}"  # not started by multiprocessing: itself


def test_a_re_run_leaves_a_document_another_running_batch_holds_and_does_not_mark_it(tmp_path):
    sources, home = folder_sources(tmp_path, 3, 10), Home.at(tmp_path / "home")
    old, running = new_batch_key("old"), new_batch_key("running")
    with FetchState(home.state_db) as state:
        stages.collect_raw_documents(home, old, load_sources(sources), None, state)
        state.release_claims(old)  # its run failed
        taken = stages.collect_raw_documents(home, running, load_sources(sources), None, state)
        assert len(taken.batch) == 3  # the pending documents, claimed by the running batch
        report = stages.parse_documents(home, old, state)  # the failed batch re-run meanwhile
        assert report.documents == [] and len(report.held_elsewhere) == 3
        assert all(skip is not None for _, skip in stages.current_items(home, old, state))
        state.release_claims(running)  # the running batch failed too: the documents are pending, not lost
        assert len(stages.parse_documents(home, old, state).documents) == 3  # a second re-run takes them now
        assert set(state.claims().values()) == {old} and len(state.pending_documents()) == 3


@pytest.mark.slow
def test_a_failed_run_of_the_job_releases_its_claims(tmp_path):
    from pipelines.defs.runner import JobFailed, run_job

    sources, home = folder_sources(tmp_path, 3, 10), Home.at(tmp_path / "home")
    with pytest.raises(JobFailed, match="entity_mentions"):
        run_job(home, sources, new_batch_key("fails"), model="no_such_model", processes=1, with_dumps=False, quiet=True)
    with FetchState(home.state_db) as state:
        assert state.claims() == {} and len(state.pending_documents()) == 3


def test_a_failed_run_the_daemon_launched_releases_its_claims_through_the_failure_sensor(tmp_path):
    import dagster as dg

    from pipelines.definitions import definitions
    from pipelines.defs.ingest.partitions import batches
    from pipelines.defs.ingest.sensors import release_claims_of_failed_runs
    from pipelines.defs.resources import HomeResource, NlpResource, SourcesResource

    sources, home = folder_sources(tmp_path, 3, 10), HomeResource(path=str(tmp_path / "home"))
    defs = definitions(home=home, sources=SourcesResource(path=str(sources)), nlp=NlpResource(model="no_such_model"))
    key = new_batch_key("fails")
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(batches.name, [key])
        job = defs.resolve_job_def("policygraph_incremental_job")
        result = job.execute_in_process(instance=instance, partition_key=key, raise_on_error=False)
        assert not result.success
        with home.fetch_state() as state:
            assert len(state.claims()) == 3  # the run itself says nothing when it fails (its process may be gone)
        context = dg.build_run_status_sensor_context(
            sensor_name=release_claims_of_failed_runs.name,
            dagster_event=result.get_run_failure_event(),
            dagster_instance=instance,
            dagster_run=result.dagster_run,
            resources={"home": home},
        ).for_run_failure()
        release_claims_of_failed_runs(context)
    with home.fetch_state() as state:
        assert state.claims() == {} and len(state.pending_documents()) == 3
