"""Extraction: documents -> typed mentions -> resolved entities -> checked relations."""

import dagster as dg

from pipelines import stages
from pipelines.defs.ingest.assets import documents
from pipelines.defs.ingest.partitions import batch_key, batches
from pipelines.defs.resources import HomeResource, NlpResource

MENTIONS_HAVE_PROVENANCE = dg.AssetCheckSpec(
    "mentions_have_provenance",
    asset="entity_mentions",
    blocking=True,
    description="Every mention points into its document's text: its offsets lie inside the document and cut out "
    "exactly the mention's text",
)


@dg.asset(
    deps=[documents],
    partitions_def=batches,
    kinds={"spacy"},
    group_name="extract",
    check_specs=[MENTIONS_HAVE_PROVENANCE],
)
def entity_mentions(context: dg.AssetExecutionContext, home: HomeResource, nlp: NlpResource) -> dg.MaterializeResult:
    """Typed spans of each document (State, Agency, IGO, Firm, Law, DataType, Person) with character offsets,
    found by spaCy's statistical NER plus rules generated from the ontology and the reference tables, and the
    relation candidates between them. Paragraphs in another language than English are not read; a document with
    no English paragraph is kept with its language and counted as `not_english`. A document the pipeline fails on
    is quarantined with the component and the error (stage "extract"); the rest of the batch goes on. A batch
    without documents does not load the model."""
    h, batch = home.home(), batch_key(context)
    report = stages.extract_mentions(h, batch, nlp.extractor, log=context.log.warning, progress=context.log.info)
    bad = stages.mention_provenance_errors(h, batch)
    seconds = report.seconds
    if not report.extractor:
        context.log.info("no documents in this batch: nothing to extract, the spaCy model was not loaded")
    else:
        context.log.info(
            f"{report.documents} documents, {report.words:,} words in {seconds:.1f} s: "
            f"{sum(report.mentions.values())} mentions, {report.relations} relation candidates, "
            f"{report.not_english} not in English, {len(report.quarantined)} quarantined"
        )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": sum(report.mentions.values()),
            "documents": report.documents,
            "mentions": sum(report.mentions.values()),
            "mentions_by_type": dg.MetadataValue.json(dict(sorted(report.mentions.items()))),
            "relation_candidates": report.relations,
            "not_english": report.not_english,
            "quarantined": len(report.quarantined),
            "quarantine_reasons": dg.MetadataValue.json(report.quarantined[:50]),
            "words": report.words,
            "words_per_second": round(report.words / seconds, 1) if report.words and seconds > 0 else 0.0,
            "extractor": report.extractor,
        },
        check_results=[
            dg.AssetCheckResult(
                check_name=MENTIONS_HAVE_PROVENANCE.name,
                passed=not bad,
                severity=dg.AssetCheckSeverity.ERROR,
                metadata={"bad_mentions": len(bad), "examples": dg.MetadataValue.json(bad[:20])},
            )
        ],
    )


@dg.asset(deps=[entity_mentions], partitions_def=batches, kinds={"python"}, group_name="extract")
def entities(context: dg.AssetExecutionContext, home: HomeResource) -> dg.MaterializeResult:
    """The entity catalogue across all documents: one id (and so one IRI) per real-world entity, with its type,
    label and Wikidata id; short person names resolved to the full name seen in other documents; the withdrawn
    documents' links removed."""
    with home.fetch_state() as state:
        withdrawn = state.withdrawn_ids()
    report = stages.resolve_entities(home.home(), batch_key(context), withdrawn)
    context.log.info(
        f"catalogue: {report.entities} entities, {report.linked} linked to Wikidata; "
        f"{report.merged} short person names resolved to a full name"
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": report.entities,
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
    report = stages.check_relations(home.home(), batch_key(context))
    total = sum(report.relations.values())
    context.log.info(
        f"{total} relations kept ({report.facts} facts), {report.dropped} candidates dropped: argument types "
        "that do not fit the relation"
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": total,
            "relations": total,
            "facts": report.facts,
            "not_facts": dg.MetadataValue.json(dict(sorted(report.not_facts.items()))),
            "relations_by_type": dg.MetadataValue.json(dict(sorted(report.relations.items()))),
            "dropped_type_mismatch": report.dropped,
        }
    )
