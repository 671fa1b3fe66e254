"""Checks on the knowledge graph: SHACL conformance (blocking), OWL consistency (HermiT), violation queries.

One step evaluates them all: SHACL and the reasoner read the same graph of the batch (its document graphs plus the
reference and entities graphs), built once, and a step costs its own events and start-up."""

from collections.abc import Iterator

import dagster as dg

from pipelines import stages
from pipelines.defs.graph.assets import knowledge_graph
from pipelines.defs.ingest.partitions import batch_key
from pipelines.defs.resources import GraphStoreResource, HomeResource
from pipelines.stages import violation_query_files


def _violation_check_name(path) -> str:
    return f"no_{path.stem.removesuffix('-violation').replace('-', '_')}"


SHACL = dg.AssetCheckSpec(
    "shacl_conformance",
    asset=knowledge_graph,
    blocking=True,
    description="The batch's graphs conform to ontology/shapes.ttl (sh:Violation results fail and block publication)",
)
OWL = dg.AssetCheckSpec(
    "owl_consistency",
    asset=knowledge_graph,
    description="Ontology + a sample of the new individuals is consistent (HermiT)",
)
VIOLATIONS = {
    _violation_check_name(path): (
        path,
        dg.AssetCheckSpec(
            _violation_check_name(path),
            asset=knowledge_graph,
            description=f"queries/checks/{path.name} returns no rows",
        ),
    )
    for path in violation_query_files()
}


@dg.multi_asset_check(specs=[SHACL, OWL, *(spec for _, spec in VIOLATIONS.values())])
def knowledge_graph_checks(
    context: dg.AssetCheckExecutionContext, home: HomeResource, graph_store: GraphStoreResource
) -> Iterator[dg.AssetCheckResult]:
    """pyshacl over the batch's document graphs plus the reference graph: only sh:Violation results fail (and
    block publication); warnings, such as a law whose jurisdiction is unknown, are reported. HermiT, through
    owlready2, on the ontology plus a sample of the batch's individuals: an entity typed with two disjoint classes
    (say State and Firm) makes the graph inconsistent. Each violation query of queries/checks/ must return no
    rows (a warning otherwise)."""
    from pipelines.kg.reasoner import ReasonerError, check_consistency
    from pipelines.kg.shacl import validate

    h = home.home()
    store = graph_store.open(h)
    graph = stages.graph_for_checks(h, batch_key(context), store, graph_store.base_iri)
    report = validate(graph)
    context.log.info(f"SHACL: {len(graph):,} triples checked in {report.seconds:.1f} s, conforms: {report.conforms}")
    yield dg.AssetCheckResult(
        check_name=SHACL.name,
        passed=report.conforms,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "triples_checked": len(graph),
            "counts": dg.MetadataValue.json(report.counts),
            "results": dg.MetadataValue.md("```\n" + report.summary(20) + "\n```"),
            "seconds": round(report.seconds, 2),
        },
    )
    try:
        owl = check_consistency(graph, sample=500)
    except ReasonerError as exc:
        yield dg.AssetCheckResult(check_name=OWL.name, passed=False, metadata={"error": str(exc)})
    else:
        context.log.info(f"HermiT: {owl.individuals} individuals, consistent: {owl.consistent}")
        yield dg.AssetCheckResult(
            check_name=OWL.name,
            passed=owl.consistent,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "individuals": owl.individuals,
                "reason": owl.reason or "",
                "clashes": dg.MetadataValue.json([list(c) for c in owl.clashes[:20]]),
                "seconds": round(owl.seconds, 2),
            },
        )
    found = {name: stages.run_violation_query(store, path) for name, (path, _) in VIOLATIONS.items()}
    del store  # the next step (publication) opens the store again in this process
    for name, rows in found.items():
        yield dg.AssetCheckResult(
            check_name=name,
            passed=not rows,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"violations": len(rows), "examples": dg.MetadataValue.json(rows[:20])},
        )
