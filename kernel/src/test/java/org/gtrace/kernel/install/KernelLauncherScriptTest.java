package org.gtrace.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's checks, run by /bin/sh as Jupyter runs them. The "java" here is a script that
 * prints its arguments, standing for a JDK whose update the test can make (its libjvm grows); the
 * damaged archives with the real JVM are in reliability/test_archives.py.
 */
class KernelLauncherScriptTest {

    @TempDir
    Path dir;
    Path java;
    Path libjvm;
    Path archive;
    Path jar;
    Path script;

    @BeforeEach
    void aJdkAnArchiveAndAJar() throws Exception {
        java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        libjvm = Files.createDirectories(dir.resolve("jdk/lib/server")).resolve("libjvm.so");
        Files.write(libjvm, new byte[4096]);
        jar = Files.write(dir.resolve("kernel.jar"), new byte[10]);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        archive = Files.write(dir.resolve("gtrace.jsa"), bytes);
        script = dir.resolve(KernelLauncherScript.NAME);
        Files.writeString(script, KernelLauncherScript.of(java.toString(), List.of("-Xss1m", "-Dx=a b'c"), archive, archive, List.of(jar.toString())));
    }

    private String[] launch() throws Exception {
        Process p = new ProcessBuilder("/bin/sh", script.toString(), "/run/conn 1.json").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        return new String[] {out, err};
    }

    @Test
    void aWholeArchiveIsPassedAndNothingIsLogged() throws Exception {
        String[] r = launch();
        assertEquals("-Xss1m -Dx=a b'c -XX:SharedArchiveFile=" + archive + " -cp " + jar + " org.gtrace.kernel.cli.Main kernel /run/conn 1.json", r[0]);
        assertEquals("", r[1]);
    }

    @Test
    void eachDamageIsSkippedWithOneLineSayingWhy() throws Exception {
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, Arrays.copyOf(whole, 5_000));
        assertSkipped("it is 5000 bytes, not the 100000 install wrote (truncated or damaged)");
        Files.write(archive, new byte[0]);
        assertSkipped("it is 0 bytes, not the 100000 install wrote");
        byte[] garbage = whole.clone();
        garbage[3] ^= 0x5a;
        Files.write(archive, garbage);
        assertSkipped("its first bytes are not the ones install wrote (damaged or replaced)");
        Files.delete(archive);
        assertSkipped("it is missing");
    }

    @Test
    void anUpdatedJavaOrARebuiltJarIsSaidSo() throws Exception {
        Files.write(libjvm, new byte[8], StandardOpenOption.APPEND);
        assertSkipped("java has been updated since install");
        Files.write(libjvm, new byte[4096]);
        assertTrue(launch()[0].contains("-XX:SharedArchiveFile="));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertSkipped("a jar of the kernel is newer than the archive");
    }

    private void assertSkipped(String why) throws Exception {
        String[] r = launch();
        assertFalse(r[0].contains("SharedArchiveFile"), r[0]);
        assertTrue(r[0].endsWith("org.gtrace.kernel.cli.Main kernel /run/conn 1.json"), r[0]);
        assertEquals(1, r[1].lines().count(), r[1]);
        assertTrue(r[1].contains("is not used: " + why), r[1]);
        assertTrue(r[1].contains("gtrace install --force rebuilds it"), r[1]);
    }
}
