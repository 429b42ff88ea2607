#!/usr/bin/env bash
# Renders cepin's HTML reports in a real browser, Debian's headless Chromium,
# and reads what it made:
#   - the DOM Chromium builds (--dump-dom) holds the units' names, scores and
#     verdicts, and a unit named `<script>…` as text, never as an element;
#     check_page.py parses that DOM with html5lib (strict) and finds no
#     external URL in any src, href or url();
#   - a screenshot of a one-unit and of a batch report (kept in OUTDIR for
#     people to look at);
#   - the batch printed to PDF: poppler's pdfinfo says A4, and pdftotext finds
#     each unit's heading at the top of a page of its own, in order;
#   - the compare and trend reports likewise: their DOM holds the units'
#     names and scores (a `<script>` name as text), and they print on A4;
#   - the pages loaded with every host name mapped to nothing and a network
#     log: no request made by the page (a control page with an external image
#     must show one, so the check can fail).
# Fails (never skips) when chromium, poppler-utils or python3-html5lib is
# missing: run `.ci/setup --tests`.
# Usage: browser.sh CEPIN OUTDIR
set -u
cepin=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=/usr/bin/python3
for tool in chromium pdfinfo pdftotext "$python"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool not found: run .ci/setup --tests (chromium, poppler-utils, python3-html5lib)"
    exit 1
  fi
done
if ! "$python" -c 'import html5lib' 2>/dev/null; then
  echo "python3-html5lib not found: run .ci/setup --tests"
  exit 1
fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC
status=0
fail() {
  echo "FAIL: $*"
  status=1
}

# chrome ARGS...: headless Chromium as root, a fresh profile each run, every
# host name resolving to nothing, nothing of the browser's own going out.
chrome() {
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --host-resolver-rules="MAP * ~NOTFOUND" "$@" 2>>"$work/chromium.log"
}

# report NAME ARGS...: `cepin score ARGS...` in the repository root into $work/NAME.html.
report() {
  local name=$1
  shift
  (cd "$root" && "$cepin" score --format html "$@") >"$work/$name.html" 2>/dev/null
  [ -s "$work/$name.html" ] || fail "cepin score --format html $*: no output"
}

prefecture=examples/neac-prefecture-2020
report unit "$prefecture/qinghe-below-threshold.yaml"
report batch "$prefecture/ordos-eligible.yaml" "$prefecture/qinghe-below-threshold.yaml" \
  "$prefecture/yunling-vetoed.yaml" examples/unit-school
report batch-en --lang en "$prefecture/ordos-eligible.yaml" "$prefecture/yunling-vetoed.yaml"
report hostile -r tests/cli/cases/inert-names-md/mini.yaml tests/cli/cases/inert-names-md/in
# change_report NAME COMMAND ARGS...: `cepin COMMAND --format html ARGS...` into $work/NAME.html.
change_report() {
  local name=$1 command=$2
  shift 2
  (cd "$root" && "$cepin" "$command" --format html "$@") >"$work/$name.html" 2>/dev/null
  [ -s "$work/$name.html" ] || fail "cepin $command --format html $*: no output"
}
pair=examples/baoshan-organ-2021/self-vs-evaluation
change_report compare compare "$pair/self" "$pair/evaluation"
change_report compare-en compare --lang en examples/hohhot-monthly-2025/2025-05.csv examples/hohhot-monthly-2025/2025-06.csv
change_report compare-hostile compare tests/cli/cases/c-html-inert-names/base.jsonl tests/cli/cases/c-html-inert-names/new.jsonl
change_report trend trend examples/hohhot-monthly-2025
change_report trend-en trend --lang en examples/hohhot-monthly-2025
change_report trend-hostile trend tests/cli/cases/c-html-inert-names/base.jsonl tests/cli/cases/c-html-inert-names/new.jsonl

