#!/usr/bin/env bash
# Configures and builds Exposure into build/ (set BUILD_DIR to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >&2
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" >&2
