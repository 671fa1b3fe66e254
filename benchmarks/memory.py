"""memory: peak RSS of a whole run (every stage, with dumps) on a corpus 10x larger vs 1x.

Each size runs in a fresh child process (`python -m benchmarks.memory --child DOCS`), which generates its corpus,
builds the extractor, runs all stages from an empty home and reports its peak RSS (`ru_maxrss`) and its RSS after
the spaCy model was loaded (the fixed part every run pays). Prints one JSON line: memory_ratio (peak at 10x /
peak at 1x), and the growth above the model-loaded baseline on both sides.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import emit, make_extractor, note, peak_rss_mb, run_stages
from benchmarks.corpus import write_corpus


def child(docs: int, words: int) -> dict:
    root = Path(tempfile.mkdtemp(prefix="pg-bench-mem-"))
    try:
        sources = write_corpus(root / "corpus", docs, seed=9, words=words)
        extractor = make_extractor(n_process=1)
        baseline = peak_rss_mb()
        peaks: dict[str, float] = {}
        times = run_stages(root / "home", sources, extractor, write_dumps=True, peaks=peaks)
        return {
            "docs": docs,
            "baseline_mb": baseline,
            "peak_mb": peak_rss_mb(),
            "peak_mb_after_stage": peaks,
            "seconds": times["total"],
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run_child(docs: int, words: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", "--child", str(docs), "--words", str(words)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _raised(run: dict, stage: str) -> float:
    """How much `stage` raised the peak RSS over the stage before it (stages are recorded in run order)."""
    peaks = run["peak_mb_after_stage"]
    names = list(peaks)
    i = names.index(stage)
    return peaks[stage] - (peaks[names[i - 1]] if i else run["baseline_mb"])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 vs 50 documents (smoke run)")
    parser.add_argument("--docs", type=int, default=None, help="1x corpus size (default 100: over one nlp.pipe batch)")
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.words)))
        return {}
    docs = args.docs or (5 if args.quick else 100)
    small = run_child(docs, args.words)
    note(f"memory 1x: {small}")
    large = run_child(docs * 10, args.words)
    note(f"memory 10x: {large}")
    figures = {
        "benchmark": "memory",
        "memory_ratio": large["peak_mb"] / small["peak_mb"],
        "peak_raised_by_stage_mb_10x": {k: _raised(large, k) for k in large["peak_mb_after_stage"]},
        "growth_above_model_mb": {
            "1x": small["peak_mb"] - small["baseline_mb"],
            "10x": large["peak_mb"] - large["baseline_mb"],
        },
        "runs": {"1x": small, "10x": large},
        "target_memory_ratio": 1.2,
    }
    emit(figures)
    return figures


if __name__ == "__main__":
    main()
