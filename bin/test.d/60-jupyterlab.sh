#!/usr/bin/env bash
# The notebooks in JupyterLab 4.6.4 and Notebook 7.6.3, in headless Chromium driven by Playwright
# (notebooks/browser/test_jupyterlab.py): highlighting and Ctrl+/ from the lab extension, the table
# of contents, typed completion, a sanitized HTML export, interrupt and restart, and light and dark
# screenshots kept in notebooks/target/browser-screenshots. JupyterLab, Notebook, nbconvert and
# Playwright come from the local wheel store that pip's configuration names, into a virtual
# environment kept in notebooks/target/lab-venv; Playwright drives Debian's chromium and never
# downloads a browser. The lab extension is built from lab-extension/ with npm.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/jupyter-env.bash"
venv="$here/notebooks/target/lab-venv"
shots="$here/notebooks/target/browser-screenshots"
want='jupyterlab==4.6.4 notebook==7.6.3 nbconvert>=7.17 playwright>=1.63'

# The wheel store: the file:// indexes and local folders of pip's configuration, never the public index.
stores="$(pip config list 2>/dev/null | sed -nE "s/^global\.(index-url|extra-index-url|find-links)='(.*)'$/\2/p" | tr ' ' '\n' \
  | grep -E '^(file://|/)' || true)"
index="$(echo "$stores" | grep '^file://' | head -1 || true)"
if [ -z "$index" ]; then
  echo "60-jupyterlab: no local wheel store in pip's configuration (pip config list); JupyterLab cannot be installed" >&2
  exit 1
fi
pip_args=(--index-url "$index")
for s in $(echo "$stores" | grep -vxF "$index"); do
  case "$s" in file://*) pip_args+=(--extra-index-url "$s") ;; *) pip_args+=(--find-links "$s") ;; esac
done

started=$(date +%s)
if ! "$venv/bin/python" -c 'import jupyterlab, notebook, playwright, nbconvert; assert jupyterlab.__version__ == "4.6.4" and notebook.__version__ == "7.6.3"' 2>/dev/null; then
  rm -rf "$venv"
  "$PY" -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check "${pip_args[@]}" $want
fi
JUPYTERLAB_PYTHON="$venv/bin/python" "$here/lab-extension/build" >/dev/null
JUPYTERLAB_PYTHON="$venv/bin/python" "$here/bin/gtrace" install --prefix "$tmp" --force >/dev/null
"$venv/bin/jupyter" labextension list 2>&1 | grep -q 'gtrace-jupyterlab.*enabled.*OK' \
  || { echo "60-jupyterlab: JupyterLab does not list the gtrace-jupyterlab extension" >&2; exit 1; }
rm -rf "$shots"
GTRACE_LAB_BIN="$venv/bin" GTRACE_SCREENSHOTS="$shots" timeout 900 "$venv/bin/python" -m unittest discover -v \
  -s "$here/notebooks/browser" -p "test_*.py" 2>&1 | grep -vE '^(WARNING|\[W )'
echo "60-jupyterlab: $(ls "$shots" | wc -l) screenshots in $shots; stage took $(( $(date +%s) - started )) s"
