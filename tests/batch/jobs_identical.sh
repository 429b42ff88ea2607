#!/usr/bin/env bash
# --jobs 1, 2 and 4 give byte-identical reports (stdout and stderr) in every
# streaming and whole-run format, on more than 200 inputs: 210 YAML
# assessments (copies of the bundled examples with their own unit ids, one of
# them broken) and a 30-unit CSV.
set -euo pipefail
cepin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
cp -r "$root/examples/neac-prefecture-2020/evidence" "$work/in/"
cp "$root/examples/neac-prefecture-2020/units.csv" "$work/in/zz-units.csv"
n=0
for i in $(seq 1 70); do
  for example in ordos-eligible qinghe-below-threshold yunling-vetoed; do
    n=$((n + 1))
    sed "s/^unit: {id: \"[0-9]*\"/unit: {id: \"U$(printf %04d $n)\"/" \
      "$root/examples/neac-prefecture-2020/$example.yaml" >"$work/in/$(printf %04d $n)-$example.yaml"
  done
done
printf 'schema: cepin/assessment/1\nrubric: neac-prefecture-2020\nunit: {id: broken\n' >"$work/in/0100-broken.yaml"
count=$(find "$work/in" -name '*.yaml' | wc -l)
[ "$count" -ge 200 ] || { echo "only $count inputs"; exit 1; }
cd "$work"
status=0
for format in jsonl csv md json text; do
  for jobs in 1 2 4; do
    "$cepin" score in --format "$format" --jobs "$jobs" >"out-$format-$jobs" 2>"err-$format-$jobs" || true
  done
  for jobs in 2 4; do
    if ! cmp -s "out-$format-1" "out-$format-$jobs" || ! cmp -s "err-$format-1" "err-$format-$jobs"; then
      echo "FAIL: --format $format --jobs $jobs differs from --jobs 1"
      diff "out-$format-1" "out-$format-$jobs" | head -5 || true
      status=1
    fi
  done
done
lines=$(wc -l <out-jsonl-1)
expected=$((count + 30))
if [ "$lines" != "$expected" ]; then
  echo "FAIL: expected $expected jsonl lines (one per YAML input and CSV unit), got $lines"
  status=1
fi
[ $status = 0 ] && echo "jobs 1/2/4 identical over $expected results in jsonl, csv, md, json and text"
exit $status
