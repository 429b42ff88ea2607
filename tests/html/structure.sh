#!/usr/bin/env bash
# Parses the HTML cepin writes with a real HTML parser (html5lib, strict) and
# checks each page's tree (check_page.py: the policy, no script, no external
# URL, unique ids, every link inside the page): `score --format html` of every
# example folder and of one unit from each, in both languages; all examples
# at once; a batch holding error results; hostile unit names; each
# --html-units choice. Fails (never skips) when python3-html5lib is missing.
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

# page EXPECTED_EXIT CHECK_ARGS -- SCORE_ARGS...: `cepin score --format html
# SCORE_ARGS` in the repository root, then check_page.py with CHECK_ARGS.
page() {
  local expected=$1 checks=()
  shift
  while [ "$1" != "--" ]; do
    checks+=("$1")
    shift
  done
  shift
  n=$((n + 1))
  (cd "$root" && "$cepin" score --format html "$@") >"$work/$n.html" 2>"$work/$n.stderr"
  local got=$?
  if [ "$got" != "$expected" ]; then
    echo "cepin score --format html $*: exit $got, expected $expected"
    cat "$work/$n.stderr"
    status=1
  fi
  "$python" "$here/check_page.py" "$work/$n.html" "${checks[@]}" || {
    echo "  (from cepin score --format html $*)"
    status=1
  }
}

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
exit $status
