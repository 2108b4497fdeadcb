package org.gtrace.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void barShowsTheFractionAndTask() {
        assertEquals("[###############...............]  50% simulation trend",
                TerminalProgress.line("simulation trend", 0.5));
        assertEquals("[..............................]   0% Monte Carlo", TerminalProgress.line("Monte Carlo", 0));
    }
}
