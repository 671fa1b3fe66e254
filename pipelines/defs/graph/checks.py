"""Checks on the knowledge graph: SHACL conformance (blocking), OWL consistency (HermiT), violation queries.

One step evaluates them all on the batch's document graphs (`stages.check_graph`: a group of documents at a time,
each with the descriptions of what it mentions, as `knowledge_graph` wrote them out), and a step costs its own
events and start-up. The reasoner reads the first group. The daily schedule's runs sweep the whole store
(`full_sweep` of `knowledge_graph`)."""

from collections.abc import Iterator

import dagster as dg
from rdflib import Graph

from pipelines import stages
from pipelines.defs.graph.assets import knowledge_graph
from pipelines.defs.ingest.partitions import batch_key
from pipelines.defs.resources import HomeResource, NlpResource
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
    context: dg.AssetCheckExecutionContext, home: HomeResource, nlp: NlpResource
) -> Iterator[dg.AssetCheckResult]:
    """pyshacl over each of the batch's document graphs, with only what its shapes need besides it (the
    descriptions of the entities it mentions): only sh:Violation results fail (and block publication); warnings,
    such as a law whose jurisdiction is unknown, are reported. HermiT, through owlready2, on the ontology plus a
    sample of the batch's individuals: an entity typed with two disjoint classes (say State and Firm) makes the
    graph inconsistent. Each violation query of queries/checks/ must return no rows on the batch's graphs (a
    warning otherwise). The daily schedule's sweep (`full_sweep` of `knowledge_graph`) checks the whole store the
    same way. The step reads the check units `knowledge_graph` wrote, not the store: it is outside the store's
    pool, so two batches' checks run at once. SHACL runs in as many processes as extraction (`nlp.n_process`)."""
    from pipelines.kg.reasoner import ReasonerError, check_consistency

    checked, graph, full = stages.check_graph(home.home(), batch_key(context), workers=nlp.n_process)
    report = checked.shacl
    scope = "whole store" if full else "batch"
    context.log.info(
        f"SHACL ({scope}): {checked.units} units, {checked.triples_checked:,} triples checked (at most "
        f"{checked.largest_group:,} at once) in {checked.seconds:.1f} s, conforms: {report.conforms}"
    )
    yield dg.AssetCheckResult(
        check_name=SHACL.name,
        passed=report.conforms,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "scope": scope,
            "units": checked.units,
            "triples_checked": checked.triples_checked,
            "largest_group": checked.largest_group,
            "counts": dg.MetadataValue.json(report.counts),
            "results": dg.MetadataValue.md("```\n" + report.summary(20) + "\n```"),
            "seconds": round(checked.seconds, 2),
        },
    )
    try:
        owl = check_consistency(graph if graph is not None else Graph(), sample=500)
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
    for name, (path, _) in VIOLATIONS.items():
        rows = checked.violations[path.stem]
        yield dg.AssetCheckResult(
            check_name=name,
            passed=not rows,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"scope": scope, "violations": len(rows), "examples": dg.MetadataValue.json(rows[:20])},
        )
