package org.gtrace.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigestHistoryTest {

    @Test
    void aSignatureIsAcceptedOnceAndTheOldestAreForgottenPastTheBound() {
        DigestHistory h = new DigestHistory();
        assertTrue(h.firstTime("a"));
        assertFalse(h.firstTime("a"), "a replay");
        for (int i = 0; i < DigestHistory.CAPACITY; i++) h.firstTime("s" + i);
        assertEquals(DigestHistory.CAPACITY, h.size(), "bounded");
        assertTrue(h.firstTime("a"), "'a' was the oldest, so it was forgotten first");
        assertFalse(h.firstTime("s" + (DigestHistory.CAPACITY - 1)), "the newest are still remembered");
    }
}
