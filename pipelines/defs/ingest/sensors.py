"""Sensors: the drop folder named in the sources file (`drop:`), and failed runs (their claims go)."""

import json

import dagster as dg

from pipelines.defs.ingest.jobs import incremental_job, ingest_job
from pipelines.defs.ingest.partitions import batches
from pipelines.defs.resources import HomeResource, SourcesResource
from pipelines.home import new_batch_key
from pipelines.sources.config import SourcesError
from pipelines.sources.drop import run_key, scan_drop_folder


@dg.sensor(
    job=incremental_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Every 30 s: when files appear or change in the drop folder named in the sources file (`drop:`), "
    "a new batch (partition `<time>Z-drop`) processed and published without dumps.",
)
def drop_folder_sensor(context: dg.SensorEvaluationContext, sources: SourcesResource):
    """Starts the pipeline on a new batch when files appear or change in the drop folder (articles; cables
    under `cables/`)."""
    try:
        config = sources.load()
    except SourcesError as exc:
        return dg.SkipReason(f"sources file unusable: {exc}")
    if config.drop is None:
        return dg.SkipReason("no drop folder configured (add `drop: FOLDER` to the sources file)")
    seen = json.loads(context.cursor) if context.cursor else {}
    changed, current = scan_drop_folder(config.drop, seen)
    cursor = json.dumps(current, sort_keys=True)
    if not changed:
        return dg.SensorResult(skip_reason=f"nothing new in {config.drop}", cursor=cursor)
    key = new_batch_key("drop")
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=run_key(changed, current),
                partition_key=key,
                tags={"policygraph/dropped_files": str(len(changed))},
            )
        ],
        dynamic_partitions_requests=[batches.build_add_request([key])],
        cursor=cursor,
    )


@dg.run_failure_sensor(
    monitored_jobs=[ingest_job, incremental_job],
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="When a run of the pipeline fails or is cancelled, its batch lets go of its documents in the "
    "registry, so the next batch takes them at once (without it, a run that died on another host holds them until "
    "the claim lease ends).",
)
def release_claims_of_failed_runs(context: dg.RunFailureSensorContext, home: HomeResource):
    """Releases the failed run's batch claims (its partition); a re-run of the batch claims them again."""
    batch = context.dagster_run.tags.get("dagster/partition")
    if not batch:
        return dg.SkipReason(f"run {context.dagster_run.run_id} has no batch")
    with home.fetch_state() as state:
        released = state.release_claims(batch)
    context.log.info(f"batch {batch}: released {released} claimed documents of failed run {context.dagster_run.run_id}")
    return None
