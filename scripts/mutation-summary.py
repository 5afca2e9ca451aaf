#!/usr/bin/env python3
"""Summarises Stryker.NET JSON reports: counts by status, the score, and every mutant left alive.

Usage: scripts/mutation-summary.py REPORT.json [REPORT.json ...]

Several reports (runs over different folders, or a later run over some files again) are merged file by file:
a file's mutants come from the last report that holds them. Mutants listed in docs/reliability.md as
equivalent are printed with an E mark but still count as survived: the score is Stryker's own formula,
(killed + timeout) / (killed + timeout + survived + no coverage).
"""
import collections
import json
import sys

files = {}
for path in sys.argv[1:]:
    report = json.load(open(path, encoding="utf-8"))
    for name, file in report["files"].items():
        # A run limited with --mutate lists every other file too, all its mutants "Removed by mutate filter":
        # such an entry says nothing and must not replace another run's results.
        if all(m["status"] == "Ignored" and "mutate filter" in m.get("statusReason", "") for m in file["mutants"]):
            continue
        # The core library's files by their folder (Validation/...), a companion package's under its name.
        short = name.split("src/Sesis.Rules/")[-1] if "src/Sesis.Rules/" in name else name.split("src/")[-1]
        files[short] = file["mutants"]

counts = collections.Counter()
by_folder = collections.defaultdict(collections.Counter)
left = []
for name, mutants in sorted(files.items()):
    folder = name.split("/")[0] if "/" in name else "."
    for m in mutants:
        counts[m["status"]] += 1
        by_folder[folder][m["status"]] += 1
        if m["status"] in ("Survived", "NoCoverage"):
            line = m["location"]["start"]["line"]
            left.append(f'{m["status"]:10} {name}:{line} {m["mutatorName"]}: {m.get("replacement", "").strip()[:100]}')


def score(c):
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    return detected, valid


print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
for folder, c in sorted(by_folder.items()):
    detected, valid = score(c)
    if valid:
        print(f"  {folder:22} {100.0 * detected / valid:6.2f}% ({detected} of {valid})")
detected, valid = score(counts)
print(f"Mutation score: {100.0 * detected / valid:.2f}% ({detected} detected of {valid})" if valid else "No mutant tested.")
print("\n".join(left))
