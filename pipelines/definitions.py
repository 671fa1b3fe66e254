"""The Dagster code location: assets from sources to the published graph, their checks, a schedule and a sensor.

Read the flow top to bottom in pipelines/defs/: ingest (raw_documents -> documents), extract (entity_mentions ->
entities -> relations), graph (knowledge_graph + SHACL/reasoner/violation checks), publish (published_graph:
snapshot; graph_dumps: dumps, VoID). Every asset is a thin shell over a Dagster-free function in pipelines.stages.
"""

import dagster as dg

from pipelines.defs.extract import assets as extract_assets
from pipelines.defs.extract import checks as extract_checks
from pipelines.defs.graph import assets as graph_assets
from pipelines.defs.graph import checks as graph_checks
from pipelines.defs.ingest import assets as ingest_assets
from pipelines.defs.ingest.jobs import incremental_job, ingest_job
from pipelines.defs.ingest.schedules import daily_feeds_schedule
from pipelines.defs.ingest.sensors import drop_folder_sensor
from pipelines.defs.publish import assets as publish_assets
from pipelines.defs.resources import (
    GraphStoreResource,
    HomeResource,
    HttpResource,
    NlpResource,
    PublishResource,
    SourcesResource,
)


def resources(**overrides) -> dict:
    """The default resources; the CLI and tests override the home folder, sources file, model..."""
    return {
        "home": HomeResource(),
        "sources": SourcesResource(),
        "http": HttpResource(),
        "nlp": NlpResource(),
        "graph_store": GraphStoreResource(),
        "publish": PublishResource(),
        **overrides,
    }


#: Assets and checks without resources bound: `dg.materialize(ASSETS + CHECKS, resources=...)` in the CLI and tests.
ASSETS = dg.load_assets_from_modules([ingest_assets, extract_assets, graph_assets, publish_assets])
CHECKS = dg.load_asset_checks_from_modules([extract_checks, graph_checks])

#: Runs launched by the UI, the schedule, the sensor or a backfill: one step at a time, each in its own process (its
#: memory, spaCy's included, is returned when it ends). Not more: the graph checks and publication each open the
#: embedded store, a single-writer RocksDB database that a second process cannot open (deploy/local explains).
EXECUTOR = dg.multiprocess_executor.configured({"max_concurrent": 1})

defs = dg.Definitions(
    assets=ASSETS,
    executor=EXECUTOR,
    asset_checks=CHECKS,
    jobs=[ingest_job, incremental_job],
    schedules=[daily_feeds_schedule],
    sensors=[drop_folder_sensor],
    resources=resources(),
)
