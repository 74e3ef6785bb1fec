#!/usr/bin/env bash
# Installs Exposure's build and test dependencies from Debian 12 packages.
# Idempotent: packages already present are left alone. Needs root or sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ca-certificates
  libre2-dev libabsl-dev libgumbo-dev libcurl4-openssl-dev
  libphonenumber-dev libutf8proc-dev libsqlite3-dev
  libcli11-dev libtomlplusplus-dev nlohmann-json3-dev libcpp-httplib-dev
  zlib1g-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev python3
  python3-jsonschema chromium
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all dependencies present" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2
    exit 2
  fi
fi

echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
