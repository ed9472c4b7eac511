#!/usr/bin/env bash
# Streams: `shiryo convert - --to FORMAT -o -` reads standard input and
# writes that one format to standard output, byte for byte what -o DIR writes,
# and nothing else (messages on standard error); no folder named "-".
source "$(dirname "$0")/common.sh"
IN="$SRC/fixtures/002_dfad6d2067cbb0c1.txt"
mkdir -p "$WORK/run" && cd "$WORK/run"
"$SHIRYO" convert - -o "$WORK/dir" -q < "$IN" > /dev/null
for to in tei csl bib ris notes citations; do
  case $to in tei) f=stdin.tei.xml;; csl) f=stdin.csl.json;; bib) f=stdin.bib;; ris) f=stdin.ris;;
               notes) f=stdin.notes.csv;; citations) f=stdin.citations.csv;; esac
  "$SHIRYO" convert - --to $to -o - < "$IN" > "$WORK/stdout.$to" 2> "$WORK/stderr.$to" || fail "--to $to exits $?"
  cmp -s "$WORK/stdout.$to" "$WORK/dir/$f" || fail "--to $to: standard output is not $f"
done
[ ! -e "$WORK/run/-" ] || fail "-o - made a folder named -"
[ -z "$(ls -A "$WORK/run")" ] || fail "-o - wrote files: $(ls -A "$WORK/run")"
/usr/bin/python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$WORK/stdout.tei" || fail "stdout TEI is not XML alone"
# A table of a document with tables, from a file input.
T="$SRC/tests/corpus/c03_asean_C_tables.txt"
"$SHIRYO" convert "$T" -o "$WORK/tdir" -q > /dev/null
"$SHIRYO" convert "$T" --to table-1 -o - > "$WORK/table.csv" 2> /dev/null
cmp -s "$WORK/table.csv" "$WORK/tdir/c03_asean_C_tables.table-1.csv" || fail "--to table-1"
# Errors: an unknown format (1), two inputs (1), a format the document lacks (4, nothing on stdout).
set +e
"$SHIRYO" convert - --to pdf -o - < "$IN" > "$WORK/o" 2>/dev/null; rc1=$?
"$SHIRYO" convert "$IN" "$T" -o - > "$WORK/o2" 2>/dev/null; rc2=$?
"$SHIRYO" convert - --to table-99 -o - < "$IN" > "$WORK/o3" 2>/dev/null; rc3=$?
set -e
[ $rc1 -eq 1 ] || fail "--to pdf exits $rc1"
[ $rc2 -eq 1 ] || fail "two inputs with -o - exit $rc2"
[ $rc3 -eq 4 ] || fail "a missing table exits $rc3"
[ ! -s "$WORK/o3" ] && [ ! -s "$WORK/o2" ] || fail "something on stdout after an error"
echo "ok: streams"