# 1. The DOM as the browser built it.
for name in unit batch batch-en hostile compare compare-en compare-hostile trend trend-en trend-hostile; do
  chrome --dump-dom "file://$work/$name.html" >"$work/$name.dom.html"
  [ -s "$work/$name.dom.html" ] || fail "$name: Chromium dumped no DOM"
done
"$python" "$here/check_page.py" "$work/unit.dom.html" --sections 0 \
  --text "测评报告：青河地区(示例) (990200)" --text "85.20" --text "不符合申报条件" \
  --text "总分 85.20 低于申报线 90.00" || fail "unit: the DOM"
"$python" "$here/check_page.py" "$work/batch.dom.html" --sections 5 \
  --text "鄂尔多斯市 (150600)" --text "91.88" --text "青河地区(示例) (990200)" --text "85.20" \
  --text "云岭州(示例) (990100)" --text "50.81" --text "符合申报条件" --text "不符合申报条件" \
  --text "示例市第三中学(示例) (140105-SZ03)" --text "92.52" --text "示例市实验小学(示例) (140105-XX07)" \
  --text "74.11" || fail "batch: the DOM"
"$python" "$here/check_page.py" "$work/batch-en.dom.html" --sections 2 \
  --text "eligible to apply" --text "not eligible to apply" --text "91.88" --text "50.81" || fail "batch-en: the DOM"
"$python" "$here/check_page.py" "$work/hostile.dom.html" --sections 6 \
  --text 'a|b<script>alert(1)</script> (N4)' --text '=HYPERLINK("http://x") (N1)' || fail "hostile: the DOM"
if grep -qi '<script' "$work/hostile.dom.html"; then
  fail "hostile: the DOM holds a <script> element"
fi
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/hostile.dom.html" || fail "hostile: the name is not text"
"$python" "$here/check_page.py" "$work/compare.dom.html" --changes 4 --text "对比报告：自评 → 第三方评估" \
  --text "示例县教育体育局 (530521-JYJ)" --text "93.50" --text "82.50" --text "-11.00" --text "转为不达标" \
  --text "示例县文化和旅游局 (530523-WLJ)" --text "88.50" || fail "compare: the DOM"
"$python" "$here/check_page.py" "$work/compare-en.dom.html" --changes 10 --text "Comparison: previous → current" \
  --text "市人力资源和社会保障局(示例) (HS-RS)" --text "72.4" --text "82.1" --text "gained" || fail "compare-en: the DOM"
"$python" "$here/check_page.py" "$work/trend.dom.html" --text "趋势报告" --text "新城区(示例) (150102)" \
  --text "98.0" --text "玉泉区(示例) (150104)" --text "49.8*" --text "各单位走势" || fail "trend: the DOM"
"$python" "$here/check_page.py" "$work/trend-en.dom.html" --text "Each unit over the periods" \
  --text "Rollup (mean)" --text "92.1" || fail "trend-en: the DOM"
for name in compare-hostile trend-hostile; do
  "$python" "$here/check_page.py" "$work/$name.dom.html" --text 'a|b<script>alert(1)</script> (N4)' ||
    fail "$name: the DOM"
  if grep -qi '<script' "$work/$name.dom.html"; then
    fail "$name: the DOM holds a <script> element"
  fi
  grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/$name.dom.html" || fail "$name: the name is not text"
done

# 2. Screenshots, for people to look at; here: PNGs of the window's size.
chrome --hide-scrollbars --window-size=1100,1600 --screenshot="$out/unit.png" "file://$work/unit.html" >/dev/null
chrome --hide-scrollbars --window-size=1100,2400 --screenshot="$out/batch.png" "file://$work/batch.html" >/dev/null
for shot in unit:1100x1600 batch:1100x2400; do
  name=${shot%%:*}
  size=$("$python" -c 'import struct,sys
d=open(sys.argv[1],"rb").read(24)
print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8] == b"\x89PNG\r\n\x1a\n" else "not a PNG")' "$out/$name.png" 2>&1)
  [ "$size" = "${shot#*:}" ] || fail "$name.png: $size, expected ${shot#*:}"
