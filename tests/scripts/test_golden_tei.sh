#!/usr/bin/env bash
# The fixtures' TEI equals the golden files in tests/golden, which were
# reviewed by eye. After an intended change: review the diff, then copy the
# new output over the golden file (tests/scripts/update_golden.sh).
source "$(dirname "$0")/common.sh"
convert_fixtures
n=0
for g in "$SRC"/tests/golden/*.tei.xml; do
  name=$(basename "$g")
  [ -f "$WORK/out/$name" ] || fail "$name not produced"
  if ! cmp -s "$g" "$WORK/out/$name"; then
    diff -u "$g" "$WORK/out/$name" | head -40 >&2
    fail "$name differs from its golden file"
  fi
  n=$((n + 1))
done
[ "$n" -ge 5 ] || fail "expected 5 golden TEI files, found $n"
echo "ok: $n TEI files equal their golden files"
