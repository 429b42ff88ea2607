#!/usr/bin/env bash
# --progress always draws one updating line on stderr and clears it at the
# end, and before every diagnostic (a diagnostic never shares its line); a
# run whose stderr is not a terminal draws nothing by default.
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
"$cepin" score examples/ --format jsonl >/dev/null 2>"$work/auto"
if grep -q $'\r' "$work/auto"; then
  echo "FAIL: a run with stderr in a file drew a progress line"; status=1
fi
"$cepin" score examples/ --format jsonl --progress never >/dev/null 2>"$work/never"
if grep -q $'\r' "$work/never"; then
  echo "FAIL: --progress never drew a line"; status=1
fi
# examples/ raises warnings after the first line is drawn: each must come
# after a clear (\r ESC[K), so no drawn line runs on into a diagnostic.
"$cepin" score examples/ --format jsonl --progress always >/dev/null 2>"$work/interleaved" || true
if ! python3 - "$work/interleaved" <<'PY'
import re
import sys
segments = open(sys.argv[1], encoding="utf-8", newline="").read().split("\r\033[K")
drawn = [re.match(r"cepin: \d+/\d+ scored, ", s) is not None for s in segments]
shared = [s for s, d in zip(segments, drawn) if d and "\n" in s]
after = [s for s, d, prev in zip(segments[1:], drawn[1:], drawn) if prev and not d and "warning:" in s]
if shared:
    print("FAIL: a diagnostic shares the progress line:", repr(shared[0][:200]))
    sys.exit(1)
if not after:
    print("FAIL: no warning came after a drawn progress line; the test proves nothing")
    sys.exit(1)
PY
then
  status=1
fi
[ $status = 0 ] && echo "progress: drawn with always, cleared before diagnostics, none in files"
exit $status
