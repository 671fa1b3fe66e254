"""Publication: an immutable snapshot for the SPARQL endpoint, dumps, and the VoID/DCAT description."""

from datetime import UTC, datetime

import dagster as dg

from pipelines import stages
from pipelines.defs.graph.assets import knowledge_graph
from pipelines.defs.resources import GraphStoreResource, HomeResource, PublishResource


@dg.asset(deps=[knowledge_graph], kinds={"oxigraph", "rdf"}, group_name="publish")
def published_graph(
    context: dg.AssetExecutionContext, home: HomeResource, graph_store: GraphStoreResource, publish: PublishResource
) -> dg.MaterializeResult:
    """The graph as analysts and other data sets see it: a read-only snapshot that `policygraph serve` switches
    to atomically, dumps (Turtle, N-Triples, N-Quads with the per-document graphs, JSON-LD, the ontology), a
    VoID/DCAT description with linksets to Wikidata, GeoNames, DBpedia and DPV, and a SPARQL service description.
    With a remote store configured, the changed graphs are also pushed there (SPARQL Graph Store Protocol)."""
    h = home.home()
    snapshot_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    report = stages.publish_graph(
        h,
        graph_store.open(h),
        snapshot_id,
        base=graph_store.base_iri,
        endpoint_url=publish.endpoint_url,
        write_dumps=publish.write_dumps,
        remote=graph_store.remote(),
    )
    return dg.MaterializeResult(
        metadata={
            "snapshot": report["snapshot"],
            "triples": report["triples"],
            "dumps": dg.MetadataValue.json(report.get("dumps", {})),
            "void": report.get("void", ""),
            "remote_graphs_pushed": report.get("remote_graphs", 0),
        }
    )
