#!/usr/bin/env bash
# Reliability from the command line (issue 11): exit codes, messages and
# which files exist afterwards; two processes into one folder; SIGKILL mid-batch.
source "$(dirname "$0")/common.sh"
run() {   # run ARGS...: shiryo with stdout/stderr kept, exit status in $rc
  set +e
  "$SHIRYO" "$@" > "$WORK/o.txt" 2> "$WORK/e.txt" < /dev/null
  rc=$?
  set -e
}
F="$SRC/fixtures/003_fa43ea260092b71c.txt"

# decode.strict: invalid bytes under --encoding: FILE:LINE:COLUMN (byte N), exit 2, nothing written
printf 'first line\nsecond \xe9 line\n' > "$WORK/bad.txt"
run convert --encoding UTF-8 "$WORK/bad.txt" -o "$WORK/d1"
[ "$rc" -eq 2 ] || fail "invalid UTF-8 under --encoding exits $rc, not 2"
grep -q "bad.txt:2:8: error: .*(byte 18)" "$WORK/e.txt" || fail "no FILE:LINE:COLUMN (byte N): $(cat "$WORK/e.txt")"
[ ! -e "$WORK/d1/bad.tei.xml" ] || fail "a TEI was written from undecodable bytes"
# --lenient: substitutes, a warning with the count, exit 0
run convert --lenient --encoding UTF-8 "$WORK/bad.txt" -o "$WORK/d2"
[ "$rc" -eq 0 ] || fail "--lenient exits $rc"
grep -q "1 invalid byte sequence was replaced.*\[decode.substituted\]" "$WORK/e.txt" || fail "no substitution warning"
grep -q $'\xef\xbf\xbd' "$WORK/d2/bad.tei.xml" || fail "no U+FFFD in the lenient TEI"
# decode.empty-input
: > "$WORK/empty.txt"
run convert "$WORK/empty.txt" -o "$WORK/d3"
grep -q "\[decode.empty-input\]" "$WORK/e.txt" || fail "an empty input is not warned"

