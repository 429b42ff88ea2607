#!/usr/bin/env bash
# cepin's benchmark (a script, not a timed test). Generates deterministic
# inputs (a 7/20/58 rubric, 2,000 YAML assessments of 58 clauses, a wide CSV
# of 10,000 units), then prints the median of 5 runs of each measurement:
# yaml-cpp's event parse of the same files (the floor of the YAML path),
# `score` with --jobs 1 and 2 in each output format, the CSV run, peak memory
# at 1,000 / 10,000 / 100,000 small inputs, the HTML report, compare and trend
# over saved JSONL results, and last hostile sizes (a 2 MB line, 1,000,000
# lines) parsed by yaml-cpp alone and by cepin (`cepin_bench_tool yaml`).
#   tests/bench/run.sh [BUILD_DIR]     (default: build)
#   BEFORE=/path/to/older/cepin tests/bench/run.sh   (before and after side by side)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
cepin=$build/cli/cepin
tool=$build/tests/bench/cepin_bench_tool
[ -x "$cepin" ] && [ -x "$tool" ] || { echo "build first: bash .ci/setup --tests" >&2; exit 2; }
data=$(mktemp -d /tmp/cepin-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
"$tool" gen "$data"
runs=${RUNS:-5}  # RUNS=1 for a quick look

score_args=(score --rubric "$data/rubric.yaml" --format jsonl -o /dev/null --progress never)
score=("$cepin" "${score_args[@]}")
yaml_files=("$data"/yaml-2000/*.yaml)
# BEFORE=path/to/an/earlier/cepin measures it side by side with this build.
before=${BEFORE:-}
sides=("$cepin")
[ -n "$before" ] && sides=("$before" "$cepin")

# row LABEL FIELD SCALE CMD... (CMD's "@" is replaced by each binary): the
# median of `runs` runs for each side, interleaved; FIELD 1 is seconds, 2 KiB
# of peak memory (printed in MiB).
row() {
  local label=$1 field=$2; shift 2
  local -a out=()
  local side i
  for i in "${!sides[@]}"; do : >"$data/row.$i"; done
  for _ in $(seq "$runs"); do
    # With `floor` set, the parser's floor runs first in each round, so that a
    # ratio to it compares runs made under the same load.
    [ -n "${floor:-}" ] && "$tool" measure "$tool" events "${yaml_files[@]}" >>"$data/floor"
    for i in "${!sides[@]}"; do
      side=${sides[$i]}
      "$tool" measure "${@/#@/$side}" >>"$data/row.$i"
    done
  done
  for i in "${!sides[@]}"; do
    out+=("$(awk -v f="$field" '{print $f}' "$data/row.$i" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" |
             awk -v f="$field" '{ if (f == 2) printf "%.1f", $1 / 1024; else printf "%.3f", $1 }')")
  done
  printf '%-56s' "$label"
  printf ' %10s' "${out[@]}"
  printf '\n'
  last=${out[-1]}
}

header=$( [ -n "$before" ] && echo "before     after" || echo "     after")
echo "cepin benchmark — $(nproc) CPUs, median of $runs runs, sides interleaved"
printf '%-56s %s\n' "" "$header"
: >"$data/floor"
floor=1 row "score 2,000 YAML --jobs 1, jsonl (s)" 1 @ "${score_args[@]}" --jobs 1 "$data/yaml-2000"; t_j1=$last
t_events=$(sort -n "$data/floor" | sed -n "$(( (runs + 1) / 2 ))p" | awk '{print $1}')
t_load=$(for _ in $(seq "$runs"); do "$tool" measure "$tool" load "${yaml_files[@]}"; done | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | awk '{print $1}')
printf '%-56s %10s  (the floor, run in turn with the row above)\n' "yaml-cpp event parse of the 2,000 files (s)" "$t_events"
printf '%-56s %10s\n' "yaml-cpp LoadFile of the 2,000 files (s)" "$t_load"
row "score 2,000 YAML --jobs 2, jsonl (s)" 1 @ "${score_args[@]}" --jobs 2 "$data/yaml-2000"; t_j2=$last
for format in text json md; do
  row "score 2,000 YAML --jobs 2, $format (s)" 1 @ score --rubric "$data/rubric.yaml" --format "$format" -o /dev/null \
    --progress never --jobs 2 "$data/yaml-2000"
done
csv=(score --rubric "$data/rubric.yaml" --format csv -o /dev/null --progress never --jobs 2 "$data/units-10000.csv")
row "CSV 10,000 units x 58 clauses to CSV (s)" 1 @ "${csv[@]}"
row "CSV 10,000 units x 58 clauses to CSV, peak (MiB)" 2 @ "${csv[@]}"
row "CSV 10,000 units to jsonl (s)" 1 @ "${score_args[@]}" --jobs 2 "$data/units-10000.csv"
# The machine's own parallel capacity: two independent --jobs 1 runs at once.
t_pair=$(for _ in $(seq "$runs"); do "$tool" measure bash -c "$(printf '%q ' "${score[@]}") --jobs 1 $data/yaml-2000 & $(printf '%q ' "${score[@]}") --jobs 1 $data/yaml-2000; wait"; done | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | awk '{print $1}')
printf '%-56s %10s\n' "two independent --jobs 1 runs at once (s)" "$t_pair"
awk -v e="$t_events" -v a="$t_j1" -v b="$t_j2" -v p="$t_pair" 'BEGIN {
  printf "%-56s %10.2f  (target <= 1.15)\n", "after: jobs1 / yaml-cpp event parse", a / e
  printf "%-56s %10.2f  (target >= 1.80)\n", "after: speed-up jobs1 / jobs2", a / b
  printf "%-56s %10.2f  (the most a 2-job run can gain here)\n", "machine capacity 2 x jobs1 / two runs at once", 2 * a / p
}'

# Peak memory by the number of inputs (tiny files, one run each).
saved_runs=$runs
runs=1
for n in 1000 10000 100000; do
  "$tool" small "$n" "$data/small-$n"
  for format in jsonl csv; do
    row "peak memory, $n small inputs, $format (MiB)" 2 @ score --rubric "$data/small-$n/rubric.yaml" \
      --format "$format" -o /dev/null --progress never --jobs 2 "$data/small-$n/inputs"
  done
  rm -rf "$data/small-$n"
done
runs=$saved_runs

html=(score --rubric "$data/rubric.yaml" --format html -o /dev/null --progress never --jobs 2)
echo
row "HTML of 10,000 units, summary alone (s)" 1 @ "${html[@]}" "$data/units-10000.csv"
row "HTML of 10,000 units, --html-units all (s)" 1 @ "${html[@]}" --html-units all "$data/units-10000.csv"
row "HTML, --html-units all, peak memory (MiB)" 2 @ "${html[@]}" --html-units all "$data/units-10000.csv"

# compare and trend read saved results (no yaml-cpp in these figures): two
# saved JSONL files of 10,000 units x 58 clauses, and 12 saved JSONL periods
# of 1,000 units each.
"${score[@]}" --jobs 2 "$data/units-10000.csv" -o "$data/base.jsonl" || true
"${score[@]}" --jobs 2 "$data/units-10000-again.csv" -o "$data/new.jsonl" || true
mkdir -p "$data/saved-months"
for sheet in "$data"/months/*.csv; do
  "${score[@]}" --jobs 2 "$sheet" -o "$data/saved-months/$(basename "$sheet" .csv).jsonl" || true
done
compare=(compare "$data/base.jsonl" "$data/new.jsonl" --format jsonl -o /dev/null)
trend=(trend "$data/saved-months" --format json -o /dev/null)
echo
row "cepin compare 2 x 10,000 saved units (s; target < 1)" 1 @ "${compare[@]}"
row "cepin compare peak memory (MiB; target < 200)" 2 @ "${compare[@]}"
row "cepin trend 12 saved periods x 1,000 units (s; target < 1)" 1 @ "${trend[@]}"
row "cepin trend peak memory (MiB)" 2 @ "${trend[@]}"
printf '%-52s %10s\n' "saved JSONL size, 10,000 units (MiB)" "$(awk -v b="$(wc -c <"$data/base.jsonl")" 'BEGIN{printf "%.1f", b/1048576}')"

echo
echo "hostile sizes: yaml-cpp's event parse (the floor) beside cepin's yaml::parse_input"
"$tool" yaml
