"""The pipeline's stages as plain functions over the home folder. Dagster assets and the CLI call these.

Each stage reads what the previous one wrote under `Home`, works only on the current batch (documents that are
new, changed, or left unfinished by a stopped run) and writes its output atomically, so any stage can be re-run
and a killed run resumes where it stopped. A document is marked processed in the registry only after its graph
is in the store.

The flow, one module per stage:

1. `collect` (raw documents): `collect_raw_documents`
2. `parse` (documents): `parse_documents`, after `claim_batch`
3. `extract` (entity mentions): `extract_mentions`
4. `entities`: `resolve_entities`
5. `relations`: `check_relations`
6. `graph` (knowledge graph): `load_knowledge_graph`; `checks`: `export_checks`, `check_graph`
7. `publish`: `publish_graph`, `write_graph_dumps`

`batches` reads back what the stages wrote (`batch_documents`, `final_extraction`); `progress` is the stages'
progress meter.
"""

from pipelines.sources.collect import BatchItem, CollectReport
from pipelines.stages.batches import (
    batch_documents,
    final_extraction,
    load_document,
    load_extraction,
    parsed_documents,
    read_batch,
    resolved_extraction,
)
from pipelines.stages.checks import (
    check_graph,
    export_checks,
    mention_provenance_errors,
    run_violation_query,
    violation_query_files,
)
from pipelines.stages.collect import collect_raw_documents, failed_sources
from pipelines.stages.entities import EntityReport, resolve_entities, unlinked_entities
from pipelines.stages.extract import ExtractReport, extract_mentions
from pipelines.stages.graph import graph_summary, load_knowledge_graph
from pipelines.stages.parse import ParseReport, claim_batch, current_items, parse_documents
from pipelines.stages.progress import Log, ProgressMeter
from pipelines.stages.publish import publish_graph, published_summary, unpublished_changes, write_graph_dumps
from pipelines.stages.relations import RelationReport, check_relations

_load_document = load_document  # (the name benchmarks/extraction.py uses)

__all__ = [
    "BatchItem",
    "CollectReport",
    "EntityReport",
    "ExtractReport",
    "Log",
    "ParseReport",
    "ProgressMeter",
    "RelationReport",
    "_load_document",
    "load_document",
    "load_extraction",
    "batch_documents",
    "check_graph",
    "check_relations",
    "claim_batch",
    "collect_raw_documents",
    "current_items",
    "export_checks",
    "extract_mentions",
    "failed_sources",
    "final_extraction",
    "graph_summary",
    "load_knowledge_graph",
    "mention_provenance_errors",
    "parse_documents",
    "parsed_documents",
    "publish_graph",
    "published_summary",
    "read_batch",
    "resolve_entities",
    "resolved_extraction",
    "run_violation_query",
    "unlinked_entities",
    "unpublished_changes",
    "violation_query_files",
    "write_graph_dumps",
]
