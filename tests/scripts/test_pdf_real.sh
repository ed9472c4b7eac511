#!/usr/bin/env bash
# The PDF reader end to end. A damaged PDF (even named .txt) is refused
# with exit 6 and a message naming it, while the other inputs convert.
# Every PDF of ../shared/real (when present) and fixtures/*.pdf converts
# with exit 0 (or 5, the documented exit for vertical writing), prints no
# raw poppler message, and its outputs validate (shiryo validate; TEI also
# against tei_all.rng). Then both paths are scored against tests/real-gold
# and printed side by side; the PDF path must stay at its floors
# (tests/real-gold/floors-pdf.json), as the text path does in test_real_scores.
source "$(dirname "$0")/common.sh"

# Bad PDF: exit 6, named; the good input beside it still converted.
printf '%%PDF-1.4\nthis is no PDF body\n' > "$WORK/broken.txt"
rc=0
"$SHIRYO" convert "$WORK/broken.txt" "$SRC/fixtures/$(ls "$SRC/fixtures" | grep '\.txt$' | head -1)" -o "$WORK/bad" -q \
  > "$WORK/bad-summary.txt" 2> "$WORK/bad-err.txt" || rc=$?
[ "$rc" -eq 6 ] || fail "damaged PDF: exit $rc, expected 6"
grep -q "broken.txt:0: error: damaged PDF" "$WORK/bad-err.txt" || fail "damaged PDF not named: $(cat "$WORK/bad-err.txt")"
[ "$(ls "$WORK"/bad/*.tei.xml | wc -l)" -eq 1 ] || fail "the good input beside a damaged PDF was not converted"

inputs=()
shopt -s nullglob
for f in "$SRC"/fixtures/*.pdf "$SRC"/../shared/real/*.pdf; do inputs+=("$f"); done
if [ ${#inputs[@]} -eq 0 ]; then echo "note: no real PDFs (../shared/real absent): only the damaged-PDF check ran"; exit 0; fi
mkdir -p "$WORK/pdf"
for f in "${inputs[@]}"; do
  stem=$(basename "$f" .pdf)
  rc=0
  "$SHIRYO" convert "$f" -o "$WORK/pdf" -q > /dev/null 2> "$WORK/err.txt" || rc=$?
  if [ "$rc" -eq 5 ]; then grep -q "vertical-writing" "$WORK/err.txt" || fail "$stem: exit 5 without a vertical-writing message"
  elif [ "$rc" -ne 0 ]; then fail "$stem: exit $rc: $(head -3 "$WORK/err.txt")"; fi
  # Only shiryo's own messages (FILE:LINE: kind: ...), never poppler's.
  if grep -v -E '^[^ ].*:[0-9]+: (error|warning|note|invalid): ' "$WORK/err.txt" | grep -q .; then
    fail "$stem: raw messages on stderr: $(grep -v -E ':[0-9]+: (error|warning|note|invalid): ' "$WORK/err.txt" | head -3)"
  fi
  [ -f "$WORK/pdf/$stem.tei.xml" ] || fail "$stem: no TEI"
done
"$SHIRYO" validate "$WORK"/pdf/* > "$WORK/validate.txt" 2>&1 || fail "outputs of the PDFs do not validate: $(grep -v ': valid$' "$WORK/validate.txt" | head -5)"
jing "$SRC/schemas/tei_all.rng" "$WORK"/pdf/*.tei.xml 2>&1 | grep -v '^\[warning\]' && fail "tei_all.rng rejects PDF output" || true
echo "ok: ${#inputs[@]} PDFs convert (exit 0, or 5 for vertical writing), no poppler chatter, outputs valid"

# Scores of both paths, for the report.
txt=()
for f in "${inputs[@]}"; do t="${f%.pdf}.txt"; [ -f "$t" ] && txt+=("$t"); done
if [ ${#txt[@]} -gt 0 ]; then
  "$SHIRYO" convert "${txt[@]}" -o "$WORK/txt" -q > /dev/null 2>&1 || true
  echo "== text path (pdftotext .txt)"
  $PY "$SRC/tests/scripts/real_scores.py" --gold "$SRC/tests/real-gold" --out "$WORK/txt" || true
fi
echo "== PDF path (shiryo's reader)"
$PY "$SRC/tests/scripts/real_scores.py" --gold "$SRC/tests/real-gold" --out "$WORK/pdf" \
  --floors "$SRC/tests/real-gold/floors-pdf.json" || fail "PDF-path scores below their floors"
