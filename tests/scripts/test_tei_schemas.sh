#!/usr/bin/env bash
# Every seed's TEI is valid against the full TEI P5 schema and our own subset (jing).
source "$(dirname "$0")/common.sh"
convert_fixtures
convert_corpus
cp "$WORK"/corpus/*.tei.xml "$WORK"/corpus2/*.tei.xml "$WORK"/out/
n=$(ls "$WORK"/out/*.tei.xml | wc -l)
[ "$n" -ge 18 ] || fail "expected at least 18 TEI files, got $n"
jing "$SRC/schemas/tei_all.rng" "$WORK"/out/*.tei.xml 2>&1 | grep -v '^\[warning\]' && fail "tei_all.rng rejects output" || true
jing "$SRC/schemas/shiryo-tei.rng" "$WORK"/out/*.tei.xml 2>&1 | grep -v '^\[warning\]' && fail "shiryo-tei.rng rejects output" || true
echo "ok: $n TEI files valid against tei_all.rng and shiryo-tei.rng"
