package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.gtrace.grammar.GTraceLexer;
import org.gtrace.grammar.GTraceParser;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.diag.Suggest;

/**
 * Text to AST. Parses in ANTLR's fast SLL mode first; only when that fails does it parse again
 * in full LL mode with error recovery, so that every syntax error is reported.
 */
public final class SourceParser {

    private SourceParser() {}

    /** The program, or null when there were syntax errors (they are in {@code diagnostics}). */
    public static Program parse(String source, Diagnostics diagnostics) {
        Diagnostic tooDeep = NestingGuard.check(source);
        if (tooDeep != null) {
            diagnostics.add(tooDeep);
            return null;
        }
        GTraceParser.ProgramContext tree = fastParse(source);
        if (tree == null) {
            List<Diagnostic> errors = recoveringParse(source);
            if (!errors.isEmpty()) {
                errors.forEach(diagnostics::add);
                return null;
            }
            tree = fullParse(source);
        }
        int before = diagnostics.size();
        Program program = new AstBuilder(diagnostics).program(tree);
        return diagnostics.size() > before && diagnostics.hasErrors() ? null : program;
    }

    private static GTraceParser parser(String source) {
        GTraceLexer lexer = new GTraceLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        GTraceParser parser = new GTraceParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        return parser;
    }

    private static GTraceParser.ProgramContext fastParse(String source) {
        GTraceParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.program();
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    private static GTraceParser.ProgramContext fullParse(String source) {
        GTraceParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser.program();
    }

    /**
     * Parses statement by statement (split at ';' and newlines outside '< >'), so every
     * statement with a mistake gets its own diagnostic.
     */
    private static List<Diagnostic> recoveringParse(String source) {
        GTraceLexer lexer = new GTraceLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        CommonTokenStream all = new CommonTokenStream(lexer);
        all.fill();
        SyntaxErrors listener = new SyntaxErrors();
        for (List<Token> chunk : StatementChunks.split(all.getTokens())) {
            GTraceParser parser = new GTraceParser(new CommonTokenStream(new ListTokenSource(chunk)));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.addErrorListener(listener);
            parser.statementOnly();
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : listener.found()) {
            Diagnostic better = UnclosedBlocks.improve(KeywordSlips.improve(d, all), all);
            if (!out.contains(better)) out.add(better);
        }
        return out;
    }

    /** Statement keywords, for "did you mean" on a misspelt first word. */
    public static List<String> statementKeywords() {
        return KeywordSlips.KEYWORDS;
    }

    /** Rewrites errors caused by a '<' left open on an earlier line: the caret goes to that '<'. */
    static final class UnclosedBlocks {
        private UnclosedBlocks() {}

        static Diagnostic improve(Diagnostic d, CommonTokenStream tokens) {
            Token open = null;
            for (Token t : tokens.getTokens()) {
                if (t.getStartIndex() >= d.span().start() && t.getLine() >= d.span().line()) break;
                if (t.getType() == GTraceLexer.LT) open = t;
                else if (t.getType() == GTraceLexer.GT) open = null;
            }
            if (open == null || open.getLine() >= d.span().line()) return d;
            return Diagnostic.error(Kind.SYNTAX, Spans.of(open), "this '<' is not closed",
                    "close the properties with '>' on line " + open.getLine() + "; the next lines were read as properties");
        }
    }

    /** Rewrites errors caused by a misspelt statement keyword at the start of the line. */
    static final class KeywordSlips {
        static final List<String> KEYWORDS = List.of("workload", "training", "region", "scenario", "simulate",
                "assess", "let", "load", "set", "expect", "chart", "table", "explain", "equivalents", "energy",
                "emissions", "water", "compare", "lifecycle");

        private KeywordSlips() {}

        static Diagnostic improve(Diagnostic d, CommonTokenStream tokens) {
            Token first = firstTokenOfLine(tokens, d.span().line());
            if (first == null || first.getType() != GTraceLexer.ID) return d;
            String hint = Suggest.didYouMean(first.getText(), KEYWORDS);
            if (hint.isEmpty()) return d;
            Span span = Spans.of(first);
            return Diagnostic.error(Kind.SYNTAX, span, "unknown statement '" + first.getText() + "'", hint);
        }

        private static Token firstTokenOfLine(CommonTokenStream tokens, int line) {
            for (Token t : tokens.getTokens()) {
                if (t.getLine() == line && t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != GTraceLexer.NEWLINE) {
                    return t;
                }
                if (t.getLine() > line) break;
            }
            return null;
        }
    }
}
