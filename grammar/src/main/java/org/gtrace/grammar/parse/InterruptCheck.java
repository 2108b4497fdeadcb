package org.gtrace.grammar.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gtrace.stdlib.uncertainty.CancelledException;

/** Ends a parse whose thread has been interrupted (the kernel's interrupt), looking every 1,024 rules. */
final class InterruptCheck implements ParseTreeListener {

    private int rules;

    @Override
    public void exitEveryRule(ParserRuleContext ctx) {
        if ((++rules & 1023) == 0) CancelledException.ifInterrupted("reading the cell");
    }

    @Override public void enterEveryRule(ParserRuleContext ctx) { }
    @Override public void visitTerminal(TerminalNode node) { }
    @Override public void visitErrorNode(ErrorNode node) { }
}
