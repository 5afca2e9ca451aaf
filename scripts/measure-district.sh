#!/usr/bin/env bash
# Measures the sample host at district scale (not part of CI; the machine's load changes the times, so say what
# else was running). Usage:
#   scripts/measure-district.sh DIR [RECORDS...]
# DIR holds big.json and big.csv (1,000,036 records sorted by provider and date, 37 MB of context), as written by
# the district generator from the project's root. RECORDS (default: 100000 1000036) are the sizes measured: the
# first N rows of big.csv under the same context. For each size it prints the host's wall time, records a second
# end to end (file to findings as CSV), peak memory (/usr/bin/time -v), on all cores and on one, then the library's
# own batch validation of the same records in the same run (held in memory, Validate on 1 thread and on all, the median of five alternating rounds),
# and the ratios. A SQLite run (records table with an index on providerId and date, findings written back) ends it. The context alone
# (the batch file with a header-only CSV) is timed first; every host line also gives its CPU time (user + system).
# The host caps generation 0's budget at 24 MB (System.GC.Gen0MaxBudget in its runtimeconfig.json): .NET sizes it
# from the L3 cache the machine reports, 80 MB on these VMs. The host runs are repeated without the cap
# (DOTNET_GCGen0MaxBudget=$UNCAPPED, the runtime's own 80 MB here; UNCAPPED= skips them), which must write the same
# findings: what the cap saves in memory and costs in time.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dir=$(cd "${1:?usage: scripts/measure-district.sh DIR [RECORDS...]}" && pwd)
shift
[ $# -gt 0 ] || set -- 100000 1000036
sizes=("$@")
uncapped=${UNCAPPED-0x5000000}

dotnet build samples/Sesis.Rules.Sample -c Release -v q -nologo >/dev/null
dotnet build benchmarks/Sesis.Rules.DistrictMeasure -c Release -v q -nologo >/dev/null
host=samples/Sesis.Rules.Sample/bin/Release/net10.0/sesis-sample
library=benchmarks/Sesis.Rules.DistrictMeasure/bin/Release/net10.0/Sesis.Rules.DistrictMeasure
cores=$(nproc)
echo "machine: $cores cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs the host under /usr/bin/time -v; prints "seconds peak_MB cpu_seconds" (cpu: user + system, the guide to
# per-record cost when the machine is shared).
timed() {
  /usr/bin/time -v "$@" > "$dir/findings.out" 2> "$dir/time.log" || [ $? -eq 1 ]
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
              /User time/ { cpu += $2 } /System time/ { cpu += $2 }
              /Maximum resident set size/ { peak = $2 / 1024 }
              END { printf "%.2f %.0f %.1f\n", wall, peak, cpu }' "$dir/time.log"
}

# The context alone: the batch file with a header-only CSV and no period to look for missing records in.
head -n 1 "$dir/big.csv" > "$dir/header-only.csv"
sed "s/\"recordsCsv\": *\"big.csv\"/\"recordsCsv\": \"header-only.csv\"/" "$dir/big.json" > "$dir/context-only.json"
read -r s mb cpu <<< "$(timed "$host" validate "$dir/context-only.json" --format csv --missing-from 2100-01-01)"
echo "host   context alone (54,056 providers, 108,112 caseload entries and schedules): ${s} s, peak ${mb} MB, cpu ${cpu} s"
if [ -n "$uncapped" ]; then
  read -r s mb cpu <<< "$(DOTNET_GCGen0MaxBudget=$uncapped timed "$host" validate "$dir/context-only.json" --format csv --missing-from 2100-01-01)"
  echo "host   context alone, DOTNET_GCGen0MaxBudget=$uncapped: ${s} s, peak ${mb} MB, cpu ${cpu} s"
fi

for n in "${sizes[@]}"; do
  batch="$dir/big.json"
  if [ "$n" != 1000036 ]; then
    head -n $((n + 1)) "$dir/big.csv" > "$dir/first-$n.csv"
    sed "s/\"recordsCsv\": *\"big.csv\"/\"recordsCsv\": \"first-$n.csv\"/" "$dir/big.json" > "$dir/first-$n.json"
    batch="$dir/first-$n.json"
  fi

  read -r all_s all_mb all_cpu <<< "$(timed "$host" validate "$batch" --format csv)"
  rows=$(($(wc -l < "$dir/findings.out") - 1))
  read -r one_s one_mb one_cpu <<< "$(timed "$host" validate "$batch" --format csv --threads 1)"
  echo "host   $n records, $cores threads: ${all_s} s, $(awk -v n="$n" -v s="$all_s" 'BEGIN { printf "%.0f", n / s }') records/s, peak ${all_mb} MB, cpu ${all_cpu} s, $rows finding rows"
  echo "host   $n records, 1 thread:  ${one_s} s, $(awk -v n="$n" -v s="$one_s" 'BEGIN { printf "%.0f", n / s }') records/s, peak ${one_mb} MB, cpu ${one_cpu} s"
  echo "host   parallel/sequential: $(awk -v a="$all_s" -v b="$one_s" 'BEGIN { printf "%.2fx", b / a }')"
  if [ -n "$uncapped" ]; then
    cp "$dir/findings.out" "$dir/findings-default.out"
    for t in "$cores" 1; do
      read -r g_s g_mb g_cpu <<< "$(DOTNET_GCGen0MaxBudget=$uncapped timed "$host" validate "$batch" --format csv --threads "$t")"
      cmp -s "$dir/findings.out" "$dir/findings-default.out" || { echo "host   DOTNET_GCGen0MaxBudget=$uncapped wrote other findings" >&2; exit 1; }
      echo "host   $n records, $t thread(s), DOTNET_GCGen0MaxBudget=$uncapped: ${g_s} s, $(awk -v n="$n" -v s="$g_s" 'BEGIN { printf "%.0f", n / s }') records/s, peak ${g_mb} MB, cpu ${g_cpu} s"
    done
  fi

  "$library" "$batch" "$cores" > "$dir/library.out"
  # The median of five alternating rounds after a warm-up round (one run of each is at the mercy of a slow minute).
  median() { awk -v t="$1" '$2 == t { print $4 }' "$dir/library.out" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  range() { awk -v t="$1" '$2 == t { print $4 }' "$dir/library.out" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
  lib_one=$(median 1)
  lib_all=$(median "$cores")
  echo "library $n records, median of 5, 1 thread: ${lib_one} s ($(range 1)); $cores threads: ${lib_all} s ($(range "$cores")); parallel/sequential $(awk -v a="$lib_all" -v b="$lib_one" 'BEGIN { printf "%.2fx", b / a }')"
  echo "ratio  host end to end / library Validate, both on $cores threads: $(awk -v a="$all_s" -v b="$lib_all" 'BEGIN { printf "%.1f", a / b }')x the time"
done

if command -v sqlite3 >/dev/null; then
  db="$dir/records.db"
  rm -f "$db"
  sqlite3 "$db" <<SQL
.mode csv
.import $dir/big.csv records
CREATE INDEX records_by_provider_date ON records (providerId, date);
SQL
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.pop('recordsCsv', None); json.dump(d, open(sys.argv[2], 'w'))" "$dir/big.json" "$dir/context.json"
  read -r s mb cpu <<< "$(timed "$host" validate "$db" --context "$dir/context.json" --findings-table --format csv)"
  echo "sqlite 1000036 rows read, findings table written: ${s} s, $(awk -v s="$s" 'BEGIN { printf "%.0f", 1000036 / s }') records/s, peak ${mb} MB, cpu ${cpu} s"
else
  echo "sqlite: skipped (no sqlite3 command to load the records table)"
fi

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
