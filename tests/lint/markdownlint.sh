#!/usr/bin/env bash
# Lints the Markdown cepin writes: `score --format md` of every example folder
# (batch) and of one unit from each (single), in --lang en and zh, a batch
# holding an error result, `compare` and `trend` of the examples, and
# `show --format md` of every built-in rubric; and the project's own
# documents (README.md, CONTRIBUTING.md, tests/bench/HISTORY.md).
# Runs markdownlint-cli2 from the repository root with its
# .markdownlint-cli2.yaml and fails on any finding. Fails (never skips) when
# markdownlint-cli2 is missing: run `npm ci` in the repository root.
# Usage: markdownlint.sh CEPIN
set -u
cepin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
lint=$root/node_modules/.bin/markdownlint-cli2
if [ ! -x "$lint" ]; then
  echo "markdownlint-cli2 not found at $lint: run \`npm ci\` in $root"
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC
status=0
files=()

# gen NAME EXPECTED_EXIT ARGS...: runs cepin in the repository root, writing
# its Markdown to $work/NAME.md; the exit code and a non-empty output are
# checked too.
gen() {
  local name=$1 expected=$2
  shift 2
  (cd "$root" && "$cepin" "$@") >"$work/$name.md" 2>"$work/$name.stderr"
  local got=$?
  if [ "$got" != "$expected" ]; then
    echo "cepin $*: exit $got, expected $expected"
    cat "$work/$name.stderr"
    status=1
  fi
  if [ ! -s "$work/$name.md" ]; then
    echo "cepin $*: no output"
    status=1
  fi
  files+=(":$work/$name.md")
}

# Every example folder as a batch, and its first assessment alone, both
# languages. A folder holding a rubric of its own (not a built-in) is passed
# with --rubrics, and its rubric is shown too (examples/tests/ holds the
# examples' rubric tests, no assessment).
all_rubrics=()
for dir in "$root"/examples/*/; do
  id=$(basename "$dir")
  [ "$id" = tests ] && continue
  rubrics=()
  own=$(cd "$root" && grep -l '^schema: cepin/rubric/1' "examples/$id"/*.yaml 2>/dev/null)
  if [ -n "$own" ]; then
    rubrics=(--rubrics "examples/$id")
    all_rubrics+=(--rubrics "examples/$id")
  fi
  first=$(cd "$root" && { grep -L '^schema: cepin/rubric/1' "examples/$id"/*.yaml 2>/dev/null; ls "examples/$id"/*.csv 2>/dev/null; } | head -n 1)
  for lang in zh en; do
    gen "batch-$id-$lang" 0 score --format md --lang "$lang" "${rubrics[@]}" "examples/$id"
    gen "unit-$id-$lang" 0 score --format md --lang "$lang" "${rubrics[@]}" "$first"
    for rubric in $own; do
      gen "show-$(basename "$rubric" .yaml)-$lang" 0 show --format md --lang "$lang" "$rubric"
    done
  done
done
gen "batch-all" 0 score --format md "${all_rubrics[@]}" examples
gen "units-csv-explain" 0 score --format md --explain examples/neac-prefecture-2020/units.csv

# A batch with an error result among the scored ones (exit 1).
mkdir -p "$work/mixed"
cp "$root/examples/neac-prefecture-2020/ordos-eligible.yaml" "$work/mixed/a-ordos.yaml"
cat >"$work/mixed/b-broken.yaml" <<'EOF'
schema: cepin/assessment/1
rubric: neac-prefecture-2020
unit: {id: "X-1", name: "坏例 | <b>*注入*</b>", kind: prefecture}
responses:
  1.1.1: maybe
  9.9.9: 1
EOF
# A scored unit whose name and id try to break the Markdown (fence, table, HTML).
sed 's/^unit:.*/unit: {id: "=1|2", name: "```` | <i>x<\/i> # *a* [l](u) _b_", kind: prefecture}/' \
  "$root/examples/neac-prefecture-2020/ordos-eligible.yaml" >"$work/mixed/d-hostile.yaml"
printf 'schema: cepin/assessment/1\nrubric: no-such-rubric\nunit: {id: "X-2", name: 无此体系}\n' >"$work/mixed/c-unknown.yaml"
for lang in zh en; do
  gen "mixed-$lang" 1 score --format md --lang "$lang" "$work/mixed" examples/unit-school
  gen "mixed-one-error-$lang" 1 score --format md --lang "$lang" "$work/mixed/b-broken.yaml"
done

# compare and trend: the examples in both languages, and a side with hostile
# names (exit 1: the example folder holds its units twice, as UTF-8 and GB18030).
base=examples/baoshan-organ-2021/self-vs-evaluation
mkdir -p "$work/hostile"
sed 's/^unit:.*/unit: {id: "=1|2", name: "```` | <i>x<\/i> # *a* [l](u) _b_", kind: prefecture}/' \
  "$root/examples/neac-prefecture-2020/ordos-eligible.yaml" >"$work/hostile/d-hostile.yaml"
for lang in zh en; do
  gen "compare-self-$lang" 0 compare --format md --lang "$lang" "$base/self" "$base/evaluation"
  gen "compare-months-$lang" 0 compare --format md --lang "$lang" examples/hohhot-monthly-2025/2025-05.csv \
    examples/hohhot-monthly-2025/2025-06.csv
  gen "compare-hostile-$lang" 1 compare --format md --lang "$lang" examples/neac-prefecture-2020 "$work/hostile"
  gen "trend-$lang" 0 trend --format md --lang "$lang" examples/hohhot-monthly-2025
done

# `show` of every built-in rubric (ids from `cepin rubrics`), both languages.
ids=$("$cepin" rubrics | tail -n +2 | cut -d' ' -f1)
count=0
for id in $ids; do
  count=$((count + 1))
  gen "show-$id-zh" 0 show --format md "$id"
  gen "show-$id-en" 0 show --format md --lang en "$id"
done
if [ "$count" -lt 8 ]; then
  echo "cepin rubrics listed $count rubrics, expected at least 8"
  status=1
fi

# The project's own documents.
for doc in README.md CONTRIBUTING.md tests/bench/HISTORY.md; do
  files+=(":$root/$doc")
done

# The linter itself must work: a file with known findings fails.
printf '# A\n# B\n' >"$work/self-check.md"
if (cd "$root" && "$lint" --config "$root/.markdownlint-cli2.yaml" ":$work/self-check.md") >/dev/null 2>&1; then
  echo "markdownlint-cli2 passed a file with known findings: is it working?"
  status=1
fi

(cd "$root" && "$lint" --config "$root/.markdownlint-cli2.yaml" "${files[@]}") >"$work/lint.out" 2>&1
lint_status=$?
if [ "$lint_status" != 0 ] || ! grep -q "^Linting: ${#files[@]} file(s)" "$work/lint.out"; then
  cat "$work/lint.out"
  echo "markdownlint: exit $lint_status over ${#files[@]} generated files"
  status=1
fi
exit $status
