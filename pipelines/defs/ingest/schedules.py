"""A daily schedule that polls the feeds (conditional GET: unchanged feeds cost a 304)."""

import dagster as dg

from pipelines.defs.ingest.jobs import ingest_job

daily_feeds_schedule = dg.ScheduleDefinition(
    name="daily_feeds",
    job=ingest_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    description="Every day at 06:00 UTC: fetch feeds and pages, process what is new or changed, republish.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
