"""A backfill over two batches, launched with Dagster's own CLI and carried out by the Dagster daemon (what the
UI's *Backfill* button does): both runs succeed, their steps that open the store take turns (the pool
`policygraph_store` queues them, the home's store lock keeps them apart), and leave the graph as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest

from pipelines.home import Home
from tests.support.runs import CORPUS, PROJECT_ROOT, canonical_quads, run_to_completion

pytestmark = pytest.mark.slow


def test_backfill_of_two_batches_through_the_daemon(tmp_path):
    corpus, home = tmp_path / "corpus", tmp_path / "home"
    shutil.copytree(CORPUS, corpus)
    sources = corpus / "sources.yaml"
    run_to_completion(home, sources)  # batch 1: the corpus
    run_to_completion(home, sources)  # batch 2: nothing new
    keys = Home.at(home).batch_keys()
    assert len(keys) == 2
    before = canonical_quads(Home.at(home).store)

    env = {**os.environ, "DAGSTER_HOME": str(home / "dagster"), "POLICYGRAPH_HOME": str(home)}
    env["POLICYGRAPH_SOURCES"] = str(sources)
    bin_dir = Path(sys.executable).parent
    launch = subprocess.run(
        [str(bin_dir / "dagster"), "job", "backfill", "-j", "policygraph_incremental_job", "-w", "workspace.yaml"]
        + ["--partitions", ",".join(keys), "--noprompt"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert launch.returncode == 0, launch.stderr[-2000:]
    daemon = subprocess.Popen(
        [str(bin_dir / "dagster-daemon"), "run", "-w", "workspace.yaml"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    instance = dg.DagsterInstance.from_config(str(home / "dagster"))
    try:
        deadline = time.monotonic() + 420
        while time.monotonic() < deadline:
            records = [r for r in instance.get_run_records() if r.dagster_run.tags.get("dagster/backfill") is not None]
            if len(records) == 2 and all(r.dagster_run.is_finished for r in records):
                break
            time.sleep(3)
    finally:
        daemon.terminate()
        daemon.wait(timeout=60)
    assert len(records) == 2 and all(r.dagster_run.is_finished for r in records), "backfill did not finish"
    assert {r.dagster_run.tags["dagster/partition"] for r in records} == set(keys)
    assert all(r.dagster_run.status == dg.DagsterRunStatus.SUCCESS for r in records)
    instance.dispose()
    assert canonical_quads(Home.at(home).store) == before  # re-running batches replaced their graphs identically
