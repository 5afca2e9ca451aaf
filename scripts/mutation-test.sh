#!/usr/bin/env bash
# Mutation testing of the shipped packages with Stryker.NET (a local tool: .config/dotnet-tools.json; settings:
# stryker-config.json for src/Sesis.Rules, stryker-config.calendars.json and stryker-config.di.json for the
# companion packages). Not part of CI: a full run takes a long time on two cores. Usage:
#   scripts/mutation-test.sh                       every mutant of src/Sesis.Rules
#   scripts/mutation-test.sh --mutate '**/Batch/**/*.cs'   one folder (any other Stryker option passes through)
#   scripts/mutation-test.sh --package calendars   src/Sesis.Rules.Calendars (--package di: the DI package)
# Prints the score and the surviving and uncovered mutants (file:line, mutator, replacement).
# The HTML and JSON reports are in src/Sesis.Rules/StrykerOutput/<time>/reports/ (git-ignored).
# Stryker runs from the library's folder, not the repository root: at the root it finds Sesis.Rules.sln and runs
# in solution mode, which takes every test project, the sample host's end-to-end tests too (seconds per mutant
# for the 20,000-record files). The library's score is its own test projects' (stryker-config.json).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

package=Sesis.Rules
config=stryker-config.json
if [ "${1:-}" = "--package" ]; then
  case "${2:-}" in
    core) ;;
    calendars) package=Sesis.Rules.Calendars; config=stryker-config.calendars.json ;;
    di) package=Sesis.Rules.Extensions.DependencyInjection; config=stryker-config.di.json ;;
    *) echo "usage: $0 [--package core|calendars|di] [Stryker options]" >&2; exit 2 ;;
  esac
  shift 2
fi

dotnet tool restore
cd "src/$package"
log=$(mktemp)
status=0
dotnet stryker --config-file "../../$config" "$@" 2>&1 | tee "$log" || status=$?

report=$(ls -td StrykerOutput/*/reports/mutation-report.json 2>/dev/null | head -n 1 || true)
if [ -n "$report" ] && command -v python3 >/dev/null; then
  python3 ../../scripts/mutation-summary.py "$report"
fi
grep -E "final mutation score" "$log" || true
rm -f "$log"
exit $status
