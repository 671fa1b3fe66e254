"""What a Dagster user sees of a run: the source-health check, the message for a partition added by hand, a
schedule test that leaves no partition behind, the progress a stage reports, and the CLI's run as one Dagster run
that does nothing (and publishes nothing) when nothing is new."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import dagster as dg
import pytest

from pipelines.definitions import ASSETS, defs, resources
from pipelines.defs.ingest.partitions import batches
from pipelines.defs.ingest.schedules import daily_feeds_schedule
from pipelines.defs.resources import HomeResource, HttpResource, SourcesResource
from pipelines.home import Home
from pipelines.stages import ProgressMeter
from tests.support.httpserver import LocalHttpServer, Status
from tests.support.runs import CORPUS, PROJECT_ROOT


def collect(tmp_path, sources_text: str, key: str = "20261202T090000Z-manual"):
    """`raw_documents` alone on a partition `key` added by hand, as the UI's "Add partition" does."""
    tmp_path.mkdir(exist_ok=True)
    sources = tmp_path / "sources.yaml"
    sources.write_text(sources_text, encoding="utf-8")
    http = HttpResource(timeout=2.0, max_retries=1, backoff_base=0.01, min_interval=0.0)
    res = resources(
        home=HomeResource(path=str(tmp_path / "home")), sources=SourcesResource(path=str(sources)), http=http
    )
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(batches.name, [key])
        return dg.materialize(
            ASSETS,
            selection=["raw_documents"],
            resources=res,
            instance=instance,
            partition_key=key,
            raise_on_error=False,
        )


def source_check(result) -> dg.AssetCheckEvaluation:
    (evaluation,) = [
        e.asset_check_evaluation_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"
    ]
    assert evaluation.check_name == "sources_reachable"
    return evaluation


@pytest.mark.network
def test_source_health_check_warns_when_a_source_fails_and_errs_when_all_do(tmp_path):
    with LocalHttpServer() as server:
        server.route("/down.xml", Status(500))
        server.route("/gone.xml", Status(404))
        some = collect(tmp_path / "some", f"feeds: ['{server.url('/down.xml')}']\ncables: ['{CORPUS / 'cables'}']\n")
        every = collect(tmp_path / "all", f"feeds: ['{server.url('/down.xml')}', '{server.url('/gone.xml')}']\n")
    assert some.success and every.success  # a failing source never fails the run
    warned, failed = source_check(some), source_check(every)
    assert not warned.passed and warned.severity == dg.AssetCheckSeverity.WARN
    assert warned.metadata["failed"].value == 1 and warned.metadata["sources"].value == 2
    assert not failed.passed and failed.severity == dg.AssetCheckSeverity.ERROR
    assert failed.metadata["failed"].value == failed.metadata["sources"].value == 2


def test_source_health_check_passes_when_every_source_is_read(tmp_path):
    result = collect(tmp_path, f"cables: ['{CORPUS / 'cables'}']\narticles: ['{CORPUS / 'articles'}']\n")
    assert source_check(result).passed


def test_a_partition_named_by_hand_in_the_batch_format_runs(tmp_path):
    result = collect(tmp_path, f"cables: ['{CORPUS / 'cables'}']\n", key="20261202T090000Z-manual")
    assert result.success
    assert Home.at(tmp_path / "home").batch_keys() == ["20261202T090000Z-manual"]


def test_a_partition_named_otherwise_fails_with_a_message_naming_the_format(tmp_path):
    result = collect(tmp_path, f"cables: ['{CORPUS / 'cables'}']\n", key="my batch")
    assert not result.success
    (failure,) = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    message = failure.step_failure_data.user_failure_data.description
    assert "'my batch' is not a batch key" in message and "YYYYMMDDTHHMMSSZ" in message
    assert "20261202T090000Z-manual" in message


def test_testing_an_upcoming_tick_adds_no_partition():
    tick = (datetime.now(UTC) + timedelta(days=1)).replace(hour=6, minute=0, second=0, microsecond=0)
    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(
            instance=instance, scheduled_execution_time=tick, repository_def=defs.get_repository_def()
        )
        result = daily_feeds_schedule.evaluate_tick(context)
        assert not result.run_requests and f"{tick:%Y%m%dT%H%M%S}Z-feeds" in result.skip_message
        assert instance.get_dynamic_partitions(batches.name) == []


def test_progress_says_documents_done_words_per_second_and_time_left():
    said, now = [], [0.0]
    meter = ProgressMeter("extraction", 20, said.append, clock=lambda: now[0])
    for _ in range(20):
        now[0] += 0.5
        meter.advance(1, 100)
    assert said[0] == "extraction: 2/20 documents, 200 words, 200 words/s, about 9 s left"
    assert said[-1] == "extraction: 20/20 documents, 2,000 words, 200 words/s"
    assert len(said) == 10  # a tenth of the documents at a time, at most once a second


def policygraph_run(home, sources) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--json", "--home", str(home), "--sources", str(sources)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.slow
def test_a_cli_run_is_one_dagster_run_and_a_run_with_nothing_new_skips_and_publishes_nothing(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    home = tmp_path / "home"
    sources = tmp_path / "corpus" / "sources.yaml"
    first = policygraph_run(home, sources)
    assert first["stages"]["graph_dumps"]["status"] == "materialized" and first["new_snapshot"]
    # what the published graph holds: counted by the daily dumps step, not by every batch's graph step
    dumps, published = first["stages"]["graph_dumps"]["metadata"], first["stages"]["published_graph"]["metadata"]
    assert dumps["triples_total"] == published["triples"] > 0 and dumps["individuals_by_type"]["Cable"] >= 1
    assert "triples_total" not in first["stages"]["knowledge_graph"]["metadata"]
    h = Home.at(home)
    published = sorted(p.name for p in (h.published / "snapshots").iterdir())
    current = (h.published / "CURRENT").read_text(encoding="utf-8")

    again = policygraph_run(home, sources)
    assert again["stages"]["raw_documents"]["metadata"]["batch"] == 0
    assert again["stages"]["entity_mentions"]["metadata"]["extractor"] == ""  # the spaCy model was not loaded
    for stage in ("knowledge_graph", "published_graph", "graph_dumps"):
        assert again["stages"][stage]["status"] == "skipped"
    assert again["new_snapshot"] is None
    assert sorted(p.name for p in (h.published / "snapshots").iterdir()) == published
    assert (h.published / "CURRENT").read_text(encoding="utf-8") == current
    text = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--home", str(home), "--sources", str(sources)],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300,
    ).stdout.splitlines()  # fmt: skip
    assert re.fullmatch(
        rf"policygraph run: batch \S+-cli, sources {re.escape(str(sources))}, home {re.escape(str(home))}", text[0]
    )
    assert text[-6].startswith("Done in") and "Nothing new" in text[-6]

    instance = dg.DagsterInstance.from_config(str(h.dagster))
    try:
        runs = instance.get_runs()
        assert [r.job_name for r in runs] == ["policygraph_job"] * 3  # one Dagster run per policygraph run
        assert {first["dagster_run_id"], again["dagster_run_id"]} <= {r.run_id for r in runs}
    finally:
        instance.dispose()
