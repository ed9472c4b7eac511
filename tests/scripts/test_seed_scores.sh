#!/usr/bin/env bash
# The seed scores (tests/seed-gold is a copy of shared/gold, tests/scripts/score.py of
# shared/tools/score.py) must stay at or above the issues' "done when" figures.
source "$(dirname "$0")/common.sh"
convert_fixtures
$PY "$SRC/tests/scripts/score.py" --gold "$SRC/tests/seed-gold" --out "$WORK/out" --json "$WORK/score.json" -v | tee "$WORK/score.txt"
$PY - "$WORK/score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["scores"]
need = {
    "headings": 0.95, "title_author": 1.0, "note_refs": 0.95, "page_numbers_removed": 1.0, "tei_parses": 1.0,
    "tables_found": 1.0, "tables_exact": 1.0, "table_cells": 1.0, "votes_tidy": 1.0,
    "note_texts": 1.0, "citations_found": 1.0, "citation_note_link": 1.0, "citation_field_f1": 0.95,
}
bad = [f"{k} {s.get(k, 0):.1%} < {v:.0%}" for k, v in need.items() if s.get(k, 0) < v]
if bad:
    print("FAIL: " + "; ".join(bad), file=sys.stderr)
    sys.exit(1)
print("ok: every seed score at or above its threshold")
PY
