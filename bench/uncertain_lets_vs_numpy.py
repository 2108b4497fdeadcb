#!/usr/bin/python3
"""Uncertain arithmetic in the language against an independent NumPy Monte Carlo of the same programs.

Each program runs through bin/gtrace (20,000 joint draws, the default) for seeds 1, 2 and 3, and
the same model runs in NumPy with more draws as the reference:

  chain N    u0 = 1 kWh ± 10%, then u(k) = u(k-1) × (1 ± 1%) for N links (N = 100, 1,000, 10,000)
  a - a      a = 1 .. 3 kWh: exactly zero
  a / a      exactly one
  a + a + a  three uses of one input: 3a, uniform 3 .. 9 kWh

A ± is a normal whose band is two standard deviations (cut at four; the cut moves no statistic
here by more than 0.01%). Checks: mean within 1%, p5 and p95 within 3% of NumPy's, for every seed;
the same JSON to the bit on one processor as on all; and the time and peak memory of 10,000 links.

Usage: bench/numpy2 uncertain_lets_vs_numpy.py [--reference-samples N]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GTRACE = os.path.join(ROOT, "bin", "gtrace")
SEEDS = (1, 2, 3)


def chain_program(links):
    lines = ["let u0 = 1 kWh ± 10%"]
    lines += [f"let u{k} = u{k - 1} * (1 ± 1%)" for k in range(1, links + 1)]
    lines.append(f"u{links}")
    return "\n".join(lines) + "\n"


PROGRAMS = {
    "a - a": "let a = 1 kWh .. 3 kWh\na - a\n",
    "a / a": "let a = 1 kWh .. 3 kWh\na / a\n",
    "a + a + a": "let a = 1 kWh .. 3 kWh\na + a + a\n",
}


def numpy_chain(links, n, rng):
    u = rng.normal(1.0, 0.05, n)  # kWh
    for _ in range(links):
        u *= rng.normal(1.0, 0.005, n)
    return u


def numpy_reference(name, n, rng):
    if name.startswith("chain"):
        return numpy_chain(int(name.split()[1]), n, rng)
    a = rng.uniform(1.0, 3.0, n)
    return {"a - a": a - a, "a / a": a / a, "a + a + a": a + a + a}[name]


def stats(x):
    p5, p95 = np.percentile(x, [5, 95])
    return float(np.mean(x)), float(p5), float(p95)


def run_gtrace(program, seed, env=None, timed=False):
    with tempfile.NamedTemporaryFile("w", suffix=".gtrace", delete=False) as f:
        f.write(program)
        path = f.name
    cmd = [GTRACE, "run", "--json", "--seed", str(seed), path]
    if timed:
        cmd = ["/usr/bin/time", "-v"] + cmd
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    os.unlink(path)
    if p.returncode != 0:
        raise SystemExit(f"gtrace failed ({p.returncode}): {p.stderr}")
    line = json.loads(p.stdout.strip().splitlines()[-1])
    key = next(k for k in ("energy_kwh", "value") if k in line)
    got = (line[key], line.get(key + "_p5", line[key]), line.get(key + "_p95", line[key]))
    extra = {}
    if timed:
        extra["seconds"] = parse_elapsed(p.stderr)
        extra["max_rss_mb"] = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    return got, p.stdout, extra


def parse_elapsed(stderr):
    t = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)", stderr).group(1).split(":")
    return sum(float(v) * 60 ** i for i, v in enumerate(reversed(t)))


def close(got, ref, rel):
    return abs(got - ref) <= rel * max(abs(ref), 1e-12)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference-samples", type=int, default=1_000_000)
    args = ap.parse_args()
    cases = {f"chain {n}": chain_program(n) for n in (100, 1000, 10_000)}
    cases.update(PROGRAMS)
    failures = 0
    print(f"Uncertain lets: G-TRACE (20,000 joint draws, seeds {SEEDS}) against NumPy {np.__version__}")
    print(f"  {'program':12s} {'seed':>4s} {'mean':>12s} {'ref':>12s} {'p5':>12s} {'ref':>12s} {'p95':>12s} {'ref':>12s}  ok")
    for name, program in cases.items():
        # fewer reference draws for the longest chain: 10,000 links × 1M draws would take minutes
        n = args.reference_samples // 10 if name == "chain 10000" else args.reference_samples
        ref = stats(numpy_reference(name, n, np.random.default_rng(20261202)))
        for seed in SEEDS:
            got, _, _ = run_gtrace(program, seed)
            ok = close(got[0], ref[0], 0.01) and close(got[1], ref[1], 0.03) and close(got[2], ref[2], 0.03)
            failures += not ok
            print(f"  {name:12s} {seed:4d} {got[0]:12.6g} {ref[0]:12.6g} {got[1]:12.6g} {ref[1]:12.6g} {got[2]:12.6g} "
                  f"{ref[2]:12.6g}  {'yes' if ok else 'NO'}")
    one = dict(os.environ, GTRACE_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ActiveProcessorCount=1")
    _, all_cpus, _ = run_gtrace(cases["chain 1000"], 1)
    _, one_cpu, _ = run_gtrace(cases["chain 1000"], 1, env=one)
    same = all_cpus == one_cpu
    failures += not same
    print(f"  chain 1000, seed 1: the same JSON on 1 processor as on {os.cpu_count()}: {'yes' if same else 'NO'}")
    _, _, t = run_gtrace(cases["chain 10000"], 1, timed=True)
    fast = t["seconds"] < 5 and t["max_rss_mb"] < 1024
    failures += not fast
    print(f"  chain 10000: {t['seconds']:.2f} s wall (JVM start included), peak RSS {t['max_rss_mb']:.0f} MB "
          f"(targets < 5 s, < 1 GB): {'yes' if fast else 'NO'}")
    print("all checks passed" if failures == 0 else f"{failures} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
