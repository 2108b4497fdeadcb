# Sourced by the test stages that talk to a real kernel: installs the gtrace kernelspec into a
# temporary prefix and points every Jupyter path there, so nothing is installed for the user.
# Sets: here (repository root), PY, tmp (removed on exit).
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
PY="${PY:-/usr/bin/python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
GTRACE_NO_LABEXTENSION=1 "$here/bin/gtrace" install --prefix "$tmp" >/dev/null
export JUPYTER_PATH="$tmp/share/jupyter" JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime"
export JUPYTER_CONFIG_DIR="$tmp/config" IPYTHONDIR="$tmp/ipython" PYDEVD_DISABLE_FILE_VALIDATION=1
