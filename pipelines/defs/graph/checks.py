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
