#!/usr/bin/env bash
# pdftotext -layout text (layout.positional-text): the committed government
# texts in tests/layout always run; with pdftotext and ../shared/real, the
# -layout text of every real PDF there as well. Each converts with exit 0,
# its TEI is valid (tei_all, shiryo-tei) and lossless, and the scores stay at
# their floors (tests/real-gold/floors-layout.json).
source "$(dirname "$0")/common.sh"
mkdir -p "$WORK/layout" "$WORK/layout-out"
for f in "$SRC"/tests/layout/*.layout.txt; do
  cp "$f" "$WORK/layout/$(basename "$f" .layout.txt).txt"
done
shared="$SRC/../shared/real"
if [ -d "$shared" ] && command -v pdftotext > /dev/null; then
  for pdf in "$shared"/*.pdf; do
    stem=$(basename "$pdf" .pdf)
    [ -f "$WORK/layout/$stem.txt" ] || pdftotext -layout "$pdf" "$WORK/layout/$stem.txt"
  done
else
  echo "note: $shared or pdftotext is absent: only the texts in tests/layout are checked"
fi
n=0
for f in "$WORK"/layout/*.txt; do
  stem=$(basename "$f" .txt)
  "$SHIRYO" convert "$f" -o "$WORK/layout-out" -q > /dev/null 2> "$WORK/err.txt" || fail "$stem: exit $?: $(head -3 "$WORK/err.txt")"
  $PY "$SRC/tests/scripts/lossless.py" "$f" "$WORK/layout-out/$stem.tei.xml" || fail "$stem (-layout) is not lossless"
  n=$((n + 1))
done
jing "$SRC/schemas/tei_all.rng" "$WORK"/layout-out/*.tei.xml 2>&1 | grep -v '^\[warning\]' && fail "tei_all.rng rejects -layout output" || true
jing "$SRC/schemas/shiryo-tei.rng" "$WORK"/layout-out/*.tei.xml 2>&1 | grep -v '^\[warning\]' && fail "shiryo-tei.rng rejects -layout output" || true
$PY "$SRC/tests/scripts/real_scores.py" --gold "$SRC/tests/real-gold" --out "$WORK/layout-out" \
  --floors "$SRC/tests/real-gold/floors-layout.json" > "$WORK/scores.txt" || { cat "$WORK/scores.txt" >&2; fail "-layout scores below their floors"; }
echo "ok: $n -layout texts convert with exit 0, valid, lossless and at their score floors"
