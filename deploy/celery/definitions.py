"""The policygraph code location with the Celery executor: each step of a run becomes a Celery task.

Same assets, checks, jobs, schedule and sensors as `pipelines.definitions`; only the executor differs. Needs
`pip install 'policygraph[celery]'` (dagster-celery, the Redis client and dagster-postgres, the library releases of
dagster 1.13.27), a broker (Redis or RabbitMQ), the PostgreSQL instance of deploy/postgres/dagster.yaml, and the
run home on a volume that the run worker and every Celery worker mount at the same path (steps hand over through
files in it). Broker and result backend come from DAGSTER_CELERY_BROKER_URL and DAGSTER_CELERY_BACKEND_URL, for
the executor (here) and for the workers (`dagster_celery_config.py` beside this file, which `dagster_celery.app`
reads when it is importable):

    dagster code-server start -f deploy/celery/definitions.py          # or workspace.yaml in this folder
    PYTHONPATH=deploy/celery celery -A dagster_celery.app worker -l info -Q dagster -c 1   # on each worker host
"""

from dagster_celery import celery_executor

from pipelines.definitions import definitions

defs = definitions(
    executor=celery_executor.configured(
        {
            "broker": {"env": "DAGSTER_CELERY_BROKER_URL"},
            "backend": {"env": "DAGSTER_CELERY_BACKEND_URL"},
            "include": ["pipelines.definitions"],
        }
    )
)
