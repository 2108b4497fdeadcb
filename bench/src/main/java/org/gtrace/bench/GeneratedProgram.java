package org.gtrace.bench;

import java.util.List;

/**
 * A valid G-TRACE program of N statements mixing every common statement kind (declarations,
 * scenarios, lets with arithmetic and uncertainty, queries, expectations), for front-end
 * benchmarks. Deterministic: the same N gives the same text.
 */
public final class GeneratedProgram {

    private static final List<String> REGIONS = List.of("FRA", "USA", "IND", "DEU", "world", "BRA", "JPN", "PAK");
    private static final List<String> MODALITIES = List.of("image", "text", "video");

    private GeneratedProgram() {}

    public static String of(int statements) {
        StringBuilder b = new StringBuilder(statements * 60);
        int written = 0;
        for (int i = 0; written < statements; i++) {
            String w = "w" + i;
            String r = REGIONS.get(i % REGIONS.size());
            String r2 = REGIONS.get((i + 3) % REGIONS.size());
            String[] block = {
                "workload " + MODALITIES.get(i % 3) + " " + w + " < queries " + (i + 1) + "M; energy 0.00" + (i % 9 + 1)
                        + " kWh; pue 1." + (i % 5) + "; region " + r + " 40%, " + r2 + " 60% >",
                "let e" + i + " = (0.004 .. 0.008 kWh) * " + (i + 1) + "M + 2 MWh",
                "scenario s" + i + " from " + w + " < region " + r2 + "; wue 1.8 L/kWh >",
                "region g" + i + " < intensity " + (100 + i % 400) + " g/kWh; basis market >",
                "let x" + i + " = lognormal(0.006 kWh, 1.5) * 700M / (3 h) * 2 h",
                "emissions " + w + " by region",
                "compare " + w + ", s" + i,
                "expect e" + i + " == " + (6 * (i + 1) + 2) + " MWh ± 1%",
                "training t" + i + " < accelerator \"A100 SXM4 80 GB\"; count " + (8 + i % 64) + "; duration " + (i % 30 + 1)
                        + " days; utilisation 80%; region " + r + " >",
                "chart emissions " + w + " across " + r + ", " + r2 + " as bar",
            };
            for (String s : block) {
                if (written++ == statements) break;
                b.append(s).append('\n');
            }
        }
        return b.toString();
    }
}
