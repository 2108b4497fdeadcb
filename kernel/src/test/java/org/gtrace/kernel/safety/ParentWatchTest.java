package org.gtrace.kernel.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParentWatchTest {

    private static final long DIRECT_PARENT = ProcessHandle.current().parent().orElseThrow().pid();

    @Test
    void jupyterClientsParentPidIsWatchedWhenItNamesALiveProcess() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertEquals(sleeper.pid(), ParentWatch.parent(Long.toString(sleeper.pid())).orElseThrow().pid());
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }

    @Test
    void withoutAUsablePidTheDirectParentIsWatched() throws Exception {
        assertEquals(DIRECT_PARENT, ParentWatch.parent(null).orElseThrow().pid());
        assertEquals(DIRECT_PARENT, ParentWatch.parent("not a pid").orElseThrow().pid());
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        assertEquals(DIRECT_PARENT, ParentWatch.parent(Long.toString(gone.pid())).orElseThrow().pid(),
                "a pid that has ended is no parent");
    }

    @Test
    void initIsNeverWatched() {
        assertTrue(ParentWatch.parent("1").isEmpty(), "a kernel started by init has nothing to outlive");
    }
}
