#!/usr/bin/env bash
# ASan + UBSan build (clang, -O1) of the unit tests, the CLI and the libFuzzer
# harness (tests/fuzz), in build-san/; then:
#   1. the unit tests under the sanitizers;
#   2. the sanitized CLI over the fixtures, the test corpora and ../shared/real texts;
#   3. a bounded libFuzzer run over decode -> pipeline -> every exporter -> every
#      validator, seeded from fixtures/ and tests/ (default 60 s).
# Any sanitizer report, crash or fuzz finding fails the script.
#
#   scripts/sanitize.sh                 # all three, 60 s of fuzzing
#   scripts/sanitize.sh --fuzz 1800     # fuzz for half an hour (findings: build-san/fuzz-findings/)
#   scripts/sanitize.sh --no-fuzz       # 1 and 2 only
# SANITIZE_FLAGS overrides the optimisation and debug flags (default -O1 -gline-tables-only).
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=60
while [ $# -gt 0 ]; do
  case "$1" in
    --fuzz) FUZZ_SECONDS="$2"; shift 2 ;;
    --no-fuzz) FUZZ_SECONDS=0; shift ;;
    *) echo "usage: $0 [--fuzz SECONDS | --no-fuzz]" >&2; exit 1 ;;
  esac
done
command -v clang++ > /dev/null || { echo "sanitize.sh: clang++ is needed (scripts/setup.sh installs it)" >&2; exit 1; }
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
start=$(date +%s)
CC=clang CXX=clang++ cmake -S . -B build-san -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="${SANITIZE_FLAGS:--O1 -gline-tables-only}" -DSHIRYO_FUZZ=ON "${launcher[@]}" > /dev/null
nice cmake --build build-san -j2 --target shiryo_tests shiryo shiryo_fuzz
echo "sanitize.sh: build $(( $(date +%s) - start )) s"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/tests/fuzz/lsan.supp

t=$(date +%s)
build-san/shiryo_tests
echo "sanitize.sh: unit tests $(( $(date +%s) - t )) s"

t=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inputs=(fixtures tests/corpus tests/corpus2)
for f in ../shared/real/*.txt; do [ -e "$f" ] && inputs+=("$f"); done
set +e
build-san/shiryo convert "${inputs[@]}" -o "$work/out" -q > /dev/null 2> "$work/err.txt"
rc=$?
set -e
# 0, or 5 for the vertical-writing text among the real ones; never a sanitizer report or a crash
bad=0
grep -q "Sanitizer\|runtime error" "$work/err.txt" && bad=1
[ "$rc" -eq 0 ] || [ "$rc" -eq 5 ] || bad=1
if [ "$bad" -ne 0 ]; then
  head -c 3000 "$work/err.txt" >&2
  echo "sanitize.sh: the sanitized CLI failed on the inputs (exit $rc)" >&2
  exit 1
fi
echo "sanitize.sh: CLI over ${#inputs[@]} inputs $(( $(date +%s) - t )) s"

if [ "$FUZZ_SECONDS" -gt 0 ]; then
  corpus="$work/corpus"
  mkdir -p "$corpus" build-san/fuzz-findings
  cp fixtures/*.txt tests/corpus/*.txt "$corpus"/ 2> /dev/null || true
  [ -d tests/fuzz/regressions ] && cp tests/fuzz/regressions/* "$corpus"/ 2> /dev/null || true
  [ -d tests/corpus2 ] && find tests/corpus2 -name '*.txt' -exec cp {} "$corpus"/ \;
  t=$(date +%s)
  build-san/shiryo_fuzz "$corpus" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix=build-san/fuzz-findings/ -print_final_stats=1 2> "$work/fuzz.txt" || {
    tail -60 "$work/fuzz.txt" >&2
    echo "sanitize.sh: the fuzzer found a problem: build-san/fuzz-findings/ (add it to tests/fuzz/regressions/)" >&2
    exit 1
  }
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|cov:" "$work/fuzz.txt" | tail -3
  echo "sanitize.sh: fuzzing $(( $(date +%s) - t )) s"
fi
echo "sanitize.sh: ok ($(( $(date +%s) - start )) s in all)"
