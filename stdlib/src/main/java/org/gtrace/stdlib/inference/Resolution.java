package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;

/** An output's size in pixels. */
public record Resolution(int width, int height) {

    public Resolution {
        if (width <= 0 || height <= 0) {
            throw new InputError(Field.RESOLUTION, "must be positive (got " + width + "x" + height + ")", "write it like 1024x1024");
        }
    }

    /** Parses "1024x768". */
    public static Resolution parse(String text) {
        String[] p = text.strip().toLowerCase(java.util.Locale.ROOT).split("[x×]");
        try {
            if (p.length == 2) return new Resolution(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new InputError(Field.RESOLUTION, "cannot read '" + text + "'", "write it like 1024x1024");
    }

    public double pixels() {
        return (double) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
