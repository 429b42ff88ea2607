#!/usr/bin/env bash
# Measures the test suite's coverage of lib/: builds with gcov instrumentation
# (-DCEPIN_COVERAGE=ON) into build-coverage/, runs every test, then prints
# line and branch coverage with gcovr (throw and unreachable branches left
# out), and the five files with the lowest branch coverage.
#   tests/coverage/run.sh            (gcovr from Debian: apt-get install gcovr)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${CEPIN_COVERAGE_BUILD:-$root/build-coverage}
command -v gcovr >/dev/null || { echo "gcovr is missing: apt-get install gcovr" >&2; exit 2; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCEPIN_COVERAGE=ON -DCEPIN_TESTS=ON >/dev/null || exit 2
cmake --build "$build" -j"$(nproc)" >/dev/null || exit 2
find "$build" -name '*.gcda' -delete
ctest --test-dir "$build" -j"$(nproc)" --output-on-failure >"$build/ctest.log" 2>&1
tests=$?
tail -3 "$build/ctest.log"
cd "$root" || exit 2
common=(--root "$root" --filter "$root/lib/" --object-directory "$build" --exclude-throw-branches
        --exclude-unreachable-branches --exclude-noncode-lines)
gcovr "${common[@]}" --json "$build/coverage.json" >/dev/null 2>&1
# gcovr 5.2 replaces its -o file by renaming a new one over it: never give it /dev/null.
gcovr "${common[@]}" --print-summary -o "$build/coverage.txt" 2>/dev/null | sed -n '/lines:/p;/branches:/p'
echo "lowest branch coverage:"
/usr/bin/python3 - "$build/coverage.json" <<'PY'
import json, sys
files = []
for f in json.load(open(sys.argv[1]))["files"]:
    lines = [l for l in f["lines"] if not l.get("gcovr/noncode")]
    branches = [b for l in lines for b in l["branches"]]
    if branches:
        taken = sum(1 for b in branches if b["count"] > 0)
        files.append((100.0 * taken / len(branches), taken, len(branches), f["file"]))
for share, taken, total, name in sorted(files)[:5]:
    print("  %5.1f%%  %4d/%-4d  %s" % (share, taken, total, name))
PY
exit $tests
