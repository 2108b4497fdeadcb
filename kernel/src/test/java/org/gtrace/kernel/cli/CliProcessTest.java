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

    private static Process gtrace(java.util.Map<String, String> env, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().putAll(env);
        return b.start();
    }

    private static String refused(Process p) throws InterruptedException, IOException {
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still reading after 60 s");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), "no stack trace: " + err);
        return err;
    }

    @Test
    void endlessInputIsRefusedAtItsLimitNotReadUntilMemoryRunsOut(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // with a 256 MB heap: reading /dev/zero whole ended in OutOfMemoryError and a stack trace
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            String err = refused(gtrace(java.util.Map.of(), "run", device));
            assertTrue(err.startsWith("gtrace: cannot read " + device + ": is over 64 MB, the most a program may be"), err);
        }
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("study.gtrace"), Path.of("/dev/zero"));
        assertTrue(refused(gtrace(java.util.Map.of(), "check", link.toString())).contains("is over 64 MB"));
        Process endless = gtrace(java.util.Map.of(), "check", "-");
        Thread writer = new Thread(() -> {
            byte[] line = "let x = 1 kWh\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
            try (var out = endless.getOutputStream()) {
                while (true) out.write(line);
            } catch (IOException e) {
                // the process stopped reading: what the test waits for
            }
        });
        writer.start();
        assertTrue(refused(endless).startsWith("gtrace: cannot read -: is over 64 MB"));
        writer.join(10_000);
    }

    @Test
    void aLongProgramOnStdinIsReadWhole() throws Exception {
        // 2 MB through the pipe: the buffer grows five times, and a byte lost at a growth is a syntax error
        StringBuilder program = new StringBuilder();
        for (int i = 0; i < 100_000; i++) program.append("let x").append(i).append(" = ").append(i).append(" kWh\n");
        program.append("let total = x99999 + x1\n");
        Process p = gtrace(java.util.Map.of(), "check", "-");
        try (var out = p.getOutputStream()) {
            out.write(program.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
    }

    @Test
    void aFifoThatNeverDeliversTimesOut(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("study.gtrace");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        long start = System.nanoTime();
        String err = refused(gtrace(java.util.Map.of("GTRACE_INPUT_IDLE_SECONDS", "2"), "run", fifo.toString()));
        assertTrue(err.startsWith("gtrace: cannot read " + fifo + ": nothing arrived for 2 s"), err);
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "gave up after its idle time, not never");
    }
}
