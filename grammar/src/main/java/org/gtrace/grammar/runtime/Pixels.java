package org.gtrace.grammar.runtime;

/** A resolution: width × height in pixels. */
public record Pixels(int width, int height) {
    public long count() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
