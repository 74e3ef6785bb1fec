#!/usr/bin/env python3
"""Validates exposure-report/1 JSON reports against reports/exposure-report.schema.json.

Usage:
  validate_report.py SCHEMA REPORT...        each REPORT a file, or - for stdin
  validate_report.py --mutations SCHEMA REPORT
      checks that the validator rejects broken copies of a valid REPORT
      (a missing field, a bad enum, an unsorted list, ...), so that a
      passing validation means something.

Besides the schema, checks the parts of the DESIGN.md contract that JSON
Schema cannot express: exposures sorted by risk (highest first), one entry
per category + value with unique ids, and summary.by_category matching the
exposures. Exits 0 when every report is valid, 1 with the errors otherwise,
2 on bad usage.
"""

import copy
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is missing: run scripts/setup.sh", file=sys.stderr)
    sys.exit(1)


def contract_errors(report):
    """Errors in what the schema cannot check; [] when fine."""
    errors = []
    exposures = report.get("exposures")
    if not isinstance(exposures, list):
        return errors
    risks = [e.get("risk") for e in exposures if isinstance(e, dict)]
    if all(isinstance(r, int) for r in risks):
        for i in range(1, len(risks)):
            if risks[i - 1] < risks[i]:
                errors.append(
                    f"exposures: not sorted by risk, highest first "
                    f"(#{i - 1} has {risks[i - 1]}, #{i} has {risks[i]})")
                break
    ids, keys, counts = set(), set(), {}
    for i, exposure in enumerate(exposures):
        if not isinstance(exposure, dict):
            continue
        if exposure.get("id") in ids:
            errors.append(f"exposures[{i}]: duplicate id {exposure.get('id')}")
        ids.add(exposure.get("id"))
        key = (exposure.get("category"), exposure.get("value"))
        if key in keys:
            errors.append(f"exposures[{i}]: duplicate category + value {key}")
        keys.add(key)
        category = exposure.get("category")
        counts[category] = counts.get(category, 0) + 1
    summary = report.get("summary")
    if isinstance(summary, dict) and isinstance(summary.get("by_category"), dict):
        if summary["by_category"] != counts:
            errors.append(f"summary.by_category {summary['by_category']} does "
                          f"not count the exposures {counts}")
    return errors


def report_errors(validator, report):
    errors = []
    for error in sorted(validator.iter_errors(report), key=lambda e: list(e.path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        errors.append(f"{where}: {error.message}")
    return errors + contract_errors(report)


def load(path):
    if path == "-":
        return json.load(sys.stdin)
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def mutations(report):
    """Broken copies of a valid report, each with what was broken."""
    def changed(description, change):
        broken = copy.deepcopy(report)
        change(broken)
        return description, broken

    exposure = lambda r: r["exposures"][0]
    cases = [
        changed("schema renamed", lambda r: r.update(schema="exposure-report/2")),
        changed("tool missing", lambda r: r.pop("tool")),
        changed("scan.case missing", lambda r: r["scan"].pop("case")),
        changed("target status unknown",
                lambda r: r["scan"]["targets"][0].update(status="done")),
        changed("target error not nullable string",
                lambda r: r["scan"]["targets"][0].update(error=0)),
        changed("started_at not RFC 3339",
                lambda r: r["scan"].update(started_at="yesterday")),
        changed("category unknown", lambda r: exposure(r).update(category="shoe_size")),
        changed("level unknown", lambda r: exposure(r).update(level="severe")),
        changed("risk over 100", lambda r: exposure(r).update(risk=101)),
        changed("risk not an integer", lambda r: exposure(r).update(risk="93")),
        changed("confidence over 1", lambda r: exposure(r).update(confidence=1.5)),
        changed("id not a fingerprint", lambda r: exposure(r).update(id="phone-1")),
        changed("why missing", lambda r: exposure(r).pop("why")),
        changed("status unknown", lambda r: exposure(r).update(status="gone")),
        changed("no advice", lambda r: exposure(r).update(advice=[])),
        changed("advice without steps",
                lambda r: exposure(r)["advice"][0].update(steps=[])),
        changed("advice platform missing",
                lambda r: exposure(r)["advice"][0].pop("platform")),
        changed("occurrence source unknown",
                lambda r: exposure(r)["occurrences"][0].update(source="footer")),
        changed("occurrence rule renamed",
                lambda r: exposure(r)["occurrences"][0].update(
                    rule_id=exposure(r)["occurrences"][0].pop("rule"))),
        changed("posted_at not a date",
                lambda r: exposure(r)["occurrences"][0].update(posted_at="Tuesday")),
        changed("exposures unsorted", lambda r: r["exposures"].reverse()),
        changed("exposure duplicated",
                lambda r: r["exposures"].append(copy.deepcopy(r["exposures"][-1]))),
        changed("summary miscounted",
                lambda r: r["summary"]["by_category"].update(phone=7)),
        changed("combination of one category",
                lambda r: r["combinations"].append(
                    {"categories": ["age"], "risk": 10, "why": "x"})),
    ]
    return cases


def main(argv):
    check_mutations = len(argv) > 1 and argv[1] == "--mutations"
    if check_mutations:
        argv = argv[1:]
    if len(argv) < 3 or (check_mutations and len(argv) != 3):
        print(__doc__, file=sys.stderr)
        return 2
    schema = load(argv[1])
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    failed = False
    for path in argv[2:]:
        try:
            report = load(path)
        except (OSError, ValueError) as error:
            print(f"{path}: cannot read the report: {error}", file=sys.stderr)
            return 1
        errors = report_errors(validator, report)
        for error in errors:
            print(f"{path}: {error}", file=sys.stderr)
        failed |= bool(errors)
        if not check_mutations:
            if not errors:
                print(f"{path}: valid exposure-report/1 "
                      f"({len(report['exposures'])} exposures)")
            continue
        if errors or len(report["exposures"]) < 2:
            print(f"{path}: --mutations needs a valid report with at least two "
                  f"exposures of different risk", file=sys.stderr)
            return 1
        for description, broken in mutations(report):
            if not report_errors(validator, broken):
                print(f"{path}: the validator accepted a broken report: "
                      f"{description}", file=sys.stderr)
                failed = True
        if not failed:
            print(f"{path}: all {len(mutations(report))} broken copies rejected")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
