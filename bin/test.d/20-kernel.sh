#!/usr/bin/env bash
# The kernel driven by Jupyter's own clients: jupyter_kernel_test, jupyter_client (interrupt,
# restart, DSL <-> Java, forged messages) and jupyter-console. Uses a kernelspec written to a
# temporary prefix, so nothing is installed for the user.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
PY="${PY:-/usr/bin/python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$here/bin/gtrace" install --prefix "$tmp" >/dev/null
export JUPYTER_PATH="$tmp/share/jupyter" JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime"
export JUPYTER_CONFIG_DIR="$tmp/config" IPYTHONDIR="$tmp/ipython" PYDEVD_DISABLE_FILE_VALIDATION=1
cd "$here/kernel/src/test/python"
timeout 300 "$PY" -Xfrozen_modules=off -m unittest test_protocol test_client test_console
