#!/usr/bin/env bash
# One command for the test suite: install dependencies, build, run ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" -j"${JOBS:-2}" --output-on-failure
