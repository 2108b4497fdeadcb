package org.gtrace.grammar.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.gtrace.grammar.ast.Stmt;
import org.junit.jupiter.api.Test;

/** A statement kind added to {@code Stmt} without a compiler fails here, not in a user's cell. */
class StandardCompilersTest {

    @Test
    void everyStatementKindHasACompiler() {
        assertEquals(Set.of(Stmt.class.getPermittedSubclasses()), StandardCompilers.table().keySet());
    }
}
