#!/usr/bin/env bash
# Fuzzes one harness of fuzz/Sesis.Rules.Fuzz with AFL++ and SharpFuzz for a number of seconds, then prints AFL's
# summary. Not part of CI. Usage:
#   scripts/fuzz.sh TARGET [SECONDS]     (default 600 s) TARGET is one of:
#     batch-json, batch-csv             the console host's batch file, and a batch's CSV records file through validate
#     calendar-ics, calendar-plain, calendar-feed   the calendar loaders
#     record-text                       the library's ServiceRecordReader, ServiceRecordValidator and BatchValidator
#     sqlite                            a SQLite database given to the console host's validate
#     web-form, web-api                 the web sample's recording form and record-check API, through the app
# Findings go to fuzz/findings/TARGET (git-ignored). Any file in its crashes/ folder is a bug: replay it with
#   dotnet fuzz/bin/TARGET-plain/Sesis.Rules.Fuzz.dll TARGET --check fuzz/findings/TARGET/default/crashes
# (the plain build: instrumented code runs only under afl-fuzz)
# then make it a regression test (tests/Sesis.Rules.Sample.Tests/data/fuzz/ or the calendar tests) and fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

targets="batch-json batch-csv calendar-ics calendar-plain calendar-feed record-text sqlite web-form web-api"
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS], TARGET one of: $targets}
seconds=${2:-600}
case " $targets " in
  *" $target "*) ;;
  *) echo "unknown target '$target'; the targets: $targets" >&2; exit 2 ;;
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

# The code under test: the samples (the console host's readers, the web app's pages and API), the library and the
# calendar loaders. (SQLite's own C code is not instrumented: AFL sees a fuzzed database through what the host does.)
for dll in sesis-sample.dll Sesis.Rules.WebSample.dll Sesis.Rules.dll Sesis.Rules.Calendars.dll; do
  dotnet sharpfuzz "$bin/$dll"
done

out=fuzz/findings/$target
rm -rf "$out"
mkdir -p "$out"
# The harness runs one input before it answers AFL (the web targets start the app then): give it a minute.
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_FORKSRV_INIT_TMOUT=60000 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
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
