#!/usr/bin/env bash
# The review page (--review): for a document with a table, notes, citations
# and warnings, and for a vote table, the page passes tidy without errors,
# headless Chromium renders it (DOM counts checked against the TEI and CSV
# outputs, links checked, a screenshot that is not blank); without --review
# nothing changes and no page is written. Needs Debian's chromium and tidy
# (scripts/setup.sh installs them).
source "$(dirname "$0")/common.sh"
command -v chromium > /dev/null || fail "chromium is not installed (scripts/setup.sh installs it)"
command -v tidy > /dev/null || fail "tidy is not installed (scripts/setup.sh installs it)"
CHROME=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$WORK/chrome")
PDF="$SRC/../shared/real/mic_meti_ai_guideline_draft_2024.pdf"
inputs=("$SRC/fixtures/mic_meti_ai_guideline_draft_2024.txt" "$SRC/fixtures/003_fa43ea260092b71c.txt")
# the PDF (a government report, kept in ../shared/real) when that folder is present
if [ -s "$PDF" ]; then inputs+=("$PDF"); else echo "note: $PDF is absent: the PDF case (table images) is not checked"; fi
for in in "${inputs[@]}"; do
  stem=$(basename "${in%.*}")
  rm -rf "$WORK/plain" "$WORK/review"
  "$SHIRYO" convert "$in" -o "$WORK/plain" -q > /dev/null
  summary=$("$SHIRYO" convert "$in" -o "$WORK/review" -q --review-images)   # = --review for a text
  page="$WORK/review/$stem.review.html"
  [ -s "$page" ] || fail "$stem: no review page"
  [ ! -e "$WORK/plain/$stem.review.html" ] || fail "$stem: a review page without --review"
  # the other outputs are the same with and without the page (the workbook holds its creation time)
  (cd "$WORK/plain" && for f in "$stem".*; do
     [ "${f##*.}" = xlsx ] || cmp -s "$f" "$WORK/review/$f" || fail "$f differs with --review"; done)
  # HTML5 without errors (tidy: exit 2 and a message on errors)
  set +e
  tidy -errors -q "$page" > "$WORK/tidy.txt" 2>&1; rc=$?
  set -e
  [ $rc -lt 2 ] && ! grep -q "Error:" "$WORK/tidy.txt" || { cat "$WORK/tidy.txt" >&2; fail "$stem: tidy finds errors"; }
  # the page as the browser builds it
  timeout 120 "${CHROME[@]}" --dump-dom "file://$page" > "$WORK/$stem.dom.html" 2> "$WORK/chrome.log" ||
    { tail -5 "$WORK/chrome.log" >&2; fail "$stem: chromium --dump-dom"; }
  $PY "$SRC/tests/scripts/check_review.py" "$WORK/$stem.dom.html" "$WORK/review" "$stem" "$summary" ||
    fail "$stem: the page's DOM"
  timeout 120 "${CHROME[@]}" --window-size=1280,1600 --screenshot="$WORK/$stem.png" "file://$page" \
    > /dev/null 2>> "$WORK/chrome.log" || { tail -5 "$WORK/chrome.log" >&2; fail "$stem: chromium --screenshot"; }
  $PY "$SRC/tests/scripts/check_png.py" "$WORK/$stem.png" 1280 || fail "$stem: the screenshot"
done
# a PDF input: each table's region embedded as a PNG (pdf.table-region, review.table-image);
# not with --review alone (page rendering is only done when asked for)
if [ -s "$PDF" ]; then
  "$SHIRYO" convert "$PDF" -o "$WORK/noimg" -q --review > /dev/null
  ! grep -q 'data:image/png' "$WORK/noimg/mic_meti_ai_guideline_draft_2024.review.html" || fail "--review renders images"
  images=$(grep -o '<img[^>]*src="data:image/png;base64,[A-Za-z0-9+/=]*"' "$WORK/mic_meti_ai_guideline_draft_2024.dom.html" | wc -l)
  tables=$(grep -o '<section class="table"' "$WORK/mic_meti_ai_guideline_draft_2024.dom.html" | wc -l)
  [ "$tables" -gt 0 ] && [ "$images" -eq "$tables" ] || fail "PDF: $images table images for $tables tables"
fi
# the vote table's matrix: one coloured cell per tidy vote
"$SHIRYO" convert "$SRC/fixtures/003_fa43ea260092b71c.txt" -o "$WORK/review" -q --review > /dev/null
votes=$(($(wc -l < "$WORK/review/003_fa43ea260092b71c.votes.csv") - 1))
cells=$(grep -o 'class="vote v-[A-Z]*"' "$WORK/003_fa43ea260092b71c.dom.html" | wc -l)
[ "$votes" -gt 0 ] && [ "$cells" -eq "$votes" ] || fail "vote matrix: $cells cells for $votes votes"
# -o - --to review streams the same page
"$SHIRYO" convert "$SRC/fixtures/003_fa43ea260092b71c.txt" -o - --to review > "$WORK/stream.html" 2> /dev/null
cmp -s "$WORK/stream.html" "$WORK/review/003_fa43ea260092b71c.review.html" || fail "--to review differs from the file"
echo "ok: review page"
