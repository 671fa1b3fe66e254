"""The policygraph code location with the Celery executor: each step of a run becomes a Celery task.

Same assets, checks, schedule and sensor as `pipelines.definitions`; only the executor differs. Needs
`pip install dagster-celery==0.29.27 dagster-postgres==0.29.27` (the library releases of dagster 1.13.27), a broker
(RabbitMQ or Redis), the PostgreSQL instance of deploy/postgres/dagster.yaml, and the run home on a volume that
the run worker and every Celery worker mount at the same path (steps hand over through files in it).

    dagster code-server start -f deploy/celery/definitions.py          # or workspace.yaml in this folder
    celery -A dagster_celery.app worker -l info -Q dagster              # on each worker host (same image/venv)
"""

import dagster as dg
from dagster_celery import celery_executor

from pipelines.definitions import ASSETS, CHECKS, resources
from pipelines.defs.ingest.jobs import incremental_job, ingest_job
from pipelines.defs.ingest.schedules import daily_feeds_schedule
from pipelines.defs.ingest.sensors import drop_folder_sensor

#: broker and backend come from the environment of the run worker (StringSource), never from this file
executor = celery_executor.configured(
    {
        "broker": {"env": "DAGSTER_CELERY_BROKER_URL"},
        "backend": {"env": "DAGSTER_CELERY_BACKEND_URL"},
        "include": ["pipelines.definitions"],
    }
)

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=CHECKS,
    jobs=[ingest_job, incremental_job],
    schedules=[daily_feeds_schedule],
    sensors=[drop_folder_sensor],
    resources=resources(),
    executor=executor,
)
