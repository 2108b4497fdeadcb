package org.gtrace.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * A generated telemetry file both engines read: two months of rows in three regions and three
 * models, times written in UTC and at +01:00 (so hours and days are cut from instants, not text),
 * whole request counts and fractional energies.
 */
final class Telemetry {

    static final String HEADER = "datetime,region,model,requests,energy_kwh";
    private static final String[] REGIONS = {"FRA", "DEU", "USA"};
    private static final String[] MODELS = {"gpt-4o", "llama", "mistral"};

    private Telemetry() {}

    static Path write(Path dir, int rows, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        Instant start = Instant.parse("2025-02-20T00:00:00Z");
        DateTimeFormatter plusOne = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.ofHours(1));
        for (int i = 0; i < rows; i++) {
            Instant t = start.plusSeconds(r.nextInt(60 * 24 * 3600));
            String when = i % 3 == 0 ? plusOne.format(t) : t.toString();
            b.append(when).append(',').append(REGIONS[r.nextInt(3)]).append(',').append(MODELS[r.nextInt(3)]).append(',')
                    .append(1 + r.nextInt(500)).append(',').append(String.format(Locale.ROOT, "%.6f", r.nextDouble() * 3)).append('\n');
        }
        return text(dir.resolve("tel-" + rows + "-" + seed + ".csv"), b.toString());
    }

    static Path text(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
