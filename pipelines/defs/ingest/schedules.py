"""A daily schedule that polls the feeds (conditional GET: unchanged feeds cost a 304), one batch per tick."""

import dagster as dg

from pipelines.defs.ingest.jobs import ingest_job
from pipelines.defs.ingest.partitions import add_batch
from pipelines.home import new_batch_key


@dg.schedule(
    name="daily_feeds",
    job=ingest_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
def daily_feeds_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Every day at 06:00 UTC: fetch feeds and pages, process what is new or changed, republish with dumps.

    Each tick is a new batch named by its scheduled time, so a tick evaluated twice asks for the same run."""
    key = add_batch(context.instance, new_batch_key("feeds", context.scheduled_execution_time))
    return dg.RunRequest(run_key=key, partition_key=key)
