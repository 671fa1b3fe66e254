"""remote: what publishing each batch to a remote triple store sends and costs, against a real Oxigraph server.

`--docs` generated documents (`benchmarks.corpus`) in batches of `--max-batch`, each batch run through the stages
(`run_stages`, 2 spaCy processes, no checks, no snapshot) and then published with a remote store
(`stages.publish_graph` with an `oxigraph serve` on a free local port, its store on disk): per batch, the triples
sent, what the push would have sent had it sent the shared graphs (entities, facts, cables, ontology, reference)
whole as before, the seconds of the publication with the PUTs and the switch timed apart, and whether the remote
holds as many triples as the local store afterwards. `sent_ratio_last` = triples sent / triples the whole-graph
push would have sent, for the last batch.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import BASE, emit, make_extractor, note, run_stages
from benchmarks.corpus import write_corpus


class TimedRemote:
    """A `RemoteStore` whose graph PUTs and updates (the switch) are timed."""

    def __init__(self, url: str):
        from pipelines.kg.remote import RemoteStore

        self.remote = RemoteStore(url + "/query", url + "/update", url + "/store", timeout_s=3600)
        self.seconds = {"put": 0.0, "switch": 0.0}
        put, update = self.remote.replace_graph, self.remote.update

        def timed_put(graph_iri: str, ntriples: bytes) -> None:
            t0 = time.perf_counter()
            put(graph_iri, ntriples)
            self.seconds["put"] += time.perf_counter() - t0

        def timed_update(sparql_update: str) -> None:
            t0 = time.perf_counter()
            update(sparql_update)
            self.seconds["switch"] += time.perf_counter() - t0

        self.remote.replace_graph, self.remote.update = timed_put, timed_update  # type: ignore[method-assign]


def batches(root: Path, docs: int, max_batch: int, processes: int) -> list[dict]:
    """Run and publish the batches (see the module docstring); one dict of figures per batch."""
    from pipelines import stages
    from pipelines.home import Home
    from pipelines.kg.namespaces import Iris
    from pipelines.kg.store import GraphStore
    from pipelines.serve.backend import writable_server
    from pipelines.sources.config import PENDING_ONLY_SOURCES
    from pipelines.stages.batches import batch_documents

    sources = write_corpus(root / "corpus", docs, seed=13)
    pending = root / "pending-only.yaml"
    pending.write_text(PENDING_ONLY_SOURCES, encoding="utf-8")
    extractor, home, iris = make_extractor(n_process=processes), Home.at(root / "home"), Iris(BASE)
    shared = [iris.entities_graph, iris.facts_graph, iris.cables_graph, iris.ontology_graph, iris.reference_graph]
    out = []
    with writable_server(root / "remote") as url:
        for k, done in enumerate(range(0, docs, max_batch)):
            then = sources if k == 0 else pending
            run_stages(home.root, then, extractor, write_dumps=False, max_batch=max_batch, publish=False)
            batch = home.batch_keys()[-1]
            store, timed = GraphStore(home.store), TimedRemote(url)
            try:
                t0 = time.perf_counter()
                report = stages.publish_graph(home, store, f"bench-{k}", BASE, url + "/query", timed.remote, batch)
                seconds = time.perf_counter() - t0

                def size(g) -> int:
                    return sum(1 for _ in store.quads_for_pattern(None, None, None, g))  # noqa: B023

                shared_triples = sum(size(g) for g in shared)
                whole = shared_triples + sum(size(iris.document_graph(d)) for d in batch_documents(home, batch))
                out.append(
                    {
                        "documents_in_store": done + min(max_batch, docs - done),
                        "triples_sent": report["remote_triples"],
                        "whole_graphs_would_send": whole,
                        "shared_graphs_triples": shared_triples,
                        "publish_s": round(seconds, 2),
                        "put_s": round(timed.seconds["put"], 2),
                        "switch_s": round(timed.seconds["switch"], 2),
                        "remote_holds_the_store": timed.remote.count() == len(store),
                    }
                )
                note(f"remote: batch {k + 1}: {out[-1]}")
            finally:
                store.close()
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke sizes (20 documents in batches of 10)")
    parser.add_argument("--docs", type=int, default=None, help="documents (default 2000)")
    parser.add_argument("--max-batch", type=int, default=None, help="documents per batch (default 400)")
    parser.add_argument("--processes", type=int, default=2, help="spaCy processes (default 2)")
    args = parser.parse_args(argv)
    docs = args.docs or (20 if args.quick else 2000)
    max_batch = args.max_batch or (10 if args.quick else 400)
    root = Path(tempfile.mkdtemp(prefix="pg-bench-remote-"))
    try:
        per_batch = batches(root, docs, max_batch, args.processes)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    last = per_batch[-1]
    figures = {
        "benchmark": "remote",
        "docs": docs,
        "max_batch": max_batch,
        "batches": per_batch,
        "sent_ratio_last": last["triples_sent"] / last["whole_graphs_would_send"],
    }
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
