package org.gtrace.grammar.check;

import org.gtrace.stdlib.units.Dimension;

/**
 * The static type of an expression or a name: what it is, and for quantities their dimension.
 * A null dimension on a quantity means "known only at run time" (a column of a CSV not yet
 * read); {@link Tag#UNKNOWN} follows an error and silences further errors about the same thing.
 */
public record Type(Tag tag, Dimension dimension) {

    public enum Tag {
        QUANTITY("a quantity"), TEXT("text"), PIXELS("a resolution"), WORKLOAD("a workload"),
        TRAINING("a training run"), REGION("a region"), SIMULATION("a simulation"), TABLE("a table"),
        SHIFT("a shift"), CURVE("an adoption curve"), COUNT_DISTRIBUTION("a count distribution"), ASSESSMENT("an assessment"),
        VALUE("a value"), UNKNOWN("unknown");

        private final String words;

        Tag(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static final Type UNKNOWN = new Type(Tag.UNKNOWN, null);
    public static final Type NUMBER = quantity(Dimension.NONE);
    public static final Type ANY_QUANTITY = new Type(Tag.QUANTITY, null);
    public static final Type TEXT = new Type(Tag.TEXT, null);
    public static final Type PIXELS = new Type(Tag.PIXELS, null);
    public static final Type WORKLOAD = new Type(Tag.WORKLOAD, null);
    public static final Type TRAINING = new Type(Tag.TRAINING, null);
    public static final Type REGION = new Type(Tag.REGION, null);
    public static final Type SIMULATION = new Type(Tag.SIMULATION, null);
    public static final Type TABLE = new Type(Tag.TABLE, null);
    public static final Type SHIFT = new Type(Tag.SHIFT, null);
    public static final Type CURVE = new Type(Tag.CURVE, null);
    public static final Type COUNT_DISTRIBUTION = new Type(Tag.COUNT_DISTRIBUTION, null);
    public static final Type VALUE = new Type(Tag.VALUE, null);

    public static Type quantity(Dimension d) {
        return new Type(Tag.QUANTITY, d);
    }

    public boolean isQuantity() {
        return tag == Tag.QUANTITY;
    }

    public boolean isUnknown() {
        return tag == Tag.UNKNOWN || tag == Tag.VALUE;
    }

    /** A quantity whose dimension is known (so a mismatch can be reported). */
    public boolean hasDimension() {
        return tag == Tag.QUANTITY && dimension != null;
    }

    /** Things that use energy and emit: what {@code emissions X} accepts. */
    public boolean isEmitter() {
        return tag == Tag.WORKLOAD || tag == Tag.TRAINING || tag == Tag.SIMULATION || tag == Tag.TABLE || tag == Tag.SHIFT;
    }

    public String describe() {
        return hasDimension() ? dimension.describe() : tag.words();
    }
}
