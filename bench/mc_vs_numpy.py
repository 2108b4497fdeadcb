#!/usr/bin/python3
"""Monte Carlo of the Ghibli model, G-TRACE (Java) against NumPy, side by side in one run.

The model: images ~ U(650M, 750M) x energy per image ~ lognormal(median 6 Wh, GSD 1.5)
x PUE ~ U(1.1, 1.3) x intensity ~ Normal(0.48, 0.048) kg/kWh (0.48 +/- 20%, 2 sigma), 10M samples;
each side draws every input, multiplies, and computes the mean and the 5th/50th/95th percentiles.
G-TRACE runs it through the workload estimate's own CO2e formula (the engine the language uses).
Rounds alternate Java and NumPy so machine drift cancels; each side is timed inside its own
process (no process start-up), after warm-up rounds.

Usage: bench/mc_vs_numpy.py [--samples N] [--rounds R] [--threads T]
Run it with a Python that has NumPy: bench/numpy2 runs it with NumPy 2.x from a virtual
environment it makes. It builds the bench module if needed.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def numpy_run(n, seed):
    c0 = time.process_time()
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    images = rng.uniform(650e6, 750e6, n)
    energy = 0.006 * np.exp(np.log(1.5) * rng.standard_normal(n))
    pue = rng.uniform(1.1, 1.3, n)
    intensity = rng.normal(0.48, 0.048, n)
    y = images * energy
    y *= pue
    y *= intensity
    mean = y.mean()
    p5, p50, p95 = np.percentile(y, [5, 50, 95])
    return (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000, mean, p5, p50, p95


def ensure_built():
    # always: classes left from before a source change would time (and answer for) the old model
    subprocess.run(["mvn", "-B", "-q", "-ntp", "-DskipTests", "package", "-pl", "bench", "-am"], cwd=ROOT, check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=int, default=10_000_000)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    ensure_built()
    cp = os.pathsep.join([os.path.join(ROOT, "bench", "target", "classes"), os.path.join(ROOT, "bench", "target", "lib", "*")])
    java = subprocess.Popen(["java", "-Xmx2g", "-cp", cp, "org.gtrace.bench.McTimingServer"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def java_run(threads):
        java.stdin.write(f"run {args.samples} {threads} estimate\n")
        java.stdin.flush()
        return [float(x) for x in java.stdout.readline().split()]

    for i in range(args.warmup):
        java_run(args.threads)
        java_run(1)
        numpy_run(args.samples, i)
    jt, j1, nt = [], [], []
    for i in range(args.rounds):
        jt.append(java_run(args.threads))
        nt.append(numpy_run(args.samples, 100 + i))
        j1.append(java_run(1))
    java.stdin.close()
    java.wait()
    med = lambda rows, k: statistics.median(r[k] for r in rows)
    jm, j1m, nm = med(jt, 0), med(j1, 0), med(nt, 0)
    jc, j1c, nc = med(jt, 1), med(j1, 1), med(nt, 1)
    load = os.getloadavg()[0]
    print(f"Ghibli Monte Carlo, {args.samples:,} samples, median of {args.rounds} interleaved rounds "
          f"({os.cpu_count()} CPUs, load average {load:.1f})")
    print(f"  {'':34s} {'wall ms':>9s} {'CPU ms':>9s}")
    print(f"  {'G-TRACE (Java, %d threads)' % args.threads:34s} {jm:9.1f} {jc:9.1f}")
    print(f"  {'G-TRACE (Java, 1 thread)':34s} {j1m:9.1f} {j1c:9.1f}")
    print(f"  {'NumPy %s (1 thread)' % np.__version__:34s} {nm:9.1f} {nc:9.1f}")
    print(f"  NumPy / G-TRACE, wall: {nm / jm:.2f}x ({args.threads} threads), {nm / j1m:.2f}x (1 thread); "
          f"CPU: {nc / j1c:.2f}x (1 thread)")
    print(f"  same model, same answer: mean {jt[-1][2]:.4g} vs {nt[-1][2]:.4g} kgCO2e; "
          f"p95 {jt[-1][5]:.4g} vs {nt[-1][5]:.4g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
