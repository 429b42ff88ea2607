#!/usr/bin/env bash
# Checks SARIF files for real: against the OASIS SARIF 2.1.0 JSON schema with
# Debian's python3-jsonschema, and with the SARIF Multitool's `validate`
# (both from the npm package pinned in package-lock.json). Fails on any
# schema error or any error-level Multitool result.
#   tests/ci/check_sarif.sh FILE...
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
package=$root/node_modules/@microsoft/sarif-multitool-linux
schema=$package/sarif-2.1.0.json
[ -f "$schema" ] || { echo "missing $schema: run npm ci"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
n=0
for file in "$@"; do
  n=$((n + 1))
  cp "$file" "$work/$n.sarif"
  /usr/bin/python3 - "$schema" "$work/$n.sarif" <<'PY' || status=1
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
document = json.load(open(sys.argv[2]))
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.path))
for error in errors:
    print("schema: %s at %s" % (error.message, "/".join(map(str, error.path))))
if not document["runs"][0]["results"]:
    print("no results: nothing was checked")
    sys.exit(1)
sys.exit(1 if errors else 0)
PY
  chmod u+x "$package/Sarif.Multitool" 2>/dev/null
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
  if ! "$package/Sarif.Multitool" validate "$work/$n.sarif" -o "$work/$n.log" --quiet >/dev/null 2>&1; then
    echo "SARIF Multitool could not validate $file"
    status=1
    continue
  fi
  /usr/bin/python3 - "$work/$n.log" <<'PY' || status=1
import json, sys
log = json.load(open(sys.argv[1]))
bad = [r for run in log["runs"] for r in run.get("results", []) if r.get("level", "warning") == "error"]
for r in bad:
    print("multitool: %s %s" % (r["ruleId"], r["message"].get("text", r["message"])))
sys.exit(1 if bad else 0)
PY
done
exit $status
