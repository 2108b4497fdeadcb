package org.gtrace.grammar.ast;

import java.util.List;

/** A cell or a file: its statements in order. */
public record Program(List<Stmt> statements) {
    public Program {
        statements = List.copyOf(statements);
    }
}
