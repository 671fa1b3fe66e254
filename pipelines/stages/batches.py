"""What the stages wrote, read back: a batch's items and documents, and each document's extraction as each later
stage leaves it (entity_mentions' file, re-pointed by the entities stage's file, with the relations stage's file).

Each file has one writer (the stage named in each reader's docstring); the readers combine them, so no stage
rewrites an earlier stage's file.
"""

from __future__ import annotations

import dataclasses

from pipelines.files import read_json
from pipelines.home import Home
from pipelines.model import Document, Extraction, Relation
from pipelines.sources.collect import BatchItem


def read_batch(home: Home, batch: str) -> list[BatchItem]:
    """The items of `batch` (the raw documents stage's file)."""
    return [BatchItem.from_dict(d) for d in read_json(home.batch_file(batch), [])]


def parsed_documents(home: Home, batch: str) -> dict[str, str]:
    """doc id -> registry id of the documents parsed in `batch` (the documents stage's file)."""
    return read_json(home.batch_documents_file(batch), {})


def batch_documents(home: Home, batch: str) -> dict[str, str]:
    """The documents of `batch` the stages after extraction work on: those parsed, less those extraction set aside
    (the entity_mentions stage's file)."""
    failed = set(read_json(home.batch_not_extracted_file(batch), []))
    return {doc_id: rid for doc_id, rid in parsed_documents(home, batch).items() if doc_id not in failed}


def load_document(home: Home, doc_id: str) -> Document | None:
    """A parsed document (the documents stage's file), or None."""
    data = read_json(home.document_file(doc_id))
    return Document.from_dict(data) if data else None


def load_extraction(home: Home, doc_id: str) -> Extraction | None:
    """A document's extraction as entity_mentions wrote it, or None."""
    data = read_json(home.extraction_file(doc_id))
    return Extraction.from_dict(data) if data else None


def apply_resolution(ex: Extraction, changes: dict[str, dict[str, str]]) -> Extraction:
    """`ex` with the mentions entity resolution re-pointed (mention index -> entity id and label)."""
    if not changes:
        return ex
    mentions = list(ex.mentions)
    for index, change in changes.items():
        mention = mentions[int(index)]
        mentions[int(index)] = dataclasses.replace(mention, entity_id=change["entity_id"], label=change["label"])
    return dataclasses.replace(ex, mentions=tuple(mentions))


def resolved_extraction(home: Home, doc_id: str) -> Extraction | None:
    """A document's extraction (entity_mentions' file) with its mentions re-pointed as entity resolution decided
    (entities' file; a decision made for another version of the document does not apply)."""
    ex = load_extraction(home, doc_id)
    if ex is None:
        return None
    resolved = read_json(home.resolution_file(doc_id)) or {}
    return apply_resolution(ex, resolved["mentions"]) if resolved.get("version") == ex.version else ex


def final_extraction(home: Home, doc_id: str) -> Extraction | None:
    """A document's extraction as the graph states it: resolved (`resolved_extraction`), with the relations that fit
    the ontology (relations' file) instead of the candidates; none when that file is of another version."""
    ex = resolved_extraction(home, doc_id)
    if ex is None:
        return None
    checked = read_json(home.relations_file(doc_id)) or {}
    fitting = checked["relations"] if checked.get("version") == ex.version else []
    return dataclasses.replace(ex, relations=tuple(Relation.from_dict(r) for r in fitting))
