#!/usr/bin/env python3
"""compare_reports: checks that two exposure reports (JSON) hold the same detections.

usage: bench/compare_reports.py OLD.json NEW.json

Everything but the scan times must be equal, except that NEW may list only
the first kMaxOccurrencesPerExposure (20) of OLD's occurrences of an exposure,
and then says how many there were in occurrence_count (a report written
before the bound existed has no occurrence_count). Prints the differences and
exits 1 when there are any.
"""
import json
import sys

MAX_OCCURRENCES = 20  # kMaxOccurrencesPerExposure in include/exposure/limits.h


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    old = json.load(open(sys.argv[1], encoding="utf-8"))
    new = json.load(open(sys.argv[2], encoding="utf-8"))
    problems = []
    for key in old:
        if key not in ("scan", "exposures") and old[key] != new.get(key):
            problems.append(f"top-level {key} differs")
    if len(old["exposures"]) != len(new["exposures"]):
        problems.append(f"{len(old['exposures'])} exposures before, "
                        f"{len(new['exposures'])} now")
    cut = 0
    for before, after in zip(old["exposures"], new["exposures"]):
        for field, value in before.items():
            if field == "occurrences":
                if after[field] != value[:MAX_OCCURRENCES]:
                    problems.append(f"{before['id']}: occurrences differ")
                cut += len(value) > MAX_OCCURRENCES
            elif field != "occurrence_count" and after.get(field) != value:
                problems.append(f"{before['id']}: {field}: {value!r} -> "
                                f"{after.get(field)!r}")
        count = before.get("occurrence_count", len(before["occurrences"]))
        if after.get("occurrence_count", count) != count:
            problems.append(f"{before['id']}: occurrence_count "
                            f"{after.get('occurrence_count')} != {count}")
    for problem in problems[:50]:
        print(problem)
    print(f"{len(old['exposures'])} exposures, {cut} with occurrences cut at "
          f"{MAX_OCCURRENCES}, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
