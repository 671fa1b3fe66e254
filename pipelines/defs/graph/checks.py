"""Checks on the knowledge graph: SHACL conformance (blocking), OWL consistency (HermiT), violation queries."""

import dagster as dg

from pipelines import stages
from pipelines.defs.graph.assets import knowledge_graph
from pipelines.defs.resources import GraphStoreResource, HomeResource
from pipelines.stages import violation_query_files


def _violation_check(name: str, path):
    @dg.asset_check(
        asset=knowledge_graph,
        name=f"no_{name.removesuffix('-violation').replace('-', '_')}",
        description=f"queries/checks/{path.name} returns no rows",
        blocking=False,
    )
    def _check(home: HomeResource, graph_store: GraphStoreResource) -> dg.AssetCheckResult:
        rows = stages.run_violation_query(graph_store.open(home.home()), path)
        return dg.AssetCheckResult(
            passed=not rows,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"violations": len(rows), "examples": dg.MetadataValue.json(rows[:20])},
        )

    return _check


violation_checks = [_violation_check(path.stem, path) for path in violation_query_files()]


@dg.asset_check(asset=knowledge_graph, blocking=True, description="The batch's graphs conform to ontology/shapes.ttl")
def shacl_conformance(
    context: dg.AssetCheckExecutionContext, home: HomeResource, graph_store: GraphStoreResource
) -> dg.AssetCheckResult:
    """pyshacl over the batch's document graphs plus the reference graph. Only sh:Violation results fail the
    check (and block publication); warnings, such as a law whose jurisdiction is unknown, are reported."""
    from pipelines.kg.shacl import validate

    h = home.home()
    graph = stages.graph_for_checks(h, context.partition_key, graph_store.open(h), graph_store.base_iri)
    report = validate(graph)
    return dg.AssetCheckResult(
        passed=report.conforms,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "triples_checked": len(graph),
            "counts": dg.MetadataValue.json(report.counts),
            "results": dg.MetadataValue.md("```\n" + report.summary(20) + "\n```"),
            "seconds": round(report.seconds, 2),
        },
    )


@dg.asset_check(asset=knowledge_graph, description="Ontology + a sample of the new individuals is consistent (HermiT)")
def owl_consistency(
    context: dg.AssetCheckExecutionContext, home: HomeResource, graph_store: GraphStoreResource
) -> dg.AssetCheckResult:
    """HermiT, through owlready2, on the ontology plus a sample of the batch's individuals: an entity typed with
    two disjoint classes (say State and Firm) makes the graph inconsistent."""
    from pipelines.kg.reasoner import ReasonerError, check_consistency

    h = home.home()
    graph = stages.graph_for_checks(h, context.partition_key, graph_store.open(h), graph_store.base_iri)
    try:
        report = check_consistency(graph, sample=500)
    except ReasonerError as exc:
        return dg.AssetCheckResult(passed=False, metadata={"error": str(exc)})
    return dg.AssetCheckResult(
        passed=report.consistent,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "individuals": report.individuals,
            "reason": report.reason or "",
            "clashes": dg.MetadataValue.json([list(c) for c in report.clashes[:20]]),
            "seconds": round(report.seconds, 2),
        },
    )
