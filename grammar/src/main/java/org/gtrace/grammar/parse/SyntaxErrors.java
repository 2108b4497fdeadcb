package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;

/**
 * Replaces ANTLR's console listener: turns each syntax error into a {@link Diagnostic} in the
 * project's voice ("unexpected 'x'", hint "expected a number"), at most one per line so one
 * slip does not bury the rest.
 */
final class SyntaxErrors extends BaseErrorListener {

    private final List<Diagnostic> found = new ArrayList<>();
    private final Set<Integer> lines = new HashSet<>();
    private int calls;

    List<Diagnostic> found() {
        return found;
    }

    /** How many errors the parser met, including those not reported (one per line is). */
    int count() {
        return calls;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
                            RecognitionException e) {
        calls++;
        if (!lines.add(line)) return;
        Token t = offendingSymbol instanceof Token tok ? tok : null;
        Span span = t != null ? Spans.of(t) : new Span(line, col + 1, 0, 1);
        String expected = recognizer instanceof Parser p ? expected(p, e) : "";
        if (t != null && t.getText().equals("\"")) expected = "end the string with '\"' on the same line";
        if (expected.isEmpty() && t != null && (t.getType() == Token.EOF || t.getType() == GTraceLexer.NEWLINE)) {
            expected = "finish it on the same line (a statement ends at the end of the line, outside '< >')";
        }
        if (t != null && t.getType() == GTraceLexer.DOTTED_ID) {
            expected = "'" + t.getText() + "' reads as a preset id (a dotted word with a part starting with a digit); "
                    + (expected.isEmpty() ? "only 'preset' takes one" : expected);
        }
        if (t != null && expected.contains("'>'") && startsProperty(t)) {
            // '< queries 1M energy 3 Wh >': a second property written without a separator
            expected = "separate properties with ';' or a new line: …; " + t.getText() + " …";
        }
        String slip = t == null || !(recognizer instanceof Parser p) ? null : slip(t, p, expected.contains("'>'"));
        if (slip != null) expected = slip;
        found.add(Diagnostic.error(Kind.SYNTAX, span, message(t, msg), expected));
    }

    /** Common slips that the grammar's expected-token list would explain badly. */
    private static String slip(Token t, Parser p, boolean inBlock) {
        if (t.getText().equals("per")) return "write a rate as one unit, without spaces: 6 Wh/image, 35K images/day";
        if (t.getText().equals("and")) return "list several with commas: compare ghibli, green";
        if (t.getType() == GTraceLexer.ASSIGN && first(p) == GTraceLexer.EXPECT) return "compare with '==': expect x == 3 kWh ± 1%";
        if (first(p) == GTraceLexer.LOAD && p.getTokenStream().LT(-1) != null
                && p.getTokenStream().LT(-1).getType() == GTraceLexer.FROM) {
            return "put the file name in quotes: load t from \"data/telemetry.csv\"";
        }
        int type = t.getType();
        if ((type == GTraceLexer.ENERGY || type == GTraceLexer.EMISSIONS || type == GTraceLexer.WATER)
                && p.getTokenStream().LT(-1) != null && p.getTokenStream().LT(-1).getType() == GTraceLexer.ID) {
            return "put the measure first: " + t.getText() + " " + p.getTokenStream().LT(-1).getText();
        }
        if (type == GTraceLexer.ID && !inBlock) {
            String hint = DidYouMean.hint(t.getText(), QUERY_WORDS);
            if (!hint.isEmpty()) return hint;
        }
        if (t.getText().equals(":")) return "write a share after its region, without a colon: region US 60%, FR 40%";
        Token before = p.getTokenStream().LT(-1);
        Token twoBefore = p.getTokenStream().LT(-2);
        if (t.getType() == GTraceLexer.NUMBER && before != null && startsProperty(before) && twoBefore != null
                && twoBefore.getType() == GTraceLexer.COMMA) {
            // '< queries 700M, energy 0.006 kWh >': a comma between properties
            return "separate properties with ';' or a new line, not ',': …; " + before.getText() + " " + t.getText() + " …";
        }
        return null;
    }

    /** The words that continue a query or a statement after its names. */
    private static final List<String> QUERY_WORDS = List.of("across", "by", "in", "with", "over", "as", "from");

    /** The type of the statement's first token. */
    private static int first(Parser p) {
        for (int i = 1; ; i++) {
            Token t = p.getTokenStream().LT(-i);
            if (t == null || t.getType() == GTraceLexer.NEWLINE || t.getType() == GTraceLexer.SEMI) {
                Token next = p.getTokenStream().LT(-i + 1);
                return next == null ? Token.INVALID_TYPE : next.getType();
            }
        }
    }

    /** A word that can name a property: an identifier or any keyword. */
    private static boolean startsProperty(Token t) {
        return t.getType() == GTraceLexer.ID || t.getType() >= GTraceLexer.WORKLOAD && t.getType() <= GTraceLexer.OVER;
    }

    private static String message(Token t, String antlrMessage) {
        if (t == null) return "cannot read this: " + antlrMessage;
        if (t.getType() == Token.EOF || t.getType() == GTraceLexer.NEWLINE) return "the statement is incomplete";
        if (t.getText().equals("\"")) return "this string is not closed";
        if (antlrMessage.startsWith("missing ")) {
            return antlrMessage.replaceFirst(" at ", " before ");
        }
        return "unexpected " + describe(t);
    }

    static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of input";
            case GTraceLexer.NEWLINE -> "end of line";
            case GTraceLexer.STRING -> "string " + t.getText();
            default -> t.getText().length() == 1 && (Character.isISOControl(t.getText().charAt(0))
                    || Character.isWhitespace(t.getText().charAt(0)))
                    ? String.format("character U+%04X", (int) t.getText().charAt(0)) : "'" + t.getText() + "'";
        };
    }

    private static String expected(Parser p, RecognitionException e) {
        IntervalSet set;
        try {
            set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
        } catch (RuntimeException ignored) {
            return "";
        }
        Set<String> words = new java.util.LinkedHashSet<>();
        Vocabulary v = p.getVocabulary();
        for (int type : set.toArray()) {
            words.add(friendly(type, v));
        }
        if (words.isEmpty() || words.size() > 6) return "";
        List<String> list = new ArrayList<>(words);
        String last = list.remove(list.size() - 1);
        return "expected " + (list.isEmpty() ? last : String.join(", ", list) + " or " + last);
    }

    private static String friendly(int type, Vocabulary v) {
        return switch (type) {
            case Token.EOF, GTraceLexer.NEWLINE, GTraceLexer.SEMI -> "end of statement";
            case GTraceLexer.ID, GTraceLexer.DOTTED_ID -> "a name";
            case GTraceLexer.NUMBER -> "a number";
            case GTraceLexer.RATIO -> "a unit";
            case GTraceLexer.STRING -> "a \"string\"";
            case GTraceLexer.PIXELS -> "a resolution";
            case GTraceLexer.STAR -> "'*'";
            case GTraceLexer.PLUSMINUS -> "'±'";
            default -> v.getDisplayName(type);
        };
    }
}
