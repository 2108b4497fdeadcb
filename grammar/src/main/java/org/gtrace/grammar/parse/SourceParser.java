package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;

/**
 * Text to AST. Parses in ANTLR's fast SLL mode first; only when that fails does it parse again
 * in full LL mode with error recovery, so that every syntax error is reported.
 */
public final class SourceParser {

    private SourceParser() {}

    /**
     * What could be read. After a syntax error {@code program} holds the statements that read
     * cleanly, so the checker can still report their mistakes, and {@code unread} the names the
     * others were declaring, so that using them is not reported as an undefined name too.
     * {@code program} is null when nothing could be read at all (nesting too deep).
     */
    public record Parsed(Program program, boolean complete, Set<String> unread) {
        public Parsed {
            unread = Set.copyOf(unread);
        }
    }

    /** The program, or null when there were syntax errors (they are in {@code diagnostics}). */
    public static Program parse(String source, Diagnostics diagnostics) {
        Parsed p = parseAll(source, diagnostics);
        return p.complete() ? p.program() : null;
    }

    public static Parsed parseAll(String source, Diagnostics diagnostics) {
        Diagnostic tooDeep = NestingGuard.check(source);
        if (tooDeep != null) {
            diagnostics.add(tooDeep);
            return new Parsed(null, false, Set.of());
        }
        Diagnostics read = new Diagnostics();
        List<Stmt> statements = fastParse(source, new AstBuilder(read));
        if (statements != null) {
            int before = diagnostics.size();
            read.sorted().forEach(diagnostics::add);
            boolean clean = !(diagnostics.size() > before && diagnostics.hasErrors());
            return new Parsed(new Program(statements), clean, Set.of());
        }
        Parsed partial = recoveringParse(source, diagnostics);
        if (!partial.complete()) return partial;
        GTraceParser.ProgramContext tree = fullParse(source);
        int before = diagnostics.size();
        Program program = new AstBuilder(diagnostics).program(tree);
        boolean clean = !(diagnostics.size() > before && diagnostics.hasErrors());
        return new Parsed(program, clean, Set.of());
    }

    private static GTraceParser parser(String source) {
        GTraceLexer lexer = new GTraceLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        GTraceParser parser = new GTraceParser(new ReleasingTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addParseListener(new InterruptCheck());
        return parser;
    }

    /** The program's statements, each read as soon as it is parsed ({@link StatementReader}), or null at the first syntax error. */
    private static List<Stmt> fastParse(String source, AstBuilder builder) {
        GTraceParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        StatementReader reader = new StatementReader(builder, (ReleasingTokenStream) parser.getTokenStream());
        parser.addParseListener(reader);
        try {
            parser.program();
        } catch (ParseCancellationException e) {
            return null;
        }
        return reader.statements();
    }

    private static GTraceParser.ProgramContext fullParse(String source) {
        GTraceParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser.program();
    }

    /**
     * Parses statement by statement (split at ';' and newlines outside '< >'), so every
     * statement with a mistake gets its own diagnostic and every other one is still read.
     */
    private static Parsed recoveringParse(String source, Diagnostics diagnostics) {
        GTraceLexer lexer = new GTraceLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        CommonTokenStream all = new CommonTokenStream(lexer);
        all.fill();
        SyntaxErrors listener = new SyntaxErrors();
        AstBuilder builder = new AstBuilder(diagnostics);
        List<Stmt> read = new ArrayList<>();
        Set<String> unread = new LinkedHashSet<>();
        for (List<Token> chunk : StatementChunks.split(all.getTokens())) {
            org.gtrace.stdlib.uncertainty.CancelledException.ifInterrupted("reading the cell");
            GTraceParser parser = new GTraceParser(new CommonTokenStream(new ListTokenSource(chunk)));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.addErrorListener(listener);
            int before = listener.count();
            GTraceParser.StatementOnlyContext tree = parser.statementOnly();
            if (listener.count() > before) {
                StatementChunks.declaredName(chunk).ifPresent(unread::add);
            } else {
                Stmt s = builder.statementOnly(tree);
                if (s != null) read.add(s);
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : listener.found()) {
            Diagnostic better = UnclosedBlocks.improve(KeywordSlips.improve(d, all), all);
            if (!out.contains(better)) out.add(better);
        }
        out.forEach(diagnostics::add);
        return new Parsed(new Program(read), out.isEmpty(), unread);
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
            String hint = DidYouMean.hint(first.getText(), KEYWORDS);
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
