"""Soak: DSL cells re-defining the same names, over and over. After warm-up the kernel's
resident memory must stay within 10%: redefinition replaces, history of small cells is all that
grows. CI runs RELIABILITY_SOAK_CELLS (default 3,000); docs/reliability.md has the 10,000+ run."""
import os
import unittest

from harness import Kernel

CELLS = int(os.environ.get("RELIABILITY_SOAK_CELLS", "3000"))
WARM_UP = max(1000, CELLS // 10)  # the heap is fully touched by about 600 cells
MAX_GROWTH = 0.10

# Each cell redefines the same handful of names; the language in use may not know all of them,
# so each statement runs in a cell of its own and only the ones that work are soaked.
CANDIDATES = [
    "let per_image = {i} Wh",
    "let volume = {i}K",
    "let total = per_image * volume",
    "workload image ghibli < queries {i}K; energy 0.006 kWh >",
    "emissions ghibli",
    "total",
    "per_image",
]


class Soak(unittest.TestCase):
    def test_redefining_the_same_names_keeps_memory_flat(self):
        k = Kernel()
        try:
            statements = [s for s in CANDIDATES if k.run(s.format(i=1))[0]["status"] == "ok"]
            self.assertGreaterEqual(len(statements), 2, "the soak needs at least a let and a query to run")
            rss, failed = [], 0
            for i in range(CELLS):
                code = "\n".join(s.format(i=i % 97 + 1) for s in statements)
                reply, _ = k.run(code)
                failed += reply["status"] != "ok"
                if i + 1 == WARM_UP or (i + 1) % (CELLS // 10) == 0:
                    rss.append((i + 1, k.rss_mb()))
            self.assertEqual(0, failed, "cells that failed in the soak")
            warm = dict(rss)[WARM_UP]
            after = [mb for n, mb in rss if n > WARM_UP]
            print("\nsoak RSS (cells, MB): %s" % [(n, round(mb, 1)) for n, mb in rss])
            print("\nsoak: %d cells of %d statements; RSS MB after %d cells %.1f, max after %.1f, end %.1f (%+.1f%%)"
                  % (CELLS, len(statements), WARM_UP, warm, max(after), after[-1], 100 * (after[-1] / warm - 1)))
            self.assertLess(max(after), warm * (1 + MAX_GROWTH), "RSS (cells, MB): %s" % rss)
        finally:
            k.close()


JAVA_CELLS = int(os.environ.get("RELIABILITY_JAVA_SOAK_CELLS", "3000"))


def quantile(xs, p):
    xs = sorted(xs)
    return xs[int(p * (len(xs) - 1))]


class JavaSoak(unittest.TestCase):
    def test_a_java_cell_costs_the_same_after_thousands(self):
        # over 3,000 trivial Java cells the median went from 28 to 172 ms: JShell kept every expression's $N
        import statistics
        import time
        k = Kernel()
        try:
            k.run("%%java\n1")
            times = []
            for i in range(JAVA_CELLS):
                t0 = time.monotonic()
                reply, out = k.run("%%%%java\n%d * 7" % i)
                times.append((time.monotonic() - t0) * 1000)
                self.assertEqual("ok", reply["status"], reply)
            start, end = times[:300], times[-300:]
            m0, m1 = statistics.median(start), statistics.median(end)
            p0, p1 = quantile(start, 0.95), quantile(end, 0.95)
            print("\njava soak: %d cells; median %.1f ms at the start, %.1f at the end; p95 %.1f and %.1f ms; live heap %.0f MB"
                  % (JAVA_CELLS, m0, m1, p0, p1, k.live_heap_mb()))
            self.assertLess(m1, 1.5 * m0, "median at the start and the end")
            self.assertLess(p1, 1.5 * max(p0, m0 * 1.5), "p95 at the start and the end")
        finally:
            k.close()


    def test_a_renewed_jshell_still_sees_the_dsl_and_a_users_java_is_never_lost(self):
        # past 300 snippets a JShell holding nothing of the user's is swapped for a fresh one
        k = Kernel()
        try:
            k.run("let lent = 3 kWh")
            self.assertEqual("ok", k.run('%%java\nlent.in("Wh")')[0]["status"])
            for i in range(400):
                k.run("%%%%java\n%d + 1" % i)
            reply, out = k.run('%%java\nlent.in("Wh")')
            self.assertEqual("ok", reply["status"], reply)
            self.assertIn("3000", "".join(c["data"]["text/plain"] for t, c in out if t == "execute_result"))
            k.run("%%java\nint kept = 41;")
            for i in range(400):
                k.run("%%%%java\n%d + 2" % i)
            reply, out = k.run("%%java\nkept + 1")
            self.assertEqual("42", "".join(c["data"]["text/plain"] for t, c in out if t == "execute_result"),
                             "a JShell with the user's own declarations is kept")
        finally:
            k.close()


if __name__ == "__main__":
    unittest.main()
