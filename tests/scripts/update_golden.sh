#!/usr/bin/env bash
# Regenerate tests/golden from the fixtures (review `git diff tests/golden` before committing).
set -euo pipefail
SHIRYO=${1:-build/shiryo}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
"$SHIRYO" convert "$SRC/fixtures" -o "$tmp" -q > /dev/null
cp "$tmp"/*.tei.xml "$SRC/tests/golden/"
rm -rf "$tmp"
