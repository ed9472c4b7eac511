#!/usr/bin/env bash
# Citation keys as users' programs see them: author-year keys, the same in
# CSL-JSON, BibTeX, RIS and TEI, unique across the documents of one batch,
# the same every run; pandoc --citeproc given two documents' bibliographies
# keeps every item (when pandoc is installed).
source "$(dirname "$0")/common.sh"
A=002_dfad6d2067cbb0c1
B=c01_turkmen_gas_A_notes
mkdir -p "$WORK/in"
cp "$SRC/fixtures/$A.txt" "$SRC/tests/corpus/$B.txt" "$WORK/in/"
"$SHIRYO" convert "$WORK/in" -o "$WORK/o1" -q > /dev/null
"$SHIRYO" convert "$WORK/in" -o "$WORK/o2" -q > /dev/null
for s in $A $B; do
  for ext in bib csl.json ris tei.xml; do
    cmp -s "$WORK/o1/$s.$ext" "$WORK/o2/$s.$ext" || fail "$s.$ext differs between two runs"
  done
done
grep -q '^@[a-z]*{[a-z]*20[0-9][0-9][a-z]\?,' "$WORK/o1/$B.bib" || fail "no author-year key in $B.bib"
$PY "$SRC/tests/scripts/check_keys.py" "$WORK/o1" $A $B || fail "keys disagree or collide"

total=$(( $(grep -c '^@' "$WORK/o1/$A.bib") + $(grep -c '^@' "$WORK/o1/$B.bib") ))
if command -v pandoc > /dev/null; then
  printf -- '---\nnocite: "@*"\n---\n\nText.\n' > "$WORK/cite.md"
  for ext in bib csl.json; do
    pandoc "$WORK/cite.md" --citeproc --bibliography "$WORK/o1/$A.$ext" --bibliography "$WORK/o1/$B.$ext" \
      -t json -o "$WORK/refs.json"
    n=$($PY -c '
import json, sys
count = 0
def walk(x):
    global count
    if isinstance(x, dict):
        if x.get("t") == "Div" and x["c"][0][0].startswith("ref-"): count += 1
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(json.load(open(sys.argv[1])))
print(count)' "$WORK/refs.json")
    [ "$n" -eq "$total" ] || fail "pandoc --citeproc with both .$ext files renders $n of $total items"
    echo "pandoc --citeproc, two .$ext bibliographies: $n of $total items"
  done
else
  echo "pandoc not installed: key uniqueness checked by check_keys.py only"
fi
echo "ok: citation keys"
