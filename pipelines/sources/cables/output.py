"""Views of a CableRecord: the evaluation JSON shape and a human-readable summary."""

from __future__ import annotations

from typing import Any

from pipelines.model import CableRecord

#: The keys of ../shared/eval/cables/frus/expected.jsonl, in that order.
EXPECTED_KEYS = ("date", "from", "to", "classification", "subject", "tags", "references", "signed_by")


def to_expected_json(record: CableRecord) -> dict[str, Any]:
    """The record as the evaluation expects it: exactly EXPECTED_KEYS, null where absent.

    `to` lists the action recipients (names without precedence); `tags` the subject TAGS then the country
    TAGS, each in the order written.
    """
    action = [r.name for r in record.recipients if r.role == "action"]
    tags = list(record.tags_subject) + list(record.tags_country)
    return {
        "date": record.date,
        "from": record.sender,
        "to": action or None,
        "classification": record.classification,
        "subject": record.subject,
        "tags": tags or None,
        "references": list(record.references) or None,
        "signed_by": record.signed_by,
    }


def format_record(record: CableRecord) -> str:
    """A few aligned lines for a terminal: the header facts, paragraph count and any parser warnings."""

    def recips(role: str) -> str:
        items = [f"{r.name} ({r.precedence})" if r.precedence else r.name for r in record.recipients if r.role == role]
        return "; ".join(items) or "-"

    rows = [
        ("Reference", record.reference_id),
        ("Format", record.format),
        ("Date", record.date),
        ("From", record.sender),
        ("To", recips("action")),
        ("Info", recips("info")),
        ("Precedence", record.precedence),
        ("Classification", record.classification),
        ("Declassification", record.declassification),
        ("Subject", record.subject),
        ("TAGS subject", " ".join(record.tags_subject)),
        ("TAGS country", " ".join(record.tags_country)),
        ("References", " ".join(record.references)),
        ("Signed by", record.signed_by),
        ("Body", f"{len(record.body)} characters, {len(record.paragraphs)} numbered paragraphs"),
    ]
    lines = [f"{label + ':':<19}{value if value not in (None, '') else '-'}" for label, value in rows]
    lines += [f"{'Warning:':<19}{w}" for w in record.warnings]
    return "\n".join(lines)
