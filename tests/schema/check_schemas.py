#!/usr/bin/python3
"""The JSON Schemas of schemas/ checked with a real validator (Debian's
python3-jsonschema, Draft 2020-12):

- every schema is a valid draft 2020-12 schema, and `cepin schema NAME`
  prints it byte for byte (`cepin schema` lists every one);
- every shipped rubric, example and test file validates (YAML read as a
  YAML 1.2 core-schema loader gives it: yaml12.py);
- every JSON output of the suite validates: the golden stdout of each CLI
  case whose command writes json or jsonl to stdout, and fresh runs of
  score, validate and test over the examples, the rubric test data and the
  built-in tests (compare and trend too, once cepin has them);
- a few invalid documents are rejected, each for the reason given.

Usage: check_schemas.py CEPIN SOURCE_DIR. Prints each failure and exits 1 if any.
"""

import glob
import json
import os
import shlex
import subprocess
import sys

import jsonschema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import yaml12  # noqa: E402

CEPIN, SOURCE = sys.argv[1], sys.argv[2]
os.chdir(SOURCE)

failures = []
checked = {"files": 0, "outputs": 0, "rejected": 0}


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def load_schema(name):
    with open(os.path.join("schemas", name + ".schema.json"), encoding="utf-8") as f:
        return json.load(f)


SCHEMAS = {}
for path in sorted(glob.glob("schemas/*.schema.json")):
    name = os.path.basename(path)[: -len(".schema.json")]
    schema = load_schema(name)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        fail(f"{path} is not a draft 2020-12 schema: {error.message}")
        continue
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        fail(f"{path}: $schema is not draft 2020-12")
    SCHEMAS[name] = schema

EXPECTED = ["assessment", "compare", "diagnostics", "result", "rubric", "rubrics", "test", "test-report", "trend"]
if sorted(SCHEMAS) != EXPECTED:
    fail(f"schemas/ holds {sorted(SCHEMAS)}, expected {EXPECTED}")


def run(args, stdin=None):
    env = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8", TZ="UTC")
    return subprocess.run([CEPIN] + args, input=stdin, capture_output=True, env=env, check=False)


def validator(name, pointer=None):
    schema = SCHEMAS[name]
    if pointer:
        schema = dict(schema["$defs"][pointer], **{"$defs": schema["$defs"]})
    return jsonschema.Draft202012Validator(schema)


def errors_of(name, document, pointer=None):
    return sorted(validator(name, pointer).iter_errors(document), key=lambda e: list(e.absolute_path))


def check(name, document, where, pointer=None):
    for error in errors_of(name, document, pointer)[:5]:
        fail(f"{where}: not valid against {name}: at {error.json_path}: {error.message[:300]}")


# `cepin schema` lists them, and prints each one exactly.
listing = run(["schema"])
if listing.returncode != 0:
    fail(f"`cepin schema` exited {listing.returncode}")
listed = [line.split()[0] for line in listing.stdout.decode().splitlines()[1:] if line.strip()]
if listed != EXPECTED:
    fail(f"`cepin schema` lists {listed}, expected {EXPECTED}")
for name in SCHEMAS:
    printed = run(["schema", name])
    with open(os.path.join("schemas", name + ".schema.json"), "rb") as f:
        if printed.returncode != 0 or printed.stdout != f.read():
            fail(f"`cepin schema {name}` does not print schemas/{name}.schema.json")

# Shipped YAML: by the schema each file declares.
SCHEMA_OF = {"cepin/rubric/1": "rubric", "cepin/assessment/1": "assessment", "cepin/test/1": "test"}
yaml_files = sorted(
    glob.glob("rubrics/**/*.yaml", recursive=True)
    + glob.glob("examples/**/*.yaml", recursive=True)
    + glob.glob("tests/data/rubrics/valid/*.yaml")
)
test_files = []
for path in yaml_files:
    with open(path, encoding="utf-8-sig") as f:
        document = yaml12.load(f.read())
    declared = document.get("schema") if isinstance(document, dict) else None
    if declared not in SCHEMA_OF:
        fail(f"{path}: declares no cepin schema ({declared!r})")
        continue
    checked["files"] += 1
    check(SCHEMA_OF[declared], document, path)
    if SCHEMA_OF[declared] == "test":
        test_files.append(path)
for required in ("rubrics/tests/", "examples/"):
    if not any(p.startswith(required) for p in test_files):
        fail(f"no test file found under {required}")
# The test files of the CLI goldens that are meant to be valid.
for path in sorted(glob.glob("tests/cli/cases/t-*/**/tests.yaml", recursive=True)):
    if "/t-invalid/" in path:
        continue
    with open(path, encoding="utf-8") as f:
        checked["files"] += 1
        check("test", yaml12.load(f.read()), path)


def json_documents(text, fmt):
    """The JSON values of a json or jsonl output (a json array is one document)."""
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return [json.loads(text)] if text.strip() else []


