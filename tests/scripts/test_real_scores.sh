#!/usr/bin/env bash
# Score floors per real document (gold written by hand from the PDFs, in
# tests/real-gold). The government texts in fixtures/ always run; the others
# of ../shared/real when that folder is present.
source "$(dirname "$0")/common.sh"
inputs=()
for g in "$SRC"/tests/real-gold/*.json; do
  stem=$(basename "$g" .json)
  case "$stem" in floors*) continue ;; esac
  if [ -f "$SRC/fixtures/$stem.txt" ]; then inputs+=("$SRC/fixtures/$stem.txt")
  elif [ -f "$SRC/../shared/real/$stem.txt" ]; then inputs+=("$SRC/../shared/real/$stem.txt")
  fi
done
[ ${#inputs[@]} -gt 0 ] || fail "no real input found for any gold document"
# Exit 5 is the documented status of vertical writing; anything else but 0 fails.
"$SHIRYO" convert "${inputs[@]}" -o "$WORK/real" -q > "$WORK/summary.txt" 2>"$WORK/err.txt" || [ $? -eq 5 ] || fail "convert failed: $(head -3 "$WORK/err.txt")"
$PY "$SRC/tests/scripts/real_scores.py" --gold "$SRC/tests/real-gold" --out "$WORK/real" --floors "$SRC/tests/real-gold/floors.json"
