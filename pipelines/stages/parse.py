"""Stage 2, documents: claim the batch's documents in the registry and turn each one's archived bytes into a
`Document`, quarantining what cannot be parsed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipelines.files import read_json, write_json
from pipelines.home import Home
from pipelines.sources.archive import Archive, ArchiveError
from pipelines.sources.collect import BatchItem
from pipelines.sources.documents import DocumentError, to_document
from pipelines.sources.state import FetchState
from pipelines.stages.batches import read_batch
from pipelines.stages.progress import Log, quiet


@dataclass
class ParseReport:
    documents: list[str] = field(default_factory=list)  # doc ids written
    quarantined: list[dict] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)
    superseded: list[str] = field(default_factory=list)  # uris whose newer version a later batch holds
    held_elsewhere: dict[str, str] = field(default_factory=dict)  # uri -> the running batch that holds it


def claim_batch(home: Home, batch: str, state: FetchState) -> dict[str, str]:
    """Claim (or renew the claim on) the batch's documents in the registry, in one transaction; returns those that
    another running batch holds (registry id -> that batch), which this batch leaves alone. They are written down
    (`Home.batch_held_file`) for the stages after, until the batch is claimed again (a re-run)."""
    items = [i for i in read_batch(home, batch) if state.current_version(i.registry_id) in (None, i.raw.sha256)]
    taken = state.claim(batch, [item.registry_id for item in items])  # (a superseded version is not claimed)
    claims = state.claims()
    held = {i.registry_id: claims.get(i.registry_id, "?") for i in items if i.registry_id not in taken}
    write_json(home.batch_held_file(batch), held)
    return held


def current_items(home: Home, batch: str, state: FetchState) -> Iterator[tuple[BatchItem, str | None]]:
    """Each batch item, with why this batch leaves it alone (None: it processes it): a later batch holds a newer
    version (a re-run of an old batch must not bring back a version that a later batch replaced), or another
    running batch holds the document (`claim_batch`)."""
    held = read_json(home.batch_held_file(batch), {}) or {}
    for item in read_batch(home, batch):
        if state.current_version(item.registry_id) not in (None, item.raw.sha256):
            yield item, "superseded"
        elif item.registry_id in held:
            yield item, f"batch {held[item.registry_id]} is processing it"
        else:
            yield item, None


def parse_documents(home: Home, batch: str, state: FetchState, log: Log = quiet) -> ParseReport:
    """Turn each batch item's archived bytes into a Document; quarantine what cannot be parsed, with the reason.
    The batch first claims its documents (`claim_batch`): one that another running batch holds is left to it."""
    archive = Archive(home.archive)
    report = ParseReport()
    doc_ids: dict[str, str] = {}  # doc id -> registry id, for this batch
    claim_batch(home, batch, state)
    for item, skip in current_items(home, batch, state):
        if skip == "superseded":
            report.superseded.append(item.raw.uri)
            log(f"skipped {item.raw.uri}: a later batch holds a newer version")
            continue
        if skip is not None:
            report.held_elsewhere[item.raw.uri] = skip
            log(f"skipped {item.raw.uri}: {skip}")
            continue
        try:
            charset = (archive.meta(item.raw.sha256) or {}).get("charset")
            doc = to_document(item.raw, archive.get(item.raw.sha256), item.registry_id, charset)
        except (DocumentError, ArchiveError) as exc:
            reason = exc.reason if isinstance(exc, DocumentError) else exc.args[0]
            archive.quarantine(item.raw.sha256, item.raw.uri, reason, "parse")
            report.quarantined.append({"uri": item.raw.uri, "reason": reason})
            log(f"quarantined {item.raw.uri}: {reason}")
            continue
        if doc.doc_id in doc_ids and doc_ids[doc.doc_id] != item.registry_id:
            reason = f"duplicate of document {doc.doc_id} (same cable reference id) in this batch"
            archive.quarantine(item.raw.sha256, item.raw.uri, reason, "parse")
            report.quarantined.append({"uri": item.raw.uri, "reason": reason})
            continue
        doc_ids[doc.doc_id] = item.registry_id
        write_json(home.document_file(doc.doc_id), doc.to_dict())
        report.documents.append(doc.doc_id)
        report.kinds[doc.kind] += 1
    write_json(home.batch_documents_file(batch), doc_ids)
    return report
