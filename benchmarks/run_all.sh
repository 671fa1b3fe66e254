#!/usr/bin/env bash
# Run every benchmark one after the other (never two at once: they would share the 2 cores) and collect their
# JSON lines in benchmarks/results/latest.jsonl. Pass --quick for the smoke sizes.
#   benchmarks/run_all.sh            # full sizes, about 15-20 minutes on 2 cores (10M-triple graph cached after)
#   benchmarks/run_all.sh --quick    # about 2 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
OUT=benchmarks/results
mkdir -p "$OUT"
: > "$OUT/latest.jsonl"
for b in extraction graph_load incremental memory queries; do
  echo "== $b $*" >&2
  start=$(date +%s)
  "$PY" -m "benchmarks.$b" "$@" | tee -a "$OUT/latest.jsonl"
  echo "   ($(( $(date +%s) - start ))s)" >&2
done
