#!/usr/bin/env bash
# Nothing half-written: each writer (reports and CSV tables from gtrace run, gtrace install, the
# notebooks' writer behind notebooks/regenerate) killed with SIGKILL midway, on a full disk and on
# a read-only one, on tmpfs mounts the test makes (as root; skipped with a message otherwise).
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/jupyter-env.bash"
cd "$here/kernel/src/test/python/writers"
timeout 600 "$PY" -Xfrozen_modules=off -m unittest -v test_writers 2>&1 | tail -n 40
exit "${PIPESTATUS[0]}"
