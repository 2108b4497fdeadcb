package org.gtrace.stdlib.telemetry;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.Gson;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** An engine's jars win over the caller's copies of the same library; the types it hands back are the caller's. */
class EngineClassLoaderTest {

    private static URL jarOf(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void theEnginesOwnLibraryIsLoadedFromItsJarsButTheStdlibAndTablesawAreShared() throws Exception {
        try (EngineClassLoader loader = new EngineClassLoader("test", List.of(jarOf(Gson.class), jarOf(Table.class)),
                EngineClassLoaderTest.class.getClassLoader())) {
            Class<?> gson = loader.loadClass(Gson.class.getName());
            assertNotSame(Gson.class, gson, "the engine must get its own Gson, not the caller's");
            assertSame(loader, gson.getClassLoader());
            assertSame(Table.class, loader.loadClass(Table.class.getName()), "a table must cross over as the caller's Table");
            assertSame(Dataset.class, loader.loadClass(Dataset.class.getName()));
            assertSame(String.class, loader.loadClass("java.lang.String"));
        }
    }
}
