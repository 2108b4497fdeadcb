#!/usr/bin/python3
"""Kernel speed and memory, gtrace beside ipykernel, measured with jupyter_client on loopback.

    bench/kernel-latency.py [--cells 1000] [--starts 5] [--rounds 300] [--jvm-flags "-Xmn16m ..."]

Cold start (process start to the first kernel_info_reply, and to the first cell's result),
execute round trip (request sent to reply and idle received) for a trivial cell, interleaved
between the two kernels so machine drift cancels, and the gtrace kernel's resident memory after
start and after N cells, beside ipykernel's. Prints a Markdown table. Uses a kernelspec written to a
temp prefix; --jvm-flags adds JVM flags to it, to measure a choice before making it the default.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELL = {"gtrace": "x", "python3": "1+1"}
SETUP = {"gtrace": "let x = 1 kWh", "python3": "x = 1"}
FIRST_STUDY = {"gtrace": "workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli",
               "python3": "e = 700e6 * 0.006; e * 0.481"}


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid):
    """CPU seconds (user + system) the process has used: a cost that other load does not inflate."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_cell(kc, code, timeout=60):
    """Sends one execute_request; returns seconds until both its reply and its idle status came."""
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    reply = idle = False
    while not (reply and idle):
        if not reply:
            m = kc.get_shell_msg(timeout=timeout)
            if m["parent_header"].get("msg_id") == msg_id:
                reply = True
                assert m["content"]["status"] == "ok", m["content"]
        if not idle:
            m = kc.get_iopub_msg(timeout=timeout)
            if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                idle = True
    return time.perf_counter() - t0


def cold_start(name):
    """(seconds to first kernel_info_reply, seconds to first result, km, kc)."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    while True:
        kc.kernel_info()
        try:
            m = kc.get_shell_msg(timeout=0.05)
            if m["msg_type"] == "kernel_info_reply":
                break
        except Exception:
            pass
    t_info = time.perf_counter() - t0
    # ZeroMQ's slow joiner: IOPub may connect after the first reply; a status published before
    # then is lost, and the first cell's idle would never arrive. Wait until IOPub is live.
    while True:
        try:
            kc.get_iopub_msg(timeout=0.05)
            break
        except Exception:
            kc.kernel_info()
    while True:
        try:
            kc.get_shell_msg(timeout=0.01)
        except Exception:
            break
    pid = km.provisioner.process.pid
    c_info = cpu_s(pid)
    run_cell(kc, SETUP[name])
    run_cell(kc, CELL[name])
    t_result = time.perf_counter() - t0
    c_result = cpu_s(pid)
    run_cell(kc, FIRST_STUDY[name])
    t_study = time.perf_counter() - t0
    return (t_info, t_result, t_study, c_info, c_result), km, kc


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def add_flags(spec, flags):
    """Puts `flags` right after java in the spec's launcher (or kernel.json when it has none)."""
    script = os.path.join(spec, "kernel.sh")
    if os.path.exists(script):
        with open(script) as f:
            lines = f.read().split("\n")
        lines = [l.replace("bin/java' ", "bin/java' " + " ".join(f"'{x}'" for x in flags) + " ", 1) if l.startswith("exec ") else l
                 for l in lines]
        with open(script, "w") as f:
            f.write("\n".join(lines))
    else:
        import json
        path = os.path.join(spec, "kernel.json")
        with open(path) as f:
            k = json.load(f)
        k["argv"][1:1] = flags
        with open(path, "w") as f:
            json.dump(k, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=1000)
    ap.add_argument("--starts", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=300)
    ap.add_argument("--jvm-flags", default="", help="extra JVM flags for the gtrace kernel, e.g. '-Xmn16m'")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp()
    subprocess.run([os.path.join(HERE, "bin", "gtrace"), "install", "--prefix", tmp], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, GTRACE_NO_LABEXTENSION="1"))
    os.environ["JUPYTER_PATH"] = os.path.join(tmp, "share", "jupyter")
    if a.jvm_flags:
        add_flags(os.path.join(tmp, "share", "jupyter", "kernels", "gtrace"), a.jvm_flags.split())
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

    starts = {"gtrace": [], "python3": []}
    for _ in range(a.starts):
        for name in ("gtrace", "python3"):
            figures, km, kc = cold_start(name)
            starts[name].append(figures)
            stop(km, kc)

    kernels = {name: cold_start(name)[1:] for name in ("gtrace", "python3")}
    gpid = kernels["gtrace"][0].provisioner.process.pid
    ppid = kernels["python3"][0].provisioner.process.pid
    time.sleep(4)  # the background warm-up of the language; count it in "after start"
    rss_start, prss_start = rss_mb(gpid), rss_mb(ppid)
    times = {"gtrace": [], "python3": []}
    for i in range(a.rounds + 20):
        for name in ("gtrace", "python3"):
            dt = run_cell(kernels[name][1], CELL[name])
            if i >= 20:
                times[name].append(dt)
    for _ in range(max(0, a.cells - a.rounds - 20)):
        for name in ("gtrace", "python3"):
            run_cell(kernels[name][1], CELL[name])
    rss_cells, prss_cells = rss_mb(gpid), rss_mb(ppid)
    for km, kc in kernels.values():
        stop(km, kc)

    ms = lambda s: f"{s * 1000:.1f} ms"
    load = os.getloadavg()[0]
    print(f"Machine: {os.cpu_count()} CPUs, load average {load:.1f} at the end of the run.\n")
    print(f"| measure | gtrace (`{CELL['gtrace']}`) | ipykernel (`{CELL['python3']}`) |")
    print("|---|---|---|")
    for label, idx in (("cold start → first kernel_info_reply (median of %d)" % a.starts, 0),
                       ("cold start → first trivial cell result (median of %d)" % a.starts, 1),
                       ("cold start → then the brief's Ghibli cell (median of %d)" % a.starts, 2)):
        print(f"| {label} | {ms(statistics.median(s[idx] for s in starts['gtrace']))} | "
              f"{ms(statistics.median(s[idx] for s in starts['python3']))} |")
    for label, idx in (("kernel CPU time to first kernel_info_reply (median)", 3),
                       ("kernel CPU time to first trivial cell result (median)", 4)):
        print(f"| {label} | {ms(statistics.median(s[idx] for s in starts['gtrace']))} | "
              f"{ms(statistics.median(s[idx] for s in starts['python3']))} |")
    for p in (50, 90, 99):
        print(f"| execute round trip p{p} ({a.rounds} interleaved) | {ms(pct(times['gtrace'], p))} | {ms(pct(times['python3'], p))} |")
    print(f"| RSS after start and a first study (no Java cell: JShell not started) | {rss_start:.0f} MB | {prss_start:.0f} MB |")
    print(f"| RSS after {max(a.cells, a.rounds + 20)} cells | {rss_cells:.0f} MB | {prss_cells:.0f} MB |")
    if a.jvm_flags:
        print(f"\ngtrace JVM flags added: {a.jvm_flags}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
