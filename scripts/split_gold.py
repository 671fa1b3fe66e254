"""Split independently annotated gold documents into a development half and a test half, reproducibly.

    python scripts/split_gold.py ANNOTATED.jsonl [...] --dev tests/fixtures/gold/unseen-dev.jsonl \
        --test tests/fixtures/gold/unseen-test.jsonl

Within each annotator's file and each document kind (`kind`: cable, press-release, crs-report, ...), documents are
ordered by the SHA-256 of their id and dealt alternately to the two halves, the first to dev. A document whose
text overlaps one already dealt (two annotators chose the same source: half or more of its 8-word sequences are
shared) goes to that document's half, so that no text is in both. The split depends only on the ids and on
overlap, never on how the extractor does on a document. The test half is for
measurement only: no rule, word list or calibration is ever written from it (`scripts/calibrate_relations.py`
reads the dev half).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path


def split(docs: list[dict]) -> tuple[list[dict], list[dict]]:
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_kind[d.get("kind", "other")].append(d)
    dev, test = [], []
    for kind in sorted(by_kind):
        ordered = sorted(by_kind[kind], key=lambda d: hashlib.sha256(d["id"].encode()).hexdigest())
        for n, d in enumerate(ordered):
            (dev if n % 2 == 0 else test).append(d)
    return dev, test


def _shingles(text: str, n: int = 8) -> set[str]:
    words = text.split()
    return {" ".join(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def _same_text(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("annotated", nargs="+", type=Path, help="one JSONL file per annotator")
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--test", type=Path, required=True)
    args = ap.parse_args()
    dev: list[dict] = []
    test: list[dict] = []
    for path in args.annotated:
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        d, t = split(docs)
        for doc in d + t:
            shingles = _shingles(doc["text"])
            if any(_same_text(shingles, _shingles(o["text"])) for o in test):
                test.append(doc)
            elif any(_same_text(shingles, _shingles(o["text"])) for o in dev):
                dev.append(doc)
            else:
                (dev if doc in d else test).append(doc)
    for path, docs in ((args.dev, dev), (args.test, test)):
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        print(f"{path}: {len(docs)} documents, {sum(len(d['relations']) for d in docs)} relations")


if __name__ == "__main__":
    main()
