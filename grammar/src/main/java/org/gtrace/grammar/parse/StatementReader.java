package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gtrace.grammar.ast.Stmt;

/**
 * Turns each top-level statement into its AST node as the parser finishes it, then drops its
 * parse tree: a whole program's tree held about 1.7 KB a statement (1,000,000 statements took
 * 3.1 GB). The separators' nodes and the tokens of statements read go too.
 */
final class StatementReader implements ParseTreeListener {

    private final AstBuilder builder;
    private final ReleasingTokenStream tokens;
    private final List<Stmt> statements = new ArrayList<>();
    private RuntimeException failed;

    StatementReader(AstBuilder builder, ReleasingTokenStream tokens) {
        this.builder = builder;
        this.tokens = tokens;
    }

    @Override
    public void exitEveryRule(ParserRuleContext ctx) {
        // a rule also exits while a syntax error unwinds it: only a whole statement is read
        if (failed != null || ctx.exception != null) return;
        if (ctx instanceof GTraceParser.StatementContext s && ctx.getParent() instanceof GTraceParser.ProgramContext program) {
            try {
                statements.add(builder.statement(s));
            } catch (RuntimeException e) {
                failed = e;  // thrown by statements() if the parse ends well; else the parse's own error stands
                return;
            }
            program.removeLastChild();
            tokens.releaseBefore(s.getStart().getTokenIndex());
        } else if (ctx instanceof GTraceParser.SepContext && ctx.getParent() instanceof GTraceParser.ProgramContext program) {
            program.removeLastChild();  // a separator's node is never read; kept, it held about 190 bytes
        }
    }

    /** The statements read, once the parse has ended without a syntax error. */
    List<Stmt> statements() {
        if (failed != null) throw failed;
        return statements;
    }

    @Override public void enterEveryRule(ParserRuleContext ctx) { }
    @Override public void visitTerminal(TerminalNode node) { }
    @Override public void visitErrorNode(ErrorNode node) { }
}
