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
        Path dir = spec.install(kernels);
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
    void prefixLayoutIsShareJupyterKernels() {
        assertEquals(Path.of("/p/share/jupyter/kernels"), KernelDirs.prefix(Path.of("/p")));
    }
}
