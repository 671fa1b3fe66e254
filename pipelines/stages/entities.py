"""Stage 4, entities: the cross-document entity catalogue, short person names resolved across documents, and the
catalogue's entities that link nowhere yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipelines.catalogue import CatalogueEntity, EntityCatalogue, open_catalogue
from pipelines.files import sync_folder, write_json
from pipelines.home import Home
from pipelines.linking import load_judgements
from pipelines.linking import unlinked_entities as unlinked
from pipelines.resolution import SurnameResolver, bare_person
from pipelines.stages.batches import apply_resolution, batch_documents, load_extraction, resolved_extraction


@dataclass
class EntityReport:
    entities: int = 0
    by_type: Counter = field(default_factory=Counter)
    merged: int = 0  # mentions re-pointed to an entity named in full in another document
    linked: int = 0  # entities with a Wikidata id
    linked_by_type: Counter = field(default_factory=Counter)

    def coverage(self) -> dict[str, str]:
        """Per type, how many entities of the catalogue have a Wikidata id: {"Agency": "12/51"}."""
        return {t: f"{self.linked_by_type[t]}/{n}" for t, n in sorted(self.by_type.items())}


def resolve_entities(home: Home, batch: str, withdrawn: Iterable[str] = ()) -> EntityReport:
    """Maintain the cross-document entity catalogue and resolve short person names across documents.

    The catalogue (`pipelines.catalogue`: entity id -> type, label, Wikidata id, documents) is updated for the
    batch's documents only, in one transaction; the `withdrawn` documents (the registry's) lose their links there
    too, and an entity no other document mentions leaves the catalogue (unlinking a document twice changes
    nothing). A person mentioned by surname alone ("Rubio") resolves to the one person in the catalogue or the
    batch with that surname ("Marco Rubio"), when there is exactly one (`pipelines.resolution`).
    """
    batch_ids = batch_documents(home, batch)  # in batch order
    withdrawn = set(withdrawn)
    gone = sorted(withdrawn - set(batch_ids))
    with open_catalogue(home) as catalogue:
        if not batch_ids and not gone:  # nothing to add, re-point or remove: the catalogue stays as it is
            return _catalogue_report(catalogue, EntityReport())
        extractions = {
            doc_id: ex
            for doc_id in batch_ids
            if doc_id not in withdrawn and (ex := load_extraction(home, doc_id)) is not None
        }
        bare = {m.label.lower() for ex in extractions.values() for m in ex.mentions if bare_person(m)}
        report = EntityReport()
        with catalogue.update([*batch_ids, *gone]) as update:  # those documents are unlinked from here on
            full_names = update.persons_by_surname(bare)
            batch_mentions = (m for ex in extractions.values() for m in ex.mentions)
            full_names.update((m.entity_id, m.label) for m in batch_mentions if m.type == "Person")
            resolver = SurnameResolver(full_names)
            for doc_id, ex in extractions.items():
                repointed = resolver.repoint(ex.mentions)
                report.merged += len(repointed)
                resolution = {"doc_id": doc_id, "version": ex.version, "mentions": repointed}
                write_json(home.resolution_file(doc_id), resolution, durable=False)
                mentions = apply_resolution(ex, repointed).mentions
                update.add_document(doc_id, (CatalogueEntity(m.entity_id, m.type, m.label, m.qid) for m in mentions))
            sync_folder(home.resolutions)
        return _catalogue_report(catalogue, report)


def _catalogue_report(catalogue: EntityCatalogue, report: EntityReport) -> EntityReport:
    for type_, n, linked in catalogue.counts():
        report.entities += n
        report.by_type[type_] += n
        report.linked += linked
        if linked:
            report.linked_by_type[type_] += linked
    return report


def unlinked_entities(home: Home) -> list:
    """The catalogue's entities that link nowhere and no reviewer has judged, with their surface forms in the
    documents and their candidates in the reference tables (`pipelines.linking`)."""
    from pipelines.nlp.reference import load_reference

    index = load_reference()
    with open_catalogue(home) as catalogue:
        candidates = {e.entity_id: e.to_entry() for e in catalogue.entities(unlinked_only=True)}
        open_ids = {eid for eid in candidates if eid not in index.entities}
        for eid, docs in catalogue.documents(open_ids).items():
            candidates[eid]["docs"] = docs
    surfaces: dict[str, set[str]] = {}
    for doc_id in sorted({d for eid in open_ids for d in candidates[eid].get("docs", [])}):
        ex = resolved_extraction(home, doc_id)
        for m in ex.mentions if ex is not None else ():
            if m.entity_id in open_ids:
                surfaces.setdefault(m.entity_id, set()).add(" ".join(m.text.split()))
    return unlinked(candidates, surfaces, index, load_judgements(known=set(index.entities)))
