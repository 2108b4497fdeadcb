#!/usr/bin/env bash
# Study reports through bin/gtrace, as an analyst files one: notebook 02 (training vs inference)
# reported as HTML, Markdown and JSON; the HTML opened and printed to PDF in headless Chromium;
# the manifest checked on an unchanged study and on a changed dataset checksum and seed; and
# the bad inputs, each with its message and nothing half-written.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
g="$here/bin/gtrace"
PY="${PY:-/usr/bin/python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "25-reports: $*" >&2; exit 1; }

# the notebook's own code cells, in order, then the report statements
"$PY" -c 'import json, sys; nb = json.load(open(sys.argv[1]))
print("\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"))' \
  "$here/notebooks/02-training-vs-inference.ipynb" > "$tmp/study.gtrace"
cat >> "$tmp/study.gtrace" <<'GT'
scenario gpt3_card from gpt3 < compute figure(train.gpt3.compute) >
report gpt3_card, bloom, llama405_serving to "study.html" < title "Training vs inference: notebook 02"; eu_ai_act >
report gpt3, bloom, llama405_serving to "study.md"
report gpt3, bloom, llama405_serving to "study.json"
table compare gpt3, bloom to "trainings.csv"
GT
(cd "$tmp" && "$g" run study.gtrace > run.out 2> run.err) || fail "the study did not run: $(cat "$tmp/run.err")"
for f in study.html study.md study.json trainings.csv; do [ -s "$tmp/$f" ] || fail "$f was not written"; done
[ -z "$(find "$tmp" -name '.*.tmp')" ] || fail "temporary files left: $(find "$tmp" -name '.*.tmp')"
grep -q '^# Training vs inference\|^# Study: gpt3, bloom, llama405_serving' "$tmp/study.md" || fail "Markdown heading: $(head -1 "$tmp/study.md")"
grep -q '^## Reproducibility manifest' "$tmp/study.md" || fail "the Markdown report has no manifest"
"$PY" - "$tmp/study.json" <<'PY' || fail "the JSON report is not what was reported"
import json, sys
d = json.load(open(sys.argv[1]))
names = [r["name"] for r in d["results"]]
assert names == ["gpt3", "bloom", "llama405_serving"], names
fig = {(f["result"], f["measure"]): f["value"] for f in d["manifest"]["figures"]}
assert abs(fig[("gpt3", "energy_kwh")] / 1e3 - 1287) < 1e-6, fig
assert abs(fig[("bloom", "energy_kwh")] / 1e3 - 433.2) < 0.1, fig
assert any(s["id"] == "owid-ember:FRA" for s in d["sources"]), "BLOOM's French grid is a cited default"
assert any(a["value"] == "429 g/kWh" for a in d["assumptions"]), "GPT-3's intensity is the study's input"
assert len(d["manifest"]["program"]["sha256"]) == 64 and d["manifest"]["seed"] == 42
s2 = {l["subject"]: l for l in d["scope2"]}
assert s2["bloom"]["location_based"] == "24.28 tCO2e" and s2["bloom"]["market_based"] == "not known", s2["bloom"]
PY

# one training run as a BoAmps energy report, valid against Boavizta's published schemas
cat > "$tmp/boamps.gtrace" <<'GT'
training bloom < accelerator A100_SXM4_80GB; count 384; accelerator_hours 1082990 h; power 400 W; pue 1; region FRA; parameters 176B; training_tokens 366B tokens >
report bloom to "bloom.boamps.json" < format boamps >
GT
(cd "$tmp" && "$g" run boamps.gtrace > /dev/null 2> boamps.err) || fail "the BoAmps report was not written: $(cat "$tmp/boamps.err")"
"$PY" - "$here/kernel/src/test/resources/boamps" "$tmp/bloom.boamps.json" <<'PY' || fail "the BoAmps report does not pass Boavizta's schema"
import json, os, sys, jsonschema
folder, doc = sys.argv[1], json.load(open(sys.argv[2]))
store = {}
for f in os.listdir(folder):
    if f.endswith("_schema.json"):
        schema = json.load(open(os.path.join(folder, f)))
        store[schema["id"]] = schema
root = store["https://raw.githubusercontent.com/Boavizta/BoAmps/main/model/report_schema.json"]
resolver = jsonschema.RefResolver.from_schema(root, store=store)
jsonschema.Draft4Validator(root, resolver=resolver).validate(doc)
assert doc["task"]["taskStage"] == "training" and doc["environment"]["country"] == "FRA", doc
assert abs(doc["measures"][0]["powerConsumption"] - 433196) < 1, doc["measures"]
assert doc["measures"][0]["measurementMethod"].startswith("estimated, not measured"), doc["measures"]
assert doc["task"]["algorithms"][0]["parametersNumber"] == 176
# the schema has teeth: a report without its measures is refused
del doc["measures"]
try:
    jsonschema.Draft4Validator(root, resolver=resolver).validate(doc)
    raise SystemExit("a report without measures passed the schema")
