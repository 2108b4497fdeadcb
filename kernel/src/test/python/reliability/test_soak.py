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


if __name__ == "__main__":
    unittest.main()
