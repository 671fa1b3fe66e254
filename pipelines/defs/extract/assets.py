"""Extraction: documents -> typed mentions -> resolved entities -> checked relations."""

import time

import dagster as dg

from pipelines import stages
from pipelines.defs.ingest.assets import documents
from pipelines.defs.ingest.partitions import batches
from pipelines.defs.resources import HomeResource, NlpResource


@dg.asset(deps=[documents], partitions_def=batches, kinds={"spacy"}, group_name="extract")
def entity_mentions(context: dg.AssetExecutionContext, home: HomeResource, nlp: NlpResource) -> dg.MaterializeResult:
    """Typed spans of each document (State, Agency, IGO, Firm, Law, DataType, Person) with character offsets,
    found by spaCy's statistical NER plus rules generated from the ontology and the reference tables, and the
    relation candidates between them. Paragraphs in another language than English are not read; a document with
    no English paragraph is kept with its language and counted as `not_english`. A document the pipeline fails on
    is quarantined with the component and the error (stage "extract"); the rest of the batch goes on."""
    extractor = nlp.extractor()
    started = time.perf_counter()
    report = stages.extract_mentions(home.home(), context.partition_key, extractor, log=context.log.warning)
    seconds = time.perf_counter() - started
    return dg.MaterializeResult(
        metadata={
            "documents": report.documents,
            "mentions": sum(report.mentions.values()),
            "mentions_by_type": dg.MetadataValue.json(dict(sorted(report.mentions.items()))),
            "relation_candidates": report.relations,
            "not_english": report.not_english,
            "quarantined": len(report.quarantined),
            "quarantine_reasons": dg.MetadataValue.json(report.quarantined[:50]),
            "words": report.words,
            "words_per_second": round(report.words / seconds, 1) if seconds > 0 else 0.0,
            "extractor": extractor.extractor_version,
        }
    )


@dg.asset(deps=[entity_mentions], partitions_def=batches, kinds={"python"}, group_name="extract")
def entities(context: dg.AssetExecutionContext, home: HomeResource) -> dg.MaterializeResult:
    """The entity catalogue across all documents: one id (and so one IRI) per real-world entity, with its type,
    label and Wikidata id; short person names resolved to the full name seen in other documents."""
    report = stages.resolve_entities(home.home(), context.partition_key)
    return dg.MaterializeResult(
        metadata={
            "entities": report.entities,
            "entities_by_type": dg.MetadataValue.json(dict(sorted(report.by_type.items()))),
            "linked_to_wikidata": report.linked,
            "linked_by_type": dg.MetadataValue.json(report.coverage()),
            "merged_mentions": report.merged,
        }
    )


@dg.asset(deps=[entities], partitions_def=batches, kinds={"python"}, group_name="extract")
def relations(context: dg.AssetExecutionContext, home: HomeResource) -> dg.MaterializeResult:
    """Relations stated in the text (the relations of the ontology that carry a pg:extractionName: enacts,
    regulates, requiresLocalization, opposes, supports, partOf, memberOf, leads) whose argument types fit the
    relation, each with its sentence as evidence, its polarity and modality, and its calibrated confidence. Facts
    are the asserted, stated ones at or above the fact threshold; the others stay queryable assertions."""
    report = stages.check_relations(home.home(), context.partition_key)
    return dg.MaterializeResult(
        metadata={
            "relations": sum(report.relations.values()),
            "facts": report.facts,
            "not_facts": dg.MetadataValue.json(dict(sorted(report.not_facts.items()))),
            "relations_by_type": dg.MetadataValue.json(dict(sorted(report.relations.items()))),
            "dropped_type_mismatch": report.dropped,
        }
    )
