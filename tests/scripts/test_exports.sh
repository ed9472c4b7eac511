#!/usr/bin/env bash
# The exports of the fixtures, read back by independent tools:
#   XLSX with openpyxl (every sheet equals its CSV, numbers as numbers),
#   CSL-JSON with python3-jsonschema against schemas/csl-data.json,
#   BibTeX with bibtool (it exits 0 on parse errors, so any message fails).
source "$(dirname "$0")/common.sh"
convert_fixtures
n_xlsx=0
for x in "$WORK"/out/*.xlsx; do
  stem=$(basename "$x" .xlsx)
  $PY "$SRC/tests/scripts/xlsx_matches_csv.py" "$WORK/out" "$stem" || fail "$stem.xlsx differs from its CSVs"
  n_xlsx=$((n_xlsx + 1))
done
[ "$n_xlsx" -ge 3 ] || fail "expected xlsx files for the fixtures with tables or notes, got $n_xlsx"
n_csl=0
for j in "$WORK"/out/*.csl.json; do
  $PY -m jsonschema -i "$j" "$SRC/schemas/csl-data.json" || fail "$(basename "$j") is not valid CSL-JSON"
  n_csl=$((n_csl + 1))
done
[ "$n_csl" -ge 2 ] || fail "expected CSL-JSON for the fixtures with citations, got $n_csl"
for b in "$WORK"/out/*.bib; do
  msg=$(bibtool -q -- 'new.entry.type{online}' -o /dev/null "$b" 2>&1 || true)   # biblatex's @online
  [ -z "$msg" ] || fail "bibtool rejects $(basename "$b"): $msg"
  grep -q '^@' "$b" || fail "$(basename "$b") holds no entries"
done
# Every output passes shiryo's own validators too.
"$SHIRYO" validate "$WORK"/out/* > "$WORK/validate.txt" || { cat "$WORK/validate.txt"; fail "shiryo validate rejects an output"; }
echo "ok: $n_xlsx xlsx, $n_csl CSL-JSON, BibTeX read back"
