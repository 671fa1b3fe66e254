"""Celery settings of the policygraph workers: `dagster_celery.app` (the `-A` of `celery ... worker`) updates its
defaults with this module when it is importable (`PYTHONPATH=deploy/celery`). Without it a worker listens on
`pyamqp://guest@localhost`, whatever broker the runs' executor sends their steps to. Both come from the
environment, as for the executor in definitions.py."""

import os

broker_url = os.environ["DAGSTER_CELERY_BROKER_URL"]
result_backend = os.environ["DAGSTER_CELERY_BACKEND_URL"]
