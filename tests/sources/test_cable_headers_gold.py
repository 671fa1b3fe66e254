"""Header fields of unseen telegrams (tests/fixtures/cables/headers): the parsers keep their measured accuracy."""

from __future__ import annotations

from pathlib import Path

from pipelines.sources.cables.evaluate import FIELDS, score_headers


def test_dev_half_header_fields_are_exact(fixtures_dir: Path) -> None:
    scores = score_headers(fixtures_dir / "cables" / "headers" / "dev.jsonl")
    assert scores["telegrams"] == 26
    assert scores["accuracy"] >= 0.98, scores["misses"]
    assert all(scores["fields"][f] >= 0.95 for f in FIELDS), scores["fields"]
    assert all(v >= 0.95 for v in scores["formats"].values()), scores["formats"]


def test_a_refused_file_counts_every_field_wrong(tmp_path: Path) -> None:
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "memo.txt").write_text("Dear colleague, the meeting is on Tuesday.\n")
    gold = tmp_path / "gold.jsonl"
    row = '{"id": "memo", "file": "memo.txt", "format": "cablegate-text"'
    row += ', "date": null, "from": null, "to": null, "info": null, "classification": null, "subject": null'
    row += ', "tags": null, "references": null, "signed_by": null}\n'
    gold.write_text(row)
    scores = score_headers(gold)
    assert scores["accuracy"] == 0.0 and scores["misses"][0]["field"] == "*"
