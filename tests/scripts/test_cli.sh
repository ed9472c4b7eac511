#!/usr/bin/env bash
# The command line as a user meets it: help, version, exit codes, bad input.
source "$(dirname "$0")/common.sh"
"$SHIRYO" --help | grep -q "Exit codes" || fail "--help does not explain exit codes"
"$SHIRYO" --version | grep -q "shiryo" || fail "--version"
set +e
"$SHIRYO" convert > /dev/null 2>&1; [ $? -ne 0 ] || fail "convert without inputs must fail"

# A missing file and a binary file: both named, exit 2, and the good input is still converted.
mkdir -p "$WORK/in"
cp "$SRC/fixtures/002_dfad6d2067cbb0c1.txt" "$WORK/in/good.txt"
head -c 4096 "$SHIRYO" > "$WORK/in/junk.txt"   # an ELF binary: not text
"$SHIRYO" convert "$WORK/in" "$WORK/missing.txt" -o "$WORK/o1" > "$WORK/stdout" 2> "$WORK/stderr"
rc=$?
set -e
[ $rc -eq 2 ] || fail "bad inputs should exit 2, got $rc"
grep -q "junk.txt" "$WORK/stderr" || fail "the binary input is not named on stderr"
grep -q "missing.txt" "$WORK/stderr" || fail "the missing input is not named on stderr"
[ -s "$WORK/o1/good.tei.xml" ] || fail "the good input was not converted"
[ ! -e "$WORK/o1/junk.tei.xml" ] || fail "output written for a binary input"
ls "$WORK/o1" | grep -q '\.tmp' && fail "temporary files left behind" || true
grep -q "^$WORK/in/good.txt: .* headings, .* paragraphs" "$WORK/stdout" || fail "no summary line"

# Shift_JIS and EUC-JP input give the same TEI body as UTF-8.
iconv -f UTF-8 -t SHIFT_JIS "$SRC/fixtures/004_1af969ad93978488.txt" > "$WORK/in2.txt" 2>/dev/null || \
  iconv -f UTF-8 -t CP932 "$SRC/fixtures/004_1af969ad93978488.txt" > "$WORK/in2.txt"
mkdir -p "$WORK/sj" "$WORK/u8"
cp "$WORK/in2.txt" "$WORK/sj/doc.txt"
cp "$SRC/fixtures/004_1af969ad93978488.txt" "$WORK/u8/doc.txt"
"$SHIRYO" convert "$WORK/sj/doc.txt" -o "$WORK/sj/out" -q > /dev/null
"$SHIRYO" convert "$WORK/u8/doc.txt" -o "$WORK/u8/out" -q > /dev/null
sed -n '/<text>/,$p' "$WORK/sj/out/doc.tei.xml" > "$WORK/a"
sed -n '/<text>/,$p' "$WORK/u8/out/doc.tei.xml" > "$WORK/b"
cmp -s "$WORK/a" "$WORK/b" || fail "Shift_JIS input gives another body than UTF-8"

# Standard input to standard output folder.
"$SHIRYO" convert - -o "$WORK/stdin" -q < "$SRC/fixtures/003_fa43ea260092b71c.txt" > /dev/null
[ -s "$WORK/stdin/stdin.tei.xml" ] || fail "standard input not converted"
echo "ok: command line"
