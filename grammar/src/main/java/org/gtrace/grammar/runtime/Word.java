package org.gtrace.grammar.runtime;

/** A domain word as a property value: a region, an accelerator, a basis, a preset, a flag. */
public record Word(String text) {
    @Override
    public String toString() {
        return text;
    }
}
