#!/usr/bin/env bash
# Runs cepin's libFuzzer targets (address and undefined sanitizers on) and
# prints, per target: executions, executions per second, coverage (libFuzzer's
# `cov` edges and `ft` features) and findings (crashes, leaks, timeouts,
# sanitizer reports, each saved under build-fuzz/findings/TARGET/).
# Exits 1 when any target found anything.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]   default: 60 s each, every target
# JOBS=N runs N targets at once (default: the CPUs available). The working
# corpus (build-fuzz/corpus/TARGET) grows across runs; the committed seeds
# (tests/fuzz/corpus/) and dictionaries (tests/fuzz/dict/) are read only.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_rubric fuzz_assessment fuzz_csv fuzz_decimal fuzz_saved fuzz_tailored)
build=${CEPIN_FUZZ_BUILD:-$root/build-fuzz}
jobs=${JOBS:-$(nproc)}

CXX=${CXX_FUZZ:-clang++} cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCEPIN_FUZZ=ON -DCEPIN_TESTS=OFF -DCMAKE_CXX_COMPILER="${CXX_FUZZ:-clang++}" >/dev/null || exit 2
cmake --build "$build" -j"$jobs" --target "${targets[@]}" >/dev/null || exit 2

seeds_of() { case "$1" in fuzz_rubric) echo rubric ;; fuzz_assessment) echo assessment ;; fuzz_csv) echo csv ;; fuzz_saved) echo saved ;; fuzz_tailored) echo tailored ;; *) echo decimal ;; esac; }
dict_of() { case "$1" in fuzz_rubric | fuzz_assessment | fuzz_tailored) echo yaml ;; fuzz_csv) echo csv ;; fuzz_saved) echo json ;; *) echo decimal ;; esac; }

run_one() {
  local target=$1 seeds dict work findings
  seeds=$root/tests/fuzz/corpus/$(seeds_of "$target")
  dict=$root/tests/fuzz/dict/$(dict_of "$target").dict
  work=$build/corpus/$target
  findings=$build/findings/$target
  mkdir -p "$work" "$findings"
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/tests/fuzz/$target" "$work" "$seeds" -dict="$dict" -max_total_time="$seconds" -max_len=262144 \
    -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$findings/" \
    >"$build/$target.log" 2>&1
  echo $? >"$build/$target.status"
}

mkdir -p "$build"
running=0
for target in "${targets[@]}"; do
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

status=0
printf '%-18s %12s %9s %8s %8s %9s %s\n' target execs execs/s cov ft findings status
for target in "${targets[@]}"; do
  log=$build/$target.log
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}')
  rate=$(awk -v e="${execs:-0}" -v s="$seconds" 'BEGIN { printf "%d", e / s }')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  found=$(find "$build/findings/$target" -type f | wc -l)
  code=$(cat "$build/$target.status")
  verdict=ok
  if [ "$code" != 0 ] || [ "$found" != 0 ]; then
    verdict="FAILED (exit $code; see $log)"
    status=1
  fi
  printf '%-18s %12s %9s %8s %8s %9s %s\n' "$target" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$found" "$verdict"
done
exit $status
