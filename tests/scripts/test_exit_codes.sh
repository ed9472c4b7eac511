#!/usr/bin/env bash
# Every exit code the help and the README document, from the command line.
source "$(dirname "$0")/common.sh"
expect() {   # expect CODE ARGS...: run shiryo, compare its exit status
  local want=$1; shift
  set +e
  "$SHIRYO" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt" < /dev/null
  local rc=$?
  set -e
  [ "$rc" -eq "$want" ] || fail "shiryo $* exits $rc, documented $want: $(head -c 300 "$WORK/err.txt")"
}
# 0: help, version, a good conversion
expect 0 --help
grep -q "Exit codes" "$WORK/out.txt" || fail "--help on stdout"
expect 0 --version
expect 0 convert --help
expect 0 convert "$SRC/fixtures/003_fa43ea260092b71c.txt" -o "$WORK/ok" -q
# 1: every kind of command-line error CLI11 knows, not its own 105..115
expect 1
grep -q -i "subcommand" "$WORK/err.txt" || fail "no message for a missing subcommand"
expect 1 --bogus
expect 1 convert --bogus "$SRC/fixtures/003_fa43ea260092b71c.txt"
expect 1 convert
expect 1 convert "$SRC/fixtures/003_fa43ea260092b71c.txt" -o
expect 1 convert "$SRC/fixtures/003_fa43ea260092b71c.txt" --encoding
expect 1 frobnicate
expect 1 validate
[ ! -e "$WORK/-o" ] || fail "an option was taken for a path"
# 2: an input that cannot be read
expect 2 convert "$WORK/missing.txt" -o "$WORK/o2" -q
# 3: an output that fails validation (validate), and schemas that cannot be loaded (convert)
cp "$SRC/tests/schema/invalid-cell-in-table.tei.xml" "$WORK/bad.tei.xml"
expect 3 validate "$WORK/bad.tei.xml"
n=$(grep -c "invalid: Did not expect element cell there" "$WORK/err.txt")
[ "$n" -eq 1 ] || fail "validate reports the problem $n times"
mkdir -p "$WORK/noschemas"
expect 3 convert "$SRC/fixtures/003_fa43ea260092b71c.txt" -o "$WORK/o3" -q --schemas "$WORK/noschemas"
# 4: an output folder that cannot be made
touch "$WORK/afile"
expect 4 convert "$SRC/fixtures/003_fa43ea260092b71c.txt" -o "$WORK/afile/sub" -q
# 5: vertical writing (the one vertical real text, when the shared texts are there)
vertical=""
for d in "$SRC/../shared/real" "$SRC/../../shared/real"; do
  [ -f "$d/kaigaijijo_201805_trump.txt" ] && vertical="$d/kaigaijijo_201805_trump.txt" && break
done
if [ -n "$vertical" ]; then
  expect 5 convert "$vertical" -o "$WORK/o5" -q
else
  echo "note: no vertical real text here: exit 5 is checked by test_real_texts where it is"
fi
echo "ok: exit codes"
