"""Stage 3, entity mentions: the NLP extractor over the batch's documents, in forked shards, one extraction file
per document."""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipelines.files import sync_folder, write_json
from pipelines.home import Home
from pipelines.model import Document, Extraction, ExtractionFailure
from pipelines.nlp.parallel import map_shards
from pipelines.nlp.reported_cables import find_reported_cables
from pipelines.nlp.telegram import Header
from pipelines.sources.archive import Archive
from pipelines.stages.batches import load_document, parsed_documents
from pipelines.stages.progress import Log, ProgressMeter, quiet

if TYPE_CHECKING:  # (the NLP stack loads only when the stage runs)
    from pipelines.nlp.extract import Extractor, Item


@dataclass
class ExtractReport:
    documents: int = 0
    mentions: Counter = field(default_factory=Counter)  # per entity type
    relations: int = 0
    words: int = 0
    reported_cables: int = 0
    not_english: int = 0  # documents with no English paragraph: kept with their language, not read
    quarantined: list[dict] = field(default_factory=list)  # documents the pipeline failed on, with the reason
    extractor: str = ""  # the extractor's version; empty when the batch had no documents (nothing was loaded)
    seconds: float = 0.0  # extraction time, the model's loading left out

    def add(self, part: ExtractReport) -> None:
        """Add the counts of one shard's report to this one."""
        self.quarantined += part.quarantined
        self.documents += part.documents
        self.mentions.update(part.mentions)
        self.relations += part.relations
        self.words += part.words
        self.reported_cables += part.reported_cables
        self.not_english += part.not_english


def extract_mentions(
    home: Home, batch: str, load_extractor: Callable, log: Log = quiet, progress: Log = quiet
) -> ExtractReport:
    """Run the NLP extractor over the batch's documents (streamed through nlp.pipe) and write each extraction.

    `load_extractor()` gives the extractor; it is not called for a batch without documents (the model is not loaded
    for nothing). `progress` hears how far extraction is (see ProgressMeter; with one process only).
    With `n_process` > 1 the batch is dealt into that many shards, each extracted by a fork of this process (which
    shares the loaded model) running nlp.pipe on one process and writing its own files. Extraction files are
    written without an fsync each and made durable together before the stage returns."""

    doc_ids = list(parsed_documents(home, batch))  # a re-run tries again the documents set aside before
    if not doc_ids:
        return ExtractReport()
    extractor = load_extractor()
    started = time.perf_counter()
    n_process = extractor.settings.n_process
    meter = ProgressMeter("extraction", len(doc_ids), progress if n_process <= 1 else quiet)
    if n_process > 1:
        log(f"extracting {len(doc_ids)} documents in {min(n_process, len(doc_ids))} processes")
    report = ExtractReport(extractor=extractor.extractor_version)
    for part in map_shards(ShardExtraction(home, extractor, meter, log), doc_ids, n_process):
        report.add(part)
    sync_folder(home.extractions)
    report.seconds = time.perf_counter() - started
    # the later stages leave these out (batch_documents); their graphs, if any, stay as they were
    write_json(home.batch_not_extracted_file(batch), sorted(q["doc_id"] for q in report.quarantined))
    return report


@dataclass
class ShardExtraction:
    """Extracts one shard of the batch (what each forked worker runs) and writes each document's extraction."""

    home: Home
    extractor: Extractor
    meter: ProgressMeter
    log: Log

    def __call__(self, doc_ids: list[str]) -> ExtractReport:
        """Extract the documents `doc_ids` through one nlp.pipe stream; the shard's report."""
        report = ExtractReport()
        docs: dict[str, Document] = {}  # read once; held only while nlp.pipe has the text in its current batch
        for ex in self.extractor.extract_many(self._texts(doc_ids, docs, report), n_process=1):
            doc = docs.pop(ex.doc_id)
            self.meter.advance(1, len(doc.text.split()))
            if isinstance(ex, ExtractionFailure):
                self._set_aside(doc, ex.reason, report)
            else:
                self._write(doc, ex, report)
        return report

    def _texts(self, doc_ids: list[str], docs: dict[str, Document], report: ExtractReport) -> Iterator[Item]:
        """(doc id, version, text, a cable's parsed header) of each document, kept in `docs` until its extraction
        comes back."""
        for doc_id in doc_ids:
            doc = load_document(self.home, doc_id)
            if doc is not None:
                docs[doc.doc_id] = doc
                report.words += len(doc.text.split())
                header = Header(doc.cable.tags_country, doc.cable.sender) if doc.cable is not None else None
                yield doc.doc_id, doc.version, doc.text, header

    def _set_aside(self, doc: Document, reason: str, report: ExtractReport) -> None:
        """Quarantine a document the extractor failed on, with its reason."""
        # set aside with its reason; the batch goes on without it (its graph, if any, is left as it was)
        Archive(self.home.archive).quarantine(doc.version, doc.uri, reason, "extract", doc_id=doc.doc_id)
        report.quarantined.append({"uri": doc.uri, "doc_id": doc.doc_id, "reason": reason})
        self.log(f"quarantined {doc.uri}: {reason}")

    def _write(self, doc: Document, ex: Extraction, report: ExtractReport) -> None:
        """Write one extraction (an article's with the cables it reports on) and count it."""
        if doc.kind == "article":
            cables = find_reported_cables(doc.text, ex.mentions, doc.published)
            ex = dataclasses.replace(ex, reported_cables=tuple(cables))
            report.reported_cables += len(cables)
        write_json(self.home.extraction_file(ex.doc_id), ex.to_dict(), durable=False)
        report.documents += 1
        report.mentions.update(m.type for m in ex.mentions)
        report.relations += len(ex.relations)
        report.not_english += not ex.english_read
