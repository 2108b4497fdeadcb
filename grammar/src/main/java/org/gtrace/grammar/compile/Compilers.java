package org.gtrace.grammar.compile;

import java.util.HashMap;
import java.util.Map;
import org.gtrace.grammar.ast.Stmt;

/**
 * Which {@link StatementCompiler} handles each statement kind. {@link #standard()} lists them
 * all in {@link StandardCompilers}; {@link #with} replaces one (a test, or a richer runtime).
 */
public final class Compilers {

    private final Map<Class<? extends Stmt>, StatementCompiler<? extends Stmt>> table;

    private Compilers(Map<Class<? extends Stmt>, StatementCompiler<? extends Stmt>> table) {
        this.table = Map.copyOf(table);
    }

    public static Compilers standard() {
        return new Compilers(StandardCompilers.table());
    }

    /** A copy with {@code compiler} handling {@code kind}. */
    public <S extends Stmt> Compilers with(Class<S> kind, StatementCompiler<S> compiler) {
        Map<Class<? extends Stmt>, StatementCompiler<? extends Stmt>> m = new HashMap<>(table);
        m.put(kind, compiler);
        return new Compilers(m);
    }

    @SuppressWarnings("unchecked")
    <S extends Stmt> Step compile(S statement, Services services) {
        StatementCompiler<S> c = (StatementCompiler<S>) table.get(statement.getClass());
        if (c == null) throw new IllegalStateException("no compiler registered for " + statement.getClass().getSimpleName());
        return c.compile(statement, services);
    }
}
