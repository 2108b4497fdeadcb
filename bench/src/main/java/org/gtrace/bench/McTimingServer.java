package org.gtrace.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.uncertainty.ChainModels;

/**
 * Answers timing requests for bench/mc_vs_numpy.py, so that the Java and NumPy runs interleave
 * in one session and machine drift cancels. Each stdin line {@code run SAMPLES THREADS} runs the
 * Ghibli Monte Carlo of {@link MonteCarloBench} once and prints
 * {@code ms mean p5 p50 p95} on one line.
 */
public final class McTimingServer {
    private McTimingServer() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] p = line.trim().split("\\s+");
            if (p.length != 3 || !p[0].equals("run")) {
                System.out.println("error expected: run SAMPLES THREADS");
                continue;
            }
            MonteCarlo.Settings s = new MonteCarlo.Settings(Integer.parseInt(p[1]), 42, Integer.parseInt(p[2]));
            long t0 = System.nanoTime();
            McResult r = MonteCarlo.run(MonteCarloBench.ghibliInputs(), ChainModels.inferenceCo2e(), s);
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%.3f %.6g %.6g %.6g %.6g%n", ms, r.mean(), r.p5(), r.p50(), r.p95());
            System.out.flush();
        }
    }
}
