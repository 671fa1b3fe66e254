"""Smoke run of every benchmark script with --quick (not part of the main test run, which collects tests/ only).

.venv/bin/pytest benchmarks/test_smoke.py -q        # about 2-3 minutes on 2 cores
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: script -> the ratio keys its JSON line must carry
SCRIPTS = {
    "extraction": ["extraction_ratio", "parallel_speedup"],
    "graph_load": ["graph_load_ratio"],
    "incremental": ["incremental_ratio", "incremental_ratio_with_dumps"],
    "memory": ["memory_ratio"],
    "queries": ["query_ratio_max"],
    "remote": ["sent_ratio_last"],
    "scale": ["docs_per_second", "peak_rss_mb", "batch_cost_ratio_10x", "two_partition_speedup"],
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_script_prints_one_json_line_with_its_ratios(script, tmp_path):
    args = [sys.executable, "-m", f"benchmarks.{script}", "--quick"]
    if script == "queries":
        args += ["--cache", str(tmp_path / "cache")]
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1, out.stdout
    figures = json.loads(lines[0])
    assert figures["benchmark"] == script
    for key in SCRIPTS[script]:
        assert isinstance(figures[key], float) and figures[key] > 0, (key, figures)