except jsonschema.ValidationError:
    pass
PY

# the same study's training runs and workload as SPDX 3.0.1 AI packages, valid against SPDX's schema
head -1 "$tmp/boamps.gtrace" > "$tmp/spdx.gtrace"
cat >> "$tmp/spdx.gtrace" <<'GT'
workload text chat < queries 1M; energy 0.3 Wh/query; region FRA >
report bloom, chat to "models.spdx.json"
GT
(cd "$tmp" && "$g" run spdx.gtrace > /dev/null 2> spdx.err) || fail "the SPDX document was not written: $(cat "$tmp/spdx.err")"
"$PY" - "$here/kernel/src/test/resources/spdx/spdx-json-schema-3.0.1.json" "$tmp/models.spdx.json" <<'PY' || fail "the SPDX document does not pass SPDX's schema"
import json, sys, jsonschema
schema, doc = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator(schema).validate(doc)
pkgs = {e["name"]: e for e in doc["@graph"] if e["type"] == "ai_AIPackage"}
assert sorted(pkgs) == ["bloom", "chat"], sorted(pkgs)
train = pkgs["bloom"]["ai_energyConsumption"]["ai_trainingEnergyConsumption"][0]
assert train["ai_energyUnit"] == "kilowattHour" and abs(float(train["ai_energyQuantity"]) - 433196) < 1, train
infer = pkgs["chat"]["ai_energyConsumption"]["ai_inferenceEnergyConsumption"][0]
assert abs(float(infer["ai_energyQuantity"]) - 0.0003) < 1e-9, infer  # one inference, 0.3 Wh, not the million
assert pkgs["bloom"]["comment"].startswith("Energy estimated, not measured"), pkgs["bloom"]["comment"]
# the schema has teeth: an energy with an exponent, which SPDX's decimal does not allow, is refused
train["ai_energyQuantity"] = "4.33e5"
try:
    jsonschema.Draft202012Validator(schema).validate(doc)
    raise SystemExit("an exponent passed the schema")
except jsonschema.ValidationError:
    pass
PY

# the HTML as a browser shows it, and printed to PDF as a filer would
chrome=(chromium --headless=new --no-sandbox --disable-gpu --no-first-run --user-data-dir="$tmp/chrome")
timeout 120 "${chrome[@]}" --dump-dom "file://$tmp/study.html" > "$tmp/dom.html" 2> /dev/null || fail "Chromium could not open the report"
grep -q 'Energy consumed in training</td><td>1,287 MWh' "$tmp/study.html" || fail "the EU AI Act section lacks GPT-3's 1,287 MWh"
grep -q 'Training compute</td><td>3.14E23 FLOP' "$tmp/study.html" || fail "the EU AI Act section lacks GPT-3's 3.14E23 FLOP"
grep -q 'Energy consumed in training</td><td>433.2 MWh' "$tmp/study.html" || fail "the EU AI Act section lacks BLOOM's 433 MWh"
grep -q '<i>not known</i>' "$tmp/study.html" || fail "what the study cannot know is not said to be not known"
for id in scope2 eu-ai-act results result-gpt3_card result-bloom result-llama405_serving sources assumptions manifest; do
  grep -q "id=\"$id\"" "$tmp/dom.html" || fail "the page as Chromium built it has no section #$id"
done
grep -q 'Training vs inference: notebook 02</h1>' "$tmp/dom.html" || fail "the title is not the report's heading"
timeout 120 "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$tmp/study.pdf" "file://$tmp/study.html" 2> /dev/null || fail "printing to PDF failed"
head -c 5 "$tmp/study.pdf" | grep -q '%PDF-' || fail "the printed report is not a PDF"

# the manifest: unchanged, then a changed dataset checksum and seed
(cd "$tmp" && "$g" run --check-manifest study.json study.gtrace > check.out 2>&1) || fail "an unchanged study does not reproduce: $(cat "$tmp/check.out")"
grep -q '^reproduces study.json' "$tmp/check.out" || fail "check-manifest: $(tail -3 "$tmp/check.out")"
"$PY" - "$tmp/study.json" "$tmp/changed.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for ds in d["manifest"]["datasets"]:
    if ds["file"] == "owid-ember-country-electricity.json":
        ds["sha256"] = "0" * 64
