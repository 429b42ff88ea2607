#!/usr/bin/env bash
# Every diagnostic code the CLI goldens show (`[code]` at the end of a line
# on stderr) is listed in lib/diag/codes.cpp and named in the README's
# diagnostics or warning codes, so a new code cannot be left out of either.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
status=0
codes=$(cat "$root"/tests/cli/cases/*/stderr 2>/dev/null | grep -o '\[[a-z0-9-]*\]$' | tr -d '[]' | sort -u)
[ -n "$codes" ] || { echo "FAIL: no codes found in the goldens"; exit 1; }
for code in $codes; do
  grep -q "{\"$code\"," "$root/lib/diag/codes.cpp" || { echo "FAIL: $code is not in lib/diag/codes.cpp"; status=1; }
  grep -q "\`$code\`" "$root/README.md" || { echo "FAIL: $code is not in the README"; status=1; }
done
[ $status = 0 ] && echo "$(echo "$codes" | wc -l) codes, each listed"
exit $status
