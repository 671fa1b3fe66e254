"""The drop-folder sensor and the daily schedule, evaluated with Dagster's test contexts."""

from __future__ import annotations

from datetime import UTC, datetime

import dagster as dg

from pipelines.definitions import defs
from pipelines.defs.ingest.partitions import batches
from pipelines.defs.ingest.schedules import daily_feeds_schedule
from pipelines.defs.ingest.sensors import drop_folder_sensor
from pipelines.defs.resources import SourcesResource


def sources_with_drop(tmp_path):
    (tmp_path / "inbox").mkdir()
    path = tmp_path / "sources.yaml"
    path.write_text("drop: inbox\n", encoding="utf-8")
    return SourcesResource(path=str(path)), tmp_path / "inbox"


def evaluate(sources: SourcesResource, cursor: str | None = None):
    """The sensor's result and the cursor the next evaluation starts from."""
    context = dg.build_sensor_context(cursor=cursor, resources={"sources": sources})
    result = drop_folder_sensor(context)
    return result, getattr(result, "cursor", cursor)


def test_sensor_requests_one_run_on_a_new_batch_per_new_file_set(tmp_path):
    sources, inbox = sources_with_drop(tmp_path)
    result, cursor = evaluate(sources)
    assert not result.run_requests and "nothing new" in result.skip_reason.skip_message  # empty drop folder

    (inbox / "a.txt").write_text("Title\n2026-01-01\n\nVietnam adopted Decree 53.", encoding="utf-8")
    (inbox / "cables").mkdir()
    (inbox / "cables" / "26HANOI1.txt").write_text("UNCLAS HANOI 000001", encoding="utf-8")
    result, cursor = evaluate(sources, cursor)
    [request] = result.run_requests
    assert request.tags["policygraph/dropped_files"] == "2"
    # The run is a new partition of the batches, added in the same evaluation.
    [added] = result.dynamic_partitions_requests
    assert added.partitions_def_name == batches.name and list(added.partition_keys) == [request.partition_key]
    assert request.partition_key.endswith("-drop")

    again, cursor = evaluate(sources, cursor)
    assert not again.run_requests and not again.dynamic_partitions_requests  # nothing changed since the cursor

    (inbox / "b.html").write_text("<html><body><p>New page.</p></body></html>", encoding="utf-8")
    result, cursor = evaluate(sources, cursor)
    [second] = result.run_requests
    assert second.run_key != request.run_key and second.tags["policygraph/dropped_files"] == "1"


def test_sensor_skips_with_a_reason_without_drop_folder(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("articles: []\n", encoding="utf-8")
    result, _ = evaluate(SourcesResource(path=str(path)))
    assert isinstance(result, dg.SkipReason) and "no drop folder" in result.skip_message


def test_sensor_reports_an_unusable_sources_file(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("feeds: [\n", encoding="utf-8")
    result, _ = evaluate(SourcesResource(path=str(path)))
    assert isinstance(result, dg.SkipReason) and "sources file unusable" in result.skip_message


def test_daily_schedule_runs_the_whole_job_on_a_new_batch(monkeypatch, tmp_path):
    tick = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(
            instance=instance, scheduled_execution_time=tick, repository_def=defs.get_repository_def()
        )
        result = daily_feeds_schedule.evaluate_tick(context)
        [request] = result.run_requests
        assert request.partition_key == "20261129T060000Z-feeds" == request.run_key
        assert instance.get_dynamic_partitions(batches.name) == ["20261129T060000Z-feeds"]
        # The same tick evaluated again asks for the same run (the run key dedupes it), not a second batch.
        again = daily_feeds_schedule.evaluate_tick(context)
        assert again.run_requests[0].run_key == request.run_key
        assert instance.get_dynamic_partitions(batches.name) == ["20261129T060000Z-feeds"]
    assert daily_feeds_schedule.cron_schedule == "0 6 * * *"
    job = defs.resolve_job_def(daily_feeds_schedule.job_name)
    keys = {key.to_user_string() for key in job.asset_layer.selected_asset_keys}
    assert {"raw_documents", "knowledge_graph", "published_graph"} <= keys
    # the daily run checks the whole store (the other runs their batch's graphs), with a config the job accepts
    monkeypatch.setenv("POLICYGRAPH_HOME", str(tmp_path))
    monkeypatch.setenv("POLICYGRAPH_SOURCES", str(tmp_path / "sources.yaml"))
    config = dg.validate_run_config(job, request.run_config)
    assert config["ops"]["knowledge_graph"]["config"] == {"full_sweep": True}


def test_batch_stages_are_partitioned_by_batch_and_publication_is_not():
    job = defs.resolve_job_def("policygraph_job")
    assert job.partitions_def == batches  # partition backfills from the UI or `dagster job backfill`
    graph = defs.resolve_asset_graph()
    partitioned = {k.to_user_string() for k in graph.get_all_asset_keys() if graph.get(k).partitions_def}
    assert partitioned == {"raw_documents", "documents", "entity_mentions", "entities", "relations", "knowledge_graph"}


def test_drop_folder_runs_skip_the_dumps_and_the_daily_job_writes_them():
    daily = defs.resolve_job_def(daily_feeds_schedule.job_name).asset_layer.selected_asset_keys
    dropped = defs.resolve_job_def(drop_folder_sensor.job_name).asset_layer.selected_asset_keys
    assert dg.AssetKey("graph_dumps") in daily and dg.AssetKey("graph_dumps") not in dropped
    assert dg.AssetKey("published_graph") in dropped


def test_definitions_load():
    repo = defs.get_repository_def()
    assert {s.name for s in repo.sensor_defs} == {"drop_folder_sensor", "release_claims_of_failed_runs"}
    assert {s.name for s in repo.schedule_defs} == {"daily_feeds"}
