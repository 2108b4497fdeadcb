package org.gtrace.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line as a real process (a fresh JVM), reading standard input; bin/test also runs bin/gtrace itself. */
class CliProcessTest {

    @Test
    void aRealProcessReadsStdinAndExitsWithTheContractStatus() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "-"));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().write("let x = 3 kwh\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.startsWith("<stdin>:1:11: error: unknown unit 'kwh'"), err);
        assertTrue(!err.contains("at org."), "no stack trace: " + err);
    }
}
