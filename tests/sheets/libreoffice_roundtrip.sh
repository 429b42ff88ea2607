#!/usr/bin/env bash
# The real spreadsheet (SPEC §14, templates a unit can fill): the wide and
# long CSV templates of bureau.yaml, filled by fill.py as a unit would (the
# guidance left in place), go through LibreOffice Calc headless: opened as
# CSV, saved as .xlsx, the .xlsx saved back as CSV in UTF-8 and in GB18030,
# each also with Windows line ends (CRLF). Every one of these sheets must
# score exactly as the YAML equivalents (unit-a.yaml, unit-b.yaml), all
# columns but the source; and LibreOffice must really have mangled the sheet
# as spreadsheets do (85% became 85.00%), so the test knows it went
# through Calc.
set -euo pipefail
cepin=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice not found: install libreoffice-calc (.ci/setup --tests does)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$here/bureau.yaml" "$here/unit-a.yaml" "$here/unit-b.yaml" .

# LibreOffice with a profile of its own, so that it neither meets another
# instance nor reads the user's settings.
calc() {
  soffice "-env:UserInstallation=file://$work/profile" --headless "$@" >>soffice.log 2>&1
}

"$cepin" template --format csv --layout wide bureau.yaml -o template-wide.csv
"$cepin" template --format csv --layout long bureau.yaml -o template-long.csv
python3 "$here/fill.py" wide template-wide.csv wide.csv
python3 "$here/fill.py" long template-long.csv long.csv

# CSV import: comma, double quote, UTF-8 (76), from line 1; .xlsx out.
calc --convert-to xlsx --infilter='CSV:44,34,76,1' --outdir xlsx wide.csv long.csv
# CSV export: comma, double quote, UTF-8 (76) or GB18030 (85).
calc --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir utf-8 xlsx/wide.xlsx xlsx/long.xlsx
calc --convert-to 'csv:Text - txt - csv (StarCalc):44,34,85' --outdir gb18030 xlsx/wide.xlsx xlsx/long.xlsx
for dir in utf-8 gb18030; do
  for layout in wide long; do
    [ -s "$dir/$layout.csv" ] || { echo "LibreOffice wrote no $dir/$layout.csv:"; cat soffice.log; exit 1; }
    sed 's/$/\r/' "$dir/$layout.csv" >"$dir/$layout-crlf.csv"
  done
done

status=0
# Went through Calc: the byte order mark is gone and 85% came back in Calc's
# percent format (85.00%); the GB18030 sheet is GB18030 text.
if [ "$(head -c 3 utf-8/wide.csv)" = $'\xef\xbb\xbf' ] || ! grep -q ',85\.00%,' utf-8/wide.csv; then
  echo "utf-8/wide.csv was not rewritten by Calc:"; head -3 utf-8/wide.csv; status=1
fi
iconv -f GB18030 -t UTF-8 gb18030/long.csv | grep -q '^910100,甲县,' ||
  { echo "gb18030/long.csv is not GB18030 text"; status=1; }

"$cepin" score -r bureau.yaml unit-a.yaml unit-b.yaml --format csv >expected.csv
cut -d, -f2- expected.csv >expected
for sheet in utf-8/wide.csv utf-8/wide-crlf.csv utf-8/long.csv utf-8/long-crlf.csv \
             gb18030/wide.csv gb18030/wide-crlf.csv gb18030/long.csv gb18030/long-crlf.csv; do
  if ! "$cepin" score -q -r bureau.yaml "$sheet" --format csv >got.csv 2>got.err; then
    echo "$sheet: cepin score failed:"; cat got.err; status=1; continue
  fi
  if ! diff -u expected <(cut -d, -f2- got.csv); then
    echo "$sheet scores differently from the YAML"; status=1
  fi
  if [ -s got.err ]; then
    echo "$sheet: unexpected diagnostics:"; cat got.err; status=1
  fi
done
exit $status
