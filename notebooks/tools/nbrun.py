"""Executes the G-TRACE notebooks in a fresh kernel and checks what they show.

    nbrun.py --out DIR  NOTEBOOK...   execute copies into DIR (CI: the stored files are untouched)
    nbrun.py --in-place NOTEBOOK...   execute and store the outputs (what notebooks/regenerate does)

A notebook fails when a cell raises (an `error` output, e.g. a failed `expect`), writes to
stderr, draws a chart without a title, axis labels or source line, or when its prose quotes a
number that no cell above it printed or wrote (numbers in prose must come from the outputs).
Each notebook runs in its own kernel, with the notebooks folder as working directory, so
`load ... from "data/x.csv"` works the same in CI, in Jupyter and here. Run it with the Python
that has Jupyter (/usr/bin/python3 on Debian) and JUPYTER_PATH pointing at the gtrace kernelspec.
"""

import argparse
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from atomic import WriteFailure, write_whole

# A number as prose writes it: 4,309  2,068  0.4799  700  1.2 (not the 7 of "L7", the 2 of
# "CO2", the 5 of "p5", nor digits inside a word or a file name).
NUMBER = re.compile(r"(?<![\w.\-/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w\-])")
# Where prose may write a number of its own: years, one-digit counts ("three", "step 2").
YEAR = re.compile(r"^(19|20)\d\d$")
# Names of models carry version numbers ("Llama 3.1 405B", "GPT-3"): names, not results.
MODEL_NAME = re.compile(r"\b(Llama|GPT|Gemini|Claude|Mistral|Stable Diffusion|SD|DeepSeek-V)[ -]?\d+(\.\d+)?")


def normalise(token):
    return token.replace(",", "")


def numbers_in(text):
    out = []
    for m in NUMBER.finditer(text):
        token = m.group(1) + (m.group(2) or "")
        out.append(token)
    return out


def output_text(output):
    """The text a reader sees in one output: plain text, HTML, markdown, stream or error."""
    if output.get("output_type") == "stream":
        return output.get("text", "")
    if output.get("output_type") == "error":
        return output.get("evalue", "")
    data = output.get("data", {})
    parts = [data.get(k, "") for k in ("text/plain", "text/markdown", "text/html")]
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


def prose_problems(nb):
    """Numbers written in markdown that no code cell above (source or outputs) shows."""
    seen = set()
    problems = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            texts = [cell.source] + [output_text(o) for o in cell.get("outputs", [])]
            for t in texts:
                seen.update(normalise(n) for n in numbers_in(t))
            continue
        if cell.cell_type != "markdown" or "task" in cell.get("metadata", {}).get("tags", []):
            continue  # a cell tagged "task" states an exercise's inputs: its numbers are given, not results
        # Headings name sections ("## 3. Regions"); inline code quotes a program, not a result.
        body = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("#"))
        body = re.sub(r"`[^`]*`", "", body)
        body = re.sub(r"\]\([^)]*\)", "]", body)  # link targets
        body = re.sub(r"arXiv[: ]\s*\S+", "", body)  # citations are identifiers, not results
        body = MODEL_NAME.sub("", body)
        for n in numbers_in(body):
            plain = normalise(n)
            if YEAR.match(n) or len(plain) == 1:  # "2025" is a year; "2,068" is not
                continue
            if plain not in seen:
                problems.append(f"markdown cell {index}: the number {n} appears in no output or code above it")
    return problems


SVG_TEXT = re.compile(r"<text[^>]*>([^<]*)</text>")


def chart_problems(nb):
    """Every chart needs a title, two axis labels and a source line."""
    problems = []
    for index, cell in enumerate(nb.cells):
        for o in cell.get("outputs", []):
            svg = o.get("data", {}).get("image/svg+xml")
            if not svg:
                continue
            svg = svg if isinstance(svg, str) else "".join(svg)
            texts = [t.strip() for t in SVG_TEXT.findall(svg)]
            if not any(t.startswith("Source:") for t in texts):
                problems.append(f"cell {index}: a chart has no 'Source:' line")
            if len([t for t in texts if t]) < 4:
                problems.append(f"cell {index}: a chart has too little text for a title and axis labels")
    return problems


def stderr_problems(nb):
    problems = []
    for index, cell in enumerate(nb.cells):
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream" and o.get("name") == "stderr":
                problems.append(f"cell {index}: wrote to stderr: {o.get('text', '')[:300]}")
            if o.get("output_type") == "error":
                problems.append(f"cell {index}: {o.get('ename')}: {o.get('evalue', '')[:300]}")
    return problems


def is_progress(output):
    """The kernel's "✓ finished in 3.2 s" line for slow cells, or a progress line it cleared: true only of this run."""
    data = output.get("data", {})
    plain = data.get("text/plain", "")
    plain = plain if isinstance(plain, str) else "".join(plain)
    cleared = plain == "" and set(data) == {"text/plain"}
    return output.get("output_type") == "display_data" and (cleared or plain.startswith(("✓ finished in", "stopped after")))


def without_progress(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not is_progress(o)]
    return nb


def execute(path, timeout):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="gtrace", timeout=timeout, startup_timeout=120,
                            record_timing=False, allow_errors=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    start = time.monotonic()
    failure = None
    try:
        client.execute()
    except CellExecutionError as e:
        failure = str(e).strip().splitlines()[-1] if str(e).strip() else repr(e)
    except Exception as e:  # a kernel that died or timed out
        failure = f"{type(e).__name__}: {e}"
    return without_progress(nb), time.monotonic() - start, failure


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", help="write executed copies into this folder")
    where.add_argument("--in-place", action="store_true", help="store the outputs in the notebooks")
    parser.add_argument("--timeout", type=int, default=120, help="seconds one cell may take")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="notebooks executed at once, each in its own kernel (default: 2)")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args(argv)

    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        runs = list(pool.map(execute, args.notebooks, [args.timeout] * len(args.notebooks)))
    failed = unwritten = 0
    for path, (nb, seconds, failure) in zip(args.notebooks, runs):
        problems = ([f"execution stopped: {failure}"] if failure else [])
        problems += stderr_problems(nb) + chart_problems(nb) + prose_problems(nb)
        target = path if args.in_place else os.path.join(args.out, os.path.basename(path))
        if not (args.in_place and failure):  # never store a half-run notebook over a good one
            try:
                text = nbformat.writes(nb)
                write_whole(target, text if text.endswith("\n") else text + "\n")
            except WriteFailure as e:
                print(f"{os.path.basename(path)}: {e}; {e.fix}", file=sys.stderr)
                unwritten += 1
                continue
        status = "ok" if not problems else "FAILED"
        print(f"{os.path.basename(path)}: {status} in {seconds:.1f} s ({len(nb.cells)} cells) -> {target}")
        for p in problems:
            print(f"  {p}")
        failed += bool(problems)
    if failed:
        print(f"{failed} notebook(s) failed", file=sys.stderr)
    if unwritten:
        print(f"{unwritten} notebook(s) could not be written and were left as they were", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
