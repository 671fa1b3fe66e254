"""A daily schedule that polls the feeds (conditional GET: unchanged feeds cost a 304), one batch per tick."""

from datetime import UTC, datetime

import dagster as dg

from pipelines.defs.ingest.jobs import ingest_job
from pipelines.defs.ingest.partitions import add_batch
from pipelines.home import new_batch_key

#: The daily run also checks the whole store (the other runs check their batch's graphs): see docs/scale-out.md.
FULL_SWEEP = {"ops": {"knowledge_graph": {"config": {"full_sweep": True}}}}


@dg.schedule(
    name="daily_feeds",
    job=ingest_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Every day at 06:00 UTC: a new batch (partition `<time>Z-feeds`) of what is new or changed in the "
    "sources, processed and published with dumps, and the whole store checked. Testing an upcoming tick in the UI "
    "adds no partition.",
)
def daily_feeds_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    """Every day at 06:00 UTC: fetch feeds and pages, process what is new or changed, republish with dumps.

    Each tick is a new batch named by its scheduled time, so a tick evaluated twice asks for the same run. A tick
    whose time has not come is a test (the UI's "Test schedule"): it says which batch the tick will make and adds
    no partition, which would otherwise stay behind, empty, among the batches."""
    tick = context.scheduled_execution_time
    key = new_batch_key("feeds", tick)
    if tick is not None and tick > datetime.now(UTC):
        return dg.SkipReason(f"a test of the tick of {tick:%Y-%m-%d %H:%M} UTC: it will run the new batch {key}")
    return dg.RunRequest(run_key=key, partition_key=add_batch(context.instance, key), run_config=FULL_SWEEP)
