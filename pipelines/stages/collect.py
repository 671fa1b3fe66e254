"""Stage 1, raw documents: read and fetch every source into the archive and write down the batch."""

from __future__ import annotations

from pipelines.files import read_json, write_json
from pipelines.home import Home
from pipelines.sources.archive import Archive
from pipelines.sources.collect import Collector, CollectReport
from pipelines.sources.config import SourcesConfig
from pipelines.sources.http import HttpClient
from pipelines.sources.state import FetchState
from pipelines.stages.batches import read_batch
from pipelines.stages.progress import Log, quiet


def collect_raw_documents(
    home: Home,
    batch: str,
    config: SourcesConfig,
    client: HttpClient | None,
    state: FetchState,
    log: Log = quiet,
    extractor: str | None = None,
) -> CollectReport:
    """Read and fetch every source, archive the bytes, and write the batch of documents to process.

    A batch is collected once: re-running it (a partition re-run or backfill) processes the same document
    versions again, from the archive, and fetches nothing. It takes at most `config.max_batch` documents; the
    others stay pending in the registry for the next batch. It claims each document it takes in the registry
    (`FetchState.claim`), so a batch collected at the same time takes others. When the graph store is missing,
    every document the registry marks processed joins the batch again (from the archive): losing the store loses
    no fact. So does every document when `extractor` (the extraction's fingerprint, `NlpSettings.fingerprint`)
    differs from the one the home recorded: after an upgrade of the rules or the model, every fact in the graph
    comes from the same extractor (those that do not fit in this batch stay pending for the next)."""
    if home.batch_file(batch).exists():
        items = read_batch(home, batch)
        log(f"batch {batch} was collected before: re-processing its {len(items)} documents, fetching nothing")
        return CollectReport(batch=items, reused=True)
    recovered = 0
    if home.store_lost():
        recovered = state.forget_processed()
        log(f"the graph store {home.store} that {recovered} documents were processed into is gone: they are "
            "processed again from the archive")  # fmt: skip
    reextracted = _extractor_changed(home, state, extractor, log) if extractor else 0
    collector = Collector(Archive(home.archive), state, client, max_batch=config.max_batch, log=log, batch=batch)
    report = collector.collect(config)
    report.recovered, report.reextracted = recovered, reextracted
    write_json(home.batch_file(batch), [item.to_dict() for item in report.batch])
    return report


def _extractor_changed(home: Home, state: FetchState, extractor: str, log: Log) -> int:
    """Mark every processed document unprocessed when the documents were extracted with another extractor than
    `extractor` (or with one the home did not record: a home from before the fingerprint), and record `extractor`;
    how many documents were marked."""
    if (read_json(home.extractor_file, {}) or {}).get("fingerprint") == extractor:
        return 0
    marked = state.forget_processed()
    write_json(home.extractor_file, {"fingerprint": extractor})
    if marked:
        log(f"the extractor (model, rules or reference tables) changed since {marked} documents were processed: they "
            "are processed again from the archive")  # fmt: skip
    return marked


def failed_sources(config: SourcesConfig, report: CollectReport) -> list[str]:
    """The configured sources (feeds, article folders or pages, cable folders) that could not be read at all."""
    failed = {f["source"] for f in report.failures}
    return [s.location for s in (*config.feeds, *config.articles, *config.cables) if s.location in failed]
