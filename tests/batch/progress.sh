#!/usr/bin/env bash
# --progress always draws one updating line on stderr and clears it at the
# end; a run whose stderr is not a terminal draws nothing by default.
set -euo pipefail
cepin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
"$cepin" score examples/neac-prefecture-2020/ordos-eligible.yaml --format jsonl --progress always >/dev/null 2>"$work/always"
expected=$(printf '\r\033[Kcepin: 1/1 scored, ')
if [ "$(head -c ${#expected} "$work/always")" != "$expected" ]; then
  echo "FAIL: --progress always did not draw the line:"; od -c "$work/always" | head -5; status=1
fi
if [ "$(tail -c 4 "$work/always" | od -An -c | tr -d ' ')" != '\r033[K' ]; then
  echo "FAIL: the progress line was not cleared at the end"; od -c "$work/always" | tail -3; status=1
fi
"$cepin" score --rubrics examples/sihao-village examples/ --format jsonl >/dev/null 2>"$work/auto"
if grep -q $'\r' "$work/auto"; then
  echo "FAIL: a run with stderr in a file drew a progress line"; status=1
fi
"$cepin" score --rubrics examples/sihao-village examples/ --format jsonl --progress never >/dev/null 2>"$work/never"
if grep -q $'\r' "$work/never"; then
  echo "FAIL: --progress never drew a line"; status=1
fi
[ $status = 0 ] && echo "progress: drawn with always, none in files"
exit $status
