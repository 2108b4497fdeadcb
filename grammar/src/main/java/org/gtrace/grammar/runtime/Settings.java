package org.gtrace.grammar.runtime;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.uncertainty.MonteCarlo;

/**
 * Session-wide options: the seed, Monte Carlo samples, and defaults set with {@code set}.
 *
 * <p>The seed rule: a seed given from outside the program (the command line's {@code --seed})
 * wins over the program's {@code set seed}, so a study can be rerun with other seeds to see how
 * much its numbers move; the program is told so where it sets its own.
 */
public final class Settings {

    public static final long DEFAULT_SEED = MonteCarlo.Settings.DEFAULT_SEED;
    public static final int DEFAULT_SAMPLES = MonteCarlo.Settings.DEFAULT_SAMPLES;

    private long seed = DEFAULT_SEED;
    private Long seedFromOutside;
    private int samples = DEFAULT_SAMPLES;
    private Path baseDirectory = Path.of("");
    private final Map<String, Object> defaults = new LinkedHashMap<>();

    /** The seed in force: the one given from outside, else the program's, else 42. */
    public long seed() {
        return seedFromOutside != null ? seedFromOutside : seed;
    }

    /** The program's seed ({@code set seed}); returns false when a seed from outside overrides it. */
    public boolean seed(long seed) {
        this.seed = seed;
        return seedFromOutside == null;
    }

    /** A seed from outside the program (the command line), which the program's {@code set seed} does not change. */
    public void seedFromOutside(long seed) {
        this.seedFromOutside = seed;
    }

    /** The Monte Carlo settings in force: samples and seed, all processors. */
    public MonteCarlo.Settings monteCarlo() {
        return new MonteCarlo.Settings(Math.max(100, samples), seed(), org.gtrace.stdlib.uncertainty.ParallelBlocks.defaultThreads());
    }

    public int samples() {
        return samples;
    }

    public void samples(int samples) {
        this.samples = samples;
    }

    /** Where relative file names in {@code load} are resolved. */
    public Path baseDirectory() {
        return baseDirectory;
    }

    public void baseDirectory(Path dir) {
        this.baseDirectory = dir;
    }

    /** A default set with {@code set basis market} or {@code set region FR}. */
    public Optional<Object> get(String option) {
        return Optional.ofNullable(defaults.get(option));
    }

    public void put(String option, Object value) {
        defaults.put(option, value);
    }

    public void reset() {
        seed = DEFAULT_SEED;
        samples = DEFAULT_SAMPLES;
        defaults.clear();
    }
}
