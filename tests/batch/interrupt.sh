#!/usr/bin/env bash
# Ctrl-C (SIGINT) stops a long run promptly with exit 130 and leaves no
# partial -o file and no temporary file behind.
set -uo pipefail
cepin=$1
tool=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" gen "$work/data" >/dev/null
"$cepin" score -r "$work/data/rubric.yaml" "$work/data/yaml-4000" --format jsonl -o "$work/out.jsonl" --jobs 2 2>"$work/err" &
pid=$!
sleep 0.3
kill -INT $pid
start=$(date +%s%N)
wait $pid
status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
fail=0
[ $status = 130 ] || { echo "FAIL: exit $status, expected 130"; fail=1; }
[ ! -e "$work/out.jsonl" ] || { echo "FAIL: a partial -o file was left"; fail=1; }
leftovers=$(find "$work" -maxdepth 1 -name '.cepin-output-*' | wc -l)
[ "$leftovers" = 0 ] || { echo "FAIL: $leftovers temporary files left"; fail=1; }
grep -q "interrupted" "$work/err" || { echo "FAIL: no message on stderr"; fail=1; }
[ $elapsed_ms -lt 2000 ] || { echo "FAIL: took ${elapsed_ms} ms to stop"; fail=1; }
[ $fail = 0 ] && echo "interrupt: exit 130 after ${elapsed_ms} ms, nothing left behind"
exit $fail
