#!/bin/bash
# Benchmark shiryo on a corpus of about 100 documents, and count instructions.
#
# usage: scripts/bench.sh [BUILD/shiryo] [--no-callgrind]
#
# 1. Corpus: fixtures/*.txt and ../shared/real/*.txt, each copied under other
#    names until there are 100 documents (every copy is a whole document).
# 2. Throughput: `convert CORPUS -o OUT -q` with and without validation, best
#    of three runs, in MB of input per second of user+system CPU time.
# 3. Instructions per input byte (valgrind --tool=callgrind) for one convert
#    of the seeds (fixtures/*.txt), with --no-validate and with validation: a
#    count that a noisy machine does not change, so regressions show.
# A benchmark, not a test: it writes only temporary files.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/build/shiryo}
[[ "$BIN" = --* ]] && BIN=$ROOT/build/shiryo
CALLGRIND=1
for a in "$@"; do [ "$a" = --no-callgrind ] && CALLGRIND=0; done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/corpus"
srcs=("$ROOT"/fixtures/*.txt)
[ -d "$ROOT/../shared/real" ] && srcs+=("$ROOT"/../shared/real/*.txt)
n=0
while [ $n -lt 100 ]; do
  for f in "${srcs[@]}"; do
    [ $n -ge 100 ] && break
    cp "$f" "$WORK/corpus/$(printf %03d $n)-$(basename "$f")"
    n=$((n + 1))
  done
done
bytes=$(cat "$WORK"/corpus/*.txt | wc -c)
echo "corpus: $n documents, $bytes bytes"

cpu_seconds() { # best user+sys seconds of three runs of "$@"
  local best=
  for _ in 1 2 3; do
    rm -rf "$WORK/out"
    local t
    t=$( { TIMEFORMAT='%U %S'; time "$@" >/dev/null 2>/dev/null || true; } 2>&1 | tail -1 | awk '{print $1 + $2}')
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$t; fi
  done
  echo "$best"
}
for mode in --no-validate validate; do
  extra=(); [ $mode = --no-validate ] && extra=(--no-validate)
  s=$(cpu_seconds "$BIN" convert "$WORK/corpus" -o "$WORK/out" -q "${extra[@]}")
  awk -v s="$s" -v b="$bytes" -v m="$mode" 'BEGIN{printf "throughput %-13s %6.2f s CPU  %6.2f MB/s\n", m, s, b / 1e6 / s}'
done

if [ $CALLGRIND = 1 ] && command -v valgrind >/dev/null; then
  seeds=("$ROOT"/fixtures/*.txt)
  sb=$(cat "${seeds[@]}" | wc -c)
  for mode in --no-validate validate; do
    extra=(); [ $mode = --no-validate ] && extra=(--no-validate)
    rm -rf "$WORK/out"
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" \
      "$BIN" convert "${seeds[@]}" -o "$WORK/out" -q "${extra[@]}" >/dev/null 2>"$WORK/cg.log" || true
    ir=$(grep -E '^(summary|totals):' "$WORK/cg.out" | head -1 | awk '{print $2}')
    # ICU builds its Any-Latin transliterator (citation keys) once per process:
    # a fixed cost of about 1e9 instructions, shown apart from the per-byte work.
    once=$(callgrind_annotate --inclusive=yes "$WORK/cg.out" 2>/dev/null |
           grep -m1 'icu_[0-9]*::Transliterator::createInstance(' | awk '{gsub(",", "", $1); print $1}' || true)
    once=${once:-0}
    awk -v ir="$ir" -v b="$sb" -v m="$mode" -v o="$once" 'BEGIN{printf "callgrind seeds %-13s %d bytes  %d instructions  %.0f instructions/byte (%.0f without the one-time ICU transliterator build, %d instructions)\n", m, b, ir, ir / b, (ir - o) / b, o}'
  done
fi
