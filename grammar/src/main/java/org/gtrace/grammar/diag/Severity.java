package org.gtrace.grammar.diag;

/** How bad a diagnostic is: errors stop a cell from running, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
