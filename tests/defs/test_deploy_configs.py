"""The run configs shipped under deploy/ are valid for the job they are written for (a stale key fails a launch)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
import yaml

from pipelines.definitions import defs
from pipelines.defs.resources import STORE_POOL

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
CONFIGS = ["local/run_config.yaml", "k8s/run_config.yaml", "triplestore/run_config.remote.yaml"]


@pytest.mark.parametrize("name", CONFIGS)
def test_deploy_run_config_is_valid_for_the_job(name, monkeypatch):
    for var in ("POLICYGRAPH_PUBLIC_ENDPOINT", "POLICYGRAPH_REMOTE_QUERY_URL", "POLICYGRAPH_REMOTE_UPDATE_URL"):
        monkeypatch.setenv(var, "http://127.0.0.1:7878/query")
    monkeypatch.setenv("POLICYGRAPH_REMOTE_GSP_URL", "http://127.0.0.1:7878/store")
    monkeypatch.setenv("POLICYGRAPH_HOME", "var")  # the code location reads both when a run starts
    monkeypatch.setenv("POLICYGRAPH_SOURCES", "data/sources.yaml")
    run_config = yaml.safe_load((DEPLOY / name).read_text(encoding="utf-8"))
    dg.validate_run_config(defs.resolve_job_def("policygraph_job"), run_config)


def test_a_stale_key_is_caught(monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_HOME", "var")
    monkeypatch.setenv("POLICYGRAPH_SOURCES", "data/sources.yaml")
    with pytest.raises(dg.DagsterInvalidConfigError):
        dg.validate_run_config(
            defs.resolve_job_def("policygraph_job"), {"resources": {"publish": {"config": {"write_dumps": True}}}}
        )


def test_runs_launched_by_dagster_execute_in_one_process():
    """A step per process cost 3-11 s of start-up each: 150 s of a 196 s run of the sample batch."""
    for job in ("policygraph_job", "policygraph_incremental_job"):
        assert defs.resolve_job_def(job).executor_def is dg.in_process_executor


def test_the_local_instance_lets_one_step_at_a_time_open_a_homes_store(tmp_path):
    """The steps that open the embedded store are in the pool `policygraph_store`, the others in none (runs of
    different batches extract and check at once: the checks read what knowledge_graph wrote out, not the store);
    deploy/local/dagster.yaml limits the pool to one step across runs."""
    from pipelines.defs.graph.checks import knowledge_graph_checks

    graph = defs.resolve_asset_graph()
    pools = {key.to_user_string(): graph.get(key).pools for key in graph.materializable_asset_keys}
    assert {name for name, pool in pools.items() if pool} == {"knowledge_graph", "published_graph", "graph_dumps"}
    assert all(pool in (set(), {STORE_POOL}) for pool in pools.values()) and knowledge_graph_checks.op.pool is None
    (tmp_path / "dagster.yaml").write_bytes((DEPLOY / "local" / "dagster.yaml").read_bytes())
    instance = dg.DagsterInstance.from_config(str(tmp_path))
    try:
        config = instance.get_concurrency_config().pool_config
        assert config.pool_granularity.value == "op" and config.default_pool_limit == 1
    finally:
        instance.dispose()


def test_the_postgres_code_location_loads_and_reads_the_catalogue_url_when_a_run_starts(monkeypatch):
    """deploy/postgres/definitions.py loads without its variables (read when a run starts), and a run's home
    resource carries the catalogue's URL."""
    import runpy

    monkeypatch.delenv("POLICYGRAPH_CATALOGUE_URL", raising=False)
    location = runpy.run_path(str(DEPLOY / "postgres" / "definitions.py"))["defs"]
    dg.Definitions.validate_loadable(location)
    job = location.resolve_job_def("policygraph_job")
    monkeypatch.setenv("POLICYGRAPH_HOME", "var")
    monkeypatch.setenv("POLICYGRAPH_SOURCES", "data/sources.yaml")
    monkeypatch.setenv("POLICYGRAPH_CATALOGUE_URL", "postgresql://db.example:5432/policygraph")
    dg.validate_run_config(job, {})
    with dg.build_resources({"home": location.resources["home"]}) as built:
        home = built.home.home()
    assert home.catalogue_url == "postgresql://db.example:5432/policygraph"
    assert home.root.name == "var"


def test_the_celery_code_location_is_the_pipeline_with_the_celery_executor_and_its_run_config_is_valid(monkeypatch):
    """deploy/celery/definitions.py: the same jobs, checks, schedule and sensors as the main location (built by
    `pipelines.definitions.definitions`), only the executor differs; deploy/celery/run_config.yaml is valid for it."""
    import runpy

    pytest.importorskip("dagster_celery", reason="dagster-celery is not installed")
    for var in ("POLICYGRAPH_REMOTE_QUERY_URL", "POLICYGRAPH_REMOTE_UPDATE_URL", "POLICYGRAPH_REMOTE_GSP_URL"):
        monkeypatch.setenv(var, "http://127.0.0.1:7878/query")
    location = runpy.run_path(str(DEPLOY / "celery" / "definitions.py"))["defs"]
    dg.Definitions.validate_loadable(location)
    job = location.resolve_job_def("policygraph_job")
    assert job.executor_def.name == "celery"
    assert {s.name for s in location.sensors or ()} == {s.name for s in defs.sensors or ()}
    run_config = yaml.safe_load((DEPLOY / "celery" / "run_config.yaml").read_text(encoding="utf-8"))
    monkeypatch.setenv("POLICYGRAPH_SOURCES", "data/sources.yaml")
    monkeypatch.setenv("DAGSTER_CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("DAGSTER_CELERY_BACKEND_URL", "redis://127.0.0.1:6379/1")
    dg.validate_run_config(job, run_config)
