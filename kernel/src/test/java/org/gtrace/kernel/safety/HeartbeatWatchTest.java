package org.gtrace.kernel.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeartbeatWatchTest {

    @Test
    void theTimeoutIsOffUnlessGivenInWholeSeconds() {
        assertEquals(Optional.empty(), HeartbeatWatch.timeout(null));
        assertEquals(Optional.empty(), HeartbeatWatch.timeout(" "));
        assertEquals(Optional.of(Duration.ofSeconds(90)), HeartbeatWatch.timeout(" 90 "));
    }

    @Test
    void aTimeoutThatIsNotOneIsRefusedWithTheVariableNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeartbeatWatch.timeout("1.5"))
                .getMessage().contains("GTRACE_HEARTBEAT_TIMEOUT_SECONDS='1.5' is not a whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeartbeatWatch.timeout("0"))
                .getMessage().contains("must be at least 1 second"));
    }
}
