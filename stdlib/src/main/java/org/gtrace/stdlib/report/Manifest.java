package org.gtrace.stdlib.report;

import java.util.List;

/**
 * What a rerun needs to get the same numbers, and to say why it did not: the build, the edition
 * and checksum of each bundled dataset, the seed and sample count, the program (its text and
 * hash), and the figures it produced with their Monte Carlo standard errors.
 */
public record Manifest(String tool, ToolBuild build, long seed, int samples, List<Dataset> datasets, Program program,
                       List<Figure> figures) {

    public Manifest {
        datasets = List.copyOf(datasets);
        figures = List.copyOf(figures);
    }

    /** A bundled file: its edition (upstream commit, or the start of its checksum) and the checksum of the bytes read. */
    public record Dataset(String file, String edition, String sha256, String licence, boolean used) {}

    /** The program as run: where it came from ("study.gtrace", "cell[1]…cell[7]"), its SHA-256 and its text. */
    public record Program(String origin, String sha256, String text) {}

    /**
     * One headline number, in base units (kWh, kg CO2e, L): its value (the Monte Carlo mean when
     * uncertain), standard error and samples (0 and 0 for a closed form).
     */
    public record Figure(String result, String measure, double value, String unit, double standardError, int samples) {}
}
