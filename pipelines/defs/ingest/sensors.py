"""A sensor on the drop folder named in the sources file (`drop:`)."""

import json

import dagster as dg

from pipelines.defs.ingest.jobs import incremental_job
from pipelines.defs.resources import SourcesResource
from pipelines.sources.config import SourcesError
from pipelines.sources.drop import run_key, scan_drop_folder


@dg.sensor(job=incremental_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.STOPPED)
def drop_folder_sensor(context: dg.SensorEvaluationContext, sources: SourcesResource):
    """Starts the pipeline when files appear or change in the drop folder (articles; cables under `cables/`)."""
    try:
        config = sources.load()
    except SourcesError as exc:
        return dg.SkipReason(f"sources file unusable: {exc}")
    if config.drop is None:
        return dg.SkipReason("no drop folder configured (add `drop: FOLDER` to the sources file)")
    seen = json.loads(context.cursor) if context.cursor else {}
    changed, current = scan_drop_folder(config.drop, seen)
    context.update_cursor(json.dumps(current, sort_keys=True))
    if not changed:
        return dg.SkipReason(f"nothing new in {config.drop}")
    return dg.RunRequest(run_key=run_key(changed, current), tags={"policygraph/dropped_files": str(len(changed))})
