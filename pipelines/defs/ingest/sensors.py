"""A sensor on the drop folder named in the sources file (`drop:`)."""

import json

import dagster as dg

from pipelines.defs.ingest.jobs import incremental_job
from pipelines.defs.ingest.partitions import batches
from pipelines.defs.resources import SourcesResource
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
