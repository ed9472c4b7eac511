#!/usr/bin/env bash
# Lossless: every character of each input is in the TEI, in order, unless it
# is a named artefact (fake-bold copy, page number, line wrap, layout space).
source "$(dirname "$0")/common.sh"
convert_fixtures
for f in "$SRC"/fixtures/*.txt; do
  stem=$(basename "$f" .txt)
  $PY "$SRC/tests/scripts/lossless.py" "$f" "$WORK/out/$stem.tei.xml" || fail "$stem is not lossless"
done
echo "ok: all fixtures lossless"
