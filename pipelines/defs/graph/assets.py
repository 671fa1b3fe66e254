"""The knowledge graph: one named graph per document in the embedded Oxigraph store."""

from collections.abc import Iterator

import dagster as dg

from pipelines import stages
from pipelines.defs.extract.assets import relations
from pipelines.defs.ingest.partitions import batch_key, batches
from pipelines.defs.resources import STORE_POOL, GraphStoreResource, HomeResource
from pipelines.kg.statements import GraphBuilder


@dg.asset(
    deps=[relations],
    partitions_def=batches,
    kinds={"oxigraph", "owl"},
    group_name="graph",
    pool=STORE_POOL,
    output_required=False,
)
def knowledge_graph(
    context: dg.AssetExecutionContext, home: HomeResource, graph_store: GraphStoreResource
) -> Iterator[dg.MaterializeResult]:
    """Documents, mentions (NIF offsets), entities (typed by the OWL ontology) and relation assertions with
    provenance, one named graph per document, plus the ontology and reference graphs. A changed document
    replaces its named graph; an unchanged one is not touched; re-running a batch replaces exactly its graphs.

    When the batch brought nothing to load and the published snapshot already holds the store as it is (with its
    dumps), nothing is materialized: the graph checks and the publication steps are skipped."""
    h = home.home()
    with graph_store.opened(h) as store, home.fetch_state() as state:
        report = stages.load_knowledge_graph(
            h, batch_key(context), store, state, GraphBuilder(graph_store.base_iri), progress=context.log.info
        )
        pending = stages.unpublished_changes(h)
        if not report.changed and pending is None:
            context.log.info("nothing new to load and the graph is published as it is: checks and publication skipped")
            return
        if not report.changed:
            context.log.info(f"nothing new to load, but {pending}: checking and publishing it")
        counts = stages.graph_summary(store, graph_store.base_iri)
    context.log.info(
        f"{len(report.loaded)} document graphs loaded ({report.quads:,} quads), {len(report.failed)} quarantined; "
        f"the store holds {counts['triples']:,} triples in {counts['graphs']} named graphs"
    )
    yield dg.MaterializeResult(
        metadata={
            "dagster/row_count": report.quads,
            "documents_loaded": len(report.loaded),
            "quarantined": dg.MetadataValue.json([{"doc_id": d.doc_id, "reason": r} for d, r in report.failed]),
            "quads_written": report.quads,
            "ontology_and_reference_reloaded": report.shared_graphs_reloaded,
            "triples_total": counts["triples"],
            "named_graphs": counts["graphs"],
            "individuals_by_type": dg.MetadataValue.json(counts["types"]),
            "store": str(h.store),
        }
    )
