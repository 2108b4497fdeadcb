package org.gtrace.grammar.check;

import java.util.List;

/** The chart styles {@code chart … as STYLE} accepts; each maps to a ChartSpec kind. */
public final class ChartStyles {

    public static final List<String> ALL = List.of("bar", "stacked", "line", "errorbar", "tornado", "pyramid");

    private ChartStyles() {}
}
