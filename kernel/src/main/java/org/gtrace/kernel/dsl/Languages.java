package org.gtrace.kernel.dsl;

import java.util.List;
import org.gtrace.stdlib.data.DatasetInfo;
import org.gtrace.stdlib.data.Datasets;

/** Creates the session the kernel runs DSL cells in, and lists the bundled datasets. */
public final class Languages {

    private Languages() {}

    public static CellLanguage create() {
        return new SessionLanguage();
    }

    public static List<DatasetInfo> datasets() {
        return Datasets.all();
    }
}
