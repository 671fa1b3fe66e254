"""Header-field accuracy of the cable parsers against hand-annotated telegrams.

A gold file is JSON Lines, one telegram per line: `file` (beside the gold file in `files/`), `format`, and the
header fields of `output.EXPECTED_KEYS` plus `info` (the information addressees), null where the telegram has none
(`tests/fixtures/cables/headers/SOURCES.md` gives the annotation conventions). A field counts when the parsed value
equals the gold value exactly; a file the parser refuses counts every field wrong.

    policygraph eval-cables tests/fixtures/cables/headers/dev.jsonl
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .detect import parse_cable
from .errors import CableParseError
from .output import EXPECTED_KEYS, to_expected_json

FIELDS = (*EXPECTED_KEYS[:3], "info", *EXPECTED_KEYS[3:])


def header_fields(data: bytes, name: str) -> dict[str, Any]:
    """The parsed header of one file in the gold's shape (raises CableParseError)."""
    record = parse_cable(data, name)
    got = to_expected_json(record)
    got["info"] = [r.name for r in record.recipients if r.role == "info"] or None
    return got


def score_headers(gold_path: Path) -> dict[str, Any]:
    """Exact-match accuracy per field, per format and overall, with every miss listed."""
    files = gold_path.parent / "files"
    right: Counter = Counter()
    total: Counter = Counter()
    misses: list[dict[str, Any]] = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            got: dict[str, Any] | None = header_fields((files / row["file"]).read_bytes(), row["file"])
        except CableParseError as exc:
            got = None
            misses.append({"id": row["id"], "field": "*", "reason": exc.reason})
        for field in FIELDS:
            total[field] += 1
            total[row["format"]] += 1
            if got is not None and got[field] == row[field]:
                right[field] += 1
                right[row["format"]] += 1
            elif got is not None:
                misses.append({"id": row["id"], "field": field, "gold": row[field], "parsed": got[field]})
    n = sum(total[f] for f in FIELDS)
    return {
        "telegrams": total[FIELDS[0]],
        "accuracy": sum(right[f] for f in FIELDS) / n if n else 0.0,
        "fields": {f: right[f] / total[f] for f in FIELDS if total[f]},
        "formats": {k: right[k] / total[k] for k in sorted(total) if k not in FIELDS},
        "misses": misses,
    }


def format_header_scores(scores: dict[str, Any], misses: bool = False) -> str:
    lines = [f"cable header fields exact: {scores['accuracy']:.3f} over {scores['telegrams']} telegrams"]
    lines += [f"  {field:<15}{value:.3f}" for field, value in scores["fields"].items()]
    lines += [f"  [{fmt}] {value:.3f}" for fmt, value in scores["formats"].items()]
    if misses:
        for m in scores["misses"]:
            detail = m.get("reason") or f"gold {m['gold']!r} parsed {m['parsed']!r}"
            lines.append(f"  MISS {m['id']} {m['field']}: {detail}")
    return "\n".join(lines)