done

# 3. Printed: A4, each unit's section starting a page.
chrome --no-pdf-header-footer --print-to-pdf="$out/batch.pdf" "file://$work/batch.html" >/dev/null
chrome --no-pdf-header-footer --print-to-pdf="$out/unit.pdf" "file://$work/unit.html" >/dev/null
chrome --no-pdf-header-footer --print-to-pdf="$out/compare.pdf" "file://$work/compare.html" >/dev/null
chrome --no-pdf-header-footer --print-to-pdf="$out/trend.pdf" "file://$work/trend.html" >/dev/null
for pdf in batch unit compare trend; do
  pdfinfo "$out/$pdf.pdf" >"$work/$pdf.info" 2>&1 || fail "$pdf.pdf: pdfinfo failed"
  grep -Eq '^Page size: +59[45](\.[0-9]+)? x 84[12](\.[0-9]+)? pts \(A4\)$' "$work/$pdf.info" ||
    fail "$pdf.pdf is not A4: $(grep '^Page size' "$work/$pdf.info")"
done
pages=$(sed -n 's/^Pages: *//p' "$work/batch.info")
: >"$work/tops"
for ((page = 1; page <= ${pages:-0}; page++)); do
  top=$(pdftotext -f "$page" -l "$page" -layout "$out/batch.pdf" - | sed 's/^ *//' | grep -m1 -v '^$')
  printf '%s\t%s\n' "$page" "$top" >>"$work/tops"
done
last=0
for heading in "1. 鄂尔多斯市 (150600)" "2. 青河地区(示例) (990200)" "3. 云岭州(示例) (990100)" \
  "4. 示例市实验小学(示例) (140105-XX07)" "5. 示例市第三中学(示例) (140105-SZ03)"; do
  page=$(awk -F'\t' -v h="$heading" '$2 == h { print $1; exit }' "$work/tops")
  if [ -z "$page" ]; then
    fail "batch.pdf: no page starts with \"$heading\" (page tops: $(cut -f2 "$work/tops" | tr '\n' '|'))"
  elif [ "$page" -le "$last" ]; then
    fail "batch.pdf: \"$heading\" starts page $page, not after page $last"
  else
    last=$page
  fi
done
head -n 1 "$work/tops" | grep -q $'^1\t测评报告：' || fail "batch.pdf: page 1 does not start with the title"
pdftotext -f 1 -l 1 "$out/compare.pdf" - | grep -q '对比报告：自评 → 第三方评估' || fail "compare.pdf: page 1 has no title"
pdftotext "$out/trend.pdf" - | grep -q '市人力资源和社会保障局' || fail "trend.pdf: the last unit is not printed"

# 4. No request made by the page: the network log of Chromium loading it.
# page_requests LOG: the URLs requested on behalf of a file:// page.
page_requests() {
  "$python" - "$1" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
for event in log["events"]:
    params = event.get("params", {})
    if names.get(event["type"]) == "URL_REQUEST_START_JOB" and "file://" in params.get("network_isolation_key", ""):
        print(params.get("url"))
PY
}
printf '<!DOCTYPE html>\n<html><body><img src="http://example.invalid/x.png" alt=""></body></html>\n' \
  >"$work/control.html"
chrome --log-net-log="$work/control.netlog.json" --dump-dom "file://$work/control.html" >/dev/null
page_requests "$work/control.netlog.json" | grep -q '^http://example.invalid/x.png$' ||
  fail "the network log did not show the control page's request: is the check working?"
for name in unit batch hostile compare trend compare-hostile; do
  chrome --log-net-log="$work/$name.netlog.json" --dump-dom "file://$work/$name.html" >/dev/null
  requests=$(page_requests "$work/$name.netlog.json")
  [ -z "$requests" ] || fail "$name.html made requests: $requests"
done

if [ "$status" != 0 ]; then
  tail -n 20 "$work/chromium.log"
fi
exit $status
