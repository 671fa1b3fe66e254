"""The pipeline as jobs: the whole of it (CLI, daily schedule), and without the dumps (drop-folder sensor)."""

import dagster as dg

ingest_job = dg.define_asset_job(
    "policygraph_job",
    selection=dg.AssetSelection.all(),
    description="Collect sources, extract, build and publish the graph (new or changed documents only), with dumps.",
)

incremental_job = dg.define_asset_job(
    "policygraph_incremental_job",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets("graph_dumps"),
    description="The same without the dumps, whose cost grows with the whole store: for frequent small runs.",
)
