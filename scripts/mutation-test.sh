#!/usr/bin/env bash
# Mutation testing of src/Sesis.Rules with Stryker.NET (a local tool: .config/dotnet-tools.json; settings:
# stryker-config.json). Not part of CI: a full run takes a long time on two cores. Usage:
#   scripts/mutation-test.sh                       every mutant of src/Sesis.Rules
#   scripts/mutation-test.sh --mutate '**/Batch/**/*.cs'   one folder (any other Stryker option passes through)
# Prints the score and the surviving and uncovered mutants (file:line, mutator, replacement).
# The HTML and JSON reports are in src/Sesis.Rules/StrykerOutput/<time>/reports/ (git-ignored).
# Stryker runs from the library's folder, not the repository root: at the root it finds Sesis.Rules.sln and runs
# in solution mode, which takes every test project, the sample host's end-to-end tests too (seconds per mutant
# for the 20,000-record files). The library's score is its own test projects' (stryker-config.json).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore
cd src/Sesis.Rules
log=$(mktemp)
status=0
dotnet stryker --config-file ../../stryker-config.json "$@" 2>&1 | tee "$log" || status=$?

report=$(ls -td StrykerOutput/*/reports/mutation-report.json 2>/dev/null | head -n 1 || true)
if [ -n "$report" ] && command -v python3 >/dev/null; then
  python3 ../../scripts/mutation-summary.py "$report"
fi
grep -E "final mutation score" "$log" || true
rm -f "$log"
exit $status
