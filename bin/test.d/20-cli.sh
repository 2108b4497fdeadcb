#!/usr/bin/env bash
# The command line contract through bin/gtrace itself, as a user runs it: run, --json, check,
# standard input, and the exit statuses 0 / 1 / 2.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
g="$here/bin/gtrace"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "20-cli: $*" >&2; exit 1; }

printf 'workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli\n' > "$tmp/brief.gtrace"
"$g" run "$tmp/brief.gtrace" > "$tmp/out" || fail "run failed"
grep -q '4,200 MWh' "$tmp/out" || fail "run did not print 4,200 MWh"
"$g" run --json "$tmp/brief.gtrace" > "$tmp/json" || fail "run --json failed"
grep -q '"energy_kwh":4200000.0' "$tmp/json" || fail "--json lacks energy_kwh"
"$g" check "$tmp/brief.gtrace" || fail "check of a clean file failed"

set +e
printf 'let x = 1 kwh\n' | "$g" check - 2> "$tmp/err"; status=$?
"$g" run "$tmp/no-such-file.gtrace" 2> /dev/null; missing=$?
set -e
[ "$status" -eq 1 ] || fail "errors in a program must exit 1, got $status"
grep -q '^<stdin>:1:11: error: unknown unit' "$tmp/err" || fail "diagnostic format: $(cat "$tmp/err")"
[ "$missing" -eq 2 ] || fail "a missing file must exit 2, got $missing"
# an install killed midway left .gtrace-<random> folders beside the kernelspec that no later install removed
mkdir -p "$tmp/p/share/jupyter/kernels/.gtrace-killed"
touch -d '2 hours ago' "$tmp/p/share/jupyter/kernels/.gtrace-killed"
GTRACE_NO_LABEXTENSION=1 "$g" install --prefix "$tmp/p" > /dev/null || fail "install failed"
[ ! -e "$tmp/p/share/jupyter/kernels/.gtrace-killed" ] || fail "install left a killed install's folder"
[ "$(ls -A "$tmp/p/share/jupyter/kernels")" = gtrace ] || fail "install left: $(ls -A "$tmp/p/share/jupyter/kernels")"
echo "20-cli: bin/gtrace run, --json, check, stdin, exit codes and install ok"
