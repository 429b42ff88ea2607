#!/usr/bin/env bash
# Parses the HTML cepin writes with a real HTML parser (html5lib, strict) and
# checks each page's tree (check_page.py: the policy, no script, no external
# URL, unique ids, every link inside the page): `score --format html` of every
# example folder and of one unit from each, in both languages; all examples
# at once; a batch holding error results; hostile unit names; each
# --html-units choice; `compare --format html` and `trend --format html` of
# the bundled self-assessment/evaluation pair and monthly sheets in both
# languages, of hostile names and of sides holding errors. Fails (never
# skips) when python3-html5lib is missing.
# Usage: structure.sh CEPIN
set -u
cepin=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=/usr/bin/python3
if ! "$python" -c 'import html5lib' 2>/dev/null; then
  echo "python3-html5lib not found: run .ci/setup --tests"
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC
status=0
n=0

# page_of COMMAND EXPECTED_EXIT CHECK_ARGS -- ARGS...: `cepin COMMAND --format
# html ARGS` in the repository root, then check_page.py with CHECK_ARGS.
page_of() {
  local command=$1 expected=$2 checks=()
  shift 2
  while [ "$1" != "--" ]; do
    checks+=("$1")
    shift
  done
  shift
  n=$((n + 1))
  (cd "$root" && "$cepin" "$command" --format html "$@") >"$work/$n.html" 2>"$work/$n.stderr"
  local got=$?
  if [ "$got" != "$expected" ]; then
    echo "cepin $command --format html $*: exit $got, expected $expected"
    cat "$work/$n.stderr"
    status=1
  fi
  "$python" "$here/check_page.py" "$work/$n.html" "${checks[@]}" || {
    echo "  (from cepin $command --format html $*)"
    status=1
  }
}

# page EXPECTED_EXIT CHECK_ARGS -- SCORE_ARGS...: page_of score.
page() { page_of score "$@"; }

# A folder holding a rubric of its own passes it with --rubrics; examples/tests
# holds rubric tests, no assessment.
for dir in "$root"/examples/*/; do
  id=$(basename "$dir")
  [ "$id" = tests ] && continue
  rubrics=()
  if grep -qs '^schema: cepin/rubric/1' "$dir"*.yaml; then rubrics=(--rubrics "examples/$id"); fi
  first=$(cd "$root" && grep -Ls '^schema: cepin/rubric/1' "examples/$id"/*.yaml | head -n 1)
  for lang in zh en; do
    page 0 -- --lang "$lang" "${rubrics[@]}" "examples/$id"
    [ -z "$first" ] || page 0 --sections 0 -- --lang "$lang" "${rubrics[@]}" "$first"
  done
done
page 0 --sections 212 -- --rubrics examples/sihao-village examples
page 1 --sections 6 -- tests/cli/cases/batch-mixed/inputs
page 0 --sections 6 --text 'a|b<script>alert(1)</script> (N4)' --text '# 标题 (N5)' -- \
  -r tests/cli/cases/inert-names-md/mini.yaml tests/cli/cases/inert-names-md/in
page 0 --sections 86 -- --rubrics examples/sihao-village --html-units ineligible examples
page 0 --sections 0 -- --rubrics examples/sihao-village --html-units none examples
page 0 --sections 212 -- --rubrics examples/sihao-village --html-units all examples
page 1 --sections 2 -- --html-units ineligible tests/cli/cases/batch-mixed/inputs/c-broken.yaml \
  examples/unit-school/

# compare and trend: no unit sections, one section per changed unit.
pair=examples/baoshan-organ-2021/self-vs-evaluation
months=examples/hohhot-monthly-2025
hostile=tests/cli/cases/c-html-inert-names
page_of compare 0 --sections 0 --changes 4 --text '对比报告：自评 → 第三方评估' --text '示例县教育体育局 (530521-JYJ)' \
  --text '93.50' --text '82.50' --text '转为不达标' -- "$pair/self" "$pair/evaluation"
page_of compare 0 --sections 0 --changes 4 --text 'Comparison: self-assessment → evaluation' --text 'lost' -- \
  --lang en "$pair/self" "$pair/evaluation"
page_of compare 0 --changes 10 --text '对比报告：上期 → 本期' --text '土默特左旗(示例) (150121)' -- \
  "$months/2025-05.csv" "$months/2025-06.csv"
page_of compare 0 --changes 10 --text 'Comparison: <b> → </section>' -- --lang en --base-label '<b>' \
  --new-label '</section>' "$months/2025-05.csv" "$months/2025-06.csv"
page_of compare 0 --changes 3 --text 'a|b<script>alert(1)</script> (N4)' --text '<i>评估组</i> & "co"' -- \
  "$hostile/base.jsonl" "$hostile/new.jsonl"
page_of compare 1 --changes 2 -- tests/cli/cases/batch-mixed/inputs "$pair/self"
page_of trend 0 --sections 0 --text '新城区(示例) (150102)' --text '98.0' --text '49.8*' -- "$months"
page_of trend 0 --text 'Trend' --text 'Rollup (max)' -- --lang en --rollup max "$months"
page_of trend 0 --text 'a|b<script>alert(1)</script> (N4)' -- "$hostile/base.jsonl" "$hostile/new.jsonl"
page_of trend 1 -- tests/cli/cases/batch-mixed/inputs "$months/2025-05.csv"
exit $status
