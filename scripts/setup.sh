#!/usr/bin/env bash
# Install what shiryo needs to build and test on Debian (12 "bookworm" or later).
# Run as root (or with sudo available). Safe to run again.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libpugixml-dev libicu-dev libxlsxwriter-dev libcli11-dev doctest-dev libxml2-dev
  nlohmann-json3-dev libminizip-dev libpoppler-cpp-dev poppler-data poppler-utils
  jing python3 python3-openpyxl python3-jsonschema bibtool pandoc
  chromium tidy fonts-ipafont-gothic   # the review page test: headless browser, HTML checker, a Japanese font
  clang libclang-rt-dev   # scripts/sanitize.sh: ASan+UBSan and libFuzzer
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
