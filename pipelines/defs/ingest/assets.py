"""Ingestion: sources -> raw archive -> clean documents."""

import dagster as dg

from pipelines import stages
from pipelines.defs.ingest.partitions import batch_key, batches
from pipelines.defs.resources import HomeResource, HttpResource, NlpResource, SourcesResource
from pipelines.sources.config import SourcesConfig

SOURCES_REACHABLE = dg.AssetCheckSpec(
    "sources_reachable",
    asset="raw_documents",
    description="Every configured source (feed, article folder or page, cable folder) could be read: WARN when "
    "some fail, ERROR when all do",
)


@dg.asset(partitions_def=batches, kinds={"python"}, group_name="ingest", check_specs=[SOURCES_REACHABLE])
def raw_documents(
    context: dg.AssetExecutionContext,
    home: HomeResource,
    sources: SourcesResource,
    http: HttpResource,
    nlp: NlpResource,
) -> dg.MaterializeResult:
    """Every configured source read or fetched, its bytes archived by content hash before anything parses them.

    Feeds are fetched with conditional GET (an unchanged feed or page costs a 304 and nothing downstream). The
    documents that are new, changed, or left unfinished by an earlier run form this partition's batch, at most
    `max_batch` of them (the rest stay pending for the next partition: `left_for_later`); a
    failing source is reported here (a warning in the log, the `sources_reachable` check) and never stops the
    others. A batch is collected once: re-running its partition re-processes the same documents and fetches
    nothing. When the extractor (`nlp`: model, rules, reference tables) changed since the documents were
    processed, they are all processed again, batch by batch (`reextracted_after_extractor_change`).
    """
    batch = batch_key(context)
    config = sources.load()
    h = home.home()

    def log(message: str) -> None:
        (context.log.warning if message.startswith("failed:") else context.log.info)(message)

    with home.fetch_state() as state, http.client(state) as client:
        fingerprint = nlp.settings().fingerprint()
        report = stages.collect_raw_documents(h, batch, config, client, state, log=log, extractor=fingerprint)
    context.log.info(_collect_summary(batch, report, config.max_batch))
    failed = [] if report.reused else stages.failed_sources(config, report)
    return dg.MaterializeResult(
        metadata=_collect_metadata(report, config.max_batch, str(sources.file())),
        check_results=[_sources_reachable(report, config, failed)],
    )


def _collect_summary(batch: str, report: stages.CollectReport, max_batch: int | None) -> str:
    """The log line of a collected batch: what it holds, what was unchanged, failed or left for later."""
    statuses = [item.status for item in report.batch]
    return (
        f"batch {batch}: {len(report.batch)} documents to process ({statuses.count('new')} new, "
        f"{statuses.count('updated')} updated, {statuses.count('pending')} left by an earlier run); "
        f"{report.unchanged} unchanged, {report.not_modified} not modified (304), {len(report.failures)} failures; "
        f"{report.left_for_later} left for the next batch (at most {max_batch} per batch), "
        f"{report.claimed_elsewhere} left to another running batch"
    )


def _collect_metadata(report: stages.CollectReport, max_batch: int | None, sources_file: str) -> dict:
    """The run metadata of raw_documents: the batch by status, the batch cap and claims, failures and feeds."""
    statuses = [item.status for item in report.batch]
    return {
        "dagster/row_count": len(report.batch),
        "sources_file": sources_file,
        "reused_batch": report.reused,
        "batch": len(report.batch),
        "new": statuses.count("new"),
        "updated": statuses.count("updated"),
        "pending": statuses.count("pending"),
        "recovered_after_store_loss": report.recovered,
        "reextracted_after_extractor_change": report.reextracted,
        "left_for_later": report.left_for_later,
        "claimed_elsewhere": report.claimed_elsewhere,
        "max_batch": max_batch,
        "unchanged": report.unchanged,
        "not_modified_304": report.not_modified,
        "failures": len(report.failures),
        "failed_sources": dg.MetadataValue.json(report.failures[:50]),
        "feeds": dg.MetadataValue.json(report.feeds),
        "partial_success": bool(report.failures),
    }


def _sources_reachable(report: stages.CollectReport, config: SourcesConfig, failed: list[str]) -> dg.AssetCheckResult:
    """The sources_reachable check: WARN when some configured sources failed, ERROR when all did."""
    configured = len(config.feeds) + len(config.articles) + len(config.cables)
    return dg.AssetCheckResult(
        check_name=SOURCES_REACHABLE.name,
        passed=not failed,
        severity=dg.AssetCheckSeverity.ERROR
        if configured and len(failed) == configured
        else dg.AssetCheckSeverity.WARN,
        metadata={
            "sources": configured,
            "failed": len(failed),
            "failed_sources": dg.MetadataValue.json(failed[:50]),
            "reused_batch": report.reused,
        },
    )


@dg.asset(deps=[raw_documents], partitions_def=batches, kinds={"python"}, group_name="ingest")
def documents(context: dg.AssetExecutionContext, home: HomeResource) -> dg.MaterializeResult:
    """Clean text and metadata of the batch's documents: article pages (main text, title, author, date,
    language), plain-text articles, and cables (header facts plus body with paragraph offsets).

    What cannot be parsed is quarantined with its reason; its raw bytes stay in the archive. In a re-run of an
    old batch, documents that a later batch holds in a newer version are skipped.
    """
    with home.fetch_state() as state:
        report = stages.parse_documents(home.home(), batch_key(context), state, log=context.log.warning)
    context.log.info(
        f"{len(report.documents)} documents parsed ({report.kinds.get('article', 0)} articles, "
        f"{report.kinds.get('cable', 0)} cables); {len(report.quarantined)} quarantined, "
        f"{len(report.superseded)} skipped as superseded by a later batch, {len(report.held_elsewhere)} as another "
        "running batch holds them"
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(report.documents),
            "documents": len(report.documents),
            "articles": report.kinds.get("article", 0),
            "cables": report.kinds.get("cable", 0),
            "quarantined": len(report.quarantined),
            "quarantine_reasons": dg.MetadataValue.json(report.quarantined[:50]),
            "superseded": len(report.superseded),
            "held_by_another_batch": dg.MetadataValue.json(report.held_elsewhere),
        }
    )
