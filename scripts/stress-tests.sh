#!/usr/bin/env bash
# Runs .ci/run's checks N times, each in a fresh clone of the current commit, to find checks that fail now and
# then (docs/reliability.md, "The stress run"):
#   - run 1 is cold: a fresh clone (no build outputs), an empty NuGet packages folder of its own, and no build
#     server or compiler server to reuse (MSBuild node reuse, the MSBuild server and Roslyn's shared compilation
#     off), as on a machine that has built nothing yet;
#   - every even-numbered run has two busy-looping processes beside it, so the checks run on a loaded machine.
# Reports each run's "N passed, N failed" line, its time, and every failed test and step by name (the "what
# failed" lines of .ci/run), then each failed check with the runs it failed in. Exits 1 when any check failed.
#
# Usage: scripts/stress-tests.sh N
# Environment: STRESS_DIR (where clones and logs go; a new temporary folder by default), STRESS_NICE (the nice
# level of the runs and the busy loops, 10 by default: the machine is shared).
set -uo pipefail

runs=${1:-}
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 N   (N >= 1 runs of .ci/run, each in a fresh clone)" >&2
  exit 2
fi

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse HEAD)
work=${STRESS_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/sesis-stress.XXXXXX")}
nice_level=${STRESS_NICE:-10}
mkdir -p "$work"
summary="$work/summary.txt"
: > "$summary"
: > "$work/failed-checks.txt"

busy=()
start_busy() {
  for _ in 1 2; do
    nice -n "$nice_level" bash -c 'while :; do :; done' &
    busy+=("$!")
  done
}
stop_busy() {
  for pid in "${busy[@]}"; do
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  busy=()
}
trap stop_busy EXIT
trap 'stop_busy; exit 130' INT TERM

echo "stress run of $commit: $runs runs of .ci/run in $work" | tee -a "$summary"
for run in $(seq 1 "$runs"); do
  clone="$work/run$run"
  log="$work/run$run.log"
  rm -rf "$clone"
  if ! git clone -q --no-hardlinks "$repo" "$clone" || ! git -C "$clone" checkout -q --detach "$commit"; then
    echo "run $run: could not clone $repo at $commit" | tee -a "$summary"
    echo "run $run|step: clone" >> "$work/failed-checks.txt"
    continue
  fi

  env_vars=()
  kind="warm"
  if [ "$run" -eq 1 ]; then
    kind="cold"
    env_vars=(NUGET_PACKAGES="$work/packages-run1" MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false)
    rm -rf "$work/packages-run1"
  fi

  load="quiet"
  if [ $((run % 2)) -eq 0 ]; then
    load="two busy loops"
    start_busy
  fi

  started=$(date +%s)
  (cd "$clone" && env "${env_vars[@]}" nice -n "$nice_level" bash .ci/run) > "$log" 2>&1
  status=$?
  elapsed=$(( $(date +%s) - started ))
  stop_busy

  counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  echo "run $run ($kind, $load): exit $status, ${counts:-no count line}, ${elapsed} s" | tee -a "$summary"
  sed -n '/^=== what failed$/,$p' "$log" | grep -E '^(test|test run|step): ' | while IFS= read -r check; do
    echo "  $check" | tee -a "$summary"
    echo "run $run|$check" >> "$work/failed-checks.txt"
  done
  if [ "$status" -ne 0 ] && ! grep -q '^=== what failed$' "$log"; then
    echo "  .ci/run exited $status without naming a failure: see $log" | tee -a "$summary"
    echo "run $run|exit $status, no failure named" >> "$work/failed-checks.txt"
  fi

  # Keep the log, drop the clone (several hundred MB of build outputs).
  rm -rf "$clone"
done
rm -rf "$work/packages-run1"

echo | tee -a "$summary"
if [ -s "$work/failed-checks.txt" ]; then
  echo "failed checks (check: runs):" | tee -a "$summary"
  awk -F'|' '{ runs[$2] = runs[$2] (runs[$2] ? ", " : "") $1 } END { for (c in runs) print "  " c ": " runs[c] }' "$work/failed-checks.txt" \
    | sort | tee -a "$summary"
  exit 1
fi
echo "no check failed in $runs runs" | tee -a "$summary"
