package org.gtrace.grammar.compile;

import org.gtrace.grammar.ast.Stmt;

/**
 * Compiles one kind of statement into a {@link Step}. One implementation per statement kind,
 * registered in {@link Compilers}.
 */
@FunctionalInterface
public interface StatementCompiler<S extends Stmt> {
    Step compile(S statement, Services services);
}
