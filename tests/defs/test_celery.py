"""deploy/celery as docs/scale-out.md runs it: a Celery worker started with the documented command, a Redis broker,
the PostgreSQL instance of deploy/postgres/dagster.yaml, and a run of the Celery code location whose steps are
executed by that worker (not by the process that launched the run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from pipelines.home import Home, new_batch_key
from pipelines.serve.backend import free_port, stop_process_group
from tests.support.runs import PROJECT_ROOT, postgres_instance

pytestmark = pytest.mark.slow

CELERY = PROJECT_ROOT / "deploy" / "celery"
STORY = "Vietnam adopted Decree 53 in 2022. Decree 53 requires the localisation of personal data."


@pytest.fixture
def redis_url(tmp_path):
    """A throwaway Redis server (Debian's redis-server) on a free port, nothing saved to disk."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("no redis-server (apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmp_path],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    import redis

    client = redis.Redis(port=port)
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}"
    finally:  # the server goes when it did not start in time too
        stop_process_group(process)


def test_a_run_on_the_celery_executor_runs_its_steps_on_the_worker(tmp_path, postgres_database, redis_url, monkeypatch):
    pytest.importorskip("dagster_celery", reason="dagster-celery is not installed")
    pytest.importorskip("dagster_postgres", reason="dagster-postgres is not installed")
    import dagster as dg
    from dagster._core.definitions.reconstruct import ReconstructableRepository

    from pipelines.defs.ingest.partitions import add_batch

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.txt").write_text(f"Story\n\n{STORY}\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("articles: [articles]\n", encoding="utf-8")
    home = Home.at(tmp_path / "home")
    dagster_home = postgres_instance(tmp_path / "dagster", postgres_database, monkeypatch)
    for name, value in (
        ("DAGSTER_HOME", str(dagster_home)),
        ("DAGSTER_CELERY_BROKER_URL", redis_url + "/0"),
        ("DAGSTER_CELERY_BACKEND_URL", redis_url + "/1"),
        ("POLICYGRAPH_HOME", str(home.root)),
        ("POLICYGRAPH_SOURCES", str(tmp_path / "sources.yaml")),
    ):
        monkeypatch.setenv(name, value)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(CELERY), str(PROJECT_ROOT)])}
    command = ["-m", "celery", "-A", "dagster_celery.app", "worker", "-l", "info", "-Q", "dagster", "-c", "1"]
    worker = subprocess.Popen(  # the command of docs/scale-out.md, section Celery
        [sys.executable, *command],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=(tmp_path / "worker.log").open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        with dg.DagsterInstance.get() as instance:
            batch = add_batch(instance, new_batch_key("celery"))
            repository = ReconstructableRepository.for_file(str(CELERY / "definitions.py"), "defs", str(PROJECT_ROOT))
            result = dg.execute_job(
                repository.get_reconstructable_job("policygraph_incremental_job"),
                instance=instance,
                tags={"dagster/partition": batch},
            )
            log = (tmp_path / "worker.log").read_text(errors="replace")
            assert result.success, log[-3000:]
            starts = [e for e in result.all_events if e.event_type_value == "STEP_START"]
            assert starts and all(e.pid == worker.pid or e.pid not in (os.getpid(), None) for e in starts)
    finally:
        stop_process_group(worker)
    log = (tmp_path / "worker.log").read_text(errors="replace")
    assert "Task execute_plan" in log and "succeeded" in log  # the worker took the steps
    import pyoxigraph as ox

    graphs = [g.value for g in ox.Store.read_only(str(home.store)).named_graphs()]
    assert sum("/graph/doc/" in g for g in graphs) == 1
