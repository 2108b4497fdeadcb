package org.gtrace.grammar.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that once crashed the front end, kept in src/test/resources/fuzz-regressions, and
 * every corpus program, checked and run again with the fuzzer's oracle.
 */
class FuzzRegressionTest {

    static Stream<Path> inputs() {
        return Stream.concat(FuzzInputs.files("fuzz-regressions").stream(), FuzzInputs.files("fuzz-corpus").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void stillGivesDiagnosticsNotACrash(Path input) {
        String source = FuzzInputs.read(input);
        // a hang is a finding too: each of these once took from seconds to minutes
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FrontEndOracle.check(source, true));
    }
}
