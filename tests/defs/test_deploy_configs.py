"""The run configs shipped under deploy/ are valid for the job they are written for (a stale key fails a launch)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
import yaml

from pipelines.definitions import defs

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
CONFIGS = ["local/run_config.multiprocess.yaml", "k8s/run_config.yaml", "triplestore/run_config.remote.yaml"]


@pytest.mark.parametrize("name", CONFIGS)
def test_deploy_run_config_is_valid_for_the_job(name, monkeypatch):
    for var in ("POLICYGRAPH_PUBLIC_ENDPOINT", "POLICYGRAPH_REMOTE_QUERY_URL", "POLICYGRAPH_REMOTE_UPDATE_URL"):
        monkeypatch.setenv(var, "http://127.0.0.1:7878/query")
    monkeypatch.setenv("POLICYGRAPH_REMOTE_GSP_URL", "http://127.0.0.1:7878/store")
    run_config = yaml.safe_load((DEPLOY / name).read_text(encoding="utf-8"))
    dg.validate_run_config(defs.resolve_job_def("policygraph_job"), run_config)


def test_a_stale_key_is_caught():
    with pytest.raises(dg.DagsterInvalidConfigError):
        dg.validate_run_config(
            defs.resolve_job_def("policygraph_job"), {"resources": {"publish": {"config": {"write_dumps": True}}}}
        )


def test_runs_launched_by_dagster_take_one_step_at_a_time():
    for job in ("policygraph_job", "policygraph_incremental_job"):
        resolved = dg.validate_run_config(defs.resolve_job_def(job), {})
        assert resolved["execution"]["multiprocess"]["max_concurrent"] == 1
