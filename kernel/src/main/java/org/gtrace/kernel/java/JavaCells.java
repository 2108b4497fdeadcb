package org.gtrace.kernel.java;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.dsl.CellDiagnostic;
import org.gtrace.kernel.dsl.CellLanguage;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.safety.JavaFailures;
import org.gtrace.kernel.safety.OutputLimit;

/**
 * {@code %%java} cells: JShell in this JVM (local execution control), so values are real
 * objects shared with the DSL session. JShell starts on a background thread when the kernel
 * starts (about two seconds); only Java cells wait for it. {@link #stop} interrupts a running
 * snippet, even {@code while (true) {}}.
 */
public final class JavaCells {

    private static final String[] IMPORTS = {
        "import java.util.*;", "import org.gtrace.stdlib.units.*;", "import org.gtrace.stdlib.report.*;",
        "import org.gtrace.stdlib.provenance.*;", "import org.gtrace.stdlib.uncertainty.*;",
        "import org.gtrace.stdlib.inference.*;", "import tech.tablesaw.api.*;",
        "import static org.gtrace.kernel.java.Bridge.*;"};
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][A-Za-z_$0-9]*");

    private final java.util.function.Supplier<CellLanguage> languages;
    private volatile CompletableFuture<JShell> shell = new CompletableFuture<>();
    /** A fresh JShell being made in the background, to take over from one that holds nothing of the user's. */
    private volatile CompletableFuture<JShell> fresh;
    /** Snippets the current JShell has evaluated: it slows with every one, dropped or not. */
    private int evaluated;
    private final Map<String, Object> offered = new LinkedHashMap<>();
    private volatile boolean running;
    private volatile boolean stopped;
    private final java.util.concurrent.atomic.AtomicBoolean starting = new java.util.concurrent.atomic.AtomicBoolean();

    public JavaCells(java.util.function.Supplier<CellLanguage> languages) {
        this.languages = languages;
    }

    /**
     * Starts JShell on a daemon thread and compiles a first snippet so javac is warm. Only the
     * first call starts it: the first Java cell, or the first completion asked inside one.
     */
    public void warmUp() {
        if (!starting.compareAndSet(false, true)) return;
        createInBackground(shell, "gtrace-jshell-warmup");
    }

    /** Makes a JShell on a low-priority daemon thread and completes {@code into} with it, or with why it failed. */
    private static void createInBackground(CompletableFuture<JShell> into, String threadName) {
        Thread t = new Thread(() -> {
            try {
                into.complete(create());
            } catch (Throwable e) {
                into.completeExceptionally(e);
            }
        }, threadName);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static JShell create() {
        JShell js = JShell.builder().executionEngine("local").build();
        js.addToClasspath(System.getProperty("java.class.path"));
        for (String imp : IMPORTS) js.eval(imp);
        js.eval("int gtraceWarm = 1 + 1;");
        return js;
    }

    public boolean isRunning() {
        return running;
    }

    public void stop() {
        stopped = true;
        JShell js = shell.getNow(null);
        if (js != null && running) js.stop();
    }

    /**
     * After this many snippets a JShell that holds no state of the user's (only the imports and the
     * DSL values it was lent, which are lent again on use) is replaced by a fresh one: JShell keeps
     * every snippet it ever evaluated, even dropped ones, and each eval walks them, so a trivial cell
     * took 4.4 ms at first and 15.5 ms 3,000 cells later in JShell alone.
     */
    static final int RENEW_AFTER = 300;

    /** Runs the cell's snippets in order; the last expression's value is the cell's result. */
    public void run(String code, int firstLine, Output out) throws CellError {
        CellError tooLong = JavaFailures.oversizedLiteral(code);
        if (tooLong != null) throw tooLong;
        renewIfReady();
        JShell js = await();
        stopped = false;
        Bridge.attach(out);
        running = true;
        try {
            share(js, code);
            Set<String> defined = new java.util.LinkedHashSet<>();
            String last = evalAll(js, code, firstLine, defined);
            exportBack(js, defined);
            if (last != null) out.result(Bundle.text(OutputLimit.clip(last)));
        } catch (RuntimeException | VirtualMachineError | AssertionError e) {
            // thrown by javac or JShell themselves (a cell's own exceptions arrive as events)
            if (stopped) throw CellErrors.interrupted();
            throw JavaFailures.compilerFailed(e);
        } finally {
            running = false;
            if (evaluated > RENEW_AFTER && fresh == null && holdsNoState(js)) prepareFresh();
        }
    }

    /** Whether every active snippet is an import, a lent DSL value or the warm-up's: nothing a new JShell would lack. */
    private boolean holdsNoState(JShell js) {
        for (Snippet s : js.snippets().toList()) {
            if (!js.status(s).isActive() || s.kind() == Snippet.Kind.IMPORT) continue;
            if (s instanceof VarSnippet v && (offered.containsKey(v.name()) || v.name().equals("gtraceWarm"))) continue;
            return false;
        }
        return true;
    }

    private void prepareFresh() {
        CompletableFuture<JShell> next = new CompletableFuture<>();
        fresh = next;
        createInBackground(next, "gtrace-jshell-renew");
    }

    /** Swaps in the fresh JShell when it is ready and the current one still holds nothing of the user's. */
    private void renewIfReady() {
        CompletableFuture<JShell> next = fresh;
        if (next == null || !next.isDone()) return;
        fresh = null;
        JShell old = shell.getNow(null);
        JShell replacement = next.getNow(null);
        if (replacement == null) return;
        if (old == null || !holdsNoState(old)) {
            replacement.close();
            return;
        }
        shell = CompletableFuture.completedFuture(replacement);
        offered.clear();  // lent again on first use
        evaluated = 0;
        old.close();
    }

    private JShell await() throws CellError {
        // starts JShell when this is the session's first Java cell (or a completion has begun it)
        warmUp();
        try {
            return shell.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CellErrors.interrupted();
        } catch (ExecutionException e) {
            throw CellErrors.simple("JavaError", "JShell could not start: " + e.getCause());
        }
    }

    /** Declares the DSL bindings this cell mentions as typed variables (again only when changed). */
    private void share(JShell js, String code) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = IDENT.matcher(code);
        while (m.find()) words.add(m.group());
        CellLanguage language = languages.get();
        for (String name : language.names()) {
            if (!words.contains(name)) continue;
            Object v = language.value(name);
            if (v == null || offered.get(name) == v) continue;
            // a loaded table reaches Java as a Tablesaw table of all its rows, in the heap: Java code wants columns
            Object shown = v instanceof org.gtrace.stdlib.telemetry.Dataset d ? d.toTable() : v;
            Bridge.offer(name, shown);
            js.eval(typeName(shown.getClass()) + " " + name + " = (" + typeName(shown.getClass()) + ") org.gtrace.kernel.java.Bridge.get(\"" + name + "\");");
            offered.put(name, v);
        }
    }

    static String typeName(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (Modifier.isPublic(k.getModifiers()) && k.getCanonicalName() != null && k.getTypeParameters().length == 0) {
                return k.getCanonicalName();
            }
        }
        return "Object";
    }

    private String evalAll(JShell js, String code, int firstLine, Set<String> defined) throws CellError {
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        int consumed = 0;
        String lastValue = null;
        while (consumed < code.length() && !code.substring(consumed).isBlank()) {
            String rest = code.substring(consumed);
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            boolean complete = info.completeness().isComplete();
            String source = complete ? info.source() : rest;
            int offset = consumed + (rest.length() - rest.stripLeading().length());
            lastValue = evalOne(js, source, code, offset, firstLine, defined);
            consumed += complete ? rest.length() - info.remaining().length() : rest.length();
            if (complete && info.remaining().length() >= rest.length()) break;
        }
        return lastValue;
    }

    private String evalOne(JShell js, String source, String cell, int offset, int firstLine, Set<String> defined) throws CellError {
        List<SnippetEvent> events = js.eval(source);
        evaluated++;
        if (stopped) throw CellErrors.interrupted();
        String value = null;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) continue;
            if (e.exception() != null) throw fromException(e.exception());
            if (e.status() == Snippet.Status.REJECTED) {
                CellError error = compileError(js, e.snippet(), cell, offset, firstLine);
                RejectedSnippets.forget(e.snippet());
                throw error;
            }
            boolean temp = e.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
            if (e.snippet() instanceof VarSnippet v && !temp) defined.add(v.name());
            if (e.snippet().kind() == Snippet.Kind.EXPRESSION || temp) value = e.value();
            // the $1, $2… JShell keeps for every expression's value: each one stayed in scope of every later
            // snippet, and a trivial Java cell took 16 ms at first and 91 ms 1,500 cells later
            if (temp) js.drop(e.snippet());
        }
        return value;
    }

    private CellError fromException(Exception ex) {
        if (stopped) return CellErrors.interrupted();
        if (ex instanceof UnresolvedReferenceException u) {
            return CellErrors.simple("NameError", u.getSnippet().source().strip() + " uses something not defined");
        }
        if (ex instanceof EvalException ee) {
            String cls = ee.getExceptionClassName();
            CellError known = JavaFailures.of(cls, ee.getMessage());
            if (known != null) return known;
            String simple = cls.substring(cls.lastIndexOf('.') + 1);
            return CellErrors.simple(simple, ee.getMessage() == null ? "" : ee.getMessage());
        }
        return CellErrors.simple("JavaError", String.valueOf(ex.getMessage()));
    }

    private CellError compileError(JShell js, Snippet s, String cell, int offset, int firstLine) {
        List<Diag> diags = js.diagnostics(s).collect(Collectors.toList());
        List<CellDiagnostic> out = new ArrayList<>();
        for (Diag d : diags) {
            if (!d.isError()) continue;
            int pos = offset + (int) Math.max(0, d.getStartPosition());
            int[] lc = lineCol(cell, pos);
            out.add(new CellDiagnostic("CompileError", lc[0] + firstLine - 1, lc[1],
                    (int) Math.max(1, d.getEndPosition() - d.getStartPosition()), d.getMessage(null).lines().findFirst().orElse(""), ""));
        }
        if (out.isEmpty()) out.add(new CellDiagnostic("CompileError", firstLine, 1, 1, "this Java snippet was rejected", ""));
        String padded = "\n".repeat(Math.max(0, firstLine - 1)) + cell;
        return CellErrors.of(out, padded, "");
    }

    private static int[] lineCol(String s, int pos) {
        int line = 1, col = 1;
        for (int i = 0; i < Math.min(pos, s.length()); i++) {
            if (s.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new int[] {line, col};
    }

    /** Hands variables of core types that this cell defined back to the DSL session. */
    private void exportBack(JShell js, Set<String> defined) {
        List<String> shared = new ArrayList<>();
        for (VarSnippet v : js.variables().toList()) {
            if (defined.contains(v.name()) && js.status(v) == Snippet.Status.VALID && coreType(v.typeName())) shared.add(v.name());
        }
        if (!shared.isEmpty()) {
            String args = shared.stream().map(n -> "\"" + n + "\", " + n).collect(Collectors.joining(", "));
            js.eval("org.gtrace.kernel.java.Bridge.export(" + args + ");");
        }
        // Explicit export(...) calls count even when the cell declared no core-typed variable.
        Map<String, Object> exported = Bridge.takeExports();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        CellLanguage language = languages.get();
        exported.forEach((name, value) -> {
            if (value != null && seen.put(value, true) == null) {
                language.bind(name, value);
                offered.put(name, value);
            }
        });
    }

    static boolean coreType(String typeName) {
        String t = typeName.replaceAll("<.*", "");
        return t.startsWith("org.gtrace.") || t.startsWith("tech.tablesaw.")
                || Set.of("Quantity", "Table", "Report", "ChartSpec", "Metric", "Source", "Derivation", "Dimension", "Unit").contains(t);
    }

    /**
     * JShell's completions at {@code cursor} of a Java cell's body, once JShell is up (never waits
     * for it). Returns matches, replacement start and end.
     */
    public org.gtrace.kernel.dsl.Completion complete(String body, int cursor) {
        JShell js = shell.getNow(null);
        if (js == null) warmUp();  // the first completion inside a Java cell starts JShell for the next
        if (js == null || running) return org.gtrace.kernel.dsl.Completion.none(cursor);
        int[] anchor = new int[1];
        List<String> matches = js.sourceCodeAnalysis().completionSuggestions(body, cursor, anchor).stream()
                .filter(SourceCodeAnalysis.Suggestion::matchesType).map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct().limit(200).toList();
        if (matches.isEmpty()) {
            matches = js.sourceCodeAnalysis().completionSuggestions(body, cursor, anchor).stream()
                    .map(SourceCodeAnalysis.Suggestion::continuation).distinct().limit(200).toList();
        }
        return new org.gtrace.kernel.dsl.Completion(matches, anchor[0], cursor);
    }

    public void reset() {
        offered.clear();
        JShell js = shell.getNow(null);
        if (js == null) return;
        JavaFailures.releaseVariables(js);
        for (Snippet s : js.snippets().toList()) {
            if (s.kind() != Snippet.Kind.IMPORT) js.drop(s);
        }
    }
}
