#!/usr/bin/env bash
# The man page formats without a single warning: groff with every warning on
# (-ww), and man-db's `man --warnings` as a user's `man` runs it. Fails
# printing the warnings.
#   tests/install/man_lint.sh MAN_PAGE
set -uo pipefail
page=$1
status=0
for tool in groff man; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (.ci/setup --tests installs groff-base and man-db)"; exit 1; }
done
if ! warnings=$(groff -man -ww -z "$page" 2>&1) || [ -n "$warnings" ]; then
  printf 'FAIL: groff -man -ww -z %s:\n%s\n' "$page" "$warnings"
  status=1
fi
if ! warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || [ -n "$warnings" ]; then
  printf 'FAIL: man --warnings -l %s:\n%s\n' "$page" "$warnings"
  status=1
fi
[ $status = 0 ] && echo "$page: no warnings"
exit $status
