package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
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

    private static List<Diagnostic> recoveringParse(String source) {
        GTraceParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        SyntaxErrors listener = new SyntaxErrors();
        parser.addErrorListener(listener);
        parser.program();
        CommonTokenStream tokens = (CommonTokenStream) parser.getTokenStream();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : listener.found()) out.add(KeywordSlips.improve(d, tokens));
        return out;
    }

    /** Statement keywords, for "did you mean" on a misspelt first word. */
    public static List<String> statementKeywords() {
        return KeywordSlips.KEYWORDS;
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
