#!/usr/bin/env bash
# The kernel driven by Jupyter's own clients: jupyter_kernel_test, jupyter_client (interrupt,
# restart, DSL <-> Java, forged messages) and jupyter-console. Uses a kernelspec written to a
# temporary prefix, so nothing is installed for the user.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/jupyter-env.bash"
cd "$here/kernel/src/test/python"
timeout 300 "$PY" -Xfrozen_modules=off -m unittest test_protocol test_client test_console
