package org.gtrace.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package graph the cycle tests read: what makes an edge, what does not, and how a cycle is named. */
class PackageGraphTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void importsAndQualifiedNamesMakeEdgesCommentsAndLiteralsDoNot() throws IOException {
        write("t/a/A.java", "package t.a;\nimport t.b.*;\nimport static t.c.C.ONE;\nclass A {}\n");
        write("t/b/B.java", "package t.b;\n// import t.a.A;\n/* t.a.A */\nclass B { String s = \"t.a.A\"; char q = '\"'; t.c.C c; }\n");
        write("t/c/C.java", "package t.c;\nclass C { static final int ONE = 1; String s = \"\"\"\n  t.a.A \\\"\"\" \"\"\"; }\n");
        PackageGraph g = PackageGraph.of(root);
        assertEquals(Set.of("t.a", "t.b", "t.c"), g.packages());
        assertEquals(Set.of("t.b", "t.c"), g.dependenciesOf("t.a"));
        assertEquals(Set.of("t.c"), g.dependenciesOf("t.b"));
        assertEquals(Set.of(), g.dependenciesOf("t.c"));
        assertEquals(List.of(), g.cycles());
    }

    @Test
    void aCycleIsNamedOnceWithWhatMakesEachStep() throws IOException {
        write("t/a/A.java", "package t.a;\nimport t.b.B;\nclass A {}\n");
        write("t/b/B.java", "package t.b;\nclass B { t.c.C c; }\n");
        write("t/c/C.java", "package t.c;\nimport t.a.A;\nclass C {}\n");
        assertEquals(List.of("t.a -> t.b -> t.c -> t.a"
                + "\n    t.a -> t.b: A.java uses t.b.B"
                + "\n    t.b -> t.c: B.java uses t.c.C"
                + "\n    t.c -> t.a: C.java uses t.a.A"), PackageGraph.of(root).cycles());
    }
}
