package org.gtrace.grammar.check;

/** The kinds of domain words the checker looks up in a {@link Catalog}. */
public enum Domain {
    REGION("region"), ACCELERATOR("accelerator"), MODALITY("modality"), PRESET("preset"), FIGURE("figure");

    private final String noun;

    Domain(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
