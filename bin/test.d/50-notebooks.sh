#!/usr/bin/env bash
# The notebooks, executed by real Jupyter: every notebooks/*.ipynb runs top to bottom in a fresh
# gtrace kernel (nbclient, as nbconvert --execute does) into a temporary folder, and fails on any
# error output, stderr, a chart without title/axes/source, or a number in prose that no output
# shows. Then the browser test: Debian's classic Notebook server on loopback and headless
# Chromium driven by Selenium (notebooks/src/test/java), which runs 01-ghibli.ipynb from the
# Cell menu and checks the results table and the SVG chart. Stored outputs are never modified
# here; notebooks/regenerate rewrites them.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/jupyter-env.bash"
mkdir -p "$tmp/executed"
cd "$here/notebooks"
"$PY" -m unittest discover -q -s tools -p "test_*.py"   # the checks below, checked
timeout 600 "$PY" -Xfrozen_modules=off tools/nbrun.py --out "$tmp/executed" ./*.ipynb

echo "-- browser (jupyter-notebook + headless chromium)"
cd "$here"
timeout 600 mvn -B -q -ntp -pl notebooks verify -Dgtrace.browser=true
