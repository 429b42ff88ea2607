#!/usr/bin/env bash
# Faults and load (run one case per ctest entry):
#   fault.sh CEPIN unreadable | file-size-limit | disk-full | sigpipe | many-files | million-rows
# Each case checks the message, the exit code, that an earlier report file is
# left intact and that nothing partial (no temporary file) stays behind.
set -uo pipefail
cepin=$1
case_name=$2
work=$(mktemp -d)
trap 'chmod -R u+rwX "$work"; rm -rf "$work"' EXIT
cd "$work" || exit 2
fail=0
check() { # check DESCRIPTION EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    printf 'FAIL: %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"
    fail=1
  fi
}
no_leftovers() { check "temporary files left behind" "" "$(find . -name '.cepin-output-*')"; }

cat >rubric.yaml <<'YAML'
schema: cepin/rubric/1
id: minimal
title: 最小指标体系
total: 10
threshold: 6
categories:
  - id: "1"
    title: 组织领导
    clauses:
      - {id: "1.1", text: 建立工作机制, points: 10, rule: check}
YAML
assessment() { printf 'schema: cepin/assessment/1\nrubric: minimal\nunit: {id: "%s"}\nresponses: {"1.1": true}\n' "$1"; }
batch() { mkdir -p batch; for i in $(seq 1 "$1"); do assessment "u$i" >"batch/a$(printf %03d "$i").yaml"; done; }
# Runs cepin as a user without the power to read every file (root reads
# everything unless it gives up CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH).
as_plain_user() {
  if [ "$(id -u)" = 0 ]; then setpriv --bounding-set=-dac_override,-dac_read_search -- "$@"; else "$@"; fi
}

case $case_name in
  unreadable)
    # The second of three files cannot be read: it is an error result, the
    # others are scored, the run exits 1.
    batch 3
    chmod 000 batch/a002.yaml
    as_plain_user "$cepin" score -r rubric.yaml batch --format csv >out.csv 2>err.txt
    check "exit code" 1 $?
    check "stderr" "batch/a002.yaml: error: cannot read this input: Permission denied [input-unreadable]
  hint: make the file readable (ls -l shows its owner and mode; chmod a+r FILE), or move it out of the batch" "$(cat err.txt)"
    check "report" "source,unit_id,unit_name,rubric,score,max,verdict,grade,reasons,warnings,unit_kind,period,base,bonus,penalty,threshold,needed,1
batch/a001.yaml,u1,,minimal,10.00,10.00,eligible,,,0,,,10.00,0.00,0.00,6.00,0.00,10.00
batch/a002.yaml,,,,,,error,,cannot read this input: Permission denied,,,,,,,,,
batch/a003.yaml,u3,,minimal,10.00,10.00,eligible,,,0,,,10.00,0.00,0.00,6.00,0.00,10.00" "$(cat out.csv)"
    ;;
  file-size-limit)
    # -o past a file-size limit (ulimit -f, 1 KiB): the earlier report stays as
    # it was, the run exits 2 with the reason.
    batch 60
    echo "earlier report" >out.csv
    # A coverage build's profile files go elsewhere: they cannot be written under the limit either.
    err=$( (ulimit -f 1; GCOV_PREFIX="$work/gcov" exec "$cepin" score -r rubric.yaml batch --format csv -o out.csv) 2>&1)
    check "exit code" 2 $?
    err=$(printf '%s\n' "$err" | grep -v '^libgcov profiling error:')
    check "stderr" "cepin score: cannot write out.csv: File too large; out.csv is as it was before this run (free some space or raise the file-size limit, then run again)" "$err"
    check "earlier report" "earlier report" "$(cat out.csv)"
    no_leftovers
    ;;
  disk-full)
    # Standard output on a full disk (/dev/full): exit 2 and the reason.
    batch 3
    "$cepin" score -r rubric.yaml batch --format jsonl >/dev/full 2>err.txt
    check "exit code" 2 $?
    check "stderr" "cepin score: cannot write the report: No space left on device" "$(cat err.txt)"
    ;;
  sigpipe)
    # The reader goes away (| head -1): cepin stops quietly, no message.
    batch 300
    first=$("$cepin" score -r rubric.yaml batch --format jsonl 2>err.txt | head -1)
    check "first line's unit" '"u1"' "$(printf '%s' "$first" | grep -o '"unit":{"id":"u1"' | grep -o '"u1"')"
    check "stderr" "" "$(cat err.txt)"
    ;;
  many-files)
    # 100,000 small files in 100 folders: every one scored, in order.
    python3 - <<'PY'
import os
for i in range(1, 100001):
    d = "many/%03d" % (i // 1000)
    if i % 1000 == 0 or i == 1:
        os.makedirs(d, exist_ok=True)
    with open("%s/a%06d.yaml" % (d, i), "w") as f:
        f.write('schema: cepin/assessment/1\nrubric: minimal\nunit: {id: "u%d"}\nresponses: {"1.1": true}\n' % i)
PY
    "$cepin" score -r rubric.yaml many --format csv -o out.csv --jobs 2 2>err.txt
    check "exit code" 0 $?
    check "stderr" "" "$(cat err.txt)"
    check "rows" 100001 "$(wc -l <out.csv)"
    check "eligible rows" 100000 "$(grep -c ',10.00,10.00,eligible,' out.csv)"
    check "last row" "many/100/a100000.yaml,u100000,,minimal,10.00,10.00,eligible,,,0,,,10.00,0.00,0.00,6.00,0.00,10.00" "$(tail -1 out.csv)"
    no_leftovers
    ;;
  million-rows)
    # A CSV of 1,000,000 units (8.9 MB): every row scored. A sheet past the
    # 16 MiB input limit is refused with the limit and how to get past it.
    { echo "unit_id,1.1"; seq 1 1000000 | sed 's/$/,1/'; } >units.csv
    "$cepin" score -r rubric.yaml units.csv --format csv -o out.csv 2>err.txt
    check "exit code" 0 $?
    check "stderr" "" "$(cat err.txt)"
    check "rows" 1000001 "$(wc -l <out.csv)"
    check "eligible rows" 1000000 "$(grep -c ',10.00,10.00,eligible,' out.csv)"
    check "last row" "units.csv,1000000,,minimal,10.00,10.00,eligible,,,0,,,10.00,0.00,0.00,6.00,0.00,10.00" "$(tail -1 out.csv)"
    { echo "unit_id,unit_name,1.1"; seq 1 1000000 | sed 's/.*/&,单位&,1/'; } >big.csv
    "$cepin" score -r rubric.yaml big.csv --format csv -o out.csv 2>err.txt
    check "exit code past the limit" 1 $?
    check "stderr past the limit" "big.csv: error: cannot read this input: larger than 16 MiB [file-too-large]
  hint: split the file: cepin reads at most 16 MiB per input" "$(cat err.txt)"
    no_leftovers
    ;;
  *)
    echo "unknown case $case_name" >&2
    exit 2
    ;;
esac
[ $fail = 0 ] && echo "$case_name: ok"
exit $fail
