package org.gtrace.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.check.Checker;
import org.gtrace.grammar.compile.Compiler;
import org.gtrace.grammar.compile.Compilers;
import org.gtrace.grammar.compile.Plan;
import org.gtrace.grammar.compile.Services;
import org.gtrace.grammar.bind.CoreCatalog;
import org.gtrace.grammar.bind.CoreEstimator;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.parse.SourceParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The language front end — parse, check, compile to a Plan — on a generated program of
 * {@code statements} statements, on one thread. Statements per second = statements / the
 * average time reported. Target: at least 50,000 statements/s (10,000 statements in ≤ 200 ms).
 *
 * <pre>bench/run-jmh FrontEnd -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FrontEndBenchmark {

    @Param({"10000"})
    int statements;

    String source;
    Compiler compiler;

    @Setup(Level.Trial)
    public void setUp() {
        source = GeneratedProgram.of(statements);
        compiler = new Compiler(Compilers.standard(), new Services(new CoreEstimator()));
        Diagnostics d = new Diagnostics();
        Program p = SourceParser.parse(source, d);
        if (p == null) throw new IllegalStateException("generated program has syntax errors: " + d.sorted());
        new Checker(CoreCatalog.instance(), Map.of()).check(p, d);
        if (d.hasErrors()) throw new IllegalStateException("generated program has errors: " + d.sorted().get(0));
        if (p.statements().size() != statements) throw new IllegalStateException("statement count " + p.statements().size());
    }

    @Benchmark
    public Plan parseCheckCompile() {
        Diagnostics d = new Diagnostics();
        Program p = SourceParser.parse(source, d);
        new Checker(CoreCatalog.instance(), Map.of()).check(p, d);
        return compiler.compile(p);
    }

    @Benchmark
    public Program parseOnly() {
        return SourceParser.parse(source, new Diagnostics());
    }
}
