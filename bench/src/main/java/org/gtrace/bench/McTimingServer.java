package org.gtrace.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.inference.ChainModels;

/**
 * Answers timing requests for bench/mc_vs_numpy.py, so that the Java and NumPy runs interleave
 * in one session and machine drift cancels. Each stdin line {@code run SAMPLES THREADS [estimate]}
 * runs the Ghibli Monte Carlo of {@link MonteCarloBench} once (with {@code estimate}: through the
 * workload estimate's CO2e formula) and prints
 * {@code wall_ms cpu_ms mean p5 p50 p95} on one line, where cpu_ms is the CPU time of the whole
 * process during the run (all threads): on a busy machine it is the figure that does not depend on
 * what else runs.
 */
public final class McTimingServer {
    private McTimingServer() {}

    private static McResult throughTheEstimate(MonteCarlo.Settings s) {
        org.gtrace.stdlib.uncertainty.Formula f = MonteCarloBench.ghibliEstimateCo2e();
        return org.gtrace.stdlib.uncertainty.Propagation.of(java.util.List.of(f))
                .run(s, org.gtrace.stdlib.uncertainty.ProgressListener.NONE).of(f);
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] p = line.trim().split("\\s+");
            if (p.length < 3 || !p[0].equals("run")) {
                System.out.println("error expected: run SAMPLES THREADS [chain|estimate]");
                continue;
            }
            boolean estimate = p.length > 3 && p[3].equals("estimate");
            MonteCarlo.Settings s = new MonteCarlo.Settings(Integer.parseInt(p[1]), 42, Integer.parseInt(p[2]));
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            McResult r = estimate ? throughTheEstimate(s) : MonteCarlo.run(MonteCarloBench.ghibliInputs(), ChainModels.inferenceCo2e(), s);
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpu = (os.getProcessCpuTime() - c0) / 1e6;
            System.out.printf(Locale.ROOT, "%.3f %.3f %.6g %.6g %.6g %.6g%n", ms, cpu, r.mean(), r.p5(), r.p50(), r.p95());
            System.out.flush();
        }
    }
}
