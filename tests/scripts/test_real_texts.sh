#!/usr/bin/env bash
# Real pdftotext output (form feeds, page furniture, two columns, control
# characters): every text converts with exit 0, its TEI is valid against
# tei_all.rng and shiryo-tei.rng (jing), and it is lossless. The government
# texts in fixtures/ always run; the others of ../shared/real when present.
source "$(dirname "$0")/common.sh"
inputs=("$SRC"/fixtures/ai_*.txt "$SRC"/fixtures/mic_*.txt "$SRC"/fixtures/mext_*.txt)
shared="$SRC/../shared/real"
if [ -d "$shared" ]; then
  for f in "$shared"/*.txt; do
    [ -f "$SRC/fixtures/$(basename "$f")" ] || inputs+=("$f")
  done
else
  echo "note: $shared is absent: only the ${#inputs[@]} real texts in fixtures/ are checked"
fi
mkdir -p "$WORK/real"
for f in "${inputs[@]}"; do
  stem=$(basename "$f" .txt)
  # The one vertical (縦書き) text: documented exit 5, text kept as paragraphs.
  expect=0
  case "$stem" in kaigaijijo_*) expect=5 ;; esac
  rc=0
  "$SHIRYO" convert "$f" -o "$WORK/real" -q > /dev/null 2> "$WORK/err.txt" || rc=$?
  [ "$rc" -eq "$expect" ] || fail "$stem: exit $rc, expected $expect: $(head -3 "$WORK/err.txt")"
  if [ "$expect" -eq 5 ]; then grep -q "vertical-writing" "$WORK/err.txt" || fail "$stem: no vertical-writing message"; fi
  [ -f "$WORK/real/$stem.tei.xml" ] || fail "$stem: no TEI"
  $PY "$SRC/tests/scripts/lossless.py" "$f" "$WORK/real/$stem.tei.xml" || fail "$stem is not lossless"
done
jing "$SRC/schemas/tei_all.rng" "$WORK"/real/*.tei.xml 2>&1 | grep -v '^\[warning\]' && fail "tei_all.rng rejects real output" || true
jing "$SRC/schemas/shiryo-tei.rng" "$WORK"/real/*.tei.xml 2>&1 | grep -v '^\[warning\]' && fail "shiryo-tei.rng rejects real output" || true
echo "ok: ${#inputs[@]} real texts convert with exit 0 (5 for vertical writing), valid (tei_all, shiryo-tei) and lossless"
