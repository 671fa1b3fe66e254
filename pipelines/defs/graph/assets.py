"""The knowledge graph: one named graph per document in the embedded Oxigraph store."""

from collections.abc import Iterator

import dagster as dg

from pipelines import stages
from pipelines.defs.extract.assets import relations
from pipelines.defs.ingest.partitions import batch_key, batches
from pipelines.defs.resources import STORE_POOL, GraphStoreResource, HomeResource
from pipelines.kg.statements import GraphBuilder


class KnowledgeGraphConfig(dg.Config):
    """`full_sweep`: the checks look at every document graph and entity of the store instead of the batch's (the
    daily schedule's runs set it; a run launched by hand can too)."""

    full_sweep: bool = False


@dg.asset(
    deps=[relations],
    partitions_def=batches,
    kinds={"oxigraph", "owl"},
    group_name="graph",
    pool=STORE_POOL,
    output_required=False,
)
def knowledge_graph(
    context: dg.AssetExecutionContext, config: KnowledgeGraphConfig, home: HomeResource, graph_store: GraphStoreResource
) -> Iterator[dg.MaterializeResult]:
    """Documents, mentions (NIF offsets), entities (typed by the OWL ontology) and relation assertions with
    provenance, one named graph per document, plus the ontology and reference graphs. A changed document
    replaces its named graph; an unchanged one is not touched; re-running a batch replaces exactly its graphs.

    The metadata is the batch's: what the whole store holds (a pass over all of it) is in `graph_dumps`'s, daily.
    Last, while it holds the store, the step writes what the checks read (`stages.export_checks`: the batch's
    document graphs with what they mention, or the whole store with `full_sweep`), so that the checks run outside
    the store's pool. When the batch brought nothing to load and the published snapshot already holds the store as
    it is (with its dumps), nothing is materialized: the graph checks and the publication steps are skipped, unless
    the run asks for the full sweep (the daily run sweeps the store even on a day that brought nothing new)."""
    h = home.home()
    with graph_store.opened(h) as store, home.fetch_state() as state:
        report = stages.load_knowledge_graph(
            h, batch_key(context), store, state, GraphBuilder(graph_store.base_iri), progress=context.log.info
        )
        pending = stages.unpublished_changes(h)
        if not report.changed and pending is None and not config.full_sweep:
            context.log.info("nothing new to load and the graph is published as it is: checks and publication skipped")
            return
        if not report.changed:
            context.log.info(f"nothing new to load, but {pending or 'a full sweep was asked for'}: checking it")
        units = stages.export_checks(h, batch_key(context), store, graph_store.base_iri, config.full_sweep)
    context.log.info(
        f"{len(report.loaded)} document graphs loaded ({report.quads:,} quads), {len(report.failed)} quarantined, "
        f"{len(report.withdrawn)} withdrawn"
    )
    yield dg.MaterializeResult(
        metadata={
            "dagster/row_count": report.quads,
            "documents_loaded": len(report.loaded),
            "quarantined": dg.MetadataValue.json([{"doc_id": d.doc_id, "reason": r} for d, r in report.failed]),
            "quads_written": report.quads,
            "documents_withdrawn": dg.MetadataValue.json(report.withdrawn),
            "ontology_and_reference_reloaded": report.shared_graphs_reloaded,
            "store": str(h.store),
            "check_units": units,
        }
    )