# export.failed: one exporter's file cannot be written (its name is a folder): exit 4, the rest written,
# the next input still converted
mkdir -p "$WORK/x1/dup.xlsx"
printf '―――\n1 る\n―――\n1 中ぺ「㸂」〱' > "$WORK/dup.txt"
run convert "$WORK/dup.txt" "$F" -o "$WORK/x1"
[ "$rc" -eq 4 ] || fail "an unwritable output exits $rc, not 4"
[ -s "$WORK/x1/dup.tei.xml" ] && [ -s "$WORK/x1/dup.notes.csv" ] || fail "the other outputs of dup were not written"
[ -s "$WORK/x1/003_fa43ea260092b71c.tei.xml" ] || fail "the next input was not converted"
grep -q "\[note.duplicate-number\]" "$WORK/e.txt" || fail "no note.duplicate-number warning"
[ "$(grep -o 'xml:id="note-1[^"]*"' "$WORK/x1/dup.tei.xml" | sort | uniq -d)" = "" ] || fail "duplicate xml:id in the TEI"

# output.duplicate-stem: a/doc.txt and b/doc.txt give doc and doc-2, each a whole set
mkdir -p "$WORK/a" "$WORK/b"
cp "$WORK/dup.txt" "$WORK/a/doc.txt"
printf '本文です。\n' > "$WORK/b/doc.txt"
run convert "$WORK/a/doc.txt" "$WORK/b/doc.txt" -o "$WORK/s1"
[ "$rc" -eq 0 ] || fail "two same-stem inputs exit $rc"
grep -q "doc-2\.\*.*\[output.duplicate-stem\]" "$WORK/e.txt" || fail "the renamed stem is not reported"
grep -q "中ぺ" "$WORK/s1/doc.tei.xml" || fail "doc.tei.xml is not a's"
grep -q "本文です" "$WORK/s1/doc-2.tei.xml" || fail "doc-2.tei.xml is not b's"
[ -e "$WORK/s1/doc.notes.csv" ] && [ ! -e "$WORK/s1/doc-2.notes.csv" ] || fail "the notes CSV is in the wrong set"

# output.stale-set: a re-run removes the stem's files the new set does not have, and no other stem's
touch "$WORK/s1/doc.table-2.csv" "$WORK/s1/doc.table-2.csv-metadata.json" "$WORK/s1/doc.v2.tei.xml"
printf '本文だけ。\n' > "$WORK/a/doc.txt"
run convert "$WORK/a/doc.txt" -o "$WORK/s1"
[ ! -e "$WORK/s1/doc.table-2.csv" ] && [ ! -e "$WORK/s1/doc.notes.csv" ] && [ ! -e "$WORK/s1/doc.xlsx" ] \
  || fail "stale files of doc stayed: $(ls "$WORK/s1")"
[ -e "$WORK/s1/doc.v2.tei.xml" ] && [ -e "$WORK/s1/doc-2.tei.xml" ] || fail "another stem's files were removed"

# output.sweep-stale: a dead process's X.tmp-PID and XLSX temporary go; validate out/* is then clean
dead=$(bash -c 'echo $$')
mkdir "$WORK/s1/.shiryo-xlsx.tmp-$dead-Ab12Cd"
touch "$WORK/s1/doc.tei.xml.tmp-$dead" "$WORK/s1/.shiryo-xlsx.tmp-$dead-Ab12Cd/tmp.Xy12"
run convert "$WORK/a/doc.txt" -o "$WORK/s1"
[ -z "$(ls -A "$WORK/s1" | grep 'tmp-')" ] || fail "stale temporaries stayed: $(ls -A "$WORK/s1")"
grep -q "\[output.sweep-stale\]" "$WORK/e.txt" || fail "the sweep is not reported"

# xlsx.tmp-in-output: an unwritable TMPDIR does not matter, and nothing is left in it
mkdir -p "$WORK/ro-tmp"
set +e
TMPDIR="$WORK/ro-tmp/missing" "$SHIRYO" convert "$WORK/dup.txt" -o "$WORK/t1" -q > /dev/null 2> "$WORK/e.txt"
rc=$?
set -e
[ "$rc" -eq 0 ] && [ -s "$WORK/t1/dup.xlsx" ] || fail "with an unusable TMPDIR: exit $rc, $(ls "$WORK/t1")"
[ -z "$(ls -A "$WORK/t1" | grep -v '^dup\.\|^\.shiryo\.lock$')" ] || fail "debris in the output folder: $(ls -A "$WORK/t1")"

# - - : two reads of standard input are two documents, stdin and stdin-2 (empty, warned)
set +e
printf '本文です。\n' | "$SHIRYO" convert - - -o "$WORK/si" > /dev/null 2> "$WORK/e.txt"
set -e
grep -q "本文です" "$WORK/si/stdin.tei.xml" || fail "the first read of stdin was overwritten"
[ -e "$WORK/si/stdin-2.tei.xml" ] && grep -q "\[decode.empty-input\]" "$WORK/e.txt" || fail "the second read of stdin is not stdin-2, warned empty"

# input.txt-any-case, input.non-regular
mkdir -p "$WORK/upper"
cp "$F" "$WORK/upper/REPORT.TXT"
run convert "$WORK/upper" -o "$WORK/u" -q
[ "$rc" -eq 0 ] && [ -s "$WORK/u/REPORT.tei.xml" ] || fail "*.TXT in a folder was not converted ($rc)"
set +e
"$SHIRYO" convert <(cat "$F") -o "$WORK/fd" -q > /dev/null 2> "$WORK/e.txt"
rc=$?
set -e
[ "$rc" -eq 0 ] && [ -n "$(ls "$WORK/fd"/*.tei.xml 2>/dev/null)" ] || fail "/dev/fd/N not read ($rc): $(cat "$WORK/e.txt")"

# input.too-large: --max-input-size, file and stdin
run convert "$F" --max-input-size 1K -o "$WORK/big"
[ "$rc" -eq 2 ] && grep -q "larger than the limit of 1024 bytes (--max-input-size" "$WORK/e.txt" || fail "--max-input-size not enforced ($rc)"
set +e
"$SHIRYO" convert - --max-input-size 100 -o "$WORK/big" < "$F" > /dev/null 2> "$WORK/e.txt"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "--max-input-size on stdin exits $rc"

# A 10 MB single line: converted, and its TEI passes shiryo's own validator (libxml2 huge text)
head -c 10000000 /dev/zero | tr '\0' 'a' > "$WORK/line.txt"
run convert "$WORK/line.txt" -o "$WORK/line"
[ "$rc" -eq 0 ] || fail "a 10 MB line exits $rc: $(head -c 300 "$WORK/e.txt")"

# output.folder-lock: two processes with the same stems into one folder leave one whole set, not a mix
mkdir -p "$WORK/p1" "$WORK/p2"
for i in 1 2 3 4; do cp "$SRC/fixtures/00${i}_"*.txt "$WORK/p1/doc$i.txt"; cp "$SRC/fixtures/000_"*.txt "$WORK/p2/doc$i.txt"; done
for trial in 1 2 3; do
  rm -rf "$WORK/pp"
  "$SHIRYO" convert "$WORK/p1" -o "$WORK/pp" -q > /dev/null 2>&1 &
  "$SHIRYO" convert "$WORK/p2" -o "$WORK/pp" -q > /dev/null 2>&1 &
  wait
  for i in 1 2 3 4; do
    a=$(cd "$WORK/pp" && ls doc$i.* | tr '\n' ' ')
    sha=$(grep -o '<idno type="sha256">[0-9a-f]*' "$WORK/pp/doc$i.tei.xml" | grep -o '[0-9a-f]\{64\}')
    [ "$sha" = "$(sha256sum "$WORK/p1/doc$i.txt" | cut -c1-64)" ] && src=p1 || src=p2
    rm -rf "$WORK/single"; "$SHIRYO" convert "$WORK/$src/doc$i.txt" -o "$WORK/single" -q --no-validate > /dev/null 2>&1 || true
    b=$(cd "$WORK/single" && ls doc$i.* | tr '\n' ' ')
    [ "$a" = "$b" ] || fail "trial $trial: doc$i's set is mixed: [$a] vs $src's [$b]"
  done
done

# SIGKILL mid-batch: every set present is complete and valid after the next run's sweep; no debris
mkdir -p "$WORK/batch"
for i in $(seq 1 12); do for f in "$SRC"/fixtures/*.txt; do cp "$f" "$WORK/batch/$i-$(basename "$f")"; done; done
for k in 1 2 3; do
  "$SHIRYO" convert "$WORK/batch" -o "$WORK/killed" -q > /dev/null 2>&1 &
  pid=$!
  sleep "$((k / 2)).$(( (k * 5) % 10 ))"   # 0.5, 1.0, 1.5 s: late enough that some sets are written
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
done
run convert "$WORK/empty.txt" -o "$WORK/killed" -q   # any later run sweeps
[ -z "$(ls -A "$WORK/killed" | grep 'tmp-')" ] || fail "debris after kills: $(ls -A "$WORK/killed" | grep tmp-)"
ls "$WORK/killed"/*.tei.xml > /dev/null 2>&1 || fail "the killed batches wrote nothing at all"
run validate "$WORK/killed"/*
[ "$rc" -eq 0 ] || fail "after kills, validate finds problems: $(head -c 500 "$WORK/e.txt")"
echo "ok"
