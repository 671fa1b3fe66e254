"""The Dagster code location `policygraph`: assets from sources to the published graph, their checks, two jobs, a
schedule and two sensors (the drop folder; failed runs release their documents).

Read the flow top to bottom in pipelines/defs/: ingest (raw_documents -> documents), extract (entity_mentions ->
entities -> relations), graph (knowledge_graph + SHACL/reasoner/violation checks), publish (published_graph:
snapshot; graph_dumps: dumps, VoID). Every asset is a thin shell over a Dagster-free function in pipelines.stages.
`dg check defs`, `dg list defs` and `dg dev` load it from the checkout ([tool.dg] in pyproject.toml).
"""

import dagster as dg

from pipelines.defs.extract import assets as extract_assets
from pipelines.defs.graph import assets as graph_assets
from pipelines.defs.graph import checks as graph_checks
from pipelines.defs.ingest import assets as ingest_assets
from pipelines.defs.ingest.jobs import incremental_job, ingest_job
from pipelines.defs.ingest.schedules import daily_feeds_schedule
from pipelines.defs.ingest.sensors import drop_folder_sensor, release_claims_of_failed_runs
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
    """The resources of the code location: the home folder and the sources file from the environment when a run
    starts (POLICYGRAPH_HOME, POLICYGRAPH_SOURCES); the CLI and tests pass their own."""
    return {
        "home": HomeResource(path=dg.EnvVar("POLICYGRAPH_HOME")),
        "sources": SourcesResource(path=dg.EnvVar("POLICYGRAPH_SOURCES")),
        "http": HttpResource(),
        "nlp": NlpResource(),
        "graph_store": GraphStoreResource(),
        "publish": PublishResource(),
        **overrides,
    }


#: Assets and checks without resources bound: `dg.materialize(ASSETS + CHECKS, resources=...)` in tests.
ASSETS = dg.load_assets_from_modules([ingest_assets, extract_assets, graph_assets, publish_assets])
CHECKS = dg.load_asset_checks_from_modules([graph_checks])

#: Every run, from the UI, the schedule, the sensor, a backfill or `policygraph run`, executes its steps one after
#: another in one process: the stages form a chain, the graph steps share the single-writer embedded store, and the
#: spaCy model is loaded once. A process per step (the multiprocess executor) cost 3-11 s of start-up per step,
#: 150 s of a 196 s run of the sample batch. Extraction forks its own workers (`nlp.n_process`).
EXECUTOR = dg.in_process_executor


def definitions(executor: dg.ExecutorDefinition = EXECUTOR, **resource_overrides) -> dg.Definitions:
    """The code location, with `resources(**resource_overrides)` bound (the CLI runs the same jobs with its own;
    deploy/celery gives the Celery executor)."""
    return dg.Definitions(
        assets=ASSETS,
        executor=executor,
        asset_checks=CHECKS,
        jobs=[ingest_job, incremental_job],
        schedules=[daily_feeds_schedule],
        sensors=[drop_folder_sensor, release_claims_of_failed_runs],
        resources=resources(**resource_overrides),
    )


defs = definitions()
