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
# a kernel that cannot start says why in one line and exits 1: the exit guard's stack trace followed the real error
echo 'not json' > "$tmp/c-json.json"
printf '{"transport":"tcp","ip":"127.0.0.1","shell_port":0,"iopub_port":0,"stdin_port":0,"control_port":0,"hb_port":0,"key":"k","signature_scheme":"hmac-md9"}' > "$tmp/c-scheme.json"
printf '{"transport":"tcp","ip":"999.1.1.1","shell_port":50001,"iopub_port":50002,"stdin_port":50003,"control_port":50004,"hb_port":50005,"key":"k","signature_scheme":"hmac-sha256"}' > "$tmp/c-ip.json"
for c in json scheme ip missing; do
  set +e
  timeout 60 "$g" kernel "$tmp/c-$c.json" > /dev/null 2> "$tmp/err-$c"; status=$?
  set -e
  [ "$status" -eq 1 ] || fail "kernel start with a bad connection file ($c) must exit 1, got $status"
  said="$(grep -v '^WARNING' "$tmp/err-$c")"
  [ "$(echo "$said" | wc -l)" -eq 1 ] || fail "kernel start ($c) must say one line: $said"
  case "$said" in "gtrace kernel: cannot "*) ;; *) fail "kernel start ($c): $said" ;; esac
  ! grep -q 'ExitBlocked\|Exception in thread\|\tat ' "$tmp/err-$c" || fail "kernel start ($c) printed a stack trace"
done
grep -q "signature_scheme 'hmac-md9' is not supported" "$tmp/err-scheme" || fail "the scheme is not named: $(cat "$tmp/err-scheme")"
grep -q 'is not JSON' "$tmp/err-json" || fail "not JSON is not said: $(cat "$tmp/err-json")"
echo "20-cli: bin/gtrace run, --json, check, stdin, exit codes, install and kernel start errors ok"
