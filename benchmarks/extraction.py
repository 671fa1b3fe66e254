"""extraction: words/s of the whole extraction stage vs bare `nlp.pipe` of the same pipeline, on 1 and 2 processes.

Setup (not timed): a synthetic corpus is collected and parsed into a home folder, and the extractor is built once.
Then, alternating so that machine noise hits both sides alike, each round times

- bare: `nlp.pipe(texts, batch_size=B, n_process=P)` of the extractor's own spaCy pipeline (the statistical
  model plus the project's rule components), over the same texts, consuming the Docs and nothing else (B: the
  extractor's batch size, the settings' default);
- stage: `pipelines.stages.extract_mentions(home, batch, load_extractor)` with `n_process=P`: reading each
  document's JSON, `nlp.pipe`, turning Docs into Extraction records, reported-cable detection, writing each
  extraction atomically (with P = 2 the stage deals the batch to 2 forked workers, each running `nlp.pipe` on one
  process).

The best (shortest) of the rounds is kept for each side. Also measured once: `spacy.load(model)` with all its default
components over the same texts (what "the model alone" costs, without our rules and without the lemmatizer).

Prints one JSON line: extraction_ratio (bare words/s / stage words/s on 1 process, so 1.0 = no overhead),
extraction_ratio_2p, parallel_speedup (stage words/s on 2 processes / on 1), and the raw words/s.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import emit, make_extractor, note, peak_rss_mb
from benchmarks.corpus import write_corpus


def prepare_home(root: Path, docs: int, words: int):
    from pipelines import stages
    from pipelines.home import Home, new_batch_key
    from pipelines.sources.config import load_sources
    from pipelines.sources.state import FetchState

    sources = write_corpus(root / "corpus", docs, seed=3, words=words)
    home = Home.at(root / "home")
    home.root.mkdir(parents=True)
    batch = new_batch_key("bench")
    state = FetchState(home.state_db)
    try:
        stages.collect_raw_documents(home, batch, load_sources(sources), None, state)
        stages.parse_documents(home, batch, state)
    finally:
        state.close()
    texts = [stages._load_document(home, d).text for d in stages.batch_documents(home, batch)]
    return home, batch, texts


#: CPU seconds of the main process per side and process count (with 2 processes, the main process only feeds
#: texts and receives Docs: its CPU time shows how much of the wall time it serialises)
MAIN_CPU: dict[str, float] = {}
#: CPU seconds of the stage's worker processes (with 2 processes: the forked shards)
WORKER_CPU: dict[str, float] = {}


def time_bare(nlp, texts: list[str], n_process: int, batch_size: int) -> float:
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    MAIN_CPU[f"bare_{n_process}p"] = time.process_time() - c0
    return time.perf_counter() - t0


def time_stage(home, batch: str, extractor) -> tuple[float, int]:
    from pipelines import stages

    t0, c0 = time.perf_counter(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = stages.extract_mentions(home, batch, lambda: extractor)
    MAIN_CPU[f"stage_{extractor.settings.n_process}p"] = time.process_time() - c0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    WORKER_CPU[f"stage_{extractor.settings.n_process}p"] = (after.ru_utime + after.ru_stime) - (
        children.ru_utime + children.ru_stime
    )
    return time.perf_counter() - t0, report.words


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small corpus, one round (smoke run)")
    parser.add_argument("--docs", type=int, default=None, help="documents (default 150; 12 with --quick)")
    parser.add_argument("--words", type=int, default=400, help="words per document")
    parser.add_argument("--rounds", type=int, default=None, help="alternating rounds (default 3; 1 with --quick)")
    args = parser.parse_args(argv)
    docs = args.docs or (12 if args.quick else 150)
    rounds = args.rounds or (1 if args.quick else 3)

    import spacy

    from pipelines.nlp.extract import Extractor
    from pipelines.nlp.settings import NlpSettings

    root = Path(tempfile.mkdtemp(prefix="pg-bench-extract-"))
    try:
        home, batch, texts = prepare_home(root, docs, args.words)
        words = sum(len(t.split()) for t in texts)
        one = make_extractor(n_process=1)
        two = Extractor(NlpSettings(n_process=2), nlp=one.nlp)  # the same Language object
        note(f"extraction: {len(texts)} documents, {words} words; pipeline {one.nlp.pipe_names}")
        best: dict[str, float] = {}
        for r in range(rounds):
            for p, ex in ((1, one), (2, two)):
                b = time_bare(ex.nlp, texts, p, ex.settings.batch_size)
                s, stage_words = time_stage(home, batch, ex)
                assert stage_words == words
                best[f"bare_{p}p"] = min(best.get(f"bare_{p}p", b), b)
                best[f"stage_{p}p"] = min(best.get(f"stage_{p}p", s), s)
                note(f"  round {r + 1}, {p} process(es): bare {b:.2f}s, stage {s:.2f}s")
        model = spacy.load(one.settings.model)
        model_s = time_bare(model, texts, 1, one.settings.batch_size)
        wps = {k: words / v for k, v in best.items()}
        figures = {
            "benchmark": "extraction",
            "documents": len(texts),
            "words": words,
            "extraction_ratio": wps["bare_1p"] / wps["stage_1p"],
            "extraction_ratio_2p": wps["bare_2p"] / wps["stage_2p"],
            "parallel_speedup": wps["stage_2p"] / wps["stage_1p"],
            "bare_parallel_speedup": wps["bare_2p"] / wps["bare_1p"],
            "words_per_s": wps,
            "seconds": best,
            "main_process_cpu_s_last_round": dict(MAIN_CPU),
            "stage_worker_cpu_s_last_round": dict(WORKER_CPU),
            "batch_size": one.settings.batch_size,
            "model_only_words_per_s": words / model_s,
            "model_only_components": model.pipe_names,
            "pipeline_components": one.nlp.pipe_names,
            "peak_rss_mb": peak_rss_mb(),
            "peak_rss_mb_largest_child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "target_extraction_ratio": 1.25,
            "target_parallel_speedup": 1.7,
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
