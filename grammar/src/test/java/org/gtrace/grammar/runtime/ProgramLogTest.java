package org.gtrace.grammar.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgramLogTest {

    @Test
    void oneFileIsKeptAsItsOwnText() {
        ProgramLog log = new ProgramLog();
        log.add("study.gtrace", "let a = 1 kWh");
        assertEquals("study.gtrace", log.origin());
        assertEquals("let a = 1 kWh", log.text());
    }

    @Test
    void pastTheLimitACellKeepsItsSizeAndHashNotItsText() {
        ProgramLog log = new ProgramLog();
        log.add("cell 1", "let a = 1 kWh\n");
        String huge = "# x\n".repeat(ProgramLog.MAX_KEPT / 4 + 1);
        log.add("cell 2", huge);
        assertTrue(log.text().length() < 1_000, "the log stays small: " + log.text().length());
        assertTrue(log.text().contains("8,000,004 characters not kept"), log.text());
        ProgramLog other = new ProgramLog();
        other.add("cell 1", "let a = 1 kWh\n");
        other.add("cell 2", huge.replaceFirst("x", "y"));
        assertNotEquals(log.text(), other.text(), "a change in an unkept cell still changes the manifest's program");
    }
}
