# Shared by the script tests: $1 = shiryo binary, $2 = source folder.
set -euo pipefail
SHIRYO="$1"
SRC="$2"
PY=/usr/bin/python3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Converted once per test: the fixtures into $WORK/out.
convert_fixtures() {
  "$SHIRYO" convert "$SRC/fixtures" -o "$WORK/out" -q > "$WORK/summary.txt"
}
# The test corpus (tests/corpus: unseen-genre documents with gold) into $WORK/corpus.
convert_corpus() {
  "$SHIRYO" convert "$SRC/tests/corpus" -o "$WORK/corpus" -q > "$WORK/corpus-summary.txt"
  "$SHIRYO" convert "$SRC/tests/corpus2" -o "$WORK/corpus2" -q > "$WORK/corpus2-summary.txt"
}
fail() { echo "FAIL: $*" >&2; exit 1; }
