package org.gtrace.grammar.runtime;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Session-wide options: the seed, Monte Carlo samples, and defaults set with {@code set}. */
public final class Settings {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_SAMPLES = 10_000;

    private long seed = DEFAULT_SEED;
    private int samples = DEFAULT_SAMPLES;
    private Path baseDirectory = Path.of("");
    private final Map<String, Object> defaults = new LinkedHashMap<>();

    public long seed() {
        return seed;
    }

    public void seed(long seed) {
        this.seed = seed;
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
