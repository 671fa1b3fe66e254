"""Data-quality checks on extraction output."""

import dagster as dg

from pipelines import stages
from pipelines.defs.extract.assets import entity_mentions
from pipelines.defs.resources import HomeResource


@dg.asset_check(asset=entity_mentions, blocking=True, description="Every mention points into its document's text")
def mentions_have_provenance(context: dg.AssetCheckExecutionContext, home: HomeResource) -> dg.AssetCheckResult:
    """Each mention's offsets lie inside its document and cut out exactly the mention's text."""
    bad = stages.mention_provenance_errors(home.home(), context.partition_key)
    return dg.AssetCheckResult(
        passed=not bad,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"bad_mentions": len(bad), "examples": dg.MetadataValue.json(bad[:20])},
    )
