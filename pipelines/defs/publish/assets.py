"""Publication: an immutable snapshot for the SPARQL endpoint, then dumps and the VoID/DCAT description."""

from datetime import UTC, datetime

import dagster as dg

from pipelines import stages
from pipelines.defs.graph.assets import knowledge_graph
from pipelines.defs.resources import STORE_POOL, GraphStoreResource, HomeResource, PublishResource


@dg.asset(deps=[knowledge_graph], kinds={"oxigraph"}, group_name="publish", pool=STORE_POOL)
def published_graph(
    context: dg.AssetExecutionContext, home: HomeResource, graph_store: GraphStoreResource, publish: PublishResource
) -> dg.MaterializeResult:
    """The graph as analysts see it: a read-only snapshot of the store that `policygraph serve` switches to
    atomically (no half-written state is ever served). With a remote store configured, the run's batch's graphs
    are also pushed there (SPARQL 1.1 Graph Store Protocol), and the subjects the batch changed in the shared
    graphs; every graph when the run has no batch (say, the publication step of a backfill). A store the current
    snapshot already holds is not published again."""
    h = home.home()
    snapshot_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    batch = context.partition_key if context.has_partition_key else None
    with graph_store.opened(h) as store:
        report = stages.publish_graph(
            h, store, snapshot_id, graph_store.base_iri, publish.endpoint_url, graph_store.remote(), batch
        )
    if report["new_snapshot"]:
        context.log.info(f"published snapshot {report['snapshot']}: {report['triples']:,} triples")
    else:
        context.log.info(f"snapshot {report['snapshot']} already holds the graph as it is: nothing published")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": report["triples"],
            "snapshot": report["snapshot"],
            "new_snapshot": report["new_snapshot"],
            "triples": report["triples"],
            "remote_graphs_pushed": report.get("remote_graphs", 0),
            "remote_triples_sent": report.get("remote_triples", 0),
        }
    )


@dg.asset(deps=[published_graph], kinds={"rdf"}, group_name="publish", pool=STORE_POOL)
def graph_dumps(
    context: dg.AssetExecutionContext, home: HomeResource, graph_store: GraphStoreResource, publish: PublishResource
) -> dg.MaterializeResult:
    """Downloads of the current snapshot for other data sets: Turtle, N-Triples (gzip), N-Quads (gzip, with the
    per-document named graphs), JSON-LD with a context, the ontology, a VoID/DCAT description with linksets to
    Wikidata, GeoNames, DBpedia and DPV, and a SPARQL service description. A pass over the whole store, so it runs
    in the daily job, not in every drop-folder run; a snapshot that has its dumps is not dumped again. Its metadata
    says what the published graph holds: triples, named graphs, individuals per type."""
    report = stages.write_graph_dumps(home.home(), graph_store.base_iri, publish.endpoint_url)
    if report["files"]:
        context.log.info(f"dumps of snapshot {report['snapshot']}: {', '.join(sorted(report['files']))}")
    else:
        context.log.info(f"snapshot {report['snapshot']} has its dumps already: nothing written")
    counts = stages.published_summary(home.home(), graph_store.base_iri) or {"triples": 0, "graphs": 0, "types": {}}
    return dg.MaterializeResult(
        metadata={
            "snapshot": report["snapshot"] or "",
            "files": dg.MetadataValue.json(report["files"]),
            "triples_total": counts["triples"],
            "named_graphs": counts["graphs"],
            "individuals_by_type": dg.MetadataValue.json(counts["types"]),
        }
    )
