package org.gtrace.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.kernel.jupyter.Request;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static List<String> inputs(List<Object[]> rows) {
        return rows.stream().map(r -> (String) r[2]).toList();
    }

    private final History h = new History();

    HistoryTest() {
        h.add(1, "let a = 1 kWh", "");
        h.add(2, "emissions g", "4,200 MWh");
        h.add(3, "let a = 1 kWh", "");
        h.add(4, "let b = 2 kWh", "");
    }

    @Test
    void tailGivesTheLastN() {
        assertEquals(List.of("let a = 1 kWh", "let b = 2 kWh"), inputs(h.answer(new Request.HistoryQuery("tail", false, 2, null, false, 0, 0, 0))));
    }

    @Test
    void searchIsAGlobAndUniqueKeepsTheLatest() {
        var q = new Request.HistoryQuery("search", false, 0, "let *", false, 0, 0, 0);
        assertEquals(3, h.answer(q).size());
        var unique = h.answer(new Request.HistoryQuery("search", false, 0, "let *", true, 0, 0, 0));
        assertEquals(List.of("let a = 1 kWh", "let b = 2 kWh"), inputs(unique));
        assertEquals(3, (Integer) unique.get(0)[1]);
    }

    @Test
    void rangeAndOutput() {
        var rows = h.answer(new Request.HistoryQuery("range", true, 0, null, false, 1, 2, 3));
        assertEquals(1, rows.size());
        assertEquals("4,200 MWh", rows.get(0)[3]);
    }

    @Test
    void pastItsBudgetTheOldestEntriesShrinkAndTheNewestStayWhole() {
        History big = new History();
        String cell = "x".repeat(90_000);
        int n = (int) (History.BUDGET / cell.length()) + 20;
        for (int i = 1; i <= n; i++) big.add(i, cell, "");
        var all = big.answer(new Request.HistoryQuery("tail", false, 0, null, false, 0, 0, 0));
        assertEquals(n, all.size(), "every cell still has an entry");
        long total = all.stream().mapToLong(r -> ((String) r[2]).length()).sum();
        assertTrue(total <= History.BUDGET + cell.length(), "kept " + total);
        assertEquals(cell, all.get(n - 1)[2], "the newest stays whole");
        assertTrue(((String) all.get(0)[2]).startsWith("x".repeat(History.OLD_KEPT) + "\n# …"),
                "the oldest keeps its head and a note");
    }
}
