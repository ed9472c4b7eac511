#!/usr/bin/env bash
# Lossless: every character of each input is in the TEI, in order, unless it
# is a named artefact (fake-bold copy, page number, line wrap, layout space).
source "$(dirname "$0")/common.sh"
convert_fixtures
convert_corpus
n=0
for f in "$SRC"/fixtures/*.txt "$SRC"/tests/corpus/*.txt "$SRC"/tests/corpus2/*.txt; do
  stem=$(basename "$f" .txt)
  tei="$WORK/out/$stem.tei.xml"
  [ -f "$tei" ] || tei="$WORK/corpus/$stem.tei.xml"
  [ -f "$tei" ] || tei="$WORK/corpus2/$stem.tei.xml"
  $PY "$SRC/tests/scripts/lossless.py" "$f" "$tei" || fail "$stem is not lossless"
  n=$((n + 1))
done
echo "ok: $n documents lossless"
