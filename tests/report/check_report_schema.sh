#!/usr/bin/env bash
# Runs the real exposure binary and validates the JSON report it writes against reports/exposure-report.schema.json.
#
# Usage: check_report_schema.sh EXPOSURE PYTHON3 SCHEMA MODE ARGS...
#   MODE stdout     the report is read from standard output;
#   MODE file       ARGS get "-o FILE"; the file must be mode 0600 and
#                   standard output empty;
#   MODE mutations  as file, then broken copies of the report must be
#                   rejected (the validator is not vacuous).
# Exit 0 when the report is valid, non-zero with the reason otherwise.
set -euo pipefail

if [ $# -lt 5 ]; then
  echo "usage: $0 EXPOSURE PYTHON3 SCHEMA stdout|file|mutations ARGS..." >&2
  exit 2
fi
exposure=$1 python=$2 schema=$3 mode=$4
shift 4
validator="$(dirname "$0")/validate_report.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
case "$mode" in
  stdout)
    "$exposure" "$@" >"$work/report.json" 2>"$work/stderr" || status=$?
    ;;
  file | mutations)
    "$exposure" "$@" -o "$work/report.json" >"$work/stdout" 2>"$work/stderr" ||
      status=$?
    if [ -s "$work/stdout" ]; then
      echo "with -o, standard output must be empty; got:" >&2
      head -c 400 "$work/stdout" >&2
      exit 1
    fi
    ;;
  *)
    echo "unknown mode: $mode" >&2
    exit 2
    ;;
esac
if [ "$status" -ne 0 ]; then
  echo "exposure $* exited with $status:" >&2
  cat "$work/stderr" >&2
  exit 1
fi
if [ "$mode" != stdout ]; then
  file_mode=$(stat -c %a "$work/report.json")
  if [ "$file_mode" != 600 ]; then
    echo "the report file has mode $file_mode, expected 600" >&2
    exit 1
  fi
fi
"$python" "$validator" "$schema" "$work/report.json"
if [ "$mode" = mutations ]; then
  "$python" "$validator" --mutations "$schema" "$work/report.json"
fi
