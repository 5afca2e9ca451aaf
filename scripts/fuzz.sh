#!/usr/bin/env bash
# Fuzzes one harness of fuzz/Sesis.Rules.Fuzz with AFL++ and SharpFuzz for a number of seconds, then prints AFL's
# summary. Not part of CI. Usage:
#   scripts/fuzz.sh TARGET [SECONDS]     TARGET: batch-json, batch-csv, calendar-ics, calendar-plain or calendar-feed (default 600 s)
# Findings go to fuzz/findings/TARGET (git-ignored). Any file in its crashes/ folder is a bug: replay it with
#   dotnet fuzz/bin/TARGET-plain/Sesis.Rules.Fuzz.dll TARGET --check fuzz/findings/TARGET/default/crashes
# (the plain build: instrumented code runs only under afl-fuzz)
# then make it a regression test (tests/Sesis.Rules.Sample.Tests/data/fuzz/ or the calendar tests) and fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

target=${1:?usage: scripts/fuzz.sh batch-json|batch-csv|calendar-ics|calendar-plain|calendar-feed [SECONDS]}
seconds=${2:-600}
case "$target" in
  batch-json|batch-csv|calendar-ics|calendar-plain|calendar-feed) ;;
  *) echo "unknown target '$target'" >&2; exit 2 ;;
esac

if ! command -v afl-fuzz >/dev/null; then
  apt-get update && apt-get install -y afl++
fi
dotnet tool restore

# A fresh build per run: SharpFuzz instruments the assemblies in place, and an instrumented one cannot be again.
bin=fuzz/bin/$target
rm -rf "$bin" "$bin-plain"
dotnet publish fuzz/Sesis.Rules.Fuzz -c Release -o "$bin" --nologo -v quiet
cp -r "$bin" "$bin-plain"

# The seeds must pass before fuzzing: AFL refuses a corpus that crashes.
dotnet "$bin-plain/Sesis.Rules.Fuzz.dll" "$target" --check "fuzz/seeds/$target"

# The code under test: the sample host's readers, the library's parsers and the calendar loaders.
for dll in sesis-sample.dll Sesis.Rules.dll Sesis.Rules.Calendars.dll; do
  dotnet sharpfuzz "$bin/$dll"
done

out=fuzz/findings/$target
rm -rf "$out"
mkdir -p "$out"
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  afl-fuzz -V "$seconds" -i "fuzz/seeds/$target" -o "$out" -x "fuzz/dictionaries/$target.dict" -t 5000 -m none \
  -- dotnet "$bin/Sesis.Rules.Fuzz.dll" "$target" > "$out/afl.log" 2>&1 || { tail -n 30 "$out/afl.log"; exit 1; }

stats=$out/default/fuzzer_stats
echo "AFL++ summary for $target:"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|stability|bitmap_cvg) ' "$stats"
crashes=$(awk '$1 == "saved_crashes" {print $3}' "$stats")
hangs=$(awk '$1 == "saved_hangs" {print $3}' "$stats")
if [ "${crashes:-0}" != 0 ] || [ "${hangs:-0}" != 0 ]; then
  echo "crashes or hangs found: see $out/default/crashes and $out/default/hangs" >&2
  exit 1
fi
