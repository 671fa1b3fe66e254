"""The entity catalogue at scale: load, update and entities-graph times and peak memory at a synthetic size.

A home is generated with a catalogue of `--entities` entities over documents of 40 mentions each, written as the
JSON file earlier versions kept (`work/entities.json`), which the current code imports on first use; and a batch
of 100 new documents (40 mentions each: 30 known entities, 8 new ones, 2 bare surnames). Each step runs the real
stage functions in its own process, so that its peak RSS is its own:
- `first_open`: `resolve_entities` on an empty batch (reads the catalogue; the first time, imports the JSON),
- `graph_whole`: `load_knowledge_graph` of an empty batch, which writes the whole entities graph (the ontology and
  reference graphs are loaded into the store beforehand, in another process),
- `resolve_batch`: `resolve_entities` on the batch of 100 documents,
- `graph_after_batch`: `load_knowledge_graph` of that batch: the entities graph brought up to date.

    python -m benchmarks.catalogue [--entities 100000] [--catalogue-url postgresql://host:port/dbname]

With `--catalogue-url` the catalogue is in that PostgreSQL database (an empty one: its tables are created) instead of
the SQLite file.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import emit, note, peak_rss_mb

TYPES = ("Person", "Firm", "Agency", "Law", "State", "IGO")
MENTIONS_PER_DOC = 40
BATCH_DOCS = 100


def _entity(i: int) -> tuple[str, dict]:
    type_ = TYPES[i % len(TYPES)]
    label = f"Given{i % 997} Name{i}" if type_ == "Person" else f"{type_} number {i}"
    qid = f"Q{1000 + i}" if i % 5 == 0 else None
    return f"{type_.lower()}/e{i}", {"type": type_, "label": label, "qid": qid}


def build_home(root: Path, n_entities: int) -> None:
    """The legacy catalogue file (each entity in two documents) and a batch of new documents' extractions."""
    from pipelines.files import write_json
    from pipelines.home import Home
    from pipelines.model import Extraction, Mention

    home = Home.at(root)
    n_docs = max(1, 2 * n_entities // MENTIONS_PER_DOC)
    catalogue = {}
    for i in range(n_entities):
        eid, entry = _entity(i)
        catalogue[eid] = {**entry, "docs": sorted({f"doc{i % n_docs}", f"doc{(i * 7 + 3) % n_docs}"})}
    write_json(home.work / "entities.json", catalogue)  # as earlier versions kept it
    rng = random.Random(5)
    batch = "20260101T000000Z-bench"
    for d in range(BATCH_DOCS):
        mentions = []
        for k in range(MENTIONS_PER_DOC):
            if k < 30:
                eid, entry = _entity(rng.randrange(n_entities))
            elif k < 38:
                eid, entry = _entity(n_entities + d * 8 + k)
            else:
                eid, entry = f"person/name{rng.randrange(n_entities)}", {"type": "Person", "label": "x", "qid": None}
                entry["label"] = f"Name{eid.removeprefix('person/name')}"
            mentions.append(Mention(0, 1, "x", entry["type"], eid, entry["label"], entry["qid"]))
        doc_id = f"new{d}"
        write_json(home.extraction_file(doc_id), Extraction(doc_id, "v1", tuple(mentions)).to_dict())
    write_json(home.batch_documents_file(batch), {f"new{d}": f"r{d}" for d in range(BATCH_DOCS)})
    write_json(home.batch_documents_file("20260101T000000Z-empty"), {})


def run_step(root: Path, step: str, n_entities: int, catalogue_url: str | None = None) -> dict:
    from pipelines import stages
    from pipelines.home import Home
    from pipelines.kg.build import load_shared_graphs
    from pipelines.kg.store import GraphStore
    from pipelines.sources.state import FetchState

    home = Home.at(root, catalogue_url)
    started = time.perf_counter()
    if step == "build":
        build_home(root, n_entities)
    elif step == "first_open":
        stages.resolve_entities(home, "20260101T000000Z-empty")
    elif step == "resolve_batch":
        stages.resolve_entities(home, "20260101T000000Z-bench")
    elif step == "shared_graphs":
        load_shared_graphs(GraphStore(home.store), home.shared_graphs_file)
    else:
        batch = "20260101T000000Z-empty" if step == "graph_whole" else "20260101T000000Z-bench"
        with FetchState(home.state_db) as state:
            stages.load_knowledge_graph(home, batch, GraphStore(home.store), state)
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak_rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--catalogue-url", help="the catalogue in this (empty) PostgreSQL database, not SQLite")
    args = parser.parse_args()
    if args.step:
        print(json.dumps(run_step(Path(args.home), args.step, args.entities, args.catalogue_url)))
        return
    figures: dict = {"entities": args.entities, "catalogue": "postgresql" if args.catalogue_url else "sqlite"}
    with tempfile.TemporaryDirectory() as tmp:
        # every step in a child process started by this small one (a child's peak RSS counts its parent's at fork)
        for step in ("build", "first_open", "shared_graphs", "graph_whole", "resolve_batch", "graph_after_batch"):
            cmd = [sys.executable, "-m", "benchmarks.catalogue", "--step", step, "--home", tmp]
            cmd += ["--entities", str(args.entities)]
            cmd += ["--catalogue-url", args.catalogue_url] if args.catalogue_url else []
            out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            note(f"catalogue: {step}: {out['seconds']:.1f} s, peak RSS {out['peak_rss_mb']:.0f} MB")
            if step == "build":
                figures["json_mb"] = (Path(tmp) / "work" / "entities.json").stat().st_size / 1e6
            elif step != "shared_graphs":
                figures[f"{step}_s"], figures[f"{step}_peak_rss_mb"] = out["seconds"], out["peak_rss_mb"]
    emit(figures)


if __name__ == "__main__":
    main()
