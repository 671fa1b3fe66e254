"""The whole pipeline as one job (sources to published graph), for the schedule, the sensor and the CLI."""

import dagster as dg

ingest_job = dg.define_asset_job(
    "policygraph_job",
    selection=dg.AssetSelection.all(),
    description="Collect sources, extract, build and publish the knowledge graph (only new or changed documents).",
)
