"""Cross-document entity resolution of persons named by surname alone.

A person mentioned by surname alone ("Rubio") is the one person the catalogue or the batch names in full with that
surname ("Marco Rubio"), when there is exactly one; with two ("Marco Rubio", "Paula Rubio") or none, the mention
keeps its own entity. The decisions are records: mention index -> the entity and label it is re-pointed to
(`stages.resolve_entities` writes them per document, `stages.resolved_extraction` applies them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipelines.model import Mention


def bare_person(m: Mention) -> bool:
    """A person mention of one word: a surname alone."""
    return m.type == "Person" and " " not in m.label


class SurnameResolver:
    """Re-points bare surnames to the one person named in full with that surname.

    `full_names`: entity id -> label of the persons known (the catalogue's persons with the surnames sought, and
    the batch's own person mentions); labels of one word are not full names."""

    def __init__(self, full_names: Mapping[str, str]):
        self.full_names = dict(full_names)
        self.by_surname: dict[str, set[str]] = {}
        for eid, label in self.full_names.items():
            if len(label.split()) >= 2:
                self.by_surname.setdefault(label.split()[-1].lower(), set()).add(eid)

    def repoint(self, mentions: Iterable[Mention]) -> dict[str, dict[str, str]]:
        """The decisions for one document's mentions: {"3": {"entity_id": ..., "label": "Marco Rubio"}}."""
        decisions = {}
        for i, m in enumerate(mentions):
            found = self.by_surname.get(m.label.lower(), set()) if bare_person(m) else set()
            if len(found) == 1:
                eid = next(iter(found))
                decisions[str(i)] = {"entity_id": eid, "label": self.full_names[eid]}
        return decisions