# What each command's JSON output is: the schema of a json document, and of one jsonl line.
OUTPUT = {
    "score": ("result", "result"),
    "validate": ("diagnostics", None),
    "test": ("test-report", None),
    "compare": ("compare", "unit"),
    "trend": ("trend", None),
    "rubrics": ("rubrics", None),
}


def check_output(command, fmt, text, where):
    name, line_pointer = OUTPUT[command]
    for document in json_documents(text, fmt):
        checked["outputs"] += 1
        if fmt == "jsonl":
            check(name, document, where, None if line_pointer == name else line_pointer)
        elif name == "result" and isinstance(document, list):
            for i, item in enumerate(document):
                check(name, item, f"{where}[{i}]")
        else:
            check(name, document, where)


def stdout_format(args):
    """The format a command line writes to stdout, or None when stdout gets no report."""
    fmt, outputs = "text", []
    i = 1
    while i < len(args):
        if args[i] == "--format" and i + 1 < len(args):
            fmt = args[i + 1]
            i += 1
        elif args[i].startswith("--format="):
            fmt = args[i].split("=", 1)[1]
        elif args[i] in ("-o", "--output") and i + 1 < len(args):
            outputs.append(args[i + 1])
            i += 1
        i += 1
    if outputs:
        to_stdout = [o for o in outputs if o == "-" or o.endswith(":-")]
        if not to_stdout:
            return None
        fmt = to_stdout[0].split(":")[0] if ":" in to_stdout[0] else fmt
    return fmt


# The goldens of the CLI cases.
for case in sorted(glob.glob("tests/cli/cases/*")):
    stdout = os.path.join(case, "stdout")
    if not os.path.exists(stdout):
        continue
    with open(os.path.join(case, "cmd"), encoding="utf-8") as f:
        args = shlex.split(f.read())
    if not args or args[0] not in OUTPUT:
        continue
    fmt = stdout_format(args)
    if fmt not in ("json", "jsonl"):
        continue
    with open(stdout, encoding="utf-8") as f:
        check_output(args[0], fmt, f.read(), stdout)

# Fresh runs over the shipped files.
FRESH = [
    ["score", "--format", "json", "examples"],
    ["score", "--format", "jsonl", "examples"],
    ["score", "--format", "json", "examples/neac-prefecture-2020/ordos-eligible.yaml"],
    ["score", "--format", "jsonl", "tests/cli/cases/batch-mixed/inputs"],
    ["score", "--format", "jsonl", "--strict-evidence", "examples/unit-community"],
    ["score", "--format", "json", "--rubrics", "examples/sihao-village", "examples/sihao-village"],
    ["score", "--format", "jsonl", "examples/nmg-prefecture-120"],
    ["validate", "--format", "json"],
    ["validate", "--format", "json", "examples"],
    ["validate", "--format", "json", "tests/data/rubrics/invalid"],
    ["test", "--format", "json"],
    ["test", "--format", "json", "rubrics", "examples"],
    ["test", "--format", "json", "tests/cli/cases/t-failing/tests.yaml", "tests/cli/cases/t-invalid/tests.yaml"],
]
if "compare" in run(["--help"]).stdout.decode():
    FRESH += [
        ["compare", "--format", "json", "examples/neac-prefecture-2020", "examples/neac-prefecture-2020"],
        ["compare", "--format", "jsonl", "examples/neac-prefecture-2020/ordos-eligible.yaml",
         "examples/neac-prefecture-2020/qinghe-below-threshold.yaml"],
        ["compare", "--format", "json", "examples/baoshan-organ-2021/self-vs-evaluation/self",
         "examples/baoshan-organ-2021/self-vs-evaluation/evaluation"],
    ]
if "trend" in run(["--help"]).stdout.decode():
    FRESH += [["trend", "--format", "json", "examples/neac-prefecture-2020"],
              ["trend", "--format", "json", "examples/hohhot-monthly-2025"]]
if b"json" in run(["rubrics", "--help"]).stdout:
    FRESH += [["rubrics", "--format", "json"]]
for args in FRESH:
    result = run(args)
    text = result.stdout.decode("utf-8")
    if not text.strip():
        fail(f"`cepin {' '.join(args)}` printed nothing (exit {result.returncode})")
        continue
    check_output(args[0], stdout_format(args), text, f"`cepin {' '.join(args)}`")


