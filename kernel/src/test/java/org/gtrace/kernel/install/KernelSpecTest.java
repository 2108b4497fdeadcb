package org.gtrace.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

    @Test
    void kernelJsonNamesTheKernelAndItsCommand() {
        JsonObject o = JsonParser.parseString(new KernelSpec("/opt/java/bin/java", List.of("/a.jar", "/b.jar")).kernelJson()).getAsJsonObject();
        assertEquals("G-TRACE", o.get("display_name").getAsString());
        assertEquals("gtrace", o.get("language").getAsString());
        assertEquals("message", o.get("interrupt_mode").getAsString());
        var argv = o.getAsJsonArray("argv");
        assertEquals("/opt/java/bin/java", argv.get(0).getAsString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        assertEquals("kernel", argv.get(argv.size() - 2).getAsString());
        assertTrue(argv.toString().contains("/a.jar:/b.jar"));
    }

    @Test
    void installWritesSpecAndLogosAndReplacesAnOldOne(@TempDir Path tmp) throws Exception {
        Path kernels = tmp.resolve("kernels");
        KernelSpec spec = new KernelSpec("java", List.of("x.jar"));
        spec.install(kernels);
        Path dir = spec.install(kernels).dir();
        assertEquals(kernels.resolve("gtrace"), dir);
        try (var s = Files.list(kernels)) {
            assertEquals(List.of("gtrace"), s.map(p -> p.getFileName().toString()).toList(), "no temporary folders left");
        }
        for (int size : new int[] {32, 64}) {
            var img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("logo-" + size + "x" + size + ".png"))));
            assertEquals(size, img.getWidth());
            assertEquals(size, img.getHeight());
        }
    }

    @Test
    void anInstallRemovesTheFoldersAKilledInstallLeftButNotOneAtWork(@TempDir Path tmp) throws Exception {
        // a kill -9 during install left hidden .gtrace-<random> folders of up to 13 MB, which no later install removed
        Path kernels = Files.createDirectories(tmp.resolve("kernels"));
        Path debris = Files.createDirectories(kernels.resolve(".gtrace-123456789"));
        Files.writeString(debris.resolve("kernel.json"), "{}");
        Files.setLastModifiedTime(debris, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path working = Files.createDirectories(kernels.resolve(".gtrace-987654321"));
        Path other = Files.createDirectories(kernels.resolve(".python3-old"));
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));
        new KernelSpec("java", List.of("x.jar")).install(kernels);
        assertTrue(Files.notExists(debris), "the stale folder is gone");
        assertTrue(Files.exists(working), "a young one may be another install at work");
        assertTrue(Files.exists(other), "nobody else's is touched");
    }

    @Test
    void prefixLayoutIsShareJupyterKernels() {
        assertEquals(Path.of("/p/share/jupyter/kernels"), KernelDirs.prefix(Path.of("/p")));
    }

    @Test
    void aKilledInstallsFolderIsKnownByItsFreeLockAndOneAtWorkByItsHeldOne(@TempDir Path tmp) throws Exception {
        Path kernels = Files.createDirectories(tmp.resolve("kernels"));
        Path killed = Files.createDirectories(kernels.resolve(".gtrace-111"));
        Files.writeString(killed.resolve(KernelSpec.LOCK), "");
        Path atWork = Files.createDirectories(kernels.resolve(".gtrace-222"));
        Files.writeString(atWork.resolve(KernelSpec.LOCK), "");
        try (var ch = java.nio.channels.FileChannel.open(atWork.resolve(KernelSpec.LOCK), java.nio.file.StandardOpenOption.WRITE);
             var lock = ch.lock()) {
            KernelSpec.removeStale(kernels, "gtrace");
        }
        assertTrue(Files.notExists(killed), "young, but its lock is free: its install is dead");
        assertTrue(Files.exists(atWork), "its lock is held: an install at work");
    }

    @Test
    void anArchiveThatCannotBeMadeIsLeftOutAndSaidSo(@TempDir Path tmp) throws Exception {
        // x.jar does not exist, so the rehearsal start fails: the spec is written without an archive
        KernelSpec.Installed done = new KernelSpec(Path.of(System.getProperty("java.home"), "bin", "java").toString(), List.of("x.jar"))
                .install(tmp.resolve("kernels"));
        assertEquals(List.of(), done.leftOut().stream().filter(l -> !l.startsWith("gtrace.jsa")).toList());
        assertTrue(done.leftOut().get(0).contains("the JVM exited with status"), done.leftOut().toString());
        assertTrue(done.leftOut().get(0).endsWith("the kernel starts without it, a little slower"), done.leftOut().toString());
        assertTrue(Files.notExists(done.dir().resolve("gtrace.jsa")) && Files.notExists(done.dir().resolve(KernelLauncherScript.NAME)));
        var argv = JsonParser.parseString(Files.readString(done.dir().resolve("kernel.json"))).getAsJsonObject().getAsJsonArray("argv");
        assertTrue(argv.get(0).getAsString().endsWith("/bin/java"), "without an archive there is nothing to check: java directly");
        assertTrue(done.written().contains("kernel.json"));
    }

    @Test
    void aFileInPlaceOfThePrefixIsAWriteErrorNamingIt(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("prefix"), "");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.gtrace.stdlib.io.WriteError.class,
                () -> new KernelSpec("java", List.of("x.jar")).install(KernelDirs.prefix(file)));
        assertEquals(org.gtrace.stdlib.io.WriteError.Reason.NOT_A_FOLDER, e.reason());
        assertTrue(e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());
    }
}
