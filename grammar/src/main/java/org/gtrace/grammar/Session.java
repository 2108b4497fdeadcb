package org.gtrace.grammar;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gtrace.grammar.check.Catalog;
import org.gtrace.grammar.compile.Compilers;
import org.gtrace.grammar.compile.Estimator;
import org.gtrace.grammar.compile.Services;
import org.gtrace.grammar.compile.StudyWriter;
import org.gtrace.grammar.bind.CoreCatalog;
import org.gtrace.grammar.bind.CoreEstimator;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.edit.Completeness;
import org.gtrace.grammar.edit.Completer;
import org.gtrace.grammar.edit.Completion;
import org.gtrace.grammar.edit.Inspector;
import org.gtrace.grammar.runtime.Bindings;
import org.gtrace.grammar.runtime.Progress;
import org.gtrace.grammar.runtime.ProgramLog;
import org.gtrace.grammar.runtime.Settings;
import org.gtrace.grammar.runtime.ValueTypes;

/**
 * A language session: the names defined so far (by DSL cells or bound from Java), the seed and
 * defaults, and the way to run more code in it. One per notebook kernel or CLI run.
 *
 * <pre>{@code
 * Session s = new Session();
 * Execution x = s.execute("workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli", "cell[1]");
 * x.reports();      // one Report: energy 4,200 MWh, CO2e …
 * x.diagnostics();  // empty
 * }</pre>
 *
 * Methods are synchronized: a kernel may ask for completion while nothing else runs, never
 * during a cell.
 */
public final class Session {

    private final Catalog catalog;
    private Services services;
    private final Compilers compilers;
    private final Bindings bindings = new Bindings();
    private final Settings settings = new Settings();
    private final ProgramLog program = new ProgramLog();

    /** A session over the bundled data and the stdlib's estimators. */
    public Session() {
        this(CoreCatalog.instance(), new CoreEstimator(), Compilers.standard());
    }

    public Session(Catalog catalog, Estimator estimator, Compilers compilers) {
        this.catalog = catalog;
        this.services = new Services(estimator);
        this.compilers = compilers;
    }

    /** Parses, checks, compiles and runs {@code source}; {@code origin} names it in diagnostics ("cell[3]", "study.gtrace"). */
    public Execution execute(String source, String origin) {
        return execute(source, origin, Progress.NONE);
    }

    /** As {@link #execute(String, String)}, reporting long work to {@code progress}, which may cancel it. */
    public synchronized Execution execute(String source, String origin, Progress progress) {
        return new Runner(catalog, compilers, services, bindings, settings, program).run(source, origin, progress);
    }

    /** Parses and checks only: nothing runs and the session does not change. */
    public synchronized List<Diagnostic> check(String source, String origin) {
        return new Runner(catalog, compilers, services, bindings, settings).check(source);
    }

    /** Where {@code report} statements write their files: a front end's renderers (the default refuses, saying why). */
    public synchronized void reportWriter(StudyWriter writer) {
        services = new Services(services.estimator(), writer);
    }

    /**
     * The reproducibility manifest of these results as this session made them: build, datasets,
     * seed, samples, the program run so far and each headline figure.
     */
    public synchronized org.gtrace.stdlib.report.Manifest manifest(List<org.gtrace.stdlib.report.Report> results) {
        return org.gtrace.grammar.compile.StudyReports.manifest(settings, program, results);
    }

    /** Every name bound in the session, in definition order. */
    public synchronized Set<String> names() {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(bindings.names()));
    }

    /**
     * The value bound to {@code name}: a {@code Quantity}, an uncertain value, a Tablesaw
     * {@code Table}, a declared workload/training/region ({@code runtime.Declared}), text…
     */
    public synchronized Optional<Object> value(String name) {
        return bindings.value(name);
    }

    /** Binds a value defined outside the language (a Java cell): quantities and tables become usable by name. */
    public synchronized void bind(String name, Object value) {
        bindings.put(name, value, ValueTypes.of(value));
    }

    /** Forgets every name and setting. */
    public synchronized void reset() {
        bindings.clear();
        settings.reset();
        program.clear();
    }

    /**
     * A seed from outside the programs (the command line's {@code --seed}): every random draw
     * uses it, and a program's {@code set seed} does not change it (the program is told so).
     */
    public synchronized void seedFromOutside(long seed) {
        settings.seedFromOutside(seed);
    }

    /** The seed of every random draw from now on (same seed, same answer), as {@code set seed} sets it. */
    public synchronized void seed(long seed) {
        settings.seed(seed);
    }

    public synchronized long seed() {
        return settings.seed();
    }

    /** Where {@code load} resolves relative file names (default: the working directory). */
    public synchronized void baseDirectory(Path dir) {
        settings.baseDirectory(dir);
    }

    /** Completion at {@code cursor}: matches and the range they replace. */
    public synchronized Completion complete(String code, int cursor) {
        return new Completer(catalog).complete(code, cursor, bindings.types(), settings.baseDirectory());
    }

    /** Inspection at {@code cursor} as Markdown: a keyword, property, region, accelerator, preset or name. */
    public synchronized Optional<String> inspect(String code, int cursor) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String n : bindings.names()) values.put(n, bindings.value(n).orElse(null));
        return new Inspector(catalog).inspect(code, cursor, bindings.types(), values);
    }

    /** False while {@code code} has an unclosed {@code <} or {@code (}: a console should read another line. */
    public static boolean isComplete(String code) {
        return Completeness.of(code) != Completeness.Status.INCOMPLETE;
    }

    /** Jupyter's is_complete status: complete, incomplete or invalid. */
    public static Completeness.Status completeness(String code) {
        return Completeness.of(code);
    }
}
