package org.gtrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.check.Checker;
import org.gtrace.grammar.compile.Compilers;
import org.gtrace.grammar.compile.Services;
import org.gtrace.grammar.bind.CoreCatalog;
import org.gtrace.grammar.bind.CoreEstimator;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.parse.SourceParser;

/**
 * The front end's speed in thread CPU time, which a busy machine disturbs far less than the
 * wall-clock time JMH reports: parse, check and compile a generated program, 30 rounds after
 * 10 of warm-up, and print the median per phase and statements per second of CPU.
 *
 * <pre>java -cp "bench/target/classes:bench/target/lib/*" org.gtrace.bench.FrontEndCpuTime [statements]</pre>
 */
public final class FrontEndCpuTime {

    private FrontEndCpuTime() {}

    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--print")) { // the program itself, for bench/cli-run-1000
            System.out.print(GeneratedProgram.of(Integer.parseInt(args[1])));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String source = GeneratedProgram.of(n);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var compiler = new org.gtrace.grammar.compile.Compiler(Compilers.standard(), new Services(new CoreEstimator()));
        int rounds = 30;
        double[] parse = new double[rounds];
        double[] check = new double[rounds];
        double[] compile = new double[rounds];
        for (int i = -10; i < rounds; i++) {
            Diagnostics d = new Diagnostics();
            long t0 = mx.getCurrentThreadCpuTime();
            Program p = SourceParser.parse(source, d);
            long t1 = mx.getCurrentThreadCpuTime();
            new Checker(CoreCatalog.instance(), Map.of()).check(p, d);
            long t2 = mx.getCurrentThreadCpuTime();
            compiler.compile(p);
            long t3 = mx.getCurrentThreadCpuTime();
            if (d.hasErrors()) throw new IllegalStateException("the generated program has errors: " + d.sorted().get(0));
            if (i < 0) continue;
            parse[i] = (t1 - t0) / 1e6;
            check[i] = (t2 - t1) / 1e6;
            compile[i] = (t3 - t2) / 1e6;
        }
        double total = median(parse) + median(check) + median(compile);
        System.out.printf("front end, %,d statements, median CPU ms: parse %.1f, check %.1f, compile %.1f, total %.1f"
                + " -> %,.0f statements/s on one core%n", n, median(parse), median(check), median(compile), total, n / (total / 1000));
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
