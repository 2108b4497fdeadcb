package org.gtrace.kernel.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.DiagnosticRenderer;
import org.gtrace.grammar.diag.DiagnosticRenderer.Layout;

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
        return DiagnosticRenderer.text(DiagnosticRenderer.contractHeadline(d, in.name()), d, in.text(), Layout.INDENTED);
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
