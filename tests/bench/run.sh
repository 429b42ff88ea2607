#!/usr/bin/env bash
# cepin's benchmark (a script, not a timed test). Generates deterministic
# inputs (a 7/20/58 rubric, 2,000 YAML assessments of 58 clauses, a wide CSV
# of 10,000 units), then prints the median of 5 runs of each measurement with
# `--format jsonl -o /dev/null` (and the CSV's HTML report), peak memory from
# getrusage, and the ratios; then compare and trend over saved JSONL results.
# Last, hostile sizes (a 2 MB line, 1,000,000 lines): yaml-cpp's own parse
# beside cepin's (`cepin_bench_tool yaml`).
#   tests/bench/run.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
cepin=$build/cli/cepin
tool=$build/tests/bench/cepin_bench_tool
[ -x "$cepin" ] && [ -x "$tool" ] || { echo "build first: bash .ci/setup --tests" >&2; exit 2; }
data=$(mktemp -d /tmp/cepin-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
"$tool" gen "$data"
runs=5

# median TIME|RSS CMD...: the median over $runs runs of one field of `measure`.
median() {
  local field=$1; shift
  for _ in $(seq $runs); do "$tool" measure "$@"; done | awk -v f="$field" '{print $f}' | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

score=("$cepin" score --rubric "$data/rubric.yaml" --format jsonl -o /dev/null --progress never)
yaml_files=("$data"/yaml-2000/*.yaml)

echo "cepin benchmark — $(nproc) CPUs, median of $runs runs (the three timed commands interleaved, so drift hits all alike)"
for _ in $(seq $runs); do
  "$tool" measure "$tool" load "${yaml_files[@]}" >>"$data/load"
  "$tool" measure "${score[@]}" --jobs 1 "$data/yaml-2000" >>"$data/j1"
  "$tool" measure "${score[@]}" --jobs 2 "$data/yaml-2000" >>"$data/j2"
  # The machine's own parallel capacity: two independent --jobs 1 runs at once.
  "$tool" measure bash -c "$(printf '%q ' "${score[@]}") --jobs 1 $data/yaml-2000 & $(printf '%q ' "${score[@]}") --jobs 1 $data/yaml-2000; wait" >>"$data/pair"
done
pick() { awk -v f="$2" '{print $f}' "$1" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
t_load=$(pick "$data/load" 1)
t_j1=$(pick "$data/j1" 1)
t_j2=$(pick "$data/j2" 1)
t_pair=$(pick "$data/pair" 1)
t_csv=$(median 1 "${score[@]}" --jobs 2 "$data/units-10000.csv")
m_csv=$(median 2 "${score[@]}" --jobs 2 "$data/units-10000.csv")
html=("$cepin" score --rubric "$data/rubric.yaml" --format html -o /dev/null --progress never --jobs 2)
t_html=$(median 1 "${html[@]}" "$data/units-10000.csv")
t_html_all=$(median 1 "${html[@]}" --html-units all "$data/units-10000.csv")
m_html_all=$(median 2 "${html[@]}" --html-units all "$data/units-10000.csv")
m_1000=$(median 2 "${score[@]}" --jobs 2 "$data/yaml-1000")
m_4000=$(median 2 "${score[@]}" --jobs 2 "$data/yaml-4000")

printf '%-52s %10s\n' "bare yaml-cpp load of 2,000 files (s)" "$t_load"
printf '%-52s %10s\n' "cepin score 2,000 YAML --jobs 1 (s)" "$t_j1"
printf '%-52s %10s\n' "cepin score 2,000 YAML --jobs 2 (s)" "$t_j2"
printf '%-52s %10s\n' "cepin score CSV 10,000 units (s)" "$t_csv"
printf '%-52s %10s\n' "cepin score CSV 10,000 units peak memory (MiB)" "$(awk -v k="$m_csv" 'BEGIN{printf "%.1f", k/1024}')"
printf '%-52s %10s\n' "HTML of 10,000 units, summary alone (s)" "$t_html"
printf '%-52s %10s\n' "HTML of 10,000 units, --html-units all (s)" "$t_html_all"
printf '%-52s %10s\n' "HTML, --html-units all, peak memory (MiB)" "$(awk -v k="$m_html_all" 'BEGIN{printf "%.1f", k/1024}')"
printf '%-52s %10s\n' "jsonl peak memory, 1,000 YAML inputs (MiB)" "$(awk -v k="$m_1000" 'BEGIN{printf "%.1f", k/1024}')"
printf '%-52s %10s\n' "jsonl peak memory, 4,000 YAML inputs (MiB)" "$(awk -v k="$m_4000" 'BEGIN{printf "%.1f", k/1024}')"
printf '%-52s %10s\n' "two independent --jobs 1 runs at once (s)" "$t_pair"
awk -v l="$t_load" -v a="$t_j1" -v b="$t_j2" -v p="$t_pair" -v m1="$m_1000" -v m4="$m_4000" 'BEGIN {
  printf "%-52s %10.2f  (target <= 1.30)\n", "ratio jobs1 / bare load", a / l
  printf "%-52s %10.2f  (target >= 1.70)\n", "speed-up jobs1 / jobs2", a / b
  printf "%-52s %10.2f  (the most any 2-job run can gain here)\n", "machine capacity 2 x jobs1 / two runs at once", 2 * a / p
  printf "%-52s %10.2f  (flat: ~1.00)\n", "memory 4,000 / 1,000 inputs", m4 / m1
}'

# compare and trend read saved results (no yaml-cpp in these figures): two
# saved JSONL files of 10,000 units x 58 clauses, and 12 saved JSONL periods
# of 1,000 units each.
"${score[@]}" --jobs 2 "$data/units-10000.csv" -o "$data/base.jsonl" || true
"${score[@]}" --jobs 2 "$data/units-10000-again.csv" -o "$data/new.jsonl" || true
mkdir -p "$data/saved-months"
for sheet in "$data"/months/*.csv; do
  "${score[@]}" --jobs 2 "$sheet" -o "$data/saved-months/$(basename "$sheet" .csv).jsonl" || true
done
compare=("$cepin" compare "$data/base.jsonl" "$data/new.jsonl" --format jsonl -o /dev/null)
trend=("$cepin" trend "$data/saved-months" --format json -o /dev/null)
t_compare=$(median 1 "${compare[@]}")
m_compare=$(median 2 "${compare[@]}")
t_trend=$(median 1 "${trend[@]}")
m_trend=$(median 2 "${trend[@]}")
echo
printf '%-52s %10s  (target < 1)\n' "cepin compare 2 x 10,000 saved units x 58 clauses (s)" "$t_compare"
printf '%-52s %10s  (target < 200)\n' "cepin compare peak memory (MiB)" "$(awk -v k="$m_compare" 'BEGIN{printf "%.1f", k/1024}')"
printf '%-52s %10s  (target < 1)\n' "cepin trend 12 saved periods x 1,000 units (s)" "$t_trend"
printf '%-52s %10s\n' "cepin trend peak memory (MiB)" "$(awk -v k="$m_trend" 'BEGIN{printf "%.1f", k/1024}')"
printf '%-52s %10s\n' "saved JSONL size, 10,000 units (MiB)" "$(awk -v b="$(wc -c <"$data/base.jsonl")" 'BEGIN{printf "%.1f", b/1048576}')"

echo
echo "hostile sizes: yaml-cpp's event parse (the floor) beside cepin's yaml::parse_input"
"$tool" yaml
