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

for dir in "$root"/examples/*/; do
  id=$(basename "$dir")
  for lang in zh en; do
    page 0 -- --lang "$lang" "examples/$id"
    first=$(cd "$root" && ls "examples/$id"/*.yaml | head -n 1)
    page 0 --sections 0 -- --lang "$lang" "$first"
  done
done
page 0 --sections 79 -- examples
page 1 --sections 6 -- tests/cli/cases/batch-mixed/inputs
page 0 --sections 6 --text 'a|b<script>alert(1)</script> (N4)' --text '# 标题 (N5)' -- \
  -r tests/cli/cases/inert-names-md/mini.yaml tests/cli/cases/inert-names-md/in
page 0 --sections 48 -- --html-units ineligible examples
page 0 --sections 0 -- --html-units none examples
page 0 --sections 79 -- --html-units all examples
page 1 --sections 2 -- --html-units ineligible tests/cli/cases/batch-mixed/inputs/c-broken.yaml \
  examples/unit-school/
exit $status
