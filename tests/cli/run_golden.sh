#!/usr/bin/env bash
# Runs one CLI golden case: the arguments in CASE/cmd are given to cepin with
# CASE as the working directory; stdout, stderr and the exit code must match
# CASE/stdout, CASE/stderr and CASE/exit exactly (a missing file means empty,
# or 0 for exit). An optional CASE/check script then inspects what cepin left
# behind (e.g. a file written by -o); its non-zero exit fails the case, even
# under UPDATE_GOLDEN. An optional CASE/cwd names the folder to run cepin in,
# relative to CASE (e.g. ../../../.. for the repository root). Set
# UPDATE_GOLDEN=1 to rewrite the expected files.
set -u
# Every case compares against /dev/null somewhere: a tool that renamed a file
# over it (gcovr 5.2 does with `-o /dev/null`) would fail them all obscurely.
if [ ! -c /dev/null ]; then
  echo "/dev/null is not the null device; restore it: rm /dev/null && mknod -m 666 /dev/null c 1 3"
  exit 1
fi
cepin=$1
case_dir=$2
# setup and check scripts can run cepin too
export CEPIN="$cepin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$case_dir" || exit 2
# An optional CASE/setup script prepares the folder (e.g. symlinks) first.
if [ -f setup ]; then
  bash setup || { echo "setup failed"; exit 1; }
fi
export NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC
args=$(cat cmd)
stdin_file=/dev/null
[ -f stdin ] && stdin_file=$PWD/stdin
run_dir=.
[ -f cwd ] && run_dir=$(cat cwd)
(cd "$run_dir" && eval "\"\$CEPIN\" $args") <"$stdin_file" >"$work/stdout" 2>"$work/stderr"
echo $? >"$work/exit"
check_status=0
if [ -f check ]; then
  bash check || { echo "check failed"; check_status=1; }
fi
[ -f teardown ] && bash teardown
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  for f in stdout stderr; do
    if [ -s "$work/$f" ]; then cp "$work/$f" "$f"; else rm -f "$f"; fi
  done
  if [ "$(cat "$work/exit")" = 0 ]; then rm -f exit; else cp "$work/exit" exit; fi
  exit $check_status
fi
status=$check_status
for f in stdout stderr; do
  expected=/dev/null
  [ -f "$f" ] && expected=$f
  if ! diff -u --label "expected $f" --label "actual $f" "$expected" "$work/$f"; then
    status=1
  fi
done
expected_exit=0
[ -f exit ] && expected_exit=$(cat exit)
if [ "$expected_exit" != "$(cat "$work/exit")" ]; then
  echo "exit code: expected $expected_exit, got $(cat "$work/exit")"
  status=1
fi
exit $status
