"""Stage 5, relations: the relation candidates whose argument types fit the ontology, once per statement."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipelines.files import sync_folder, write_json
from pipelines.home import Home
from pipelines.stages.batches import batch_documents, resolved_extraction
from pipelines.vocabulary import load_vocabulary


@dataclass
class RelationReport:
    relations: Counter = field(default_factory=Counter)  # per relation type, facts and non-facts
    facts: int = 0  # asserted, stated and at or above the fact threshold
    not_facts: Counter = field(default_factory=Counter)  # the others, by "polarity/modality"
    dropped: int = 0  # candidates whose argument types do not fit the relation


def check_relations(home: Home, batch: str) -> RelationReport:
    """Keep the batch's relation candidates whose argument types fit the relation (the ontology's signature, see
    `pipelines.vocabulary`), once per statement and document."""
    vocabulary = load_vocabulary()
    report = RelationReport()
    for doc_id in batch_documents(home, batch):
        ex = resolved_extraction(home, doc_id)
        if ex is None:
            continue
        kept, seen = [], set()
        for r in ex.relations:
            head, tail = ex.mentions[r.head], ex.mentions[r.tail]
            relation = vocabulary.relations.get(r.type)
            key = (r.type, head.entity_id, tail.entity_id, r.sentence_start)
            if relation is None or not relation.allows(head.type, tail.type) or head.entity_id == tail.entity_id:
                report.dropped += 1
                continue
            if key not in seen:
                seen.add(key)
                kept.append(r)
                report.relations[r.type] += 1
                if r.fact:
                    report.facts += 1
                else:
                    report.not_facts[f"{r.polarity}/{r.modality}"] += 1
        checked = {"doc_id": doc_id, "version": ex.version, "relations": [r.to_dict() for r in kept]}
        write_json(home.relations_file(doc_id), checked, durable=False)
    sync_folder(home.checked_relations)
    return report
