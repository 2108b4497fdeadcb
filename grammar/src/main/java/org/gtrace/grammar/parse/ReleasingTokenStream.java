package org.gtrace.grammar.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token stream that lets go of the tokens of statements already read. ANTLR's buffered stream
 * keeps every token to the end of the parse: about 290 bytes a one-line statement, 290 MB for
 * 1,000,000 of them, after each statement's parse tree had been dropped.
 */
final class ReleasingTokenStream extends CommonTokenStream {

    private int released;

    ReleasingTokenStream(TokenSource source) {
        super(source);
    }

    /**
     * Forgets the tokens before {@code index}. The parser looks back at most to the start of the
     * statement it is in, so the caller releases only what lies before the statement just read.
     */
    void releaseBefore(int index) {
        int end = Math.min(index, tokens.size());
        for (int i = released; i < end; i++) tokens.set(i, null);
        released = Math.max(released, end);
    }
}
