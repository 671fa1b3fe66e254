"""The drop-folder sensor and the daily schedule, evaluated with Dagster's test contexts."""

from __future__ import annotations

import dagster as dg

from pipelines.definitions import defs
from pipelines.defs.ingest.schedules import daily_feeds_schedule
from pipelines.defs.ingest.sensors import drop_folder_sensor
from pipelines.defs.resources import SourcesResource


def sources_with_drop(tmp_path):
    (tmp_path / "inbox").mkdir()
    path = tmp_path / "sources.yaml"
    path.write_text("drop: inbox\n", encoding="utf-8")
    return SourcesResource(path=str(path)), tmp_path / "inbox"


def evaluate(sources: SourcesResource, cursor: str | None = None):
    context = dg.build_sensor_context(cursor=cursor, resources={"sources": sources})
    return drop_folder_sensor(context), context


def test_sensor_requests_one_run_per_new_file_set(tmp_path):
    sources, inbox = sources_with_drop(tmp_path)
    result, context = evaluate(sources)
    assert isinstance(result, dg.SkipReason)  # empty drop folder

    (inbox / "a.txt").write_text("Title\n2026-01-01\n\nVietnam adopted Decree 53.", encoding="utf-8")
    (inbox / "cables").mkdir()
    (inbox / "cables" / "26HANOI1.txt").write_text("UNCLAS HANOI 000001", encoding="utf-8")
    result, context = evaluate(sources, context.cursor)
    assert isinstance(result, dg.RunRequest)
    assert result.tags["policygraph/dropped_files"] == "2"
    first_key = result.run_key

    again, context = evaluate(sources, context.cursor)
    assert isinstance(again, dg.SkipReason)  # nothing changed since the cursor: no second run

    (inbox / "b.html").write_text("<html><body><p>New page.</p></body></html>", encoding="utf-8")
    result, context = evaluate(sources, context.cursor)
    assert isinstance(result, dg.RunRequest) and result.run_key != first_key
    assert result.tags["policygraph/dropped_files"] == "1"


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


def test_daily_schedule_runs_the_whole_job():
    context = dg.build_schedule_context()
    result = daily_feeds_schedule.evaluate_tick(context)
    assert len(result.run_requests) == 1
    assert daily_feeds_schedule.cron_schedule == "0 6 * * *"
    job = defs.resolve_job_def(daily_feeds_schedule.job_name)
    keys = {key.to_user_string() for key in job.asset_layer.selected_asset_keys}
    assert {"raw_documents", "knowledge_graph", "published_graph"} <= keys


def test_drop_folder_runs_skip_the_dumps_and_the_daily_job_writes_them():
    daily = defs.resolve_job_def(daily_feeds_schedule.job_name).asset_layer.selected_asset_keys
    dropped = defs.resolve_job_def(drop_folder_sensor.job_name).asset_layer.selected_asset_keys
    assert dg.AssetKey("graph_dumps") in daily and dg.AssetKey("graph_dumps") not in dropped
    assert dg.AssetKey("published_graph") in dropped


def test_definitions_load():
    repo = defs.get_repository_def()
    assert {s.name for s in repo.sensor_defs} == {"drop_folder_sensor"}
    assert {s.name for s in repo.schedule_defs} == {"daily_feeds"}
