#!/usr/bin/env bash
# CI under load: runs `bash .ci/run` on a fresh clone of HEAD, RUNS times in a row (default 3), while one busy loop
# per core keeps the machine saturated, as a shared CI machine can be. Prints each run's result and duration, and
# stops the load however it ends. Usage: bash scripts/ci-under-load.sh [RUNS]
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
repo="$(pwd)"
work="$(mktemp -d)"
load=()
stop_load() { for pid in "${load[@]}"; do kill "$pid" 2>/dev/null; done; rm -rf "$work"; }
trap stop_load EXIT
for _ in $(seq "$(nproc)"); do node -e 'for (;;) {}' & load+=("$!"); done
echo "load: ${#load[@]} busy loops (one per core) on $(nproc) cores; commit $(git rev-parse --short HEAD)"
failed=0
for run in $(seq "$runs"); do
  rm -rf "$work/clone" && git clone -q "$repo" "$work/clone"
  started=$(date +%s)
  if (cd "$work/clone" && bash .ci/run > "$work/run-$run.log" 2>&1); then result=green; else result=RED; failed=1; fi
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$work/run-$run.log" | tail -n 1)
  echo "run $run: $result in $(( $(date +%s) - started )) s (${summary:-no test summary})"
  [ "$result" = green ] || tail -n 40 "$work/run-$run.log"
done
exit "$failed"
