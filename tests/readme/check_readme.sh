#!/usr/bin/env bash
# Keeps README.md true: every ```console (or ````console) block whose first line is
# `$ cepin …` (or `$ …` using cepin) is run from the repository root with the
# built cepin first on PATH, and its output (stdout and stderr together) must
# equal the block's text exactly. UPDATE_README=1 rewrites the blocks instead.
#   tests/readme/check_readme.sh CEPIN_BINARY
set -uo pipefail
cepin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
readme=$root/README.md
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$cepin" "$bin/cepin"
export PATH="$bin:$PATH" NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC

out=$bin/README.new
status=0
blocks=0
in_block=0
fence=""
command=""
expected=""
flush() {
  local actual
  actual=$(cd "$root" && bash -c "$command" 2>&1 </dev/null)
  blocks=$((blocks + 1))
  if [ "${UPDATE_README:-0}" = 1 ]; then
    printf '%s\n' "$actual" >>"$out"
  else
    printf '%s\n' "$expected" | sed '$d' >"$bin/expected"
    printf '%s\n' "$actual" >"$bin/actual"
    if ! diff -u --label "README: \$ $command" --label actual "$bin/expected" "$bin/actual"; then
      status=1
    fi
    printf '%s' "$expected" >>"$out"
  fi
}
: >"$out"
while IFS= read -r line || [ -n "$line" ]; do
  if [ $in_block = 0 ]; then
    printf '%s\n' "$line" >>"$out"
    if [ "$line" = '```console' ] || [ "$line" = '````console' ]; then
      fence=${line%console}
      in_block=1
      command=""
      expected=""
    fi
    continue
  fi
  if [ -z "$command" ] && [ "${line:0:2}" = '$ ' ]; then
    command=${line:2}
    printf '%s\n' "$line" >>"$out"
    continue
  fi
  if [ "$line" = "$fence" ]; then
    if [ -n "$command" ]; then
      flush
    else
      printf '%s' "$expected" >>"$out"
    fi
    printf '%s\n' "$line" >>"$out"
    in_block=0
    continue
  fi
  expected+="$line"$'\n'
done <"$readme"
if [ "${UPDATE_README:-0}" = 1 ]; then
  cp "$out" "$readme"
  echo "README.md: $blocks console blocks rewritten"
  exit 0
fi
echo "README.md: $blocks console blocks checked"
exit $status
