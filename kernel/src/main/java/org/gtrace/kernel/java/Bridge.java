package org.gtrace.kernel.java;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.render.ReportBundles;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Report;

/**
 * What Java cells see of the kernel. JShell runs in this JVM (local execution), so snippets call
 * these statics directly: DSL bindings are read with {@link #get}, values are handed back with
 * {@link #export}, and {@link #display} shows a Report, a chart or any object in the notebook.
 * Statically imported into every Java cell.
 */
public final class Bridge {

    private static final Map<String, Object> IMPORTS = new LinkedHashMap<>();
    private static final Map<String, Object> EXPORTS = new LinkedHashMap<>();
    private static volatile Output output;

    private Bridge() {}

    /** A DSL binding, by name (declared for Java cells as a typed variable). */
    public static synchronized Object get(String name) {
        return IMPORTS.get(name);
    }

    /** Pairs of name, value: hands Java values to the DSL session. */
    public static synchronized void export(Object... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) EXPORTS.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }

    /** Shows a Report, a ChartSpec, or any object's text in the cell's output. */
    public static void display(Object value) {
        Output out = output;
        if (out == null) return;
        if (value instanceof Report r) ReportBundles.of(r).forEach(out::display);
        else if (value instanceof ChartSpec c) out.display(ReportBundles.chart(c));
        else out.display(Bundle.text(String.valueOf(value)));
    }

    /** Clears the cell's output so far (wait: clear only when the next output arrives). */
    public static void clearOutput(boolean wait) {
        Output out = output;
        if (out != null) out.clear(wait);
    }

    public static void clearOutput() {
        clearOutput(false);
    }

    static synchronized void offer(String name, Object value) {
        IMPORTS.put(name, value);
    }

    static synchronized Map<String, Object> takeExports() {
        Map<String, Object> m = new LinkedHashMap<>(EXPORTS);
        EXPORTS.clear();
        return m;
    }

    static void attach(Output out) {
        output = out;
    }
}
