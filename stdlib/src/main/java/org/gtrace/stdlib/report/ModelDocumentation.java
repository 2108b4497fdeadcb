package org.gtrace.stdlib.report;

import java.util.List;

/**
 * What the EU AI Act asks a general-purpose model's provider to document about energy and
 * compute (Annex XI, section 1, points 2(d) and 2(e); the Code of Practice's Model Documentation
 * Form), for one training run or served workload of a study. A field the study cannot know is
 * {@link #NOT_KNOWN} with the reason and what would make it known: never an invented value.
 *
 * @param subject the training run or workload it documents
 */
public record ModelDocumentation(String subject, List<Entry> entries) {

    public static final String NOT_KNOWN = "not known";

    public ModelDocumentation {
        entries = List.copyOf(entries);
    }

    /**
     * One field of the form.
     *
     * @param field  what the form asks, e.g. "Energy consumed in training"
     * @param value  the figure with its unit, or {@link #NOT_KNOWN}
     * @param method how it was obtained (measured, estimated with which rule and inputs), or why it is not known
     */
    public record Entry(String field, String value, String method) {
        public boolean known() {
            return !NOT_KNOWN.equals(value);
        }
    }
}
