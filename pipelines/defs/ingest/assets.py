"""Ingestion: sources -> raw archive -> clean documents."""

import dagster as dg

from pipelines import stages
from pipelines.defs.ingest.partitions import batches
from pipelines.defs.resources import HomeResource, HttpResource, SourcesResource


@dg.asset(partitions_def=batches, kinds={"python"}, group_name="ingest")
def raw_documents(
    context: dg.AssetExecutionContext, home: HomeResource, sources: SourcesResource, http: HttpResource
) -> dg.MaterializeResult:
    """Every configured source read or fetched, its bytes archived by content hash before anything parses them.

    Feeds are fetched with conditional GET (an unchanged feed or page costs a 304 and nothing downstream). The
    documents that are new, changed, or left unfinished by an earlier run form this partition's batch; a
    failing source is reported here and never stops the others. A batch is collected once: re-running its
    partition re-processes the same documents and fetches nothing.
    """
    config = sources.load()
    h = home.home()
    with home.fetch_state() as state, http.client(state) as client:
        report = stages.collect_raw_documents(h, context.partition_key, config, client, state, log=context.log.info)
    statuses = [item.status for item in report.batch]
    return dg.MaterializeResult(
        metadata={
            "sources_file": str(sources.file()),
            "reused_batch": report.reused,
            "batch": len(report.batch),
            "new": statuses.count("new"),
            "updated": statuses.count("updated"),
            "pending": statuses.count("pending"),
            "recovered_after_store_loss": report.recovered,
            "unchanged": report.unchanged,
            "not_modified_304": report.not_modified,
            "failures": len(report.failures),
            "failed_sources": dg.MetadataValue.json(report.failures[:50]),
            "feeds": dg.MetadataValue.json(report.feeds),
            "partial_success": bool(report.failures),
        }
    )


@dg.asset(deps=[raw_documents], partitions_def=batches, kinds={"python"}, group_name="ingest")
def documents(context: dg.AssetExecutionContext, home: HomeResource) -> dg.MaterializeResult:
    """Clean text and metadata of the batch's documents: article pages (main text, title, author, date,
    language), plain-text articles, and cables (header facts plus body with paragraph offsets).

    What cannot be parsed is quarantined with its reason; its raw bytes stay in the archive. In a re-run of an
    old batch, documents that a later batch holds in a newer version are skipped.
    """
    with home.fetch_state() as state:
        report = stages.parse_documents(home.home(), context.partition_key, state, log=context.log.warning)
    return dg.MaterializeResult(
        metadata={
            "documents": len(report.documents),
            "articles": report.kinds.get("article", 0),
            "cables": report.kinds.get("cable", 0),
            "quarantined": len(report.quarantined),
            "quarantine_reasons": dg.MetadataValue.json(report.quarantined[:50]),
            "superseded": len(report.superseded),
        }
    )