# Documents the schemas must reject: (schema, YAML or JSON text, why).
REJECTED = [
    ("rubric", "schema: cepin/rubric/1\nid: x\ntitle: t\ntotal: 10\nthreshold: 5\n", "no categories, no extends"),
    ("rubric", "schema: cepin/rubric/1\nid: x\ntitle: t\ntotal: 10\nthreshold: 5\ncategories:\n"
               "  - {id: '1', title: a, clauses: [{id: '1.1', text: b, points: 10}]}\n", "a clause without rule"),
    ("rubric", "schema: cepin/rubric/1\nid: x\ntitle: t\ntotal: 10\nthreshold: 5\ncategories:\n"
               "  - {id: '1', title: a, clauses: [{id: '1.1', text: b, points: 10, rule: check, pionts: 3}]}\n",
     "a misspelt clause key"),
    ("rubric", "schema: cepin/rubric/1\nid: x\ntitle: t\ntotal: 10\nthreshold: 5\ncategories:\n"
               "  - {id: '1', title: a, clauses: [{id: '1.1', text: b, points: 10, rule: {type: tiers}}]}\n",
     "a tiers rule without tiers"),
    ("rubric", "schema: cepin/rubric/1\nid: x\ntitle: t\ntotal: 1e2\nthreshold: 5\ncategories:\n"
               "  - {id: '1', title: a, clauses: [{id: '1.1', text: b, points: '1e2', rule: check}]}\n",
     "a decimal in exponent form (as text)"),
    ("rubric", "schema: cepin/rubric/1\nid: Bad_Id\ntitle: t\ntotal: 10\nthreshold: 5\ncategories: []\n",
     "an upper-case rubric id"),
    ("rubric", "schema: cepin/rubric/1\nid: x\nextends: y\nremove: [a]\ncategories: [{title: no id}]\n",
     "an extending rubric's category without id"),
    ("assessment", "schema: cepin/assessment/1\nrubric: x\nresponses: {}\n", "no unit"),
    ("assessment", "schema: cepin/assessment/1\nrubric: x\nunit: {id: a}\nresponse: {}\n", "a misspelt key"),
    ("assessment", "schema: cepin/assessment/1\nrubric: x\nunit: {id: a}\nassessed_on: 30/06/2025\n", "not a date"),
    ("assessment", "schema: cepin/assessment/1\nrubric: x\nunit: {id: a}\nresponses: {'1.1': {met: true, level: a}}\n",
     "two response keys"),
    ("test", "schema: cepin/test/1\ncases: [{name: a, assessment: a.yaml, expect: {score: 1}}]\n", "no rubric"),
    ("test", "schema: cepin/test/1\nrubric: r\ncases: [{name: a, assessment: a.yaml, expect: {scroe: 1}}]\n",
     "a misspelt expect key"),
    ("test", "schema: cepin/test/1\nrubric: r\ncases: [{name: a, assessment: a.yaml, expect: {verdict: passed}}]\n",
     "a verdict cepin never gives"),
    ("test", "schema: cepin/test/1\nrubric: r\ncases: [{name: a, assessment: a.yaml, expect: {warnings: [oops]}}]\n",
     "an unknown warning code"),
    ("test", "schema: cepin/test/1\nrubric: r\ncases: []\n", "no case"),
    ("result", '{"schema": "cepin/result/1", "source": "a.yaml", "error": {"code": "x", "message": "m"}, "errors": []}',
     "an error result without line and column, and no diagnostics"),
    ("diagnostics", '[{"path": "a", "line": 1, "column": 1, "severity": "fatal", "code": "x", "message": "m"}]',
     "an unknown severity"),
    ("test-report", '{"schema": "cepin/test-report/1", "summary": {}, "diagnostics": [], "files": []}',
     "a summary without counts"),
]
for name, text, why in REJECTED:
    document = json.loads(text) if text.lstrip()[:1] in "[{" and name not in SCHEMA_OF.values() else yaml12.load(text)
    checked["rejected"] += 1
    if not errors_of(name, document):
        fail(f"the {name} schema accepts {why}: {text!r}")

# A scored result with a field the schema does not know must be rejected:
# every object cepin writes is closed (additionalProperties: false).
scored = json.loads(run(["score", "--format", "json", "examples/neac-prefecture-2020/ordos-eligible.yaml"]).stdout)
for pointer in ([], ["rubric"], ["unit"], ["categories", 0], ["categories", 0, "items", 0, "clauses", 0], ["gap"]):
    changed = json.loads(json.dumps(scored))
    target = changed
    for step in pointer:
        target = target[step]
    target["surprise"] = 1
    checked["rejected"] += 1
    if not errors_of("result", changed):
        fail(f"the result schema accepts an unknown field at /{'/'.join(map(str, pointer))}")

# The same for the fields of floors and best-k: a floored node, a gap pick
# that repairs a floor, a clause left out of the best k.
floored = json.loads(run(["score", "--format", "json", "--rubrics", "examples/sihao-village",
                          "examples/sihao-village/village-below-floor.yaml"]).stdout)
best_k = json.loads(run(["score", "--format", "json", "examples/nmg-prefecture-120/league-eligible.yaml"]).stdout)
best_k_category = next(i for i, c in enumerate(best_k["categories"]) if c["id"] == "8")
for document, pointer in ((floored, ["categories", 3]), (floored, ["gap", "plan", 0]),
                          (best_k, ["categories", best_k_category, "clauses", 3])):
    changed = json.loads(json.dumps(document))
    target = changed
    for step in pointer:
        target = target[step]
    target["surprise"] = 1
    checked["rejected"] += 1
    if not errors_of("result", changed):
        fail(f"the result schema accepts an unknown field at /{'/'.join(map(str, pointer))}")

print(f"{checked['files']} YAML files and {checked['outputs']} JSON outputs validated, "
      f"{checked['rejected']} invalid documents rejected, {len(failures)} failures")
sys.exit(1 if failures else 0)
