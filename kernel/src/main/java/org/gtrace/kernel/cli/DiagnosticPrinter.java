package org.gtrace.kernel.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import org.gtrace.grammar.diag.Diagnostic;

/**
 * Diagnostics on stderr, as the CLI contract says: {@code FILE:LINE:COL: error: message}, then
 * the source line with a caret and the hint; with {@code --json}, one JSON object per line.
 */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {}

    static void print(List<Diagnostic> diagnostics, Input in, boolean json, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            err.println(json ? json(d, in.name()).toString() : text(d, in));
        }
        err.flush();
    }

    static String text(Diagnostic d, Input in) {
        String full = d.format(in.name(), in.text());
        // The contract's first line is "FILE:LINE:COL: error: message"; the code follows the message.
        String headline = d.headline(in.name());
        String contract = in.name() + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "") + ": "
                + d.severity().label() + ": " + d.message() + " [" + d.kind().ename() + "]";
        return contract + full.substring(headline.length());
    }

    static JsonObject json(Diagnostic d, String file) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("severity", d.severity().label());
        o.addProperty("code", d.code());
        o.addProperty("kind", d.kind().ename());
        o.addProperty("line", d.line());
        o.addProperty("column", d.column());
        o.addProperty("message", d.message());
        if (!d.hint().isEmpty()) o.addProperty("hint", d.hint());
        return o;
    }
}
