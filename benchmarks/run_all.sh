#!/usr/bin/env bash
# Run every benchmark one after the other (never two at once: they would share the 2 cores) and collect their
# JSON lines in benchmarks/results/latest.jsonl (quick runs: latest-quick.jsonl). Pass --quick for smoke sizes.
#   benchmarks/run_all.sh            # full sizes: about 20-25 minutes on 2 cores (measured 24 min on a machine
#                                    # shared with other jobs; 5 fewer once the 10M-triple graph is cached under
#                                    # $PG_BENCH_CACHE, default: pg-bench-cache in the temporary folder)
#   benchmarks/run_all.sh --quick    # about 4-6 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
OUT=benchmarks/results
mkdir -p "$OUT"
RESULTS="$OUT/latest.jsonl"
[[ " $* " == *" --quick "* ]] && RESULTS="$OUT/latest-quick.jsonl"
: > "$RESULTS"
run() {
  echo "== $*" >&2
  local start=$SECONDS
  "$PY" -m "benchmarks.$1" "${@:2}" | tee -a "$RESULTS"
  echo "   ($((SECONDS - start))s)" >&2
}
for b in extraction graph_load incremental memory queries scale remote; do
  run "$b" "$@"
done
