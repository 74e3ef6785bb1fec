#!/usr/bin/env bash
# One command for a newcomer: install dependencies, build, run the demo scan.
# Extra arguments go to `exposure demo` (e.g. --format json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec "${BUILD_DIR:-build}/exposure" demo "$@"
