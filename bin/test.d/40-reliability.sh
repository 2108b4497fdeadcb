#!/usr/bin/env bash
# Reliability and security of the kernel, driven with Jupyter's own client and raw ZeroMQ:
# hostile cells, Java cells that try to end or exhaust the kernel, forged and malformed messages,
# listening addresses, damaged class-data archives, and a soak. Bounded for CI (about two
# minutes); docs/reliability.md gives the longer runs (RELIABILITY_CELLS, RELIABILITY_SOAK_CELLS).
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/jupyter-env.bash"
export TMPDIR="$tmp"
cd "$here/kernel/src/test/python/reliability"
timeout 420 "$PY" -Xfrozen_modules=off -m unittest test_protocol_security test_orphans test_archives test_java_limits test_random_cells test_soak
