"""2,000 hostile cells (see cells.py) through one kernel: every one answered with a reply, the
kernel alive throughout, kernel_info answered on the way, resident memory bounded, and no G-TRACE
cell failing with anything but a diagnostic (InternalError is the kernel's name for a crash).

RELIABILITY_CELLS and RELIABILITY_SEED change the run (docs/reliability.md has the long one)."""
import os
import random
import time
import unittest

from cells import cell
from harness import Kernel

CELLS = int(os.environ.get("RELIABILITY_CELLS", "2000"))
SEED = int(os.environ.get("RELIABILITY_SEED", "20261129"))
# The three 10 MB cells come among the first 400 (the warm-up). After it, what the kernel keeps
# (live heap after a full GC: history, JShell's snippets) may grow by at most LIVE_GROWTH_MB; the
# resident size also carries the JVM's high-water mark, which a heavier cell later on can raise,
# so its bound is looser than the soak's 10%.
MAX_GROWTH = 0.25
LIVE_GROWTH_MB = 64
MAX_RSS_MB = 1500


class RandomCells(unittest.TestCase):
    def test_every_hostile_cell_is_answered_and_the_kernel_stays_up(self):
        r = random.Random(SEED)
        k = Kernel()
        crashes, counts, rss, live = [], {"ok": 0, "error": 0}, [], []
        times = []
        try:
            reply, _ = k.run("%%java\n1")  # JShell warm, so the first Java cell is not timed as slow
            self.assertEqual("ok", reply["status"])
            t_start = time.monotonic()
            for i in range(CELLS):
                code = cell(r, i, CELLS)
                t0 = time.monotonic()
                try:
                    reply, _ = k.run(code, timeout=120)
                except Exception as e:  # no reply at all: the worst failure
                    self.fail("cell %d got no reply (%r); kernel alive: %s; cell starts %r"
                              % (i, e, k.km.is_alive(), code[:200]))
                took = time.monotonic() - t0
                times.append((took, i, code[:60]))
                counts[reply["status"]] += 1
                if reply["status"] == "error" and reply["ename"] == "InternalError" and not code.lstrip().startswith("%%java"):
                    crashes.append((i, reply["evalue"][:300], code[:300]))
                if i % 100 == 99:
                    self.assertTrue(k.km.is_alive(), "kernel died by cell %d" % i)
                    self.assertTrue(k.answers_kernel_info(), "kernel deaf after cell %d" % i)
                    rss.append(k.rss_mb())
                if i + 1 in (400, CELLS):
                    live.append(k.live_heap_mb())
            elapsed = time.monotonic() - t_start
            self.assertEqual(CELLS, counts["ok"] + counts["error"])
            self.assertEqual([], crashes, "G-TRACE cells that crashed instead of giving a diagnostic")
            warm = rss[min(3, len(rss) - 1)]
            times.sort(reverse=True)
            print("\nrandom cells: %d (%d ok, %d error) in %.1f s; RSS MB after warm-up %.0f, max %.0f, end %.0f;"
                  " slowest: %s" % (CELLS, counts["ok"], counts["error"], elapsed, warm, max(rss), rss[-1],
                                    ["%.2f s #%d %r" % t for t in times[:5]]))
            samples = "RSS samples (MB): %s" % [round(x) for x in rss]
            print("live heap MB after warm-up %.0f, at the end %.0f" % (live[0], live[-1]))
            self.assertLess(live[-1] - live[0], LIVE_GROWTH_MB, "live heap (MB) after warm-up and at the end: %s" % live)
            self.assertLess(rss[-1], warm * (1 + MAX_GROWTH), samples)
            self.assertLess(max(rss), MAX_RSS_MB, samples)
        finally:
            k.close()


if __name__ == "__main__":
    unittest.main()
