"""Stage 1, raw documents: read and fetch every source into the archive and write down the batch."""

from __future__ import annotations

from pipelines.files import write_json
from pipelines.home import Home
from pipelines.sources.archive import Archive
from pipelines.sources.collect import Collector, CollectReport
from pipelines.sources.config import SourcesConfig
from pipelines.sources.http import HttpClient
from pipelines.sources.state import FetchState
from pipelines.stages.batches import read_batch
from pipelines.stages.progress import Log, quiet


def collect_raw_documents(
    home: Home, batch: str, config: SourcesConfig, client: HttpClient | None, state: FetchState, log: Log = quiet
) -> CollectReport:
    """Read and fetch every source, archive the bytes, and write the batch of documents to process.

    A batch is collected once: re-running it (a partition re-run or backfill) processes the same document
    versions again, from the archive, and fetches nothing. It takes at most `config.max_batch` documents; the
    others stay pending in the registry for the next batch. It claims each document it takes in the registry
    (`FetchState.claim`), so a batch collected at the same time takes others. When the graph store is missing,
    every document the registry marks processed joins the batch again (from the archive): losing the store loses
    no fact."""
    if home.batch_file(batch).exists():
        items = read_batch(home, batch)
        log(f"batch {batch} was collected before: re-processing its {len(items)} documents, fetching nothing")
        return CollectReport(batch=items, reused=True)
    recovered = 0
    if home.store_lost():
        recovered = state.forget_processed()
        log(f"the graph store {home.store} that {recovered} documents were processed into is gone: they are "
            "processed again from the archive")  # fmt: skip
    collector = Collector(Archive(home.archive), state, client, max_batch=config.max_batch, log=log, batch=batch)
    report = collector.collect(config)
    report.recovered = recovered
    write_json(home.batch_file(batch), [item.to_dict() for item in report.batch])
    return report


def failed_sources(config: SourcesConfig, report: CollectReport) -> list[str]:
    """The configured sources (feeds, article folders or pages, cable folders) that could not be read at all."""
    failed = {f["source"] for f in report.failures}
    return [s.location for s in (*config.feeds, *config.articles, *config.cables) if s.location in failed]
