package org.gtrace.grammar.ast;

/** What {@code chart}, {@code table} and {@code explain} can take: a query or an expression. */
public sealed interface Subject permits Query, Expr {
    Span span();
}