d["manifest"]["seed"] = 7
json.dump(d, open(sys.argv[2], "w"))
PY
set +e
(cd "$tmp" && "$g" run --check-manifest changed.json study.gtrace > changed.out 2>&1); changed=$?
set -e
[ "$changed" -eq 1 ] || fail "a changed manifest must exit 1, got $changed"
grep -q 'data: owid-ember-country-electricity.json has changed' "$tmp/changed.out" || fail "the dataset is not named: $(cat "$tmp/changed.out")"
grep -q 'seed: 7 in the report, 42 now' "$tmp/changed.out" || fail "the seed is not named: $(cat "$tmp/changed.out")"

# bad inputs: each a diagnostic at its line and column, exit 1, and the filed copy untouched
cp "$tmp/study.html" "$tmp/filed.html"
bad() {
  printf '%s\n' "$1" > "$tmp/bad.gtrace"
  set +e
  (cd "$tmp" && "$g" run bad.gtrace > /dev/null 2> bad.err); status=$?
  set -e
  [ "$status" -eq "${3:-1}" ] || fail "'$1' must exit ${3:-1}, got $status"
  grep -q "$2" "$tmp/bad.err" || fail "'$1' said: $(cat "$tmp/bad.err")"
  ! grep -q 'Exception\|\tat ' "$tmp/bad.err" || fail "'$1' printed a stack trace"
}
bad 'training t < energy 1 MWh >
report t to "study.html"' 'bad.gtrace:2:13: error: .*study.html exists and was kept'
grep -q 'add < overwrite > to replace it' "$tmp/bad.err" || fail "no fix for an existing report: $(cat "$tmp/bad.err")"
cmp -s "$tmp/study.html" "$tmp/filed.html" || fail "an existing report was changed without overwrite"
bad 'training t < energy 1 MWh >
report t to "no/such/folder/r.html"' 'bad.gtrace:2:13: error: .*the folder .*no/such/folder does not exist'
bad 'report missing to "r.html"' "bad.gtrace:1:8: error: 'missing' is not defined"
[ ! -e "$tmp/r.html" ] || fail "a refused report left a file"
bad 'let total = 2 kWh
report total to "t.spdx.json"' "bad.gtrace:2:8: error: an SPDX export describes models' training runs and workloads, and 'total' is neither"
[ ! -e "$tmp/t.spdx.json" ] || fail "a refused SPDX export left a file"
# a read-only file system and a full one, where this machine lets the test mount its own (root with CAP_SYS_ADMIN)
small="$tmp/small"
mkdir -p "$small"
if mount -t tmpfs -o size=8k tmpfs "$small" 2> /dev/null; then
  trap 'umount "$small" 2> /dev/null || true; rm -rf "$tmp"' EXIT
  printf 'the filed copy\n' > "$small/full.html"
  bad "training t < energy 1 MWh >
report t to \"$small/full.html\" < overwrite >" 'no space left on the disk (nothing was changed)' 2
  grep -q 'free some space' "$tmp/bad.err" || fail "no fix for a full disk: $(cat "$tmp/bad.err")"
  [ "$(cat "$small/full.html")" = "the filed copy" ] || fail "a full disk changed the existing report"
  [ "$(ls -A "$small")" = full.html ] || fail "a full disk left: $(ls -A "$small")"
  mount -o remount,ro "$small"
  bad "training t < energy 1 MWh >
report t to \"$small/r.md\"" 'the file system is read-only' 2
  umount "$small"
  trap 'rm -rf "$tmp"' EXIT
  echo "25-reports: a full disk and a read-only file system, each refused with its fix"
else
  echo "25-reports: no full-disk or read-only check (this machine does not let the test mount a file system)"
fi
set +e
"$g" run --check-manifest "$tmp/none.json" "$tmp/study.gtrace" > /dev/null 2> "$tmp/none.err"; none=$?
set -e
[ "$none" -eq 2 ] || fail "a missing manifest must exit 2, got $none"
grep -q 'cannot check against .*none.json: no such file' "$tmp/none.err" || fail "missing manifest: $(cat "$tmp/none.err")"
set +e
timeout 60 "$g" run --check-manifest /dev/zero "$tmp/study.gtrace" > /dev/null 2> "$tmp/zero.err"; zero=$?
set -e
[ "$zero" -eq 2 ] || fail "a device as the manifest must exit 2, got $zero"
grep -q 'cannot check against /dev/zero: not a regular file' "$tmp/zero.err" || fail "/dev/zero as the manifest: $(cat "$tmp/zero.err")"
[ -z "$(find "$tmp" -name '.*.tmp')" ] || fail "temporary files left: $(find "$tmp" -name '.*.tmp')"
echo "25-reports: notebook 02 as HTML, Markdown, JSON and CSV; BLOOM as BoAmps and SPDX 3.0.1, each valid against its published schema; the HTML in Chromium and as PDF; the manifest check; bad inputs ok"
